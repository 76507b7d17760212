"""漏えい等事案. Use cases for leak incidents: recording one (or opening one from a misdelivered
letter), whether it is reportable and why, every deadline with its rule, the steps done,
closing, and the home page's list of open incidents with their next deadline.

Viewing is for everyone; recording for staff and managers. Audited with ids and codes only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from privacydesk.domain import incidents as domain
from privacydesk.domain.incidents import (
    KINDS,
    NOTICE_METHODS,
    Deadline,
    IncidentData,
    IncidentView,
    Judgement,
)
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed

__all__ = [
    "KINDS",
    "NOTICE_METHODS",
    "Deadline",
    "IncidentData",
    "IncidentRow",
    "IncidentView",
    "Judgement",
]


@dataclass(frozen=True)
class IncidentRow:
    id: int
    number: str
    kind: str
    possible: bool
    known_on: date
    persons: int | None
    reportable: bool
    reasons: tuple[str, ...]
    status: str
    next: Deadline | None
    urgent: bool  # the next deadline is within one day or past


def _today(today: date | None) -> date:
    return today or date.today()


def _row(v: IncidentView, today: date) -> IncidentRow:
    urgent = v.next is not None and (v.next.due - today).days <= 1
    return IncidentRow(
        v.id,
        v.number,
        v.data.kind,
        v.data.possible,
        v.data.known_on,  # type: ignore[arg-type]
        v.data.persons,
        v.judgement.reportable,
        v.judgement.reasons,
        v.status,
        v.next,
        urgent and v.status == "open",
    )


@allowed(*EVERYONE)
def list_incidents(
    desk: Desk, today: date | None = None, open_only: bool = False
) -> list[IncidentRow]:
    today = _today(today)
    with desk.uow() as s:
        return [_row(domain.view(s, i, today), today) for i in domain.incident_ids(s, open_only)]


@allowed(*EVERYONE)
def get(desk: Desk, incident_id: int, today: date | None = None) -> IncidentView:
    with desk.uow() as s:
        return domain.view(s, incident_id, _today(today))


@allowed(*EVERYONE)
def judge(desk: Desk, data: IncidentData) -> Judgement:
    """Whether an incident as entered would be reportable, and why (before saving)."""
    return domain.judge(
        sensitive=data.sensitive,
        financial=data.financial,
        wrongful=data.wrongful,
        persons=data.persons,
        encrypted=data.encrypted,
    )


@allowed(*STAFF_UP)
def create(desk: Desk, data: IncidentData, today: date | None = None) -> int:
    with desk.uow(write=True) as s:
        iid = domain.create(s, data, desk.context.account_id, _today(today))
        _audit(desk, s, "incident.recorded", iid)
        return iid


@allowed(*STAFF_UP)
def update(
    desk: Desk, incident_id: int, data: IncidentData, today: date | None = None
) -> list[str]:
    with desk.uow(write=True) as s:
        changed = domain.update(s, incident_id, data, desk.context.account_id, _today(today))
        _audit(desk, s, "incident.updated", incident_id, {"fields": len(changed)})
        return changed


@allowed(*STAFF_UP)
def record_step(
    desk: Desk,
    incident_id: int,
    step: str,
    done_on: date | str,
    notice_method: str = "",
    today: date | None = None,
) -> None:
    with desk.uow(write=True) as s:
        domain.record_step(s, incident_id, step, done_on, _today(today), notice_method)
        _audit(
            desk,
            s,
            "incident.step_done",
            incident_id,
            {"step": step if step in ("preliminary", "final", "notice") else ""},
        )


@allowed(*STAFF_UP)
def close(desk: Desk, incident_id: int, today: date | None = None) -> None:
    with desk.uow(write=True) as s:
        domain.close(s, incident_id, _today(today))
        _audit(desk, s, "incident.closed", incident_id)


@allowed(*STAFF_UP)
def reopen(desk: Desk, incident_id: int) -> None:
    with desk.uow(write=True) as s:
        domain.reopen(s, incident_id)
        _audit(desk, s, "incident.reopened", incident_id)


@allowed(*EVERYONE)
def attention(desk: Desk, today: date | None = None) -> list[IncidentRow]:
    """Every open incident with its next deadline, soonest first (the home page)."""
    rows = list_incidents(desk, today, open_only=True)
    return sorted(rows, key=lambda r: (r.next is None, r.next.due if r.next else r.known_on))


def _audit(
    desk: Desk, s: Session, action: str, incident_id: int, summary: dict[str, object] | None = None
) -> None:
    desk.audit(s, action, domain.RECORD_TYPE, incident_id, summary or {})


def open_from_mailing(
    desk: Desk, s: Session, mailing_id: int, known_on: date, data: IncidentData
) -> int:
    """Inside the caller's unit of work: a misdelivered letter opens an incident."""
    iid = domain.create(s, data, desk.context.account_id, known_on, mailing_id=mailing_id)
    _audit(desk, s, "incident.recorded", iid, {"mailing": mailing_id})
    return iid
