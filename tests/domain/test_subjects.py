"""本人 (domain): validation, likely duplicates, field history, register links, the sensitive
section and its basis, masking, and the demo generator, on real encrypted databases."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from privacydesk.domain import history, settings, subjects
from privacydesk.domain.subjects import (
    MASK,
    SENSITIVE_EXCEPTIONS,
    SENSITIVE_KINDS,
    SubjectData,
    SubjectRow,
)
from privacydesk.errors import InvalidInput
from privacydesk.messages import MESSAGES
from privacydesk.services.desk import Desk
from privacydesk.storage.models import (
    ConsentRecord,
    RecordHistory,
    RegisterEntry,
    Subject,
    SubjectSearch,
)
from privacydesk.textfold import fold

TODAY = date(2026, 4, 1)


def _problems(data: SubjectData, minor_age: int = 16) -> dict[str, tuple[str, dict[str, object]]]:
    with pytest.raises(InvalidInput) as info:
        subjects.validate(data, minor_age, TODAY)
    assert info.value.code == "input.problems"
    assert info.value.params["count"] == len(info.value.problems)
    return {f: (code, params) for f, code, params in info.value.problems}


def _person(**kw: object) -> SubjectData:
    return SubjectData(**{"legal_name": "山田\u3000花子", **kw})  # type: ignore[arg-type]


# -- validation ------------------------------------------------------------------------------


def test_valid_data_is_cleaned_but_names_are_kept_exactly() -> None:
    name = "\ufa19田\u3000﨑子 "  # 神 U+FA19, a trailing space: stored as given
    clean = subjects.validate(
        SubjectData(
            legal_name=name,
            reading="ｶﾝﾀﾞ",
            alias="Nguyễn",
            postal_code="１００００１３",
            phone="０３－１２３４－５６７８",
            email=" Taro@Example.JP ",
            member_number="Ｍ００１",
            birth_date=date(1980, 2, 29),
        ),
        16,
        TODAY,
    )
    assert clean.legal_name == name and ord(clean.legal_name[0]) == 0xFA19
    assert clean.reading == "ｶﾝﾀﾞ"  # the reading is a name too: not width-folded
    assert clean.postal_code == "100-0013"
    assert clean.phone == "03-1234-5678"
    assert clean.email == "Taro@Example.JP"
    assert clean.member_number == "M001"


def test_name_is_required() -> None:
    assert _problems(SubjectData(legal_name=" \u3000"))["legal_name"][0] == "subjects.name_required"


@pytest.mark.parametrize(
    ("birth", "code"),
    [
        (date(2026, 4, 2), "subjects.birth_in_future"),
        (date(1899, 12, 31), "subjects.birth_too_early"),
        (datetime(1990, 1, 1, 12, 0), "subjects.bad_birth_date"),
        ("1990-01-01", "subjects.bad_birth_date"),
    ],
)
def test_impossible_birth_dates(birth: object, code: str) -> None:
    assert _problems(_person(birth_date=birth))["birth_date"][0] == code


def test_birth_date_limits_are_inclusive() -> None:
    subjects.validate(_person(birth_date=date(1900, 1, 1)), 16, TODAY)
    subjects.validate(_person(birth_date=TODAY, representative_name="山田 一郎"), 16, TODAY)


def test_a_minor_needs_a_legal_representative() -> None:
    fifteen = date(2010, 4, 2)  # turns 16 tomorrow
    problems = _problems(_person(birth_date=fifteen))
    assert problems["representative_name"] == ("subjects.minor_needs_representative", {"age": 16})
    subjects.validate(_person(birth_date=fifteen, representative_name="山田 一郎"), 16, TODAY)
    subjects.validate(_person(birth_date=date(2010, 4, 1)), 16, TODAY)  # 16 today
    subjects.validate(_person(birth_date=fifteen), 12, TODAY)  # the office's setting


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("email", "taro@", "subjects.bad_email"),
        ("email", "taro example.jp", "subjects.bad_email"),
        ("email", "a@b@example.jp", "subjects.bad_email"),
        ("email", "taro@localhost", "subjects.bad_email"),
        ("phone", "03-1234-ABCD", "subjects.bad_phone"),
        ("phone", "123", "subjects.bad_phone"),
        ("phone", "1" * 16, "subjects.bad_phone"),
        ("postal_code", "100-001", "subjects.bad_postal"),
        ("postal_code", "1000-001", "subjects.bad_postal"),
        ("postal_code", "ABC-DEFG", "subjects.bad_postal"),
        ("language", "fr", "subjects.bad_language"),
        ("legal_name", "山田\x00花子", "input.bad_characters"),
        ("legal_name", "山田\ud800", "input.bad_characters"),
        ("legal_name", "山田\n花子", "input.bad_characters"),
        ("reading", "ヤマダ\x1b", "input.bad_characters"),
        ("notes", "メモ\x00", "input.bad_characters"),
        ("legal_name", "山" * 301, "input.too_long"),
        ("address", "東" * 1001, "input.too_long"),
        ("notes", "x" * 5001, "input.too_long"),
        ("email", 42, "input.wrong_type"),
        ("member_number", "㍿" * 20, "input.too_long"),  # 20 characters, 80 once folded
        ("protected", "yes", "input.wrong_type"),
    ],
)
def test_field_problems(field: str, value: object, code: str) -> None:
    problems = _problems(_person(**{field: value}))
    assert problems[field][0] == code
    assert set(problems) == {field}


def test_multiline_fields_accept_line_breaks_and_huge_text_is_refused() -> None:
    ok = subjects.validate(
        _person(address="東京都\n千代田区", notes="一行目\r\n\t二行目"), 16, TODAY
    )
    assert ok.address == "東京都\n千代田区"
    assert _problems(_person(legal_name="山" * 1_000_000))["legal_name"][0] == "input.too_long"


def test_postal_codes_abroad_and_problems_reported_together() -> None:
    ok = subjects.validate(_person(country="ブラジル", postal_code="01304-001"), 16, TODAY)
    assert ok.postal_code == "01304-001"
    problems = _problems(
        _person(
            country="ブラジル",
            postal_code="São Paulo",
            phone="x",
            email="y",
            birth_date=date(2030, 1, 1),
        )
    )
    assert problems["postal_code"][0] == "subjects.bad_postal_abroad"
    assert set(problems) == {"postal_code", "phone", "email", "birth_date"}


def test_every_problem_code_has_a_message() -> None:
    codes = [
        "subjects.name_required",
        "subjects.bad_postal",
        "subjects.bad_postal_abroad",
        "subjects.bad_phone",
        "subjects.bad_email",
        "subjects.bad_language",
        "subjects.bad_birth_date",
        "subjects.birth_in_future",
        "subjects.birth_too_early",
        "subjects.minor_needs_representative",
        "subjects.likely_duplicate",
        *SENSITIVE_KINDS.values(),
        *SENSITIVE_EXCEPTIONS.values(),
    ]
    for code in codes:
        assert set(MESSAGES[code]) == {"ja", "en"}, code


def test_sensitive_kinds_are_the_fixed_list() -> None:
    assert list(SENSITIVE_KINDS) == [
        "race",
        "creed",
        "social_status",
        "medical_history",
        "criminal_record",
        "crime_victim",
        "disability",
        "health_check",
        "guidance",
        "criminal_procedure",
        "juvenile_procedure",
    ]
    assert MESSAGES["sensitive_kind.medical_history"]["ja"] == "病歴"


def test_minor_age_setting_is_registered() -> None:
    assert settings.REGISTRY["subjects.minor_age"].default == 16


def test_minor_age_setting_range(desk: Desk) -> None:
    with desk.uow(write=True) as s:
        assert subjects.minor_age(s) == 16
        settings.set_value(s, "subjects.minor_age", 12)
        assert subjects.minor_age(s) == 12
        for bad in (5, 21, True):
            with pytest.raises(InvalidInput):
                settings.set_value(s, "subjects.minor_age", bad)


# -- create, duplicates, update ------------------------------------------------------------------


def _create(desk: Desk, data: SubjectData, **kw: bool) -> int:
    with desk.uow(write=True) as s:
        return subjects.create(s, data, desk.context.account_id, today=TODAY, **kw).id


def test_create_stores_exactly_and_fills_the_search_table(desk: Desk) -> None:
    sid = _create(desk, _person(legal_name="髙橋\u3000\ufa19子", reading="タカハシ"))
    with desk.uow() as s:
        stored = s.get(Subject, sid)
        assert stored is not None and stored.legal_name == "髙橋\u3000\ufa19子"
        row = s.get(SubjectSearch, sid)
        assert row is not None and row.folded.startswith(fold("髙橋\ufa19子") + "|")
        assert row.sort_key == "たかはし"


def test_likely_duplicate_same_folded_name_and_birth(desk: Desk) -> None:
    first = _create(desk, _person(legal_name="髙橋 﨑子", birth_date=date(1980, 5, 5)))
    again = _person(legal_name="高橋\u3000崎子", birth_date=date(1980, 5, 5))
    with pytest.raises(InvalidInput) as info:
        _create(desk, again)
    assert info.value.code == "subjects.likely_duplicate"
    assert info.value.params == {"existing_id": first, "count": 1}
    assert info.value.problems == [
        ("legal_name", "subjects.likely_duplicate", {"existing_id": first})
    ]
    with desk.uow() as s:
        offered = subjects.find_duplicates(s, again)
        assert [r.id for r in offered] == [first]
        assert isinstance(offered[0], SubjectRow)
        assert s.scalar(select(func.count()).select_from(Subject)) == 1
    # A different birth date is a different person; confirmed duplicates are allowed.
    _create(desk, replace(again, birth_date=date(1980, 5, 6)))
    second = _create(desk, again, allow_duplicate=True)
    with desk.uow() as s:
        assert [r.id for r in subjects.find_duplicates(s, again)] == [first, second]
        assert subjects.find_duplicates(s, again, exclude_id=first)[0].id == second


def test_likely_duplicate_same_member_number(desk: Desk) -> None:
    first = _create(desk, _person(legal_name="Nguyễn Văn Đức", member_number="M-1"))
    with pytest.raises(InvalidInput) as info:
        _create(desk, _person(legal_name="グエン・ヴァン・ドゥック", member_number="Ｍ-1"))
    assert info.value.params["existing_id"] == first
    _create(desk, _person(legal_name="別人", member_number=""))  # blank numbers never match
    _create(desk, _person(legal_name="別人二", member_number=""))
    # A person processed so they can no longer be identified is no one's duplicate.
    with desk.uow(write=True) as s:
        person = s.get(Subject, first)
        assert person is not None
        person.deidentified = True
    with desk.uow() as s:
        assert subjects.find_duplicates(s, _person(member_number="M-1")) == []


def test_update_records_field_history(desk: Desk) -> None:
    sid = _create(desk, _person(phone="03-1111-2222"))
    actor = desk.context.account_id
    with desk.uow() as s:
        before = s.get(Subject, sid)
        assert before is not None
        created = before.updated_at
    with desk.uow(write=True) as s:
        changed = subjects.update(
            s, sid, _person(phone="03-3333-4444", alias="ハナ"), actor, today=TODAY
        )
        assert sorted(changed) == ["alias", "phone"]
    with desk.uow() as s:
        changes = history.of(s, "subject", sid)
        assert [(c.field, c.old, c.new, c.changed_by) for c in changes] == [
            ("alias", "", "ハナ", actor),
            ("phone", "03-1111-2222", "03-3333-4444", actor),
        ]
        after = s.get(Subject, sid)
        assert after is not None and after.updated_at > created
        detail = subjects.detail(s, sid)
        assert {c.field for c in detail.history} == {"alias", "phone"}
        assert detail.data.phone == "03-3333-4444"
    # Saving the same values again records nothing.
    with desk.uow(write=True) as s:
        assert subjects.update(s, sid, _person(phone="03-3333-4444", alias="ハナ"), actor) == []
        assert s.scalar(select(func.count()).select_from(RecordHistory)) == 2


def test_update_validates_and_refuses_unknown_or_deidentified(desk: Desk) -> None:
    sid = _create(desk, _person())
    with desk.uow(write=True) as s, pytest.raises(InvalidInput) as info:
        subjects.update(s, sid, _person(email="bad"), None)
    assert info.value.problems[0][1] == "subjects.bad_email"
    with desk.uow(write=True) as s, pytest.raises(InvalidInput) as info:
        subjects.update(s, 999_999, _person(), None)
    assert info.value.code == "subjects.not_found" and info.value.params == {"id": 999_999}
    with desk.uow(write=True) as s:
        person = s.get(Subject, sid)
        assert person is not None
        person.deidentified = True
    with desk.uow(write=True) as s, pytest.raises(InvalidInput) as info:
        subjects.update(s, sid, _person(), None)
    assert info.value.code == "subjects.deidentified"


def test_update_checks_minor_age_from_the_setting(desk: Desk) -> None:
    thirteen = date(2013, 1, 1)
    with pytest.raises(InvalidInput):
        _create(desk, _person(birth_date=thirteen))
    with desk.uow(write=True) as s:
        settings.set_value(s, "subjects.minor_age", 12)
    _create(desk, _person(birth_date=thirteen))


# -- register entries ------------------------------------------------------------------------


def _entry(desk: Desk, name: str) -> int:
    with desk.uow(write=True) as s:
        entry = RegisterEntry(name=name, created_at=subjects.now(), updated_at=subjects.now())
        s.add(entry)
        s.flush()
        return entry.id


def test_link_and_unlink_entries(desk: Desk) -> None:
    sid = _create(desk, _person())
    members, consultees = _entry(desk, "会員情報"), _entry(desk, "相談者情報")
    with desk.uow(write=True) as s:
        assert subjects.link_entry(s, sid, members, None)
        assert subjects.link_entry(s, sid, consultees, None)
        assert not subjects.link_entry(s, sid, members, None)
    with desk.uow() as s:
        links = subjects.detail(s, sid).entries
        assert [(e.id, e.name) for e in links] == [
            (members, "会員情報"),
            (consultees, "相談者情報"),
        ]
    with desk.uow(write=True) as s:
        assert subjects.unlink_entry(s, sid, members, None)
        assert not subjects.unlink_entry(s, sid, members, None)
        with pytest.raises(InvalidInput) as info:
            subjects.link_entry(s, sid, 424242, None)
        assert info.value.code == "subjects.entry_not_found"
    with desk.uow() as s:
        assert [e.id for e in subjects.entries_of(s, sid)] == [consultees]
        entries_history = [c for c in history.of(s, "subject", sid) if c.field == "entries"]
        assert [c.new for c in entries_history] == [
            str(members),
            f"{members}、{consultees}",
            str(consultees),
        ]


# -- the sensitive section ---------------------------------------------------------------------


def _consent(desk: Desk, sid: int, scope: str = "sensitive", withdrawn: bool = False) -> int:
    with desk.uow(write=True) as s:
        c = ConsentRecord(
            subject_id=sid,
            scope=scope,
            given_on=date(2026, 1, 5),
            method="paper",
            withdrawn_on=date(2026, 2, 1) if withdrawn else None,
            created_at=subjects.now(),
        )
        s.add(c)
        s.flush()
        return c.id


def test_sensitive_items_validated(desk: Desk) -> None:
    sid = _create(desk, _person())
    other = _create(desk, _person(legal_name="別人"))
    foreign_consent = _consent(desk, other)
    purpose_consent = _consent(desk, sid, scope="purpose")
    for kwargs, field in (
        ({"kind": "blood_type"}, "kind"),
        ({"kind": "medical_history", "exception": "because"}, "exception"),
        ({"kind": "medical_history", "consent_id": foreign_consent}, "consent_id"),
        ({"kind": "medical_history", "consent_id": purpose_consent}, "consent_id"),
        ({"kind": "medical_history", "note": "x\x00"}, "note"),
        ({"kind": "medical_history", "note": "x" * 2001}, "note"),
    ):
        with desk.uow(write=True) as s, pytest.raises(InvalidInput) as info:
            subjects.add_sensitive(s, sid, **kwargs)  # type: ignore[arg-type]
        assert [p[0] for p in info.value.problems] == [field], kwargs
    with desk.uow(write=True) as s, pytest.raises(InvalidInput):
        subjects.add_sensitive(s, 999_999, "race")


def test_sensitive_without_basis(desk: Desk) -> None:
    nothing = _create(desk, _person(legal_name="根拠なし"))
    excepted = _create(desk, _person(legal_name="例外あり"))
    consented = _create(desk, _person(legal_name="同意あり"))
    withdrawn = _create(desk, _person(legal_name="撤回済み"))
    wrong_scope = _create(desk, _person(legal_name="目的のみ"))
    mixed = _create(desk, _person(legal_name="一部のみ"))
    _create(desk, _person(legal_name="要配慮なし"))
    consent = _consent(desk, consented)
    _consent(desk, withdrawn, withdrawn=True)
    _consent(desk, wrong_scope, scope="purpose")
    with desk.uow(write=True) as s:
        subjects.add_sensitive(s, nothing, "medical_history", "糖尿病")
        subjects.add_sensitive(s, excepted, "disability", exception="appearance")
        subjects.add_sensitive(s, consented, "health_check", consent_id=consent)
        subjects.add_sensitive(s, withdrawn, "creed")
        subjects.add_sensitive(s, wrong_scope, "race")
        subjects.add_sensitive(s, mixed, "crime_victim", exception="law")
        subjects.add_sensitive(s, mixed, "medical_history")
    with desk.uow() as s:
        assert subjects.sensitive_without_basis(s) == sorted(
            [nothing, withdrawn, wrong_scope, mixed]
        )
        items = subjects.sensitive_items(s, mixed)
        assert [(i.kind, i.has_basis) for i in items] == [
            ("crime_victim", True),
            ("medical_history", False),
        ]
        assert [i.has_basis for i in subjects.sensitive_items(s, consented)] == [True]
    with desk.uow(write=True) as s:
        missing = subjects.sensitive_items(s, mixed)[1].id
        subjects.remove_sensitive(s, mixed, missing)
        with pytest.raises(InvalidInput) as info:
            subjects.remove_sensitive(s, nothing, missing)
        assert info.value.code == "subjects.sensitive_not_found"
    with desk.uow() as s:
        assert mixed not in subjects.sensitive_without_basis(s)


# -- masking ---------------------------------------------------------------------------------


def test_masking_hides_whereabouts_of_protected_persons_only(desk: Desk) -> None:
    hidden = _create(
        desk,
        _person(
            address="大阪府大阪市北区1-1",
            postal_code="530-0001",
            phone="06-1111-2222",
            email="a@example.jp",
            protected=True,
        ),
    )
    shown = _create(desk, _person(legal_name="公開", address="東京都", phone="03-1111-2222"))
    with desk.uow(write=True) as s:
        moved = _person(
            address="大阪府堺市2-2",
            phone="06-1111-2222",
            postal_code="530-0001",
            email="a@example.jp",
            protected=True,
        )
        subjects.update(s, hidden, moved, None)
    with desk.uow() as s:
        row_hidden, row_shown = subjects.rows(s, [hidden, shown])
        masked = subjects.masked_row(row_hidden)
        assert (masked.address, masked.postal_code, masked.phone, masked.country) == (MASK,) * 4
        assert masked.legal_name == row_hidden.legal_name and masked.email == "a@example.jp"
        assert subjects.masked_row(row_shown) == row_shown
        d = subjects.masked_detail(subjects.detail(s, hidden))
        assert d.masked and d.data.address == MASK and d.data.representative_contact == MASK
        assert [(c.field, c.old, c.new) for c in d.history] == [("address", MASK, MASK)]
        assert not subjects.masked_detail(subjects.detail(s, shown)).masked


# -- demo data -------------------------------------------------------------------------------


def test_demo_subjects(desk: Desk) -> None:
    with desk.uow(write=True) as s:
        made = subjects.demo_subjects(s, 3000, seed=7, today=TODAY)
    assert made == 3000
    with desk.uow() as s:
        people = list(s.scalars(select(Subject).order_by(Subject.id)))
        assert s.scalar(select(func.count()).select_from(SubjectSearch)) == 3000
        names = [p.legal_name for p in people]
        for needle in ("髙橋", "山﨑", "德永", "濵田", "\ufa19田"):
            assert any(needle in n for n in names), needle
        assert any(ord(n[0]) == 0xFA19 for n in names)  # stored, not NFC-normalised
        assert any("Nguyễn" in n or "NGUYỄN" in n for n in names)
        assert any("JOÃO" in n for n in names) and any("CONCEIÇÃO" in n for n in names)
        assert any(p.alias for p in people)  # 通称名
        japanese = [p for p in people if "\u3000" in p.legal_name and p.alias == ""]
        assert all(
            all(unicodedata.name(c).startswith("KATAKANA") or c == "\u3000" for c in p.reading)
            for p in japanese
        )
        minors = [p for p in people if subjects.age_on(p.birth_date, TODAY) < 16]  # type: ignore[arg-type]
        assert minors and all(p.representative_name for p in minors)
        assert any(p.country for p in people)
        protected = sum(p.protected for p in people)
        assert 0 < protected < 90  # about 1%
        for p in people:  # every synthetic person passes the rules real ones must
            subjects.validate(subjects.data_of(p), 16, TODAY)
        member_numbers = [p.member_number for p in people if p.member_number]
        assert len(member_numbers) == len(set(member_numbers))
    # The same seed gives the same persons; a second call adds more.
    with desk.uow(write=True) as s:
        assert subjects.demo_subjects(s, 10, seed=7, today=TODAY) == 10
    with desk.uow() as s:
        again = list(s.scalars(select(Subject).where(Subject.id > 3000).order_by(Subject.id)))
        assert [p.legal_name for p in again] == names[:10]
        assert again[0].member_number != people[0].member_number or not people[0].member_number
