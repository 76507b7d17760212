"""苦情. Use cases for the complaint log: receipt, edits (each change kept), status moves with
the reply and the closing, actions on the timeline, the list with its filters, the home page's
counts, and disposal after the retention years (counts stay in the audit log).

Viewing is for everyone; recording for staff and managers; disposal for managers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from privacydesk.domain import calendar
from privacydesk.domain import complaints as domain
from privacydesk.domain import profile as profile_domain
from privacydesk.domain.complaints import (
    CATEGORIES,
    CHANNELS,
    MOVES,
    REPLY_METHODS,
    STATUSES,
    ComplaintDetail,
    ComplaintFilter,
    ComplaintInput,
    ComplaintRow,
    TimelineItem,
)
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, STAFF_UP, allowed

__all__ = [
    "CATEGORIES",
    "CHANNELS",
    "MOVES",
    "REPLY_METHODS",
    "STATUSES",
    "ComplaintDetail",
    "ComplaintFilter",
    "ComplaintInput",
    "ComplaintRow",
    "TimelineItem",
]


def _today(today: date | None) -> date:
    return today or date.today()


def _local_now() -> datetime:
    # Received times are the office's wall-clock times, as the officer types them.
    return datetime.now().replace(microsecond=0)


@allowed(*EVERYONE)
def list_complaints(
    desk: Desk, filters: ComplaintFilter | None = None, today: date | None = None
) -> list[ComplaintRow]:
    with desk.uow() as s:
        return domain.list_complaints(s, _today(today), filters)


@allowed(*EVERYONE)
def get(desk: Desk, complaint_id: int, today: date | None = None) -> ComplaintDetail:
    with desk.uow() as s:
        return domain.detail(s, complaint_id, _today(today))


@allowed(*EVERYONE)
def attention(desk: Desk, today: date | None = None) -> dict[str, int]:
    with desk.uow() as s:
        return domain.attention(s, _today(today))


@allowed(*STAFF_UP)
def receive(desk: Desk, data: ComplaintInput, at: datetime | None = None) -> int:
    """A complaint received; it holds the person and entries it concerns until it closes."""
    with desk.uow(write=True) as s:
        cid = domain.create(
            s, data, desk.context.account_id, at or _local_now(), calendar.office_calendar(s)
        )
        desk.audit(s, "complaint.received", domain.RECORD_TYPE, cid)
        return cid


@allowed(*STAFF_UP)
def update(desk: Desk, complaint_id: int, values: dict[str, Any]) -> list[str]:
    with desk.uow(write=True) as s:
        changed = domain.update(s, complaint_id, values, desk.context.account_id)
        desk.audit(
            s, "complaint.updated", domain.RECORD_TYPE, complaint_id, {"fields": len(changed)}
        )
        return changed


@allowed(*STAFF_UP)
def set_links(
    desk: Desk,
    complaint_id: int,
    entry_ids: Sequence[int] = (),
    request_ids: Sequence[int] = (),
    contractor_ids: Sequence[int] = (),
) -> tuple[int, int]:
    """Change the register entries, requests and contractors a complaint concerns;
    (added, removed)."""
    with desk.uow(write=True) as s:
        added, removed = domain.set_links(
            s, complaint_id, entry_ids, request_ids, contractor_ids, desk.context.account_id
        )
        desk.audit(
            s,
            "complaint.links_changed",
            domain.RECORD_TYPE,
            complaint_id,
            {"added": added, "removed": removed},
        )
        return added, removed


@allowed(*STAFF_UP)
def move(
    desk: Desk,
    complaint_id: int,
    to: str,
    reply_content: str = "",
    reply_on: date | str | None = None,
    reply_method: str = "",
    summary: str = "",
    today: date | None = None,
) -> None:
    today = _today(today)
    with desk.uow(write=True) as s:
        domain.move(
            s,
            complaint_id,
            to,
            desk.context.account_id,
            today,
            reply_content=reply_content,
            reply_on=reply_on,
            reply_method=reply_method,
            summary=summary,
        )
        desk.audit(
            s,
            "complaint.moved",
            domain.RECORD_TYPE,
            complaint_id,
            {"to": to if to in STATUSES else ""},
        )


@allowed(*STAFF_UP)
def add_action(
    desk: Desk, complaint_id: int, done_on: date | str, text: str, today: date | None = None
) -> int:
    with desk.uow(write=True) as s:
        aid = domain.add_action(
            s, complaint_id, done_on, text, desk.context.account_id, _today(today)
        )
        desk.audit(s, "complaint.action_added", domain.RECORD_TYPE, complaint_id)
        return aid


@allowed(*MANAGER)
def past_retention(desk: Desk, today: date | None = None) -> list[int]:
    with desk.uow() as s:
        return domain.past_retention(s, _today(today), profile_domain.load(s).retention_years)


@allowed(*MANAGER)
def dispose(desk: Desk, complaint_ids: Sequence[int], today: date | None = None) -> dict[str, int]:
    from privacydesk.errors import InvalidInput

    today = _today(today)
    with desk.uow(write=True) as s:
        due = set(domain.past_retention(s, today, profile_domain.load(s).retention_years))
        if any(i not in due for i in complaint_ids):
            raise InvalidInput(
                "requests.not_past_retention", count=sum(i not in due for i in complaint_ids)
            )
        counts = domain.dispose(s, list(complaint_ids))
        desk.audit(s, "complaint.disposed", domain.RECORD_TYPE, "", counts)
        return counts
