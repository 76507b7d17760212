"""委託先. Contractors the office entrusts personal data to (Article 25; APPI.md section 4):
selection, the contract and its protective clauses, subcontractors, transfer abroad,
certifications, reviews against a checklist version, follow-ups, and the end of a contract.

Flags are derived, never stored, each with a message code and its parameters, so a list
always says why a contractor needs attention.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from privacydesk.domain import checklists
from privacydesk.domain.accounts import now
from privacydesk.domain.consent import Problem, raise_problems, read_date
from privacydesk.domain.mynumber import checked_text
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    Certification,
    ChecklistQuestion,
    Contractor,
    ContractorEntry,
    ContractorReview,
    DeletionCertificate,
    EntryItem,
    FollowUp,
    RegisterEntry,
    ReviewAnswer,
)

STATUSES = ("selecting", "active", "ended")  # 選定中 / 契約中 / 終了
# The contract's protective clauses (Privacy Mark practice; APPI.md section 4).
CLAUSES = (
    "confidentiality",  # 秘密保持
    "purpose_only",  # 委託目的以外の利用禁止
    "security",  # 安全管理措置
    "subcontract_approval",  # 再委託は事前承認
    "incident_report",  # 事故時の報告
    "return_delete",  # 終了時の返却・削除
    "audit_reports",  # 監査・報告を求める権利
)
ABROAD_BASES = ("", "consent", "equivalent")  # Article 28: consent, or an equivalent system
CERT_KINDS = ("pmark", "isms", "other")
REVIEW_KINDS = ("selection", "periodic", "equivalence")
RESULTS = ("fit", "conditional", "unfit")  # 適 / 条件付き適 / 不適
DISPOSALS = ("returned", "deleted")
WARN_DAYS = 60  # contracts and certifications ending within this many days are flagged
EQUIVALENCE_MONTHS = 12  # Enforcement Rules Article 18: checked periodically, yearly here
FLAG_CODES = (
    "contractor.no_selection",
    "contractor.contract_expired",
    "contractor.contract_ending",
    "contractor.review_overdue",
    "contractor.followup_overdue",
    "contractor.cert_expiring",
    "contractor.sensitive_without_clauses",
    "contractor.subcontractor_unapproved",
    "contractor.ended_without_certificate",
    "contractor.equivalence_overdue",
)
LIMITS = {
    "name": 300,
    "postal_code": 20,
    "address": 1000,
    "representative": 300,
    "contact_person": 300,
    "phone": 40,
    "email": 200,
    "services": 4000,
    "country": 100,
    "abroad_info": 4000,
    "notes": 4000,
    "items": 2000,
    "summary": 4000,
    "comment": 2000,
    "evidence": 2000,
    "action": 2000,
    "owner": 200,
    "closing_note": 2000,
    "covers": 2000,
    "kept_where": 1000,
    "cert_name": 200,
}
# Words that differ between spellings of the same organisation's name.
_LEGAL_FORMS = re.compile(
    r"株式会社|（株）|\(株\)|㈱|有限会社|（有）|\(有\)|合同会社|一般社団法人|一般財団法人|"
    r"公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|社会福祉法人|inc\.?|co\.?,?\s*ltd\.?|"
    r"corporation|corp\.?|llc|ltd\.?|[\s・,.，、]"
)


def _text(problems: list[Problem], name: str, value: object, limit: int | None = None) -> str:
    return checked_text(problems, name, value, limit or LIMITS.get(name, 4000))


def _choice(problems: list[Problem], name: str, value: object, choices: Sequence[str]) -> str:
    if value not in choices:
        problems.append((name, "input.unknown_choice", {"value": str(value)[:40]}))
        return choices[0]
    return str(value)


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has no such day)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in range(day.day, 27, -1):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return date(year, month, min(day.day, 28))


def name_key(name: str) -> str:
    """A name folded for finding likely duplicates (legal forms, spaces and case ignored)."""
    folded = unicodedata.normalize("NFKC", name).lower()
    return _LEGAL_FORMS.sub("", folded)


# -- input -------------------------------------------------------------------------------------


@dataclass
class ContractorData:
    name: str = ""
    postal_code: str = ""
    address: str = ""
    representative: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    services: str = ""
    status: str = "selecting"
    contract_start: date | str | None = None
    contract_end: date | str | None = None
    clauses: list[str] = field(default_factory=list)
    principal_id: int | None = None
    subcontract_approved_on: date | str | None = None
    abroad: bool = False
    country: str = ""
    abroad_info: str = ""
    abroad_basis: str = ""
    review_months: int = 12
    notes: str = ""


SCALARS = (
    "name",
    "postal_code",
    "address",
    "representative",
    "contact_person",
    "phone",
    "email",
    "services",
    "country",
    "abroad_info",
    "notes",
)


def _date_field(problems: list[Problem], name: str, value: date | str | None) -> date | None:
    """A contract date may lie in the future (an end date usually does)."""
    far = date(2200, 1, 1)
    return read_date(problems, name, value, far, required=False)


def validate(session: Session, data: ContractorData, contractor_id: int | None) -> dict[str, Any]:
    problems: list[Problem] = []
    out: dict[str, Any] = {k: _text(problems, k, getattr(data, k)) for k in SCALARS}
    if not out["name"] and not any(p[0] == "name" for p in problems):
        problems.append(("name", "contractors.name_required", {}))
    out["status"] = _choice(problems, "status", data.status, STATUSES)
    out["contract_start"] = _date_field(problems, "contract_start", data.contract_start)
    out["contract_end"] = _date_field(problems, "contract_end", data.contract_end)
    if (
        out["contract_start"]
        and out["contract_end"]
        and out["contract_end"] < out["contract_start"]
    ):
        problems.append(("contract_end", "contractors.end_before_start", {}))
    clauses = list(dict.fromkeys(data.clauses))
    if any(c not in CLAUSES for c in clauses):
        problems.append(("clauses", "input.unknown_choice", {"value": "clauses"}))
    out["clauses"] = json.dumps([c for c in CLAUSES if c in clauses])
    principal = data.principal_id
    if principal is not None:
        if not isinstance(principal, int) or session.get(Contractor, principal) is None:
            problems.append(("principal_id", "contractors.not_found", {"id": str(principal)[:20]}))
        elif principal == contractor_id or _is_below(session, principal, contractor_id):
            problems.append(("principal_id", "contractors.principal_cycle", {}))
    out["principal_id"] = principal
    out["subcontract_approved_on"] = _date_field(
        problems, "subcontract_approved_on", data.subcontract_approved_on
    )
    out["abroad"] = bool(data.abroad)
    out["abroad_basis"] = _choice(problems, "abroad_basis", data.abroad_basis or "", ABROAD_BASES)
    if out["abroad"] and not out["country"]:
        problems.append(("country", "contractors.country_required", {}))
    months = data.review_months
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 60:
        problems.append(("review_months", "contractors.bad_interval", {}))
        months = 12
    out["review_months"] = months
    raise_problems(problems)
    return out


def _is_below(session: Session, candidate: int, contractor_id: int | None) -> bool:
    """True when `candidate` is (transitively) a subcontractor of `contractor_id`."""
    if contractor_id is None:
        return False
    seen: set[int] = set()
    current: int | None = candidate
    while current is not None and current not in seen:
        if current == contractor_id:
            return True
        seen.add(current)
        row = session.get(Contractor, current)
        current = row.principal_id if row else None
    return False


def create(session: Session, data: ContractorData) -> int:
    values = validate(session, data, None)
    row = Contractor(**values, created_at=now(), updated_at=now())
    session.add(row)
    session.flush()
    return row.id


def _load(session: Session, contractor_id: int) -> Contractor:
    row = (
        session.get(Contractor, contractor_id)
        if isinstance(contractor_id, int) and not isinstance(contractor_id, bool)
        else None
    )
    if row is None:
        raise InvalidInput("contractors.not_found", id=str(contractor_id)[:20])
    return row


def update_contractor(session: Session, contractor_id: int, data: ContractorData) -> list[str]:
    row = _load(session, contractor_id)
    values = validate(session, data, contractor_id)
    changed = [k for k, v in values.items() if getattr(row, k) != v]
    for k in changed:
        setattr(row, k, values[k])
    if changed:
        row.updated_at = now()
    session.flush()
    return changed


def data_of(row: Contractor) -> ContractorData:
    return ContractorData(
        **{k: getattr(row, k) for k in SCALARS},
        status=row.status,
        contract_start=row.contract_start,
        contract_end=row.contract_end,
        clauses=[str(c) for c in json.loads(row.clauses or "[]")],
        principal_id=row.principal_id,
        subcontract_approved_on=row.subcontract_approved_on,
        abroad=row.abroad,
        abroad_basis=row.abroad_basis,
        review_months=row.review_months,
    )


def set_entries(session: Session, contractor_id: int, links: Sequence[tuple[int, str]]) -> None:
    """The register entries (and which of their items) the contractor handles."""
    row = _load(session, contractor_id)
    problems: list[Problem] = []
    clean: dict[int, str] = {}
    for entry_id, items in links:
        if not isinstance(entry_id, int) or session.get(RegisterEntry, entry_id) is None:
            problems.append(("entries", "requests.unknown_entry", {"id": str(entry_id)[:20]}))
            continue
        clean[entry_id] = _text(problems, "items", items)
    raise_problems(problems)
    session.execute(delete(ContractorEntry).where(ContractorEntry.contractor_id == row.id))
    for entry_id, items in clean.items():
        session.add(ContractorEntry(contractor_id=row.id, entry_id=entry_id, items=items))
    row.updated_at = now()
    session.flush()


# -- certifications, deletion certificates, the end of a contract ---------------------------------


def add_certification(
    session: Session, contractor_id: int, kind: str, name: str, expires_on: date | str | None
) -> int:
    row = _load(session, contractor_id)
    problems: list[Problem] = []
    kind = _choice(problems, "kind", kind, CERT_KINDS)
    name = _text(problems, "cert_name", name)
    expires = _date_field(problems, "expires_on", expires_on)
    raise_problems(problems)
    cert = Certification(contractor_id=row.id, kind=kind, name=name, expires_on=expires)
    session.add(cert)
    session.flush()
    return cert.id


def remove_certification(session: Session, contractor_id: int, cert_id: int) -> None:
    cert = session.get(Certification, cert_id)
    if cert is None or cert.contractor_id != contractor_id:
        raise InvalidInput("contractors.record_not_found")
    session.delete(cert)
    session.flush()


def add_deletion_certificate(
    session: Session,
    contractor_id: int,
    received_on: date | str,
    covers: str,
    kept_where: str,
    today: date,
) -> int:
    row = _load(session, contractor_id)
    problems: list[Problem] = []
    received = read_date(
        problems, "received_on", received_on, today, future_code="requests.future_date"
    )
    covers = _text(problems, "covers", covers)
    kept = _text(problems, "kept_where", kept_where)
    if not covers and not any(p[0] == "covers" for p in problems):
        problems.append(("covers", "contractors.covers_required", {}))
    raise_problems(problems)
    assert received is not None
    cert = DeletionCertificate(
        contractor_id=row.id, received_on=received, covers=covers, kept_where=kept
    )
    session.add(cert)
    session.flush()
    return cert.id


def end_contract(
    session: Session, contractor_id: int, ended_on: date | str, disposal: str, today: date
) -> None:
    row = _load(session, contractor_id)
    problems: list[Problem] = []
    ended = read_date(problems, "ended_on", ended_on, today, future_code="requests.future_date")
    disposal = _choice(problems, "data_disposal", disposal, DISPOSALS)
    raise_problems(problems)
    row.status, row.ended_on, row.data_disposal = "ended", ended, disposal
    row.updated_at = now()
    session.flush()


# -- reviews and follow-ups ---------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerRow:
    question_id: int
    answer: str
    comment: str
    evidence: str


@dataclass(frozen=True)
class ReviewRow:
    id: int
    contractor_id: int
    kind: str
    template_id: int
    template_version: int
    started_on: date
    finished_on: date | None
    result: str
    summary: str
    answered_by: str
    reviewer_id: int | None
    answered: int
    questions: int


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    contractor_id: int
    review_id: int | None
    action: str
    owner: str
    due_on: date
    closed_on: date | None
    closing_note: str


def _review(session: Session, review_id: int) -> ContractorReview:
    row = session.get(ContractorReview, review_id) if isinstance(review_id, int) else None
    if row is None:
        raise InvalidInput("contractors.review_not_found")
    return row


def start_review(
    session: Session,
    contractor_id: int,
    kind: str,
    actor: int | None,
    today: date,
    answered_by: str = "office",
) -> int:
    """A review against the published checklist of its kind (that version, for good)."""
    row = _load(session, contractor_id)
    if kind not in REVIEW_KINDS:
        raise InvalidInput("input.unknown_choice", value=str(kind)[:30])
    if answered_by not in ("office", "contractor"):
        raise InvalidInput("input.unknown_choice", value=str(answered_by)[:30])
    template = checklists.published(session, kind)
    review = ContractorReview(
        contractor_id=row.id,
        kind=kind,
        template_id=template.id,
        started_on=today,
        answered_by=answered_by,
        reviewer_id=actor,
    )
    session.add(review)
    session.flush()
    return review.id


def answer(
    session: Session,
    review_id: int,
    question_id: int,
    value: str,
    comment: str = "",
    evidence: str = "",
) -> None:
    """One answer, saved at once (the form saves as the officer goes)."""
    review = _review(session, review_id)
    if review.finished_on is not None:
        raise InvalidInput("contractors.review_finished")
    q = session.get(ChecklistQuestion, question_id) if isinstance(question_id, int) else None
    if q is None or q.template_id != review.template_id:
        raise InvalidInput("contractors.question_not_in_review")
    problems: list[Problem] = []
    if value not in (*checklists.ANSWERS, ""):
        problems.append(("answer", "input.unknown_choice", {"value": str(value)[:10]}))
    comment = _text(problems, "comment", comment)
    evidence = _text(problems, "evidence", evidence)
    raise_problems(problems)
    row = session.get(ReviewAnswer, (review.id, q.id))
    if row is None:
        row = ReviewAnswer(review_id=review.id, question_id=q.id)
        session.add(row)
    row.answer, row.comment, row.evidence = value, comment, evidence
    session.flush()


def answers(session: Session, review_id: int) -> dict[int, AnswerRow]:
    return {
        a.question_id: AnswerRow(a.question_id, a.answer, a.comment, a.evidence)
        for a in session.scalars(select(ReviewAnswer).where(ReviewAnswer.review_id == review_id))
    }


def finish_review(
    session: Session,
    review_id: int,
    result: str,
    summary: str,
    finished_on: date | str,
    today: date,
) -> None:
    """Every question answered, a result, and (when not simply fit) a summary saying why."""
    review = _review(session, review_id)
    if review.finished_on is not None:
        raise InvalidInput("contractors.review_finished")
    problems: list[Problem] = []
    result = _choice(problems, "result", result, RESULTS)
    summary = _text(problems, "summary", summary)
    finished = read_date(
        problems, "finished_on", finished_on, today, future_code="requests.future_date"
    )
    if finished and finished < review.started_on - timedelta(days=366):
        problems.append(("finished_on", "contractors.finished_before_start", {}))
    template = checklists.get(session, review.template_id)
    given = answers(session, review.id)
    open_questions = [
        q for q in template.questions if not given.get(q.id, None) or not given[q.id].answer
    ]
    if open_questions:
        problems.append(("answers", "contractors.unanswered", {"count": len(open_questions)}))
    if result != "fit" and not summary:
        problems.append(("summary", "contractors.summary_required", {}))
    raise_problems(problems)
    review.result, review.summary, review.finished_on = result, summary, finished
    session.flush()


def delete_review(session: Session, review_id: int) -> None:
    """An unfinished review may be thrown away; a finished one is a record and stays."""
    review = _review(session, review_id)
    if review.finished_on is not None:
        raise InvalidInput("contractors.review_finished")
    session.delete(review)
    session.flush()


def _review_rows(session: Session, reviews: Iterable[ContractorReview]) -> list[ReviewRow]:
    reviews = list(reviews)
    ids = [r.id for r in reviews]
    answered = (
        dict(
            session.execute(
                select(ReviewAnswer.review_id, func.count())
                .where(ReviewAnswer.review_id.in_(ids), ReviewAnswer.answer != "")
                .group_by(ReviewAnswer.review_id)
            ).all()
        )
        if ids
        else {}
    )
    out = []
    for r in reviews:
        t = checklists.get(session, r.template_id)
        out.append(
            ReviewRow(
                r.id,
                r.contractor_id,
                r.kind,
                r.template_id,
                t.version,
                r.started_on,
                r.finished_on,
                r.result,
                r.summary,
                r.answered_by,
                r.reviewer_id,
                int(answered.get(r.id, 0)),
                len(t.questions),
            )
        )
    return out


def reviews_of(session: Session, contractor_id: int) -> list[ReviewRow]:
    return _review_rows(
        session,
        session.scalars(
            select(ContractorReview)
            .where(ContractorReview.contractor_id == contractor_id)
            .order_by(ContractorReview.started_on.desc(), ContractorReview.id.desc())
        ),
    )


def get_review(session: Session, review_id: int) -> ReviewRow:
    return _review_rows(session, [_review(session, review_id)])[0]


def add_followup(
    session: Session,
    contractor_id: int,
    action: str,
    owner: str,
    due_on: date | str,
    review_id: int | None = None,
) -> int:
    row = _load(session, contractor_id)
    problems: list[Problem] = []
    action = _text(problems, "action", action)
    owner = _text(problems, "owner", owner)
    due = _date_field(problems, "due_on", due_on)
    if not action and not any(p[0] == "action" for p in problems):
        problems.append(("action", "contractors.action_required", {}))
    if due is None and not any(p[0] == "due_on" for p in problems):
        problems.append(("due_on", "consent.date_required", {}))
    if review_id is not None:
        review = session.get(ContractorReview, review_id)
        if review is None or review.contractor_id != row.id:
            problems.append(("review_id", "contractors.review_not_found", {}))
    raise_problems(problems)
    assert due is not None
    f = FollowUp(contractor_id=row.id, review_id=review_id, action=action, owner=owner, due_on=due)
    session.add(f)
    session.flush()
    return f.id


def close_followup(
    session: Session, followup_id: int, closed_on: date | str, note: str, today: date
) -> None:
    f = session.get(FollowUp, followup_id) if isinstance(followup_id, int) else None
    if f is None:
        raise InvalidInput("contractors.record_not_found")
    problems: list[Problem] = []
    closed = read_date(problems, "closed_on", closed_on, today, future_code="requests.future_date")
    note = _text(problems, "closing_note", note)
    if not note and not any(p[0] == "closing_note" for p in problems):
        problems.append(("closing_note", "contractors.closing_note_required", {}))
    raise_problems(problems)
    f.closed_on, f.closing_note = closed, note
    session.flush()


def followups_of(session: Session, contractor_id: int) -> list[FollowUpRow]:
    return [
        FollowUpRow(
            f.id,
            f.contractor_id,
            f.review_id,
            f.action,
            f.owner,
            f.due_on,
            f.closed_on,
            f.closing_note,
        )
        for f in session.scalars(
            select(FollowUp)
            .where(FollowUp.contractor_id == contractor_id)
            .order_by(FollowUp.due_on, FollowUp.id)
        )
    ]


# -- flags and the list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Facts:
    """What the flags need to know about one contractor, gathered in a few queries."""

    last_selection: date | None = None
    last_review: date | None = None  # the last finished selection or periodic review
    last_equivalence: date | None = None
    open_followups_due: tuple[date, ...] = ()
    cert_expiries: tuple[tuple[str, date], ...] = ()
    deletion_certificates: int = 0
    sensitive_entries: int = 0


def next_review_due(row: Contractor, facts: Facts) -> date | None:
    """The last finished review plus the contractor's interval; None before a selection."""
    if facts.last_review is None:
        return None
    return add_months(facts.last_review, row.review_months)


def flags(row: Contractor, facts: Facts, today: date) -> list[Flag]:
    out: list[Flag] = []
    ended = row.status == "ended"
    if facts.last_selection is None and row.status != "selecting":
        out.append(Flag("contractor.no_selection"))
    if not ended and row.contract_end is not None:
        if row.contract_end < today:
            out.append(Flag("contractor.contract_expired", {"date": row.contract_end.isoformat()}))
        elif row.contract_end <= today + timedelta(days=WARN_DAYS):
            out.append(Flag("contractor.contract_ending", {"date": row.contract_end.isoformat()}))
    due = next_review_due(row, facts)
    if row.status == "active" and due is not None and due < today:
        out.append(Flag("contractor.review_overdue", {"date": due.isoformat()}))
    late = [d for d in facts.open_followups_due if d < today]
    if late:
        out.append(Flag("contractor.followup_overdue", {"count": len(late)}))
    if not ended:
        for kind, expires in facts.cert_expiries:
            if expires <= today + timedelta(days=WARN_DAYS):
                out.append(
                    Flag("contractor.cert_expiring", {"kind": kind, "date": expires.isoformat()})
                )
    if facts.sensitive_entries and not ended:
        missing = [c for c in CLAUSES if c not in json.loads(row.clauses or "[]")]
        if missing:
            out.append(Flag("contractor.sensitive_without_clauses", {"count": len(missing)}))
    if row.principal_id is not None and row.subcontract_approved_on is None:
        out.append(Flag("contractor.subcontractor_unapproved"))
    if ended and facts.deletion_certificates == 0:
        out.append(Flag("contractor.ended_without_certificate"))
    if row.abroad and row.abroad_basis == "equivalent" and not ended:
        last = facts.last_equivalence
        if last is None or add_months(last, EQUIVALENCE_MONTHS) < today:
            out.append(
                Flag("contractor.equivalence_overdue", {"date": last.isoformat() if last else ""})
            )
    return out


def _facts(session: Session, ids: Sequence[int]) -> dict[int, Facts]:
    if not ids:
        return {}
    last: dict[tuple[int, str], date] = {}
    for cid, kind, finished in session.execute(
        select(
            ContractorReview.contractor_id,
            ContractorReview.kind,
            func.max(ContractorReview.finished_on),
        )
        .where(ContractorReview.contractor_id.in_(ids), ContractorReview.finished_on.is_not(None))
        .group_by(ContractorReview.contractor_id, ContractorReview.kind)
    ):
        last[(cid, kind)] = finished
    followups: dict[int, list[date]] = {}
    for cid, due in session.execute(
        select(FollowUp.contractor_id, FollowUp.due_on).where(
            FollowUp.contractor_id.in_(ids), FollowUp.closed_on.is_(None)
        )
    ):
        followups.setdefault(cid, []).append(due)
    certs: dict[int, list[tuple[str, date]]] = {}
    for cid, kind, expires in session.execute(
        select(Certification.contractor_id, Certification.kind, Certification.expires_on).where(
            Certification.contractor_id.in_(ids), Certification.expires_on.is_not(None)
        )
    ):
        certs.setdefault(cid, []).append((kind, expires))
    deletions = dict(
        session.execute(
            select(DeletionCertificate.contractor_id, func.count())
            .where(DeletionCertificate.contractor_id.in_(ids))
            .group_by(DeletionCertificate.contractor_id)
        ).all()
    )
    sensitive: dict[int, int] = {}
    for cid, entry_id, kinds in session.execute(
        select(ContractorEntry.contractor_id, RegisterEntry.id, RegisterEntry.sensitive_kinds)
        .join(RegisterEntry, RegisterEntry.id == ContractorEntry.entry_id)
        .where(ContractorEntry.contractor_id.in_(ids))
    ):
        has_items = session.scalar(
            select(func.count()).where(EntryItem.entry_id == entry_id, EntryItem.sensitive)
        )
        if (kinds and kinds != "[]") or has_items:
            sensitive[cid] = sensitive.get(cid, 0) + 1
    out = {}
    for cid in ids:
        reviews = [d for k, d in last.items() if k[0] == cid and k[1] in ("selection", "periodic")]
        out[cid] = Facts(
            last_selection=last.get((cid, "selection")),
            last_review=max(reviews) if reviews else None,
            last_equivalence=last.get((cid, "equivalence")),
            open_followups_due=tuple(sorted(followups.get(cid, []))),
            cert_expiries=tuple(certs.get(cid, [])),
            deletion_certificates=int(deletions.get(cid, 0)),
            sensitive_entries=sensitive.get(cid, 0),
        )
    return out


@dataclass(frozen=True)
class ContractorRow:
    id: int
    name: str
    status: str
    services: str
    contract_end: date | None
    next_review_due: date | None
    principal_id: int | None
    abroad: bool
    country: str
    flags: tuple[Flag, ...]


def list_contractors(
    session: Session, today: date, status: str | None = None, flagged_only: bool = False
) -> list[ContractorRow]:
    q = select(Contractor).order_by(Contractor.name, Contractor.id)
    if status is not None:
        q = q.where(Contractor.status == status)
    rows = list(session.scalars(q))
    facts = _facts(session, [r.id for r in rows])
    out = []
    for r in rows:
        f = facts[r.id]
        found = tuple(flags(r, f, today))
        if flagged_only and not found:
            continue
        out.append(
            ContractorRow(
                r.id,
                r.name,
                r.status,
                r.services,
                r.contract_end,
                next_review_due(r, f),
                r.principal_id,
                r.abroad,
                r.country,
                found,
            )
        )
    return out


@dataclass(frozen=True)
class EntryLink:
    entry_id: int
    name: str
    items: str
    sensitive: bool


@dataclass(frozen=True)
class CertRow:
    id: int
    kind: str
    name: str
    expires_on: date | None


@dataclass(frozen=True)
class DeletionRow:
    id: int
    received_on: date
    covers: str
    kept_where: str


@dataclass(frozen=True)
class ContractorDetail:
    id: int
    data: ContractorData
    ended_on: date | None
    data_disposal: str
    entries: tuple[EntryLink, ...]
    certifications: tuple[CertRow, ...]
    deletion_certificates: tuple[DeletionRow, ...]
    reviews: tuple[ReviewRow, ...]
    followups: tuple[FollowUpRow, ...]
    subcontractors: tuple[tuple[int, str], ...]
    principal_name: str
    next_review_due: date | None
    flags: tuple[Flag, ...]


def detail(session: Session, contractor_id: int, today: date) -> ContractorDetail:
    row = _load(session, contractor_id)
    facts = _facts(session, [row.id])[row.id]
    entries = []
    for link, entry in session.execute(
        select(ContractorEntry, RegisterEntry)
        .join(RegisterEntry, RegisterEntry.id == ContractorEntry.entry_id)
        .where(ContractorEntry.contractor_id == row.id)
        .order_by(RegisterEntry.name)
    ):
        sensitive = entry.sensitive_kinds not in ("", "[]") or bool(
            session.scalar(
                select(func.count()).where(EntryItem.entry_id == entry.id, EntryItem.sensitive)
            )
        )
        entries.append(EntryLink(entry.id, entry.name, link.items, sensitive))
    principal = session.get(Contractor, row.principal_id) if row.principal_id else None
    return ContractorDetail(
        id=row.id,
        data=data_of(row),
        ended_on=row.ended_on,
        data_disposal=row.data_disposal,
        entries=tuple(entries),
        certifications=tuple(
            CertRow(c.id, c.kind, c.name, c.expires_on)
            for c in session.scalars(
                select(Certification).where(Certification.contractor_id == row.id)
            )
        ),
        deletion_certificates=tuple(
            DeletionRow(d.id, d.received_on, d.covers, d.kept_where)
            for d in session.scalars(
                select(DeletionCertificate).where(DeletionCertificate.contractor_id == row.id)
            )
        ),
        reviews=tuple(reviews_of(session, row.id)),
        followups=tuple(followups_of(session, row.id)),
        subcontractors=tuple(
            (sub.id, sub.name)
            for sub in session.execute(
                select(Contractor.id, Contractor.name)
                .where(Contractor.principal_id == row.id)
                .order_by(Contractor.name)
            )
        ),
        principal_name=principal.name if principal else "",
        next_review_due=next_review_due(row, facts),
        flags=tuple(flags(row, facts, today)),
    )


# -- likely duplicates and merging ---------------------------------------------------------------


def duplicate_candidates(session: Session, threshold: float = 0.85) -> list[tuple[int, int, float]]:
    """Pairs of contractors whose names are probably the same organisation, for the officer
    to merge (the migration from the register's free text makes such pairs)."""
    rows = list(session.execute(select(Contractor.id, Contractor.name).order_by(Contractor.id)))
    keys = [(cid, name_key(name)) for cid, name in rows]
    out = []
    for i, (a, ka) in enumerate(keys):
        for b, kb in keys[i + 1 :]:
            if not ka or not kb:
                continue
            ratio = 1.0 if ka == kb else difflib.SequenceMatcher(None, ka, kb).ratio()
            if ratio >= threshold:
                out.append((a, b, round(ratio, 3)))
    return out


def merge(session: Session, keep_id: int, drop_id: int) -> None:
    """Move everything of `drop_id` onto `keep_id` and delete it."""
    keep, drop = _load(session, keep_id), _load(session, drop_id)
    if keep.id == drop.id:
        raise InvalidInput("contractors.merge_same")
    if _is_below(session, keep.id, drop.id):
        raise InvalidInput("contractors.principal_cycle")
    have = set(
        session.scalars(
            select(ContractorEntry.entry_id).where(ContractorEntry.contractor_id == keep.id)
        )
    )
    for link in session.scalars(
        select(ContractorEntry).where(ContractorEntry.contractor_id == drop.id)
    ):
        if link.entry_id not in have:
            session.add(
                ContractorEntry(contractor_id=keep.id, entry_id=link.entry_id, items=link.items)
            )
    for model in (Certification, DeletionCertificate, ContractorReview, FollowUp):
        session.execute(
            update(model).where(model.contractor_id == drop.id).values(contractor_id=keep.id)
        )
    session.execute(
        update(Contractor).where(Contractor.principal_id == drop.id).values(principal_id=keep.id)
    )
    if not keep.services and drop.services:
        keep.services = drop.services
    keep.updated_at = now()
    session.flush()
    session.delete(drop)
    session.flush()


def attention(session: Session, today: date) -> dict[str, int]:
    """Counts for the home page: reviews due within 30 days or overdue, follow-ups past due,
    certifications and contracts ending, missing deletion certificates."""
    rows = list_contractors(session, today)
    codes = [{f.code for f in r.flags} for r in rows]
    soon = today + timedelta(days=30)
    return {
        "reviews_due": sum(
            1
            for r, c in zip(rows, codes, strict=True)
            if r.status == "active"
            and r.next_review_due is not None
            and today <= r.next_review_due <= soon
            and "contractor.review_overdue" not in c
        ),
        "reviews_overdue": sum("contractor.review_overdue" in c for c in codes),
        "followups_overdue": sum("contractor.followup_overdue" in c for c in codes),
        "ending": sum(
            bool(
                c
                & {
                    "contractor.contract_ending",
                    "contractor.contract_expired",
                    "contractor.cert_expiring",
                }
            )
            for c in codes
        ),
        "no_deletion_certificate": sum("contractor.ended_without_certificate" in c for c in codes),
    }
