"""Search (本人の検索) on a real encrypted database: folding, short queries, literal wildcards,
sort order, the persons table, and the search table kept in step by triggers."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import delete, select, text
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD

from privacydesk.domain import search, subjects
from privacydesk.domain.search import PageFilter
from privacydesk.domain.subjects import SubjectData
from privacydesk.errors import InvalidInput
from privacydesk.services import auth
from privacydesk.services.desk import Desk
from privacydesk.storage import triggers
from privacydesk.storage.models import Subject, SubjectSearch, SubjectSensitive
from privacydesk.textfold import VARIANT_CLASSES, VARIANTS, fold

# label -> the person; labels name the persons in assertions (ids differ per database).
PEOPLE: dict[str, SubjectData] = {
    "hayashi": SubjectData("林\u3000花子", "ハヤシ\u3000ハナコ", category="会員"),
    "mori": SubjectData("森\u3000一郎", "もり\u3000いちろう", category="相談者"),
    "sato": SubjectData("佐藤\u3000花子", "サトウ\u3000ハナコ", category="会員"),
    "sato_joined": SubjectData("佐藤花子", "さとうはなこ", category="寄付者"),
    "sasaki": SubjectData("佐々木 次郎", "ササキ ジロウ", category="会員"),
    "takahashi_old": SubjectData("髙橋\u3000﨑子", "タカハシ\u3000サキコ"),
    "takahashi": SubjectData("高橋\u3000崎子", "タカハシ\u3000サキコ"),
    "kanda_compat": SubjectData("\ufa19田\u3000太郎", "カンダ\u3000タロウ"),
    "nguyen": SubjectData("Nguyễn Văn Đức", "グエン・ヴァン・ドゥック", email="duc@example.vn"),
    "tran": SubjectData("TRẦN THỊ HƯƠNG", ""),
    "joao": SubjectData("JOÃO DA CONCEIÇÃO", "ジョアン", country="ブラジル"),
    # Decomposed (NFD) as some systems export it: stored as given, still found.
    "nfd": SubjectData(unicodedata.normalize("NFD", "Lê Thị Mai"), ""),
    "contacts": SubjectData(
        "山田\u3000太郎",
        "ヤマダ\u3000タロウ",
        alias="ﾔﾏﾀﾞ",
        phone="03-1234-5678",
        email="Taro.Yamada@Example.JP",
        address="東京都千代田区神田神保町1-2-3",
        postal_code="101-0051",
        member_number="M-0042",
    ),
    "percent": SubjectData("割合\u3000百", "ワリアイ", alias="100%会員"),
    "underscore": SubjectData("記号\u3000一", "キゴウ", email="x_y@example.jp"),
    "nounderscore": SubjectData("記号\u3000二", "キゴウ", email="xzy@example.jp"),
    "backslash": SubjectData("記号\u3000三", "キゴウ", alias="a\\b"),
    "protected": SubjectData(
        "保護\u3000花子",
        "ホゴ\u3000ハナコ",
        address="大阪府大阪市北区梅田9-9-9",
        phone="06-9999-0000",
        email="hogo@example.jp",
        protected=True,
        category="相談者",
    ),
}
# One person per variant of each class: 川 + the variant (a name no other class shares).
VARIANT_PEOPLE = {
    f"variant:{c}": SubjectData(f"{c}川\u3000試験", "") for cls in VARIANT_CLASSES for c in cls
}


@dataclass
class Corpus:
    desk: Desk
    ids: dict[str, int]
    label: dict[int, str]

    def find(self, query: str, variants: bool = False, **kw: bool) -> set[str]:
        """Labels of the persons found (the variant-class persons only when asked for)."""
        with self.desk.uow() as s:
            found = {self.label[i] for i in search.search(s, query, 1000, 0, **kw)}
        return {f for f in found if variants or not f.startswith("variant:")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    root = tmp_path_factory.mktemp("corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PRIVACYDESK_HOME", str(root / "home"))
        (root / "office").mkdir()
        desk, _ = auth.create_database(
            root / "office" / "privacydesk.db",
            MANAGER,
            PASSWORD,
            kdf=CHEAP_KDF,
            backup_root=root / "backups",
        )
        ids: dict[str, int] = {}
        with desk.uow(write=True) as s:
            for label, data in {**PEOPLE, **VARIANT_PEOPLE}.items():
                subject = subjects.create(s, data, None, allow_duplicate=True)
                ids[label] = subject.id
            s.add(
                SubjectSensitive(
                    subject_id=ids["mori"], kind="medical_history", recorded_at=subjects.now()
                )
            )
        yield Corpus(desk, ids, {v: k for k, v in ids.items()})
        desk.close()


def _add(desk: Desk, data: SubjectData) -> int:
    with desk.uow(write=True) as s:
        return subjects.create(s, data, None, allow_duplicate=True).id


def _ids(desk: Desk, query: str) -> list[int]:
    with desk.uow() as s:
        return search.search(s, query, 1000, 0)


# -- queries -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("林", {"hayashi"}),
        ("森", {"mori"}),
        ("佐藤", {"sato", "sato_joined"}),
        ("佐", {"sato", "sato_joined", "sasaki"}),
        ("佐々", {"sasaki"}),
    ],
)
def test_one_and_two_character_queries(corpus: Corpus, query: str, expected: set[str]) -> None:
    assert corpus.find(query) == expected


def test_a_long_query_with_spaces_finds_the_name_written_with_or_without_them(
    corpus: Corpus,
) -> None:
    for query in ("佐藤 花子", "佐藤\u3000花子", "佐藤花子", " 佐藤花子 "):
        assert corpus.find(query) == {"sato", "sato_joined"}, query
    assert corpus.find("佐藤花子さん") == set()


def test_hiragana_and_katakana_find_each_other(corpus: Corpus) -> None:
    assert corpus.find("はやし") == {"hayashi"}  # reading stored in katakana
    assert corpus.find("モリ") == {"mori"}  # reading stored in hiragana
    assert corpus.find("さとうはなこ") == {"sato", "sato_joined"}


def test_half_width_and_full_width_fold(corpus: Corpus) -> None:
    assert corpus.find("ｻﾄｳ") == {"sato", "sato_joined"}
    assert corpus.find("ﾊﾔｼ ﾊﾅｺ") == {"hayashi"}
    assert corpus.find("やまだ") == {"contacts"}  # alias ﾔﾏﾀﾞ (half-width, voiced mark apart)
    assert corpus.find("ＮＧＵＹＥＮ") == {"nguyen"}
    assert corpus.find("０３１２３４") == {"contacts"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("髙橋", {"takahashi_old", "takahashi"}),
        ("高橋", {"takahashi_old", "takahashi"}),
        ("﨑子", {"takahashi_old", "takahashi"}),
        ("崎", {"takahashi_old", "takahashi"}),
        ("神田", {"kanda_compat", "contacts"}),  # 神 U+795E finds 神 U+FA19; the address too
        ("\ufa19田太郎", {"kanda_compat"}),
    ],
)
def test_variant_kanji_find_each_other(corpus: Corpus, query: str, expected: set[str]) -> None:
    assert corpus.find(query) == expected


@pytest.mark.parametrize("cls", VARIANT_CLASSES)
def test_each_variant_class_finds_all_its_members(corpus: Corpus, cls: str) -> None:
    members = {f"variant:{c}" for c in cls}
    for c in cls:
        found = corpus.find(c + "川", variants=True)
        assert found == members, (cls, c)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nguyen", {"nguyen"}),
        ("Nguyen Van Duc", {"nguyen"}),
        ("NGUYỄN", {"nguyen"}),
        ("duc", {"nguyen"}),
        ("đức", {"nguyen"}),
        ("huong", {"tran"}),
        ("tran thi", {"tran"}),
        ("joao", {"joao"}),
        ("conceicao", {"joao"}),
        ("Conceição", {"joao"}),
        ("le thi mai", {"nfd"}),
        ("Lê Thị", {"nfd"}),
    ],
)
def test_latin_ignores_case_and_diacritics(corpus: Corpus, query: str, expected: set[str]) -> None:
    assert corpus.find(query) == expected


def test_stored_names_never_change(corpus: Corpus) -> None:
    with corpus.desk.uow() as s:
        for label in ("takahashi_old", "kanda_compat", "nfd", "joao", "tran"):
            stored = s.get(Subject, corpus.ids[label])
            assert stored is not None
            assert stored.legal_name == PEOPLE[label].legal_name, label
        kanda = s.get(Subject, corpus.ids["kanda_compat"])
        assert kanda is not None and ord(kanda.legal_name[0]) == 0xFA19
        nfd = s.get(Subject, corpus.ids["nfd"])
        assert nfd is not None and unicodedata.is_normalized("NFD", nfd.legal_name)
        assert not unicodedata.is_normalized("NFC", nfd.legal_name)


def test_contacts_member_number_and_address_are_searched(corpus: Corpus) -> None:
    assert corpus.find("0312345678") == {"contacts"}
    assert corpus.find("1234-5678") == {"contacts"}
    assert corpus.find("taro.yamada@example.jp") == {"contacts"}
    assert corpus.find("神保町") == {"contacts"}
    assert corpus.find("m-0042") == {"contacts"}
    assert corpus.find("大阪市北区") == {"protected"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("%", {"percent"}),
        ("100%", {"percent"}),
        ("_", {"underscore"}),
        ("x_y", {"underscore"}),  # _ would otherwise match the z of xzy
        ("\\", {"backslash"}),
        ("a\\b", {"backslash"}),
    ],
)
def test_like_wildcards_in_a_query_are_literal(
    corpus: Corpus, query: str, expected: set[str]
) -> None:
    assert corpus.find(query) == expected


def test_escape_like() -> None:
    assert search.escape_like("a%b_c\\d") == "a\\%b\\_c\\\\d"
    assert search.pattern("％") == "%\\%%"  # full-width percent folds to a literal %
    assert search.pattern("  ") is None


def test_empty_query_lists_everyone_in_sort_order(corpus: Corpus) -> None:
    with corpus.desk.uow() as s:
        ids = search.search(s, "", 1000, 0)
        assert len(ids) == len(corpus.ids) == search.count(s, "")
        keys = [s.get(SubjectSearch, i).sort_key for i in ids]  # type: ignore[union-attr]
    assert keys == sorted(keys)
    # The reading is the sort key where there is one: はやし (林) before もり (森).
    assert ids.index(corpus.ids["hayashi"]) < ids.index(corpus.ids["mori"])


def test_results_sorted_by_reading_then_id_and_paged(corpus: Corpus) -> None:
    with corpus.desk.uow() as s:
        whole = search.search(s, "キゴウ", 100, 0)
        assert whole == sorted(whole)  # same reading: by id
        assert len(whole) == 3 == search.count(s, "キゴウ")
        assert search.search(s, "キゴウ", 2, 0) + search.search(s, "キゴウ", 2, 2) == whole
        everyone = search.search(s, "", 1000, 0)
        pages = [search.search(s, "", 7, off) for off in range(0, len(everyone), 7)]
        assert [i for page in pages for i in page] == everyone


def test_count_agrees_with_search(corpus: Corpus) -> None:
    with corpus.desk.uow() as s:
        for query in ("佐", "林", "高", "nguyen", "%", "zzz", ""):
            assert search.count(s, query) == len(search.search(s, query, 1000, 0)), query
        assert search.count(s, "佐") == 3
        assert search.count(s, "佐", cap=2) == 2
        assert search.count(s, "佐", cap=5) == 3
        assert search.count(s, "", cap=4) == 4
        assert search.count(s, "大阪市北区", match_protected_contact=False, cap=5) == 0
        with pytest.raises(InvalidInput):
            search.count(s, "佐", cap=-1)


def test_bad_queries_and_windows_are_refused(corpus: Corpus) -> None:
    with corpus.desk.uow() as s:
        for query in ("a\x00b", "\ud800"):
            with pytest.raises(InvalidInput) as info:
                search.search(s, query)
            assert info.value.code == "search.bad_query"
        for limit, offset in ((-1, 0), (0, -1), (search.MAX_LIMIT + 1, 0)):
            with pytest.raises(InvalidInput) as info:
                search.search(s, "佐", limit, offset)
            assert info.value.code == "search.bad_window"
        # A pasted paragraph is cut, not refused.
        assert search.search(s, "佐" * 10_000) == []


def test_protected_person_not_found_by_whereabouts_when_hidden(corpus: Corpus) -> None:
    assert corpus.find("大阪市北区", match_protected_contact=False) == set()
    assert corpus.find("0699990000", match_protected_contact=False) == set()
    assert corpus.find("保護", match_protected_contact=False) == {"protected"}
    assert corpus.find("hogo@example", match_protected_contact=False) == {"protected"}
    # Others are still found by their address.
    assert corpus.find("神保町", match_protected_contact=False) == {"contacts"}
    with corpus.desk.uow() as s:
        assert search.count(s, "大阪市北区", match_protected_contact=False) == 0
        assert search.count(s, "大阪市北区") == 1


# -- the persons table -----------------------------------------------------------------------


def _page(corpus: Corpus, column: str, ascending: bool, f: PageFilter | None = None) -> list[int]:
    with corpus.desk.uow() as s:
        return search.list_page(s, column, ascending, f, 1000, 0)


def test_list_page_sorts_in_sql(corpus: Corpus) -> None:
    with corpus.desk.uow() as s:
        people = {p.id: p for p in s.scalars(select(Subject))}
    for column, key in (
        ("legal_name", lambda p: (p.legal_name, p.id)),
        ("updated", lambda p: (p.updated_at, p.id)),
    ):
        ids = _page(corpus, column, True)
        assert ids == sorted(people, key=lambda i, k=key: k(people[i])), column  # type: ignore[misc]
        assert _page(corpus, column, False) == ids[::-1], column
    by_member = _page(corpus, "member_number", True)
    assert by_member[0] == corpus.ids["contacts"]  # the only one with a number; blanks last
    assert _page(corpus, "member_number", False)[0] == corpus.ids["contacts"]
    by_reading = _page(corpus, "reading", True)
    with corpus.desk.uow() as s:
        assert by_reading == search.search(s, "", 1000, 0)
    with pytest.raises(InvalidInput) as info:
        _page(corpus, "legal_name; DROP TABLE subjects", True)
    assert info.value.code == "search.bad_sort"


def test_list_page_birth_date_puts_blanks_last(desk: Desk) -> None:
    young = _add(desk, SubjectData("若者\u3000一", "", birth_date=date(2000, 1, 1)))
    old = _add(desk, SubjectData("年長\u3000一", "", birth_date=date(1950, 1, 1)))
    blank = _add(desk, SubjectData("不明\u3000一", ""))
    with desk.uow() as s:
        assert search.list_page(s, "birth_date", True) == [old, young, blank]
        assert search.list_page(s, "birth_date", False) == [young, old, blank]


def test_list_page_filters(corpus: Corpus) -> None:
    members = set(_page(corpus, "reading", True, PageFilter(category="会員")))
    assert members == {corpus.ids[k] for k in ("hayashi", "sato", "sasaki")}
    assert _page(corpus, "reading", True, PageFilter(protected=True)) == [corpus.ids["protected"]]
    assert _page(corpus, "reading", True, PageFilter(has_sensitive=True)) == [corpus.ids["mori"]]
    not_sensitive = _page(corpus, "reading", True, PageFilter(has_sensitive=False))
    assert len(not_sensitive) == len(corpus.ids) - 1
    both = PageFilter(query="佐", category="会員")
    assert set(_page(corpus, "legal_name", True, both)) == {
        corpus.ids["sato"],
        corpus.ids["sasaki"],
    }
    with corpus.desk.uow() as s:
        assert search.count_page(s, both) == 2
        assert search.count_page(s) == len(corpus.ids)
        hidden = PageFilter(query="大阪市北区")
        assert search.count_page(s, hidden, match_protected_contact=False) == 0
        assert search.list_page(s, filters=hidden, match_protected_contact=False) == []
        assert search.list_page(s, filters=hidden) == [corpus.ids["protected"]]


# -- the search table in step with the persons (triggers) ---------------------------------------


def test_search_table_follows_update_and_delete(desk: Desk) -> None:
    sid = _add(desk, SubjectData("髙橋\u3000一郎", "タカハシ\u3000イチロウ"))
    assert _ids(desk, "高橋") == [sid]
    with desk.uow(write=True) as s:
        subjects.update(s, sid, SubjectData("濵田\u3000一郎", "ハマダ\u3000イチロウ"), None)
    assert _ids(desk, "高橋") == []
    assert _ids(desk, "浜田") == [sid]
    assert _ids(desk, "はまだ") == [sid]
    with desk.uow() as s:
        row = s.get(SubjectSearch, sid)
        assert row is not None and row.sort_key == fold("ハマダ\u3000イチロウ")
    with desk.uow(write=True) as s:
        s.execute(delete(Subject).where(Subject.id == sid))
    assert _ids(desk, "浜田") == []
    with desk.uow() as s:
        assert s.get(SubjectSearch, sid) is None


def test_deidentified_person_is_not_found(desk: Desk) -> None:
    sid = _add(desk, SubjectData("匿名\u3000化子", "トクメイ"))
    with desk.uow(write=True) as s:
        person = s.get(Subject, sid)
        assert person is not None
        person.deidentified = True
    assert _ids(desk, "匿名") == []
    assert _ids(desk, "とくめい") == []


def test_search_table_rebuilt_after_a_migration(desk: Desk) -> None:
    sid = _add(desk, SubjectData("德永\u3000花", "トクナガ\u3000ハナ"))
    with desk.uow(write=True) as s:
        conn = s.connection()
        # What Alembic's batch mode does to a rebuilt table: triggers and derived rows gone.
        for name in triggers.existing_triggers(conn):
            if name.startswith("subject_search"):
                conn.execute(text(f"DROP TRIGGER {name}"))
        conn.execute(text("DELETE FROM subject_search"))
    assert _ids(desk, "徳永") == []
    with desk.uow(write=True) as s:
        triggers.recreate_all(s.connection())
    assert _ids(desk, "徳永") == [sid]
    later = _add(desk, SubjectData("德永\u3000次", "トクナガ\u3000ツギ"))  # triggers are back
    assert set(_ids(desk, "とくなが")) == {sid, later}


# -- the folding rule's variant classes ----------------------------------------------------------


@pytest.mark.parametrize("cls", VARIANT_CLASSES)
def test_variant_class_folds_to_its_first_character(cls: str) -> None:
    head = cls[0]
    assert unicodedata.normalize("NFKC", head) == head  # a stable, unified form
    for c in cls:
        assert fold(c) == fold(head) == head, (cls, c)
        assert fold(f"{c}田") == f"{head}田"


def test_variant_classes_are_disjoint_and_never_chained() -> None:
    seen: dict[str, str] = {}
    for cls in VARIANT_CLASSES:
        assert len(cls) >= 2, cls
        for c in cls:
            assert c not in seen, (c, cls, seen.get(c))
            seen[c] = cls
    # A folded character is never itself folded again (no chains such as 広 -> 岸 -> 庵).
    assert not set(VARIANTS.values()) & set(VARIANTS)
    # Characters of different classes never meet.
    heads = [cls[0] for cls in VARIANT_CLASSES]
    assert len({fold(h) for h in heads}) == len(heads)


def test_unrelated_characters_stay_apart() -> None:
    # Characters that look alike or share a reading but are different names.
    for a, b in (("広", "岸"), ("畑", "畠"), ("斎", "斑"), ("藤", "籐"), ("崎", "埼")):
        assert fold(a) != fold(b), (a, b)


def test_corpus_variant_people_exist(corpus: Corpus) -> None:
    assert sum(1 for label in corpus.ids if label.startswith("variant:")) == sum(
        len(cls) for cls in VARIANT_CLASSES
    )
