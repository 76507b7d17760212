"""役職員等. Use cases for the people who handle personal data: the list with its flags, the
detail, recording members, pledges, trainings and attendance, the home page's counts, and the
printable pledge (誓約書) and training attendance sheet (研修出席簿).

Viewing is for everyone; recording for staff and managers. The audit log carries ids and
counts, never names; a printed form that names staff leaves through services.outbound.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from privacydesk.documents.staff_forms import PledgeFormData, TrainingSheetData
from privacydesk.documents.staff_forms import pledge_form as render_pledge
from privacydesk.documents.staff_forms import training_sheet as render_sheet
from privacydesk.domain import profile as profile_domain
from privacydesk.domain import staff as domain
from privacydesk.domain import wareki
from privacydesk.domain.staff import (
    FLAG_CODES,
    KIND_TEXT,
    KINDS,
    AttendedRow,
    AttendeeRow,
    Flag,
    PledgeRow,
    StaffData,
    StaffDetail,
    StaffRow,
    TrainingData,
    TrainingDetail,
    TrainingRow,
)
from privacydesk.services import outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed
from privacydesk.storage.files import write_atomic

__all__ = [
    "FLAG_CODES",
    "KINDS",
    "KIND_TEXT",
    "AttendedRow",
    "AttendeeRow",
    "Flag",
    "PledgeRow",
    "StaffData",
    "StaffDetail",
    "StaffRow",
    "TrainingData",
    "TrainingDetail",
    "TrainingRow",
]
RECORD_TYPE = "staff"
TRAINING_RECORD = "training"


def _today(today: date | None) -> date:
    return today or date.today()


# -- reading -----------------------------------------------------------------------------------


@allowed(*EVERYONE)
def list_staff(
    desk: Desk, today: date | None = None, active_only: bool = False, flagged_only: bool = False
) -> list[StaffRow]:
    with desk.uow() as s:
        return domain.list_staff(s, _today(today), active_only, flagged_only)


@allowed(*EVERYONE)
def get(desk: Desk, staff_id: int, today: date | None = None) -> StaffDetail:
    with desk.uow() as s:
        return domain.detail(s, staff_id, _today(today))


@allowed(*EVERYONE)
def list_trainings(desk: Desk) -> list[TrainingRow]:
    with desk.uow() as s:
        return domain.list_trainings(s)


@allowed(*EVERYONE)
def get_training(desk: Desk, training_id: int) -> TrainingDetail:
    with desk.uow() as s:
        return domain.training_detail(s, training_id)


@allowed(*EVERYONE)
def attention(desk: Desk, today: date | None = None) -> dict[str, int]:
    """{"no_pledge": n, "training_overdue": n} over active members."""
    with desk.uow() as s:
        return domain.attention(s, _today(today))


# -- recording ------------------------------------------------------------------------------------


@allowed(*STAFF_UP)
def create(desk: Desk, data: StaffData) -> int:
    with desk.uow(write=True) as s:
        sid = domain.create(s, data)
        desk.audit(s, "staff.created", RECORD_TYPE, sid)
        return sid


@allowed(*STAFF_UP)
def update(desk: Desk, staff_id: int, data: StaffData) -> list[str]:
    with desk.uow(write=True) as s:
        changed = domain.update_member(s, staff_id, data)
        desk.audit(s, "staff.updated", RECORD_TYPE, staff_id, {"fields": len(changed)})
        return changed


@allowed(*STAFF_UP)
def delete(desk: Desk, staff_id: int) -> None:
    """Only a member with no pledge and no attendance (one entered by mistake)."""
    with desk.uow(write=True) as s:
        domain.delete_member(s, staff_id)
        desk.audit(s, "staff.deleted", RECORD_TYPE, staff_id)


@allowed(*STAFF_UP)
def add_pledge(
    desk: Desk,
    staff_id: int,
    signed_on: date | str,
    version: str = "",
    kept_where: str = "",
    continues_after_leaving: bool = True,
    today: date | None = None,
) -> int:
    with desk.uow(write=True) as s:
        pid = domain.add_pledge(
            s, staff_id, signed_on, version, kept_where, continues_after_leaving, _today(today)
        )
        desk.audit(s, "staff.pledge_added", RECORD_TYPE, staff_id, {"pledge": pid})
        return pid


@allowed(*STAFF_UP)
def remove_pledge(desk: Desk, pledge_id: int) -> None:
    with desk.uow(write=True) as s:
        sid = domain.remove_pledge(s, pledge_id)
        desk.audit(s, "staff.pledge_removed", RECORD_TYPE, sid, {"pledge": pledge_id})


@allowed(*STAFF_UP)
def create_training(desk: Desk, data: TrainingData) -> int:
    with desk.uow(write=True) as s:
        tid = domain.create_training(s, data)
        desk.audit(s, "staff.training_created", TRAINING_RECORD, tid)
        return tid


@allowed(*STAFF_UP)
def update_training(
    desk: Desk, training_id: int, data: TrainingData, today: date | None = None
) -> None:
    with desk.uow(write=True) as s:
        domain.update_training(s, training_id, data, _today(today))
        desk.audit(s, "staff.training_updated", TRAINING_RECORD, training_id)


@allowed(*STAFF_UP)
def delete_training(desk: Desk, training_id: int) -> None:
    with desk.uow(write=True) as s:
        domain.delete_training(s, training_id)
        desk.audit(s, "staff.training_deleted", TRAINING_RECORD, training_id)


@allowed(*STAFF_UP)
def set_attendance(
    desk: Desk,
    training_id: int,
    attendees: Sequence[tuple[int, bool]],
    today: date | None = None,
) -> int:
    """Who attended, each with whether their understanding was checked; replaces the list."""
    with desk.uow(write=True) as s:
        count = domain.set_attendance(s, training_id, attendees, _today(today))
        understood = sum(1 for _, checked in attendees if checked)
        desk.audit(
            s,
            "staff.attendance_set",
            TRAINING_RECORD,
            training_id,
            {"count": count, "understood": understood},
        )
        return count


# -- printable forms ------------------------------------------------------------------------------


def _leave(
    desk: Desk, s: Session, kind: str, records: int, personal: bool, out: Path | None
) -> None:
    """Every form produced is audited, a preview too: a form with names is personal data."""
    destination = "file" if out is not None else "preview"
    outbound.leaving(desk, s, outbound.Outbound(kind, records, personal, False, destination), out)


@allowed(*EVERYONE)
def pledge_pdf(
    desk: Desk,
    staff_id: int | None = None,
    version: str = "",
    dated: bool = False,
    out: Path | None = None,
    today: date | None = None,
) -> bytes:
    """The pledge (誓約書) for a member to sign: the office's name and representative, the
    clauses, date and signature lines; the member's name filled in when `staff_id` is given
    (then it is personal data: a viewer is refused). `dated` prints today's date instead of a
    blank one to fill in."""
    today = _today(today)
    with desk.uow(write=True, bookkeeping=True) as s:
        office = profile_domain.load(s)
        name, kind = domain.member_name(s, staff_id) if staff_id is not None else ("", "")
        data = PledgeFormData(
            organisation=office.name,
            representative=office.representative,
            member_name=name,
            member_kind=KIND_TEXT.get(kind, ""),
            date_text=wareki.to_wareki(today) if dated else "",
            version=version,
        )
        pdf = render_pledge(data)
        _leave(desk, s, "form.pledge", 1 if staff_id is not None else 0, staff_id is not None, out)
        if out is not None:  # inside the unit of work: a failed write is not audited
            write_atomic(out, pdf)
    return pdf


@allowed(*STAFF_UP)
def attendance_sheet_pdf(desk: Desk, training_id: int, out: Path | None = None) -> bytes:
    """The training's attendance sheet: its date, topic and material, and a row per person
    (those recorded as attending, or before that every member active on the day) to sign,
    with a box for the check of their understanding. It names staff: personal data."""
    with desk.uow(write=True, bookkeeping=True) as s:
        training, names = domain.sheet_names(s, training_id)
        data = TrainingSheetData(
            organisation=profile_domain.load(s).name,
            topic=training.topic,
            date_text=wareki.to_wareki(training.held_on),
            material=training.material,
            names=names,
        )
        pdf = render_sheet(data)
        _leave(desk, s, "form.training_sheet", len(names), True, out)
        if out is not None:  # inside the unit of work: a failed write is not audited
            write_atomic(out, pdf)
    return pdf
