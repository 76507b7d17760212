"""第三者提供・受領の記録 (Articles 29 and 30): whether a record is needed, making one,
linking the persons it concerns, and the lists (by person, past keep-until).

Viewing is for everyone; recording for staff and managers. Audited with ids and codes only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from privacydesk.domain import provisions as provisions_domain
from privacydesk.domain.provisions import ProvisionInput, ProvisionRow
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed

__all__ = [
    "ProvisionInput",
    "ProvisionRow",
    "RecordNeed",
    "check_record_needed",
    "create_record",
    "get_record",
    "link_subjects",
    "list_records",
    "record_further_provision",
    "records_of_subject",
    "records_past_keep_until",
    "subjects_of_record",
    "unlink_subjects",
]


@dataclass(frozen=True)
class RecordNeed:
    needed: bool
    reason: str  # a message code saying why (or why not)


@allowed(*EVERYONE)
def check_record_needed(
    desk: Desk, basis: str, abroad: bool, direction: str = "provided"
) -> RecordNeed:
    """Whether the Act requires a record for this provision or receipt, and why."""
    needed, reason = provisions_domain.record_needed(basis, abroad, direction)
    return RecordNeed(needed, reason)


@allowed(*STAFF_UP)
def create_record(
    desk: Desk,
    data: ProvisionInput,
    subject_ids: Sequence[int] = (),
    *,
    voluntary: bool = False,
    today: date | None = None,
) -> ProvisionRow:
    """Make a record (refused, with the reason, where the law needs none unless
    `voluntary`); keep_until follows from its form."""
    with desk.uow(write=True) as s:
        row = provisions_domain.create(
            s,
            data,
            desk.context.account_id,
            voluntary=voluntary,
            subject_ids=subject_ids,
            today=today,
        )
        desk.audit(
            s,
            "provision.recorded",
            "provision_record",
            row.id,
            {
                "direction": row.direction,
                "basis": row.basis,
                "form": row.record_form,
                "abroad": row.abroad,
                "entry": row.entry_id,
                "subjects": row.subject_count,
                "voluntary": not row.required,
            },
        )
        return row


@allowed(*STAFF_UP)
def record_further_provision(
    desk: Desk, record_id: int, on: date | str, today: date | None = None
) -> ProvisionRow:
    """Another provision under a batch or contract record: keep_until moves on."""
    with desk.uow(write=True) as s:
        row = provisions_domain.further_provision(s, record_id, on, today)
        desk.audit(s, "provision.extended", "provision_record", row.id, {"form": row.record_form})
        return row


@allowed(*STAFF_UP)
def link_subjects(desk: Desk, record_id: int, subject_ids: Sequence[int]) -> int:
    with desk.uow(write=True) as s:
        added = provisions_domain.link_subjects(s, record_id, subject_ids)
        desk.audit(s, "provision.subjects_linked", "provision_record", record_id, {"added": added})
        return added


@allowed(*STAFF_UP)
def unlink_subjects(desk: Desk, record_id: int, subject_ids: Sequence[int]) -> int:
    with desk.uow(write=True) as s:
        removed = provisions_domain.unlink_subjects(s, record_id, subject_ids)
        desk.audit(
            s, "provision.subjects_unlinked", "provision_record", record_id, {"removed": removed}
        )
        return removed


@allowed(*EVERYONE)
def get_record(desk: Desk, record_id: int) -> ProvisionRow:
    with desk.uow() as s:
        return provisions_domain.get(s, record_id)


@allowed(*EVERYONE)
def subjects_of_record(desk: Desk, record_id: int) -> list[int]:
    with desk.uow() as s:
        return provisions_domain.subjects_of(s, record_id)


@allowed(*EVERYONE)
def records_of_subject(desk: Desk, subject_id: int) -> list[ProvisionRow]:
    with desk.uow() as s:
        return provisions_domain.of_subject(s, subject_id)


@allowed(*EVERYONE)
def list_records(
    desk: Desk, direction: str | None = None, limit: int = 200, offset: int = 0
) -> list[ProvisionRow]:
    with desk.uow() as s:
        return provisions_domain.list_records(s, direction, limit, offset)


@allowed(*EVERYONE)
def records_past_keep_until(desk: Desk, today: date | None = None) -> list[ProvisionRow]:
    with desk.uow() as s:
        return provisions_domain.past_keep_until(s, today)
