"""Versioned checklists: the shipped files, bringing them into a database, drafts and
publishing (a review keeps its questions), validation, and scores."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.documents import fonts
from privacydesk.domain import checklists
from privacydesk.domain.checklists import OVERALL, CategoryScore, QuestionRow, Shipped
from privacydesk.errors import InternalError, InvalidInput
from privacydesk.messages import MESSAGES
from privacydesk.resources import resources_dir
from privacydesk.services.desk import Desk
from privacydesk.storage.models import (
    ChecklistQuestion,
    ChecklistTemplate,
    Contractor,
    ContractorReview,
    ReviewAnswer,
)

EXPECTED_SIZES = {
    "selection": (25, 35),
    "periodic": (20, 30),
    "equivalence": (6, 10),
    "self_check": (30, 40),
}


@pytest.fixture
def s(desk: Desk) -> Iterator[Session]:
    with desk.uow(write=True) as session:
        yield session


@pytest.fixture
def actor(desk: Desk) -> int:
    return desk.context.account_id


def count(s: Session, model: type) -> int:
    return int(s.scalar(select(func.count()).select_from(model)) or 0)


def problems_of(exc: pytest.ExceptionInfo[InvalidInput]) -> set[tuple[str, str]]:
    assert exc.value.code == "input.problems"
    return {(field, code) for field, code, _ in exc.value.problems}


# -- The shipped files ----------------------------------------------------------------------


def test_every_shipped_file_loads_and_is_sound() -> None:
    files = checklists.shipped()
    assert [f.kind for f in files] == list(checklists.KINDS)
    on_disk = sorted(p.stem for p in (resources_dir() / "checklists").glob("*.json"))
    assert on_disk == sorted(checklists.KINDS)
    for f in files:
        low, high = EXPECTED_SIZES[f.kind]
        assert low <= len(f.questions) <= high, (f.kind, len(f.questions))
        assert f.version >= 1 and f.title
        codes = [code for _, code, _ in f.questions]
        assert len(codes) == len(set(codes)), f.kind
        categories = [c for c, _, _ in f.questions]
        assert set(categories) <= set(checklists.CATEGORIES)
        # Listed in the guideline's order, so the printed form numbers them as the file does.
        ranks = [checklists.CATEGORIES.index(c) for c in categories]
        assert ranks == sorted(ranks), f.kind
        for category, code, text in f.questions:
            assert code.startswith(checklists.CODE_PREFIX[category] + "."), code
            assert text.endswith("か。") or text.endswith("）。"), code  # asked as a question
            assert 10 <= len(text) <= checklists.TEXT_MAX
        # Every text prints with the shipped fonts (no blank or substituted characters).
        fields = {f"title.{f.kind}": f.title}
        fields |= {f"{f.kind}.{code}": text for _, code, text in f.questions}
        fonts.require_drawable(fields, fonts.FontFamily.MINCHO)
        fonts.require_drawable(fields, fonts.FontFamily.GOTHIC)


def test_shipped_categories_are_covered() -> None:
    by_kind = {f.kind: {c for c, _, _ in f.questions} for f in checklists.shipped()}
    # The contractor checklists and the self-check cover all seven categories of GL 10.
    for kind in ("selection", "periodic", "self_check"):
        assert by_kind[kind] == set(checklists.CATEGORIES), kind
    # The yearly check under Enforcement Rules Art. 18 asks about the country's system.
    assert "foreign" in by_kind["equivalence"]
    assert set(checklists.CATEGORY_TEXT) == set(checklists.CATEGORIES)
    assert set(checklists.CODE_PREFIX) == set(checklists.CATEGORIES)
    assert set(checklists.KIND_TEXT) == set(checklists.KINDS)


def test_the_contractor_questions_the_act_needs_are_there() -> None:
    """法25 / GL 3-4-4 and the Privacy Mark contract clauses (APPI.md section 4)."""
    selection = " ".join(t for _, _, t in checklists.shipped()[0].questions)
    for words in ("取扱責任者", "秘密保持", "入退室", "アクセス", "再委託", "報告", "削除", "国"):
        assert words in selection, words


def write_resources(tmp_path: Path, kind: str, data: object) -> Path:
    """A copy of the shipped resources with one checklist file replaced."""
    root = tmp_path / "resources"
    (root / "checklists").mkdir(parents=True)
    for k in checklists.KINDS:
        src = resources_dir() / "checklists" / f"{k}.json"
        (root / "checklists" / f"{k}.json").write_text(
            src.read_text(encoding="utf-8"), encoding="utf-8"
        )
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    (root / "checklists" / f"{kind}.json").write_text(text, encoding="utf-8")
    return root


def good_file() -> dict[str, Any]:
    return {
        "kind": "periodic",
        "version": 1,
        "title": "点検",
        "questions": [
            {"category": "organisational", "code": "org.manager", "text": "責任者はいるか。"},
            {"category": "technical", "code": "tec.access", "text": "アクセス制御はあるか。"},
        ],
    }


def _set(path: tuple[object, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _reverse(data: dict[str, Any]) -> None:
    data["questions"].reverse()


def _duplicate(data: dict[str, Any]) -> None:
    data["questions"][1].update(category="organisational", code="org.manager")


# change -> (what is changed, the field the error names)
BROKEN: dict[str, tuple[Callable[[dict[str, Any]], None] | None, str]] = {
    "json": (None, ""),
    "kind": (_set(("kind",), "selection"), "kind"),
    "version": (_set(("version",), 0), "version"),
    "bool_version": (_set(("version",), True), "version"),
    "extra_key": (_set(("extra",), 1), ""),
    "title": (_set(("title",), ""), "title"),
    "no_questions": (_set(("questions",), []), "questions"),
    "question_key": (_set(("questions", 0, "note"), "x"), "questions.0"),
    "category": (_set(("questions", 0, "category"), "legal"), "questions.0.category"),
    "order": (_reverse, "questions.1.category"),
    "prefix": (_set(("questions", 1, "code"), "org.access"), "questions.1.code"),
    "duplicate": (_duplicate, "questions.1.code"),
    "nul": (_set(("questions", 1, "text"), "アクセス\x00制御"), "questions.1.text"),
    "blank": (_set(("questions", 1, "text"), "   "), "questions.1.text"),
    "spaces": (_set(("questions", 1, "text"), " 制御はあるか。"), "questions.1.text"),
}


@pytest.mark.parametrize("change", sorted(BROKEN))
def test_a_broken_shipped_file_is_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    mutate, field = BROKEN[change]
    data: object = "{not json"
    if mutate is not None:
        data = good_file()
        mutate(data)
    monkeypatch.setenv("PRIVACYDESK_RESOURCES", str(write_resources(tmp_path, "periodic", data)))
    with pytest.raises(InternalError) as exc:
        checklists.shipped()
    assert exc.value.code == "checklists.bad_shipped_file"
    assert exc.value.params == {"file": "periodic.json", "field": field}


def test_a_missing_shipped_file_is_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_resources(tmp_path, "periodic", good_file())
    (root / "checklists" / "equivalence.json").unlink()
    monkeypatch.setenv("PRIVACYDESK_RESOURCES", str(root))
    with pytest.raises(InternalError) as exc:
        checklists.shipped()
    assert exc.value.params == {"file": "equivalence.json", "field": ""}


def test_a_good_replacement_file_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_resources(tmp_path, "periodic", good_file())
    monkeypatch.setenv("PRIVACYDESK_RESOURCES", str(root))
    periodic = checklists.shipped()[1]
    assert periodic == Shipped(
        "periodic",
        1,
        "点検",
        (
            ("organisational", "org.manager", "責任者はいるか。"),
            ("technical", "tec.access", "アクセス制御はあるか。"),
        ),
    )


# -- Sync ------------------------------------------------------------------------------------


def test_sync_on_an_empty_database_publishes_version_1_of_each_kind(s: Session, actor: int) -> None:
    assert count(s, ChecklistTemplate) == 0
    added = checklists.sync_shipped(s, actor)
    assert len(added) == len(checklists.KINDS)
    for f in checklists.shipped():
        t = checklists.published(s, f.kind)
        assert t.id in added
        assert (t.version, t.status, t.shipped_version, t.title) == (1, "published", 1, f.title)
        assert t.published_at is not None
        assert [(q.category, q.code, q.text) for q in t.questions] == list(f.questions)
        assert [q.position for q in t.questions] == list(range(1, len(f.questions) + 1))
    assert checklists.drafts(s) == []


def test_sync_again_adds_nothing(s: Session, actor: int) -> None:
    checklists.sync_shipped(s, actor)
    templates, questions = count(s, ChecklistTemplate), count(s, ChecklistQuestion)
    assert checklists.sync_shipped(s, actor) == []
    assert checklists.sync_shipped(s, None) == []
    assert (count(s, ChecklistTemplate), count(s, ChecklistQuestion)) == (templates, questions)


def newer(kind: str = "periodic", version: int = 2) -> list[Shipped]:
    files = checklists.shipped()
    out = []
    for f in files:
        if f.kind == kind:
            extra = ("foreign", "for.new_question", "新しい質問を追加したか。")
            f = Shipped(f.kind, version, f.title + "（改訂）", (*f.questions, extra))
        out.append(f)
    return out


def test_a_newer_shipped_version_arrives_as_a_draft(
    s: Session, actor: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    checklists.sync_shipped(s, actor)
    in_use = checklists.published(s, "periodic")
    files = newer()
    monkeypatch.setattr(checklists, "shipped", lambda: files)
    added = checklists.sync_shipped(s, actor)
    assert len(added) == 1
    draft = checklists.get(s, added[0])
    assert (draft.kind, draft.version, draft.status, draft.shipped_version) == (
        "periodic",
        2,
        "draft",
        2,
    )
    assert draft.published_at is None
    assert draft.questions[-1].code == "for.new_question"
    assert checklists.drafts(s) == [draft]
    # The office keeps using what it had until it publishes the new version.
    assert checklists.published(s, "periodic") == in_use
    assert [t.version for t in checklists.versions(s, "periodic")] == [2, 1]
    # Idempotent, and a draft in waiting is not offered twice.
    assert checklists.sync_shipped(s, actor) == []
    checklists.publish(s, draft.id, actor)
    assert checklists.published(s, "periodic").id == draft.id
    assert checklists.get(s, in_use.id).status == "retired"
    assert checklists.sync_shipped(s, actor) == []


def test_a_newer_shipped_version_follows_the_offices_own_versions(
    s: Session, actor: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The office edited (its version 2, not from a file): shipped file version 2 is still
    new to this database, and becomes its version 3."""
    checklists.sync_shipped(s, actor)
    mine = checklists.save_draft(
        s, "periodic", "当会版", [("human", "hum.x", "研修をしたか。")], actor
    )
    checklists.publish(s, mine, actor)
    files = newer()
    monkeypatch.setattr(checklists, "shipped", lambda: files)
    [added] = checklists.sync_shipped(s, actor)
    row = checklists.get(s, added)
    assert (row.version, row.status, row.shipped_version) == (3, "draft", 2)
    assert checklists.published(s, "periodic").id == mine


def test_a_discarded_shipped_draft_is_not_offered_again(
    s: Session, actor: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    checklists.sync_shipped(s, actor)
    files = newer()
    monkeypatch.setattr(checklists, "shipped", lambda: files)
    [added] = checklists.sync_shipped(s, actor)
    checklists.discard_draft(s, added)
    assert checklists.get(s, added).status == "retired"
    assert checklists.drafts(s) == []
    assert checklists.sync_shipped(s, actor) == []
    # The next file version is offered.
    files3 = newer(version=3)
    monkeypatch.setattr(checklists, "shipped", lambda: files3)
    [third] = checklists.sync_shipped(s, actor)
    assert checklists.get(s, third).shipped_version == 3


# -- Drafts and publishing -------------------------------------------------------------------


QUESTIONS = [
    ("organisational", "org.manager", "個人データの取扱責任者を定めているか。"),
    ("human", "hum.nda", "従業者から秘密保持の誓約を得ているか。"),
    ("physical", "phy.area", "入退室の管理をしているか。"),
    ("technical", "tec.access", "アクセス制御をしているか。"),
]


def a_review(s: Session, template_id: int) -> int:
    when = datetime(2026, 4, 1, 9, 0)
    contractor = Contractor(name="株式会社テスト印刷", created_at=when, updated_at=when)
    s.add(contractor)
    s.flush()
    review = ContractorReview(
        contractor_id=contractor.id,
        kind="selection",
        template_id=template_id,
        started_on=date(2026, 4, 1),
    )
    s.add(review)
    s.flush()
    return review.id


def test_save_draft_and_publish_retire_the_old_version_and_keep_a_reviews_questions(
    s: Session, actor: int
) -> None:
    checklists.sync_shipped(s, actor)
    old = checklists.published(s, "selection")
    review = a_review(s, old.id)
    for q in old.questions[:3]:
        s.add(ReviewAnswer(review_id=review, question_id=q.id, answer="yes"))
    s.flush()

    edited = [(q.category, q.code, q.text) for q in old.questions]
    edited[0] = (edited[0][0], edited[0][1], "基本方針を定め、ウェブサイトで公表しているか。")
    del edited[1]
    draft_id = checklists.save_draft(s, "selection", "選定基準（当会版）", edited, actor)
    draft = checklists.get(s, draft_id)
    assert (draft.version, draft.status, draft.shipped_version) == (2, "draft", None)
    assert draft.title == "選定基準（当会版）"
    assert checklists.published(s, "selection") == old  # nothing changes until published
    created_by = s.get(ChecklistTemplate, draft_id)
    assert created_by is not None and created_by.created_by == actor

    checklists.publish(s, draft_id, actor)
    now_used = checklists.published(s, "selection")
    assert now_used.id == draft_id and now_used.published_at is not None
    assert now_used.questions[0].text == "基本方針を定め、ウェブサイトで公表しているか。"
    retired = checklists.get(s, old.id)
    assert retired.status == "retired"
    # The review still points at the old version, and its questions are as they were.
    assert retired.questions == old.questions
    row = s.get(ContractorReview, review)
    assert row is not None and row.template_id == old.id
    answered = s.scalars(select(ReviewAnswer.question_id).where(ReviewAnswer.review_id == review))
    assert set(answered) == {q.id for q in old.questions[:3]}
    assert {q.template_id for q in s.scalars(select(ChecklistQuestion))} >= {old.id, draft_id}
    assert [t.status for t in checklists.versions(s, "selection")] == ["published", "retired"]
    # Exactly one version of a kind is in use.
    in_use = s.scalar(
        select(func.count())
        .select_from(ChecklistTemplate)
        .where(ChecklistTemplate.kind == "selection", ChecklistTemplate.status == "published")
    )
    assert in_use == 1


def test_only_a_draft_is_published_or_discarded(s: Session, actor: int) -> None:
    checklists.sync_shipped(s, actor)
    used = checklists.published(s, "periodic")
    for call in (checklists.publish, checklists.discard_draft):
        with pytest.raises(InvalidInput) as exc:
            call(s, used.id)
        assert exc.value.code == "checklists.not_a_draft"
    draft = checklists.save_draft(s, "periodic", "案", QUESTIONS, actor)
    checklists.publish(s, draft, actor)
    with pytest.raises(InvalidInput) as exc:
        checklists.publish(s, used.id, actor)  # retired
    assert exc.value.code == "checklists.not_a_draft"


def test_discard_draft_deletes_an_office_draft(s: Session, actor: int) -> None:
    checklists.sync_shipped(s, actor)
    before = count(s, ChecklistQuestion)
    draft = checklists.save_draft(s, "self_check", "自己点検（案）", QUESTIONS, actor)
    assert [d.id for d in checklists.drafts(s)] == [draft]
    checklists.discard_draft(s, draft)
    assert checklists.drafts(s) == []
    assert count(s, ChecklistQuestion) == before
    with pytest.raises(InvalidInput) as exc:
        checklists.get(s, draft)
    assert exc.value.code == "checklists.not_found"


def test_drafts_are_listed_by_kind(s: Session, actor: int) -> None:
    a = checklists.save_draft(s, "self_check", "自己点検", QUESTIONS, actor)
    b = checklists.save_draft(s, "selection", "選定", QUESTIONS, actor)
    c = checklists.save_draft(s, "selection", "選定2", QUESTIONS, actor)
    assert [d.id for d in checklists.drafts(s)] == [c, b, a]
    assert [t.version for t in checklists.versions(s, "selection")] == [2, 1]


def test_published_get_and_versions_refuse_what_does_not_exist(s: Session, actor: int) -> None:
    with pytest.raises(InvalidInput) as exc:
        checklists.published(s, "selection")
    assert exc.value.code == "checklists.none_published"
    checklists.save_draft(s, "selection", "選定", QUESTIONS, actor)
    with pytest.raises(InvalidInput) as exc:
        checklists.published(s, "selection")  # a draft is not in use
    assert exc.value.code == "checklists.none_published"
    for bad in ("audit", "", None):
        with pytest.raises(InvalidInput) as exc:
            checklists.published(s, bad)  # type: ignore[arg-type]
        assert exc.value.code == "checklists.unknown_kind"
        with pytest.raises(InvalidInput):
            checklists.versions(s, bad)  # type: ignore[arg-type]
    for bad_id in (999_999, "1", True, None):
        with pytest.raises(InvalidInput) as exc:
            checklists.get(s, bad_id)  # type: ignore[arg-type]
        assert exc.value.code == "checklists.not_found"


# -- Validation ------------------------------------------------------------------------------


def test_save_draft_collects_every_problem(s: Session, actor: int) -> None:
    questions = [
        ("organisational", "org.manager", "責任者を定めているか。"),
        ("legal", "x.1", "区分が不明。"),  # unknown category
        ("human", "org.manager", "重複した記号。"),  # duplicate code
        ("human", "hum.empty", "   "),  # empty text
        ("physical", "", "記号がない。"),  # no code
        ("technical", "tec.long", "あ" * (checklists.TEXT_MAX + 1)),
        ("technical", "tec.nul", "NUL\x00を含む"),
        ("technical", "tec.surrogate", "壊れた\udcff文字"),
        ("technical", "c" * (checklists.CODE_MAX + 1), "記号が長い。"),
        ("technical", "tec.only_two"),  # not three parts
        "not a question",
    ]
    with pytest.raises(InvalidInput) as exc:
        checklists.save_draft(s, "selection", "", questions, actor)  # type: ignore[arg-type]
    assert problems_of(exc) == {
        ("title", "checklists.title_required"),
        ("questions.1.category", "checklists.unknown_category"),
        ("questions.2.code", "checklists.duplicate_code"),
        ("questions.3.text", "checklists.text_required"),
        ("questions.4.code", "checklists.code_required"),
        ("questions.5.text", "input.too_long"),
        ("questions.6.text", "input.bad_characters"),
        ("questions.7.text", "input.bad_characters"),
        ("questions.8.code", "input.too_long"),
        ("questions.9", "input.wrong_type"),
        ("questions.10", "input.wrong_type"),
    }
    rows = {field: params for field, _, params in exc.value.problems}
    assert rows["questions.2.code"] == {"row": 3}
    assert count(s, ChecklistTemplate) == 0  # nothing stored


def test_save_draft_refuses_no_questions_a_bad_kind_and_a_long_title(
    s: Session, actor: int
) -> None:
    with pytest.raises(InvalidInput) as exc:
        checklists.save_draft(s, "audit", "あ" * 201, [], actor)
    assert problems_of(exc) == {
        ("kind", "checklists.unknown_kind"),
        ("title", "input.too_long"),
        ("questions", "checklists.no_questions"),
    }
    with pytest.raises(InvalidInput) as exc:
        checklists.save_draft(s, "selection", "題", "abc", actor)  # type: ignore[arg-type]
    assert problems_of(exc) == {("questions", "input.wrong_type")}
    many = [("human", f"hum.q{i}", "質問か。") for i in range(checklists.MAX_QUESTIONS + 1)]
    with pytest.raises(InvalidInput) as exc:
        checklists.save_draft(s, "selection", "題", many, actor)
    assert problems_of(exc) == {("questions", "checklists.too_many_questions")}


def test_save_draft_stores_text_trimmed_and_numbers_versions(s: Session, actor: int) -> None:
    first = checklists.save_draft(
        s, "periodic", "  定期点検  ", [("human", " hum.nda ", " 誓約を得ているか。 ")], actor
    )
    second = checklists.save_draft(s, "periodic", "定期点検", QUESTIONS, actor)
    row = checklists.get(s, first)
    assert row.title == "定期点検"
    assert row.questions == (
        QuestionRow(row.questions[0].id, 1, "human", "hum.nda", "誓約を得ているか。"),
    )
    assert [checklists.get(s, t).version for t in (first, second)] == [1, 2]


def test_every_checklist_message_exists() -> None:
    for code in (
        "checklists.bad_shipped_file",
        "checklists.unknown_kind",
        "checklists.none_published",
        "checklists.not_found",
        "checklists.not_a_draft",
        "checklists.title_required",
        "checklists.no_questions",
        "checklists.too_many_questions",
        "checklists.unknown_category",
        "checklists.code_required",
        "checklists.duplicate_code",
        "checklists.text_required",
    ):
        assert set(MESSAGES[code]) == {"ja", "en"}, code


# -- Scores ----------------------------------------------------------------------------------


def q(i: int, category: str) -> QuestionRow:
    return QuestionRow(i, i, category, f"x.{i}", "質問か。")


def test_scores_with_na_and_unanswered() -> None:
    questions = [
        q(1, "organisational"),
        q(2, "organisational"),
        q(3, "organisational"),
        q(4, "organisational"),
        q(5, "technical"),
        q(6, "technical"),
        q(7, "human"),
        q(8, "basic_policy"),
    ]
    answers = {
        1: "yes",
        2: "yes",
        3: "no",
        4: "na",
        5: "na",
        6: "",  # stored but not answered
        7: "maybe",  # not an answer
        # 8 has no row at all
        99: "no",  # a question of another checklist: ignored
    }
    result = checklists.scores(questions, answers)
    assert list(result) == ["basic_policy", "organisational", "human", "technical", OVERALL]
    assert result["organisational"] == CategoryScore(2, 1, 1, 0, pytest.approx(200 / 3))
    assert result["technical"] == CategoryScore(0, 0, 1, 1, None)  # nothing applicable
    assert result["human"] == CategoryScore(0, 0, 0, 1, None)
    assert result["basic_policy"] == CategoryScore(0, 0, 0, 1, None)
    assert result[OVERALL] == CategoryScore(2, 1, 2, 3, pytest.approx(200 / 3))
    assert result[OVERALL].total == len(questions)


def test_scores_take_stored_answers_and_nothing() -> None:
    class Stored:
        def __init__(self, answer: str) -> None:
            self.answer = answer

    questions = [q(1, "physical"), q(2, "physical")]
    result = checklists.scores(questions, {1: Stored("yes"), 2: Stored("no")})
    assert result["physical"] == CategoryScore(1, 1, 0, 0, 50.0)
    assert checklists.scores([], {}) == {OVERALL: CategoryScore(0, 0, 0, 0, None)}
    all_yes = checklists.scores(questions, {1: "yes", 2: "yes"})
    assert all_yes[OVERALL].percent == 100.0
