"""チェックリスト. Versioned checklists: choosing and monitoring contractors (法25), the yearly
check of a foreign recipient's equivalent measures (規則18), and the office's own self-check of
its security measures (法23), with questions grouped by the guideline's categories (GL 10).

A version in use never changes: an edit is a new draft version, published when the office is
ready, and the one it replaces is retired, so a review keeps the questions it was answered
against. The standard versions ship in resources/checklists/ (see the README there).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from privacydesk.domain.accounts import now
from privacydesk.domain.consent import Problem, check_text, raise_problems
from privacydesk.errors import InternalError, InvalidInput
from privacydesk.resources import resources_dir
from privacydesk.storage.models import ChecklistQuestion, ChecklistTemplate, ContractorReview

# The security-measure categories of the Commission's guideline (GL 10 別添), in its order.
CATEGORIES = (
    "basic_policy",
    "rules",
    "organisational",
    "human",
    "physical",
    "technical",
    "foreign",
)
CATEGORY_TEXT = {
    "basic_policy": "基本方針",
    "rules": "個人データの取扱いに係る規律の整備",
    "organisational": "組織的安全管理措置",
    "human": "人的安全管理措置",
    "physical": "物理的安全管理措置",
    "technical": "技術的安全管理措置",
    "foreign": "外的環境の把握",
}
# The prefix of a shipped question's code, per category (e.g. org.manager).
CODE_PREFIX = {
    "basic_policy": "pol",
    "rules": "rul",
    "organisational": "org",
    "human": "hum",
    "physical": "phy",
    "technical": "tec",
    "foreign": "for",
}
KINDS = ("selection", "periodic", "equivalence", "self_check")
KIND_TEXT = {
    "selection": "委託先選定基準",
    "periodic": "委託先定期点検",
    "equivalence": "外国にある第三者の相当措置の確認",
    "self_check": "安全管理措置の自己点検",
}
ANSWERS = ("yes", "no", "na")  # 適合 / 不適合 / 該当なし
ANSWER_TEXT = {"yes": "適合", "no": "不適合", "na": "該当なし"}
STATUSES = ("draft", "published", "retired")
OVERALL = "overall"  # the key of the whole checklist's score in scores()

TITLE_MAX = 200  # ChecklistTemplate.title
CODE_MAX = 40  # ChecklistQuestion.code
TEXT_MAX = 1000
MAX_QUESTIONS = 200
_SHIPPED_CODE = re.compile(r"[a-z]{3}\.[a-z0-9_]+")

Question = tuple[str, str, str]  # (category, code, text)


@dataclass(frozen=True)
class QuestionRow:
    id: int
    position: int  # 1, 2, 3 … in the order asked
    category: str
    code: str
    text: str


@dataclass(frozen=True)
class TemplateRow:
    id: int
    kind: str
    version: int
    title: str
    status: str  # draft|published|retired
    shipped_version: int | None  # the file version it came from; None for the office's edits
    created_at: datetime
    published_at: datetime | None
    questions: tuple[QuestionRow, ...]


@dataclass(frozen=True)
class Shipped:
    """A checklist file of resources/checklists/, read and checked."""

    kind: str
    version: int
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class CategoryScore:
    yes: int
    no: int
    na: int
    unanswered: int
    percent: float | None  # yes / (yes + no) * 100; None when nothing applicable is answered

    @property
    def total(self) -> int:
        return self.yes + self.no + self.na + self.unanswered


# -- Shipped files ---------------------------------------------------------------------------


def _bad_file(name: str, where: str) -> InternalError:
    # A shipped file is part of the app: a broken one is our bug, not the office's input.
    return InternalError("checklists.bad_shipped_file", file=name, field=where)


def _read_shipped(kind: str) -> Shipped:
    name = f"{kind}.json"
    try:
        data = json.loads((resources_dir() / "checklists" / name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise _bad_file(name, "") from None
    if not isinstance(data, dict) or set(data) != {"kind", "version", "title", "questions"}:
        raise _bad_file(name, "")
    if data["kind"] != kind:
        raise _bad_file(name, "kind")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _bad_file(name, "version")
    title = data["title"]
    if not isinstance(title, str) or not title.strip() or len(title) > TITLE_MAX:
        raise _bad_file(name, "title")
    raw = data["questions"]
    if not isinstance(raw, list) or not raw or len(raw) > MAX_QUESTIONS:
        raise _bad_file(name, "questions")
    questions: list[Question] = []
    seen: set[str] = set()
    last_category = 0
    for i, q in enumerate(raw):
        where = f"questions.{i}"
        if not isinstance(q, dict) or set(q) != {"category", "code", "text"}:
            raise _bad_file(name, where)
        category, code, text = q["category"], q["code"], q["text"]
        if category not in CATEGORIES or CATEGORIES.index(category) < last_category:
            raise _bad_file(name, f"{where}.category")  # unknown, or out of category order
        last_category = CATEGORIES.index(category)
        if (
            not isinstance(code, str)
            or len(code) > CODE_MAX
            or not _SHIPPED_CODE.fullmatch(code)
            or not code.startswith(CODE_PREFIX[category] + ".")
            or code in seen
        ):
            raise _bad_file(name, f"{where}.code")
        seen.add(code)
        problems: list[Problem] = []
        clean = check_text(problems, "text", text, TEXT_MAX)
        if problems or not clean or clean != text:
            raise _bad_file(name, f"{where}.text")
        questions.append((category, code, text))
    return Shipped(kind, version, title, tuple(questions))


def shipped() -> list[Shipped]:
    """Every shipped checklist, one per kind in KINDS order. A missing or broken file raises
    InternalError ("checklists.bad_shipped_file", naming the file and the field)."""
    return [_read_shipped(kind) for kind in KINDS]


def sync_shipped(session: Session, actor: int | None) -> list[int]:
    """Bring the shipped checklists into the database; returns the ids of the versions added.

    A kind the database does not have yet arrives published (version 1). A file newer than
    every version that came from a file arrives as a draft: the office publishes it when ready,
    and keeps using its current version until then. Running it again adds nothing."""
    added: list[int] = []
    for s in shipped():
        last_version, last_shipped = session.execute(
            select(
                func.max(ChecklistTemplate.version), func.max(ChecklistTemplate.shipped_version)
            ).where(ChecklistTemplate.kind == s.kind)
        ).one()
        if last_version is None:
            added.append(_insert(session, s.kind, 1, s.title, s.questions, actor, s.version, True))
        elif last_shipped is None or s.version > last_shipped:
            added.append(
                _insert(
                    session, s.kind, last_version + 1, s.title, s.questions, actor, s.version, False
                )
            )
    return added


def _insert(
    session: Session,
    kind: str,
    version: int,
    title: str,
    questions: Sequence[Question],
    actor: int | None,
    shipped_version: int | None,
    publish: bool,
) -> int:
    when = now()
    template = ChecklistTemplate(
        kind=kind,
        version=version,
        title=title,
        status="published" if publish else "draft",
        shipped_version=shipped_version,
        created_at=when,
        created_by=actor,
        published_at=when if publish else None,
    )
    session.add(template)
    session.flush()
    session.add_all(
        ChecklistQuestion(
            template_id=template.id, position=n, category=category, code=code, text=text
        )
        for n, (category, code, text) in enumerate(questions, start=1)
    )
    session.flush()
    return template.id


# -- Reading ---------------------------------------------------------------------------------


def _rows(session: Session, templates: Iterable[ChecklistTemplate]) -> list[TemplateRow]:
    templates = list(templates)
    ids = [t.id for t in templates]
    by_template: dict[int, list[QuestionRow]] = {i: [] for i in ids}
    if ids:
        for q in session.scalars(
            select(ChecklistQuestion)
            .where(ChecklistQuestion.template_id.in_(ids))
            .order_by(ChecklistQuestion.template_id, ChecklistQuestion.position)
        ):
            by_template[q.template_id].append(
                QuestionRow(q.id, q.position, q.category, q.code, q.text)
            )
    return [
        TemplateRow(
            t.id,
            t.kind,
            t.version,
            t.title,
            t.status,
            t.shipped_version,
            t.created_at,
            t.published_at,
            tuple(by_template[t.id]),
        )
        for t in templates
    ]


def _check_kind(kind: object) -> str:
    if kind not in KINDS:
        raise InvalidInput("checklists.unknown_kind", kind=str(kind)[:40])
    return str(kind)


def published(session: Session, kind: str) -> TemplateRow:
    """The version of this kind in use. InvalidInput "checklists.none_published" if none."""
    kind = _check_kind(kind)
    row = session.scalars(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.kind == kind, ChecklistTemplate.status == "published")
        .order_by(ChecklistTemplate.version.desc())
        .limit(1)
    ).first()
    if row is None:
        raise InvalidInput("checklists.none_published", kind=kind)
    return _rows(session, [row])[0]


def _template(session: Session, template_id: object) -> ChecklistTemplate:
    row = (
        session.get(ChecklistTemplate, template_id)
        if isinstance(template_id, int) and not isinstance(template_id, bool)
        else None
    )
    if row is None:
        raise InvalidInput("checklists.not_found", id=str(template_id)[:20])
    return row


def get(session: Session, template_id: int) -> TemplateRow:
    """Any version, with its questions (a review's version, even a retired one)."""
    return _rows(session, [_template(session, template_id)])[0]


def versions(session: Session, kind: str) -> list[TemplateRow]:
    """Every version of a kind, newest first."""
    kind = _check_kind(kind)
    return _rows(
        session,
        session.scalars(
            select(ChecklistTemplate)
            .where(ChecklistTemplate.kind == kind)
            .order_by(ChecklistTemplate.version.desc())
        ),
    )


def drafts(session: Session) -> list[TemplateRow]:
    """Every draft waiting to be published or discarded, by kind (KINDS order), newest first."""
    rows = list(
        session.scalars(
            select(ChecklistTemplate)
            .where(ChecklistTemplate.status == "draft")
            .order_by(ChecklistTemplate.version.desc())
        )
    )
    rows.sort(key=lambda t: KINDS.index(t.kind) if t.kind in KINDS else len(KINDS))
    return _rows(session, rows)


# -- Editing ---------------------------------------------------------------------------------


def _questions(problems: list[Problem], questions: object) -> list[Question]:
    if isinstance(questions, str | bytes) or not isinstance(questions, Sequence):
        problems.append(("questions", "input.wrong_type", {}))
        return []
    if not questions:
        problems.append(("questions", "checklists.no_questions", {}))
    if len(questions) > MAX_QUESTIONS:
        problems.append(("questions", "checklists.too_many_questions", {"max": MAX_QUESTIONS}))
        return []
    clean: list[Question] = []
    seen: set[str] = set()
    for i, raw in enumerate(questions):
        where = f"questions.{i}"
        if isinstance(raw, str | bytes) or not isinstance(raw, Sequence) or len(raw) != 3:
            problems.append((where, "input.wrong_type", {"row": i + 1}))
            continue
        category, code_raw, text_raw = raw
        if category not in CATEGORIES:
            problems.append((f"{where}.category", "checklists.unknown_category", {"row": i + 1}))
        code = check_text(problems, f"{where}.code", code_raw, CODE_MAX)
        if isinstance(code_raw, str) and not code and f"{where}.code" not in _fields(problems):
            problems.append((f"{where}.code", "checklists.code_required", {"row": i + 1}))
        elif code and code in seen:
            problems.append((f"{where}.code", "checklists.duplicate_code", {"row": i + 1}))
        seen.add(code)
        text = check_text(problems, f"{where}.text", text_raw, TEXT_MAX)
        if isinstance(text_raw, str) and not text and f"{where}.text" not in _fields(problems):
            problems.append((f"{where}.text", "checklists.text_required", {"row": i + 1}))
        clean.append((str(category), code, text))
    return clean


def _fields(problems: list[Problem]) -> set[str]:
    return {field for field, _, _ in problems}


def save_draft(
    session: Session,
    kind: str,
    title: str,
    questions: Sequence[Question],
    actor: int | None,
) -> int:
    """A new draft version of a kind from (category, code, text) questions, in the order
    asked; returns its id. Nothing in use changes until the draft is published."""
    problems: list[Problem] = []
    if kind not in KINDS:
        problems.append(("kind", "checklists.unknown_kind", {"kind": str(kind)[:40]}))
    clean_title = check_text(problems, "title", title, TITLE_MAX)
    if isinstance(title, str) and not clean_title and "title" not in _fields(problems):
        problems.append(("title", "checklists.title_required", {}))
    clean = _questions(problems, questions)
    raise_problems(problems)
    last = session.scalar(
        select(func.max(ChecklistTemplate.version)).where(ChecklistTemplate.kind == kind)
    )
    return _insert(session, kind, (last or 0) + 1, clean_title, clean, actor, None, False)


def publish(session: Session, template_id: int, actor: int | None = None) -> None:
    """Put a draft in use; the version in use until now is retired. Only a draft can be
    published. (`actor` is for the caller's audit trail: the table records who created a
    version, not who published it.)"""
    template = _template(session, template_id)
    if template.status != "draft":
        raise InvalidInput("checklists.not_a_draft", id=template.id)
    session.execute(
        update(ChecklistTemplate)
        .where(
            ChecklistTemplate.kind == template.kind,
            ChecklistTemplate.status == "published",
            ChecklistTemplate.id != template.id,
        )
        .values(status="retired")
    )
    template.status = "published"
    template.published_at = now()
    session.flush()


def discard_draft(session: Session, template_id: int) -> None:
    """Throw a draft away. A draft that came from a shipped file is retired instead (never
    published), so that the next sync does not offer the same file version again."""
    template = _template(session, template_id)
    if template.status != "draft":
        raise InvalidInput("checklists.not_a_draft", id=template.id)
    used = session.scalar(
        select(func.count())
        .select_from(ContractorReview)
        .where(ContractorReview.template_id == template.id)
    )
    if template.shipped_version is not None or used:
        template.status = "retired"
        session.flush()
        return
    session.execute(delete(ChecklistQuestion).where(ChecklistQuestion.template_id == template.id))
    session.delete(template)
    session.flush()


# -- Scores ----------------------------------------------------------------------------------


def scores(
    questions: Sequence[QuestionRow], answers: Mapping[int, Any]
) -> dict[str, CategoryScore]:
    """Per category present (CATEGORIES order), then OVERALL for the whole checklist: how
    many questions are answered 適合 / 不適合 / 該当なし and how many are not answered, and
    the share of 適合 among the applicable answers. `answers` maps a question id to "yes",
    "no" or "na" (or an object with an `answer` attribute, such as a stored answer); anything
    else, and a question missing from it, counts as unanswered."""
    counts: dict[str, list[int]] = {}
    total = [0, 0, 0, 0]
    for q in questions:
        given = answers.get(q.id)
        value = getattr(given, "answer", given)
        slot = ANSWERS.index(value) if value in ANSWERS else 3
        counts.setdefault(q.category, [0, 0, 0, 0])[slot] += 1
        total[slot] += 1
    order = [c for c in CATEGORIES if c in counts] + sorted(
        c for c in counts if c not in CATEGORIES
    )
    out = {c: _score(counts[c]) for c in order}
    out[OVERALL] = _score(total)
    return out


def _score(c: list[int]) -> CategoryScore:
    yes, no, na, unanswered = c
    percent = yes / (yes + no) * 100 if yes + no else None
    return CategoryScore(yes, no, na, unanswered, percent)
