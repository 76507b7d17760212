"""保存期間と廃棄: what is past retention, holds, and disposal after confirmation.

Viewing is for everyone; staff and managers may set a hold; releasing a hold and disposal
are for managers. The audit log gets ids and counts, never persons, and the disposal entry
notes that backups still hold the data until they age out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from privacydesk.domain import retention as retention_domain
from privacydesk.domain.retention import (
    Blocker,
    DisposalResult,
    DueRecord,
    DueSubject,
    HoldRow,
    PastRetention,
)
from privacydesk.errors import InvalidInput
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, STAFF_UP, allowed

__all__ = [
    "Blocker",
    "DisposalResult",
    "DueRecord",
    "DueSubject",
    "HoldRow",
    "PastRetention",
    "active_holds",
    "blocking_holds",
    "dispose",
    "holds_of",
    "past_counts",
    "past_retention",
    "release_hold",
    "set_hold",
]


@allowed(*STAFF_UP)
def set_hold(
    desk: Desk,
    target_type: str,
    target_id: int,
    reason: str,
    reference: str = "",
    source: str = "manual",
) -> HoldRow:
    """A hold on a person or a register entry (a dispute, a request, a complaint)."""
    with desk.uow(write=True) as s:
        row = retention_domain.set_hold(
            s, target_type, target_id, reason, reference, source, desk.context.account_id
        )
        desk.audit(
            s,
            "hold.set",
            "hold",
            row.id,
            {"target_type": row.target_type, "target_id": row.target_id, "source": row.source},
        )
        return row


@allowed(*MANAGER)
def release_hold(desk: Desk, hold_id: int) -> HoldRow:
    with desk.uow(write=True) as s:
        row = retention_domain.release_hold(s, hold_id, desk.context.account_id)
        desk.audit(
            s,
            "hold.released",
            "hold",
            row.id,
            {"target_type": row.target_type, "target_id": row.target_id, "source": row.source},
        )
        return row


@allowed(*EVERYONE)
def active_holds(
    desk: Desk, target_type: str | None = None, target_id: int | None = None
) -> list[HoldRow]:
    with desk.uow() as s:
        return retention_domain.active_holds(s, target_type, target_id)


@allowed(*EVERYONE)
def holds_of(desk: Desk, target_type: str, target_id: int) -> list[HoldRow]:
    with desk.uow() as s:
        return retention_domain.holds_of(s, target_type, target_id)


@allowed(*EVERYONE)
def blocking_holds(desk: Desk, target_type: str, target_id: int) -> list[HoldRow]:
    """The active holds that block disposing of a person, an entry or a provision record."""
    with desk.uow() as s:
        return retention_domain.blocking_holds(s, (target_type, target_id))


@allowed(*EVERYONE)
def past_retention(desk: Desk, today: date | None = None) -> PastRetention:
    with desk.uow() as s:
        return retention_domain.past_retention(s, today)


@allowed(*EVERYONE)
def past_counts(desk: Desk, today: date | None = None) -> dict[str, int]:
    with desk.uow() as s:
        return retention_domain.past_counts(s, today)


@allowed(*MANAGER)
def dispose(
    desk: Desk,
    subject_ids: Sequence[int],
    record_ids: Sequence[int],
    method: str,
    confirmed: bool = False,
    today: date | None = None,
) -> DisposalResult:
    """Dispose of persons (delete, or process so the person can no longer be identified)
    and records of provision, all or nothing, after the user confirmed. Refused, naming each
    target and why, while a hold blocks it. The result (and the audit entry) say that
    backups still hold the data until they age out."""
    if not confirmed:
        raise InvalidInput("retention.not_confirmed")
    with desk.uow(write=True) as s:
        result = retention_domain.dispose(s, subject_ids, record_ids, method, today)
        desk.audit(
            s,
            "retention.disposed",
            "",
            "",
            {
                "method": result.method,
                "subjects": result.subjects,
                "records": result.records,
                "consents": result.consents,
                "sensitive": result.sensitive,
                "links": result.links,
                "history": result.history,
                "documents": result.documents,
                "holds": result.holds,
                "backups_still_hold": result.backups_still_hold,
            },
        )
        return result
