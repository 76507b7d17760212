"""個人情報取扱台帳. Use cases for the register, purposes of use and privacy notice versions.

Everyone may look; staff and managers change; only a manager signs a yearly review off. Every
change is audited with ids and counts only: the values (and their history) stay in the records.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from privacydesk.domain import notices, purposes, register, settings
from privacydesk.domain.history import Change
from privacydesk.domain.notices import NoticeData, NoticeRow
from privacydesk.domain.purposes import (
    GROUP_LABELS,
    SUBJECT_GROUPS,
    PurposeChangeRow,
    PurposeData,
    PurposeRow,
)
from privacydesk.domain.register import (
    BASES,
    BASIS_LABELS,
    FLAG_CODES,
    KIND_LABELS,
    MEDIA,
    MEDIUM_LABELS,
    SENSITIVE_KINDS,
    SORTS,
    EntryData,
    EntryDetail,
    EntryFilter,
    EntryFlag,
    EntryPage,
    EntryRow,
    ItemData,
    ItemRow,
    ProvisionData,
    ProvisionRow,
    ReviewRow,
)
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, STAFF_UP, allowed

__all__ = [
    "BASES",
    "BASIS_LABELS",
    "FLAG_CODES",
    "GROUP_LABELS",
    "KIND_LABELS",
    "MEDIA",
    "MEDIUM_LABELS",
    "SENSITIVE_KINDS",
    "SORTS",
    "SUBJECT_GROUPS",
    "Change",
    "EntryData",
    "EntryDetail",
    "EntryFilter",
    "EntryFlag",
    "EntryPage",
    "EntryRow",
    "ItemData",
    "ItemRow",
    "NoticeData",
    "NoticeRow",
    "ProvisionData",
    "ProvisionRow",
    "PurposeChangeRow",
    "PurposeData",
    "PurposeRow",
    "ReviewRow",
]


def _review_months(s: Session) -> int:
    return int(settings.get(s, "register.review_months"))


# -- entries ------------------------------------------------------------------------------------


@allowed(*EVERYONE)
def list_entries(
    desk: Desk,
    filters: EntryFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    limit: int = 100,
    offset: int = 0,
    today: date | None = None,
) -> EntryPage:
    """One page of the register, filtered and sorted in SQL, each row with its flag codes."""
    with desk.uow() as s:
        return register.list_entries(
            s,
            filters,
            sort=sort,
            descending=descending,
            limit=limit,
            offset=offset,
            today=today,
            review_months=_review_months(s),
        )


@allowed(*EVERYONE)
def entry_departments(desk: Desk) -> list[str]:
    with desk.uow() as s:
        return register.departments(s)


@allowed(*EVERYONE)
def get_entry(desk: Desk, entry_id: int, today: date | None = None) -> EntryDetail:
    """An entry with its items, purposes, provisions, reviews, field history and flags."""
    with desk.uow() as s:
        return register.get(s, entry_id, today, _review_months(s))


@allowed(*STAFF_UP)
def create_entry(desk: Desk, data: EntryData) -> EntryDetail:
    with desk.uow(write=True) as s:
        entry_id = register.create(s, data, desk.context.account_id)
        detail = register.get(s, entry_id, None, _review_months(s))
        desk.audit(
            s,
            "register.entry_created",
            "entry",
            entry_id,
            {
                "items": len(detail.items),
                "purposes": len(detail.purposes),
                "provisions": len(detail.provisions),
            },
        )
        return detail


@allowed(*STAFF_UP)
def update_entry(desk: Desk, entry_id: int, data: EntryData) -> list[str]:
    """Save an edited entry; returns the names of the fields that changed."""
    with desk.uow(write=True) as s:
        changed = register.update(s, entry_id, data, desk.context.account_id)
        if changed:
            desk.audit(s, "register.entry_updated", "entry", entry_id, {"fields": len(changed)})
        return changed


@allowed(*STAFF_UP)
def retire_entry(desk: Desk, entry_id: int) -> bool:
    """No longer in use; privacydesk's own entry is refused. False if already retired."""
    with desk.uow(write=True) as s:
        done = register.retire(s, entry_id, desk.context.account_id)
        if done:
            desk.audit(s, "register.entry_retired", "entry", entry_id)
        return done


@allowed(*STAFF_UP)
def reactivate_entry(desk: Desk, entry_id: int) -> bool:
    with desk.uow(write=True) as s:
        done = register.reactivate(s, entry_id, desk.context.account_id)
        if done:
            desk.audit(s, "register.entry_reactivated", "entry", entry_id)
        return done


# -- the yearly review --------------------------------------------------------------------------


@allowed(*STAFF_UP)
def record_review(desk: Desk, entry_id: int, changes: str) -> ReviewRow:
    """The signed-in person reviewed the entry; it counts once a manager signs it off."""
    with desk.uow(write=True) as s:
        review = register.record_review(s, entry_id, desk.context.account_id, changes)
        desk.audit(
            s,
            "register.review_recorded",
            "entry",
            entry_id,
            {"review": review.id, "changes": bool(review.changes)},
        )
        return review


@allowed(*MANAGER)
def sign_off_review(desk: Desk, review_id: int) -> ReviewRow:
    with desk.uow(write=True) as s:
        review = register.sign_off(s, review_id, desk.context.account_id)
        desk.audit(s, "register.review_signed_off", "entry", review.entry_id, {"review": review.id})
        return review


@allowed(*EVERYONE)
def reviews_awaiting_sign_off(desk: Desk) -> list[ReviewRow]:
    with desk.uow() as s:
        return register.reviews_awaiting_sign_off(s)


@allowed(*EVERYONE)
def entries_not_reviewed(
    desk: Desk, months: int | None = None, today: date | None = None
) -> list[EntryRow]:
    """Active entries never reviewed or not reviewed for `months` (the setting by default)."""
    with desk.uow() as s:
        return register.not_reviewed_for(s, months or _review_months(s), today)


# -- purposes -----------------------------------------------------------------------------------


@allowed(*EVERYONE)
def list_purposes(
    desk: Desk, active: bool | None = True, subject_group: str | None = None
) -> list[PurposeRow]:
    with desk.uow() as s:
        return purposes.list_purposes(s, active=active, subject_group=subject_group)


@allowed(*STAFF_UP)
def create_purpose(desk: Desk, data: PurposeData) -> PurposeRow:
    with desk.uow(write=True) as s:
        row = purposes.create(s, data)
        desk.audit(s, "register.purpose_created", "purpose", row.id)
        return row


@allowed(*STAFF_UP)
def change_purpose(
    desk: Desk,
    purpose_id: int,
    new_text: str,
    notified_on: date | None,
    notified_how: str,
    beyond_related: bool,
    today: date | None = None,
) -> int:
    """Change a purpose's wording; returns how many consents were marked 要再同意."""
    with desk.uow(write=True) as s:
        marked = purposes.change_wording(
            s,
            purpose_id,
            new_text,
            notified_on,
            notified_how,
            beyond_related,
            desk.context.account_id,
            today,
        )
        desk.audit(
            s,
            "register.purpose_changed",
            "purpose",
            purpose_id,
            {"beyond_related": bool(beyond_related), "renewal_marked": marked},
        )
        return marked


@allowed(*EVERYONE)
def purpose_history(desk: Desk, purpose_id: int) -> list[PurposeChangeRow]:
    with desk.uow() as s:
        return purposes.history(s, purpose_id)


@allowed(*STAFF_UP)
def retire_purpose(desk: Desk, purpose_id: int) -> PurposeRow:
    with desk.uow(write=True) as s:
        row = purposes.retire(s, purpose_id)
        desk.audit(s, "register.purpose_retired", "purpose", purpose_id)
        return row


# -- privacy notice versions --------------------------------------------------------------------


@allowed(*EVERYONE)
def list_notices(desk: Desk) -> list[NoticeRow]:
    with desk.uow() as s:
        return notices.list_versions(s)


@allowed(*EVERYONE)
def get_notice(desk: Desk, notice_id: int) -> NoticeRow:
    with desk.uow() as s:
        return notices.get(s, notice_id)


@allowed(*STAFF_UP)
def create_notice(desk: Desk, data: NoticeData) -> NoticeRow:
    with desk.uow(write=True) as s:
        row = notices.create(s, data, desk.context.account_id)
        desk.audit(s, "register.notice_created", "notice", row.id)
        return row


@allowed(*EVERYONE)
def current_notice(desk: Desk, today: date | None = None) -> NoticeRow | None:
    with desk.uow() as s:
        return notices.current(s, today)
