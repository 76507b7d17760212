"""内部監査. The office's internal audits of its handling of personal data (組織的安全管理措置,
GL 10-3; seeds 001 and 003: yearly audits by staff of another department): planned, done with
findings, corrective actions with an owner and a due date, reported to the board. The yearly
cycle runs planned → done → reported.

Corrective actions (是正措置) are shared with the self-check (source_type "self_check"); this
module keeps them for both. Flags are derived, never stored, each with a message code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.domain.accounts import now
from privacydesk.domain.consent import Problem, raise_problems, read_date
from privacydesk.domain.contractors import add_months
from privacydesk.domain.mynumber import checked_text
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import AuditFinding, CorrectiveAction, InternalAudit

# Who audits: staff of another department (他部門), an outside auditor (外部監査人), the
# NPO's statutory auditor (監事).
AUDITOR_KINDS = ("other_department", "outside", "statutory_auditor")
AUDITOR_KIND_TEXT = {
    "other_department": "他部門の職員",
    "outside": "外部監査人",
    "statutory_auditor": "監事",
}
SEVERITIES = ("major", "minor", "observation")  # 重大 / 軽微 / 所見
SEVERITY_TEXT = {"major": "重大な指摘", "minor": "軽微な指摘", "observation": "所見"}
STATES = ("planned", "done", "reported")  # 計画 / 実施済 / 理事会報告済
SOURCES = ("self_check", "audit")  # where a corrective action comes from
CYCLE_MONTHS = 12  # an internal audit a year
FLAG_CODES = (
    "internal_audit.due",
    "internal_audit.plan_passed",
    "internal_audit.not_reported",
    "internal_audit.action_overdue",
)
FAR = date(2200, 1, 1)
LIMITS = {
    "auditor": 300,
    "scope": 4000,
    "summary": 4000,
    "text": 2000,
    "action": 2000,
    "owner": 200,
    "closing_note": 2000,
}


def _text(problems: list[Problem], name: str, value: object) -> str:
    return checked_text(problems, name, value, LIMITS.get(name, 4000))


def _required(problems: list[Problem], name: str, value: str, code: str) -> None:
    if not value and not any(p[0] == name for p in problems):
        problems.append((name, code, {}))


def _id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Flag:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


# -- corrective actions (audits and self-checks) -------------------------------------------------


@dataclass(frozen=True)
class ActionRow:
    id: int
    source_type: str  # self_check | audit
    source_id: int
    finding_id: int | None
    action: str
    owner: str
    due_on: date
    closed_on: date | None
    closing_note: str
    overdue: bool  # open and past its due date


def _action_row(a: CorrectiveAction, today: date) -> ActionRow:
    return ActionRow(
        a.id,
        a.source_type,
        a.source_id,
        a.finding_id,
        a.action,
        a.owner,
        a.due_on,
        a.closed_on,
        a.closing_note,
        a.closed_on is None and a.due_on < today,
    )


def add_action(
    session: Session,
    source_type: str,
    source_id: int,
    action: str,
    owner: str,
    due_on: date | str,
    finding_id: int | None = None,
) -> int:
    """A corrective action; the caller has checked that the source exists."""
    if source_type not in SOURCES:
        raise InvalidInput("input.unknown_choice", value=str(source_type)[:30])
    problems: list[Problem] = []
    action = _text(problems, "action", action)
    owner = _text(problems, "owner", owner)
    due = read_date(problems, "due_on", due_on, FAR)
    _required(problems, "action", action, "corrective_action.action_required")
    _required(problems, "owner", owner, "corrective_action.owner_required")
    if finding_id is not None:
        finding = session.get(AuditFinding, finding_id) if _id(finding_id) else None
        if finding is None or source_type != "audit" or finding.audit_id != source_id:
            problems.append(("finding_id", "internal_audits.finding_not_found", {}))
    raise_problems(problems)
    assert due is not None
    row = CorrectiveAction(
        source_type=source_type,
        source_id=source_id,
        finding_id=finding_id,
        action=action,
        owner=owner,
        due_on=due,
    )
    session.add(row)
    session.flush()
    return row.id


def _action(session: Session, action_id: object, source_type: str) -> CorrectiveAction:
    row = session.get(CorrectiveAction, action_id) if _id(action_id) else None
    if row is None or row.source_type != source_type:
        raise InvalidInput("corrective_action.not_found", id=str(action_id)[:20])
    return row


def close_action(
    session: Session,
    action_id: int,
    source_type: str,
    closed_on: date | str,
    note: str,
    today: date,
) -> int:
    """Close an open action with a note saying what was done; returns its source's id."""
    row = _action(session, action_id, source_type)
    if row.closed_on is not None:
        raise InvalidInput("corrective_action.already_closed")
    problems: list[Problem] = []
    closed = read_date(problems, "closed_on", closed_on, today, future_code="requests.future_date")
    note = _text(problems, "closing_note", note)
    _required(problems, "closing_note", note, "corrective_action.closing_note_required")
    raise_problems(problems)
    row.closed_on, row.closing_note = closed, note
    session.flush()
    return row.source_id


def actions_of(
    session: Session, source_type: str, source_id: int | None, today: date
) -> list[ActionRow]:
    q = select(CorrectiveAction).where(CorrectiveAction.source_type == source_type)
    if source_id is not None:
        q = q.where(CorrectiveAction.source_id == source_id)
    q = q.order_by(CorrectiveAction.due_on, CorrectiveAction.id)
    return [_action_row(a, today) for a in session.scalars(q)]


def list_actions(session: Session, today: date, open_only: bool = False) -> list[ActionRow]:
    """Every corrective action, from audits and self-checks alike, by due date."""
    q = select(CorrectiveAction).order_by(CorrectiveAction.due_on, CorrectiveAction.id)
    if open_only:
        q = q.where(CorrectiveAction.closed_on.is_(None))
    return [_action_row(a, today) for a in session.scalars(q)]


def overdue_actions(session: Session, source_type: str, today: date) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                CorrectiveAction.source_type == source_type,
                CorrectiveAction.closed_on.is_(None),
                CorrectiveAction.due_on < today,
            )
        )
        or 0
    )


# -- audits ---------------------------------------------------------------------------------------


@dataclass
class AuditPlan:
    planned_on: date | str | None = None
    auditor: str = ""  # the auditor's name or the department
    auditor_kind: str = "other_department"
    scope: str = ""  # areas, register entries, contractors, as text


def state_of(done_on: date | None, reported_on: date | None) -> str:
    if reported_on is not None:
        return "reported"
    return "done" if done_on is not None else "planned"


def _plan_values(data: AuditPlan) -> dict[str, Any]:
    problems: list[Problem] = []
    planned = read_date(problems, "planned_on", data.planned_on, FAR)
    auditor = _text(problems, "auditor", data.auditor)
    scope = _text(problems, "scope", data.scope)
    _required(problems, "auditor", auditor, "internal_audits.auditor_required")
    _required(problems, "scope", scope, "internal_audits.scope_required")
    if data.auditor_kind not in AUDITOR_KINDS:
        value = str(data.auditor_kind)[:40]
        problems.append(("auditor_kind", "input.unknown_choice", {"value": value}))
    raise_problems(problems)
    return {
        "planned_on": planned,
        "auditor": auditor,
        "auditor_kind": data.auditor_kind,
        "scope": scope,
    }


def _load(session: Session, audit_id: object) -> InternalAudit:
    row = session.get(InternalAudit, audit_id) if _id(audit_id) else None
    if row is None:
        raise InvalidInput("internal_audits.not_found", id=str(audit_id)[:20])
    return row


def _not_reported(row: InternalAudit) -> None:
    if row.reported_on is not None:
        raise InvalidInput("internal_audits.already_reported")


def plan(session: Session, data: AuditPlan) -> int:
    row = InternalAudit(**_plan_values(data), created_at=now())
    session.add(row)
    session.flush()
    return row.id


def update_plan(session: Session, audit_id: int, data: AuditPlan) -> list[str]:
    row = _load(session, audit_id)
    _not_reported(row)
    values = _plan_values(data)
    changed = [k for k, v in values.items() if getattr(row, k) != v]
    for k in changed:
        setattr(row, k, values[k])
    session.flush()
    return changed


def delete_audit(session: Session, audit_id: int) -> None:
    """Only a planned audit (not yet done) may be thrown away; one done is a record."""
    row = _load(session, audit_id)
    if row.done_on is not None:
        raise InvalidInput("internal_audits.already_done")
    findings = session.scalar(select(func.count()).where(AuditFinding.audit_id == row.id))
    actions = session.scalar(
        select(func.count()).where(
            CorrectiveAction.source_type == "audit", CorrectiveAction.source_id == row.id
        )
    )
    if findings or actions:
        raise InvalidInput("internal_audits.has_findings")
    session.delete(row)
    session.flush()


def record_done(
    session: Session, audit_id: int, done_on: date | str, summary: str, today: date
) -> None:
    """The audit was carried out: its date and a summary of what was looked at and found."""
    row = _load(session, audit_id)
    _not_reported(row)
    problems: list[Problem] = []
    done = read_date(problems, "done_on", done_on, today, future_code="requests.future_date")
    summary = _text(problems, "summary", summary)
    _required(problems, "summary", summary, "internal_audits.summary_required")
    raise_problems(problems)
    row.done_on, row.summary = done, summary
    session.flush()


def report(session: Session, audit_id: int, reported_on: date | str, today: date) -> None:
    """Reported to the board (理事会): the end of the cycle; the audit is then closed to edits
    (its corrective actions go on)."""
    row = _load(session, audit_id)
    _not_reported(row)
    if row.done_on is None:
        raise InvalidInput("internal_audits.not_done")
    problems: list[Problem] = []
    reported = read_date(
        problems, "reported_on", reported_on, today, future_code="requests.future_date"
    )
    if reported is not None and reported < row.done_on:
        problems.append(("reported_on", "internal_audits.report_before_done", {}))
    raise_problems(problems)
    row.reported_on = reported
    session.flush()


@dataclass(frozen=True)
class FindingRow:
    id: int
    audit_id: int
    text: str
    severity: str


def add_finding(session: Session, audit_id: int, text: str, severity: str) -> int:
    row = _load(session, audit_id)
    _not_reported(row)
    problems: list[Problem] = []
    text = _text(problems, "text", text)
    _required(problems, "text", text, "internal_audits.finding_required")
    if severity not in SEVERITIES:
        problems.append(("severity", "input.unknown_choice", {"value": str(severity)[:20]}))
    raise_problems(problems)
    finding = AuditFinding(audit_id=row.id, text=text, severity=severity)
    session.add(finding)
    session.flush()
    return finding.id


def remove_finding(session: Session, finding_id: int) -> int:
    """A finding entered by mistake (none of its actions recorded); returns its audit's id."""
    finding = session.get(AuditFinding, finding_id) if _id(finding_id) else None
    if finding is None:
        raise InvalidInput("internal_audits.finding_not_found")
    _not_reported(_load(session, finding.audit_id))
    used = session.scalar(select(func.count()).where(CorrectiveAction.finding_id == finding.id))
    if used:
        raise InvalidInput("internal_audits.finding_has_actions")
    audit_id = finding.audit_id
    session.delete(finding)
    session.flush()
    return audit_id


def add_audit_action(
    session: Session,
    audit_id: int,
    action: str,
    owner: str,
    due_on: date | str,
    finding_id: int | None = None,
) -> int:
    row = _load(session, audit_id)
    return add_action(session, "audit", row.id, action, owner, due_on, finding_id)


# -- the list, the detail, the cycle ------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    id: int
    planned_on: date
    done_on: date | None
    reported_on: date | None
    auditor: str
    auditor_kind: str
    scope: str
    state: str  # planned | done | reported
    findings: int
    open_actions: int
    overdue_actions: int
    flags: tuple[Flag, ...]


@dataclass(frozen=True)
class AuditDetail:
    row: AuditRow
    summary: str
    findings: tuple[FindingRow, ...]
    actions: tuple[ActionRow, ...]


def _audit_flags(row: InternalAudit, overdue: int, today: date) -> list[Flag]:
    out: list[Flag] = []
    if row.done_on is None and row.planned_on < today:
        out.append(Flag("internal_audit.plan_passed", {"date": row.planned_on.isoformat()}))
    if row.done_on is not None and row.reported_on is None:
        out.append(Flag("internal_audit.not_reported", {"date": row.done_on.isoformat()}))
    if overdue:
        out.append(Flag("internal_audit.action_overdue", {"count": overdue}))
    return out


def _rows(session: Session, audits: Sequence[InternalAudit], today: date) -> list[AuditRow]:
    ids = [a.id for a in audits]
    findings: dict[int, int] = {}
    open_: dict[int, int] = {}
    late: dict[int, int] = {}
    if ids:
        findings = dict(
            session.execute(
                select(AuditFinding.audit_id, func.count())
                .where(AuditFinding.audit_id.in_(ids))
                .group_by(AuditFinding.audit_id)
            ).all()
        )
        for source_id, due in session.execute(
            select(CorrectiveAction.source_id, CorrectiveAction.due_on).where(
                CorrectiveAction.source_type == "audit",
                CorrectiveAction.source_id.in_(ids),
                CorrectiveAction.closed_on.is_(None),
            )
        ):
            open_[source_id] = open_.get(source_id, 0) + 1
            if due < today:
                late[source_id] = late.get(source_id, 0) + 1
    return [
        AuditRow(
            a.id,
            a.planned_on,
            a.done_on,
            a.reported_on,
            a.auditor,
            a.auditor_kind,
            a.scope,
            state_of(a.done_on, a.reported_on),
            int(findings.get(a.id, 0)),
            open_.get(a.id, 0),
            late.get(a.id, 0),
            tuple(_audit_flags(a, late.get(a.id, 0), today)),
        )
        for a in audits
    ]


def list_audits(session: Session, today: date) -> list[AuditRow]:
    """Newest plan first."""
    audits = list(
        session.scalars(
            select(InternalAudit).order_by(InternalAudit.planned_on.desc(), InternalAudit.id.desc())
        )
    )
    return _rows(session, audits, today)


def detail(session: Session, audit_id: int, today: date) -> AuditDetail:
    row = _load(session, audit_id)
    return AuditDetail(
        row=_rows(session, [row], today)[0],
        summary=row.summary,
        findings=tuple(
            FindingRow(f.id, f.audit_id, f.text, f.severity)
            for f in session.scalars(
                select(AuditFinding)
                .where(AuditFinding.audit_id == row.id)
                .order_by(AuditFinding.id)
            )
        ),
        actions=tuple(actions_of(session, "audit", row.id, today)),
    )


@dataclass(frozen=True)
class Cycle:
    """Where the yearly cycle stands: the latest audit's state ("none" before any), the last
    audit done, when the next is due (a year after it), and the flags of the cycle."""

    audit_id: int | None
    state: str  # none | planned | done | reported
    last_done_on: date | None
    next_due_on: date | None
    flags: tuple[Flag, ...]


def cycle(session: Session, today: date) -> Cycle:
    latest = session.scalars(
        select(InternalAudit)
        .order_by(InternalAudit.planned_on.desc(), InternalAudit.id.desc())
        .limit(1)
    ).first()
    last_done = session.scalar(
        select(func.max(InternalAudit.done_on)).where(InternalAudit.done_on.is_not(None))
    )
    next_due = add_months(last_done, CYCLE_MONTHS) if last_done else None
    out: list[Flag] = []
    if next_due is None or next_due < today:
        out.append(Flag("internal_audit.due", {"date": next_due.isoformat() if next_due else ""}))
    late = overdue_actions(session, "audit", today)
    if late:
        out.append(Flag("internal_audit.action_overdue", {"count": late}))
    return Cycle(
        latest.id if latest else None,
        state_of(latest.done_on, latest.reported_on) if latest else "none",
        last_done,
        next_due,
        tuple(out),
    )


def attention(session: Session, today: date) -> dict[str, int]:
    """Counts for the home page: the yearly audit due (0 or 1), plans whose date has passed,
    audits done but not reported to the board, corrective actions from audits past due."""
    rows = list_audits(session, today)
    codes = [{f.code for f in r.flags} for r in rows]
    return {
        "due": int(any(f.code == "internal_audit.due" for f in cycle(session, today).flags)),
        "plan_passed": sum("internal_audit.plan_passed" in c for c in codes),
        "not_reported": sum("internal_audit.not_reported" in c for c in codes),
        "actions_overdue": overdue_actions(session, "audit", today),
    }
