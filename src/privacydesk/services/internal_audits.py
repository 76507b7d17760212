"""内部監査. Use cases for the office's internal audits: planning, recording that an audit was
done, findings, corrective actions with an owner and a due date and their closing, the report
to the board, the yearly cycle, and the home page's counts. The list of every open corrective
action (audits and self-checks alike) is here too.

Viewing is for everyone; recording for staff and managers. The audit log carries ids and
codes, never the findings' text.
"""

from __future__ import annotations

from datetime import date

from privacydesk.domain import internal_audits as domain
from privacydesk.domain.internal_audits import (
    AUDITOR_KIND_TEXT,
    AUDITOR_KINDS,
    FLAG_CODES,
    SEVERITIES,
    SEVERITY_TEXT,
    SOURCES,
    STATES,
    ActionRow,
    AuditDetail,
    AuditPlan,
    AuditRow,
    Cycle,
    FindingRow,
    Flag,
)
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed

__all__ = [
    "AUDITOR_KINDS",
    "AUDITOR_KIND_TEXT",
    "FLAG_CODES",
    "SEVERITIES",
    "SEVERITY_TEXT",
    "SOURCES",
    "STATES",
    "ActionRow",
    "AuditDetail",
    "AuditPlan",
    "AuditRow",
    "Cycle",
    "FindingRow",
    "Flag",
]
RECORD_TYPE = "internal_audit"


def _today(today: date | None) -> date:
    return today or date.today()


# -- reading -----------------------------------------------------------------------------------


@allowed(*EVERYONE)
def list_audits(desk: Desk, today: date | None = None) -> list[AuditRow]:
    with desk.uow() as s:
        return domain.list_audits(s, _today(today))


@allowed(*EVERYONE)
def get(desk: Desk, audit_id: int, today: date | None = None) -> AuditDetail:
    with desk.uow() as s:
        return domain.detail(s, audit_id, _today(today))


@allowed(*EVERYONE)
def cycle(desk: Desk, today: date | None = None) -> Cycle:
    """Where the yearly cycle stands (planned → done → reported) and its flags."""
    with desk.uow() as s:
        return domain.cycle(s, _today(today))


@allowed(*EVERYONE)
def attention(desk: Desk, today: date | None = None) -> dict[str, int]:
    """{"due", "plan_passed", "not_reported", "actions_overdue"} for the home page."""
    with desk.uow() as s:
        return domain.attention(s, _today(today))


@allowed(*EVERYONE)
def list_actions(desk: Desk, open_only: bool = False, today: date | None = None) -> list[ActionRow]:
    """Every corrective action, from internal audits and self-checks, by due date; each says
    whether it is overdue."""
    with desk.uow() as s:
        return domain.list_actions(s, _today(today), open_only)


# -- recording ------------------------------------------------------------------------------------


@allowed(*STAFF_UP)
def plan(desk: Desk, data: AuditPlan) -> int:
    with desk.uow(write=True) as s:
        aid = domain.plan(s, data)
        desk.audit(s, "internal_audit.planned", RECORD_TYPE, aid)
        return aid


@allowed(*STAFF_UP)
def update_plan(desk: Desk, audit_id: int, data: AuditPlan) -> list[str]:
    with desk.uow(write=True) as s:
        changed = domain.update_plan(s, audit_id, data)
        desk.audit(s, "internal_audit.updated", RECORD_TYPE, audit_id, {"fields": len(changed)})
        return changed


@allowed(*STAFF_UP)
def delete(desk: Desk, audit_id: int) -> None:
    """Only a planned audit, with no findings or actions."""
    with desk.uow(write=True) as s:
        domain.delete_audit(s, audit_id)
        desk.audit(s, "internal_audit.deleted", RECORD_TYPE, audit_id)


@allowed(*STAFF_UP)
def record_done(
    desk: Desk, audit_id: int, done_on: date | str, summary: str, today: date | None = None
) -> None:
    with desk.uow(write=True) as s:
        domain.record_done(s, audit_id, done_on, summary, _today(today))
        desk.audit(s, "internal_audit.done", RECORD_TYPE, audit_id)


@allowed(*STAFF_UP)
def add_finding(desk: Desk, audit_id: int, text: str, severity: str = "minor") -> int:
    with desk.uow(write=True) as s:
        fid = domain.add_finding(s, audit_id, text, severity)
        desk.audit(
            s,
            "internal_audit.finding_added",
            RECORD_TYPE,
            audit_id,
            {"finding": fid, "severity": severity},
        )
        return fid


@allowed(*STAFF_UP)
def remove_finding(desk: Desk, finding_id: int) -> None:
    with desk.uow(write=True) as s:
        aid = domain.remove_finding(s, finding_id)
        desk.audit(s, "internal_audit.finding_removed", RECORD_TYPE, aid, {"finding": finding_id})


@allowed(*STAFF_UP)
def add_action(
    desk: Desk,
    audit_id: int,
    action: str,
    owner: str,
    due_on: date | str,
    finding_id: int | None = None,
) -> int:
    with desk.uow(write=True) as s:
        cid = domain.add_audit_action(s, audit_id, action, owner, due_on, finding_id)
        desk.audit(
            s,
            "internal_audit.action_added",
            RECORD_TYPE,
            audit_id,
            {"action": cid, "finding": finding_id},
        )
        return cid


@allowed(*STAFF_UP)
def close_action(
    desk: Desk, action_id: int, closed_on: date | str, note: str, today: date | None = None
) -> None:
    with desk.uow(write=True) as s:
        aid = domain.close_action(s, action_id, "audit", closed_on, note, _today(today))
        desk.audit(s, "internal_audit.action_closed", RECORD_TYPE, aid, {"action": action_id})


@allowed(*STAFF_UP)
def report(desk: Desk, audit_id: int, reported_on: date | str, today: date | None = None) -> None:
    """Reported to the board: the audit's cycle is complete and it is closed to edits."""
    with desk.uow(write=True) as s:
        domain.report(s, audit_id, reported_on, _today(today))
        desk.audit(s, "internal_audit.reported", RECORD_TYPE, audit_id)
