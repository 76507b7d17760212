"""本人. Use cases for data subjects: search as the user types, the persons table, a person's
detail, saving, register links and the sensitive section (shown to staff and managers only,
each view audited).

A protected person's whereabouts (所在秘匿: postal code, address, country, phone, the
representative's contact) are masked for everyone but managers, and such a person cannot be
found through them by others. Audit entries carry ids and counts only, never names.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from privacydesk.domain import search as search_domain
from privacydesk.domain import subjects
from privacydesk.domain.accounts import Role
from privacydesk.domain.search import SORT_COLUMNS, PageFilter
from privacydesk.domain.subjects import (
    MASK,
    MASKED_FIELDS,
    SENSITIVE_EXCEPTIONS,
    SENSITIVE_KINDS,
    SensitiveItem,
    SubjectData,
    SubjectDetail,
    SubjectRow,
)
from privacydesk.errors import NotAllowed
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed

__all__ = [
    "MASK",
    "SENSITIVE_EXCEPTIONS",
    "SENSITIVE_KINDS",
    "SORT_COLUMNS",
    "PageFilter",
    "SensitiveItem",
    "SubjectData",
    "SubjectDetail",
    "SubjectRow",
]


def _sees_whereabouts(desk: Desk) -> bool:
    # Read inside the unit of work: the role was just re-read from the database.
    return desk.context.role == Role.MANAGER


def _rows_for(desk: Desk, s: Session, ids: list[int]) -> list[SubjectRow]:
    found = subjects.rows(s, ids)
    return found if _sees_whereabouts(desk) else [subjects.masked_row(r) for r in found]


def _detail_for(desk: Desk, s: Session, subject_id: int) -> SubjectDetail:
    d = subjects.detail(s, subject_id)
    return d if _sees_whereabouts(desk) else subjects.masked_detail(d)


# -- finding ---------------------------------------------------------------------------------


@allowed(*EVERYONE)
def search(desk: Desk, query: str, limit: int = 200, offset: int = 0) -> list[SubjectRow]:
    """Persons whose name, reading, alias, address, email, phone or member number contains
    the query (folded: kana, width, case, diacritics, variant kanji), in reading order."""
    with desk.uow() as s:
        ids = search_domain.search(
            s, query, limit, offset, match_protected_contact=_sees_whereabouts(desk)
        )
        return _rows_for(desk, s, ids)


@allowed(*EVERYONE)
def count(desk: Desk, query: str, cap: int | None = None) -> int:
    """How many persons the query finds (at most `cap`, when given: cheap for common names)."""
    with desk.uow() as s:
        return search_domain.count(
            s, query, match_protected_contact=_sees_whereabouts(desk), cap=cap
        )


def _check_filters(desk: Desk, filters: PageFilter | None) -> None:
    # Who has sensitive information is itself sensitive: viewers may not filter by it.
    if (
        filters is not None
        and filters.has_sensitive is not None
        and desk.context.role not in STAFF_UP
    ):
        raise NotAllowed(
            "auth.role_not_allowed",
            action="subjects.filter_sensitive",
            role=desk.context.role.value,
        )


@allowed(*EVERYONE)
def list_page(
    desk: Desk,
    sort_column: str = "reading",
    ascending: bool = True,
    filters: PageFilter | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[SubjectRow]:
    """One page of the persons table, sorted and filtered in SQL."""
    with desk.uow() as s:
        _check_filters(desk, filters)
        ids = search_domain.list_page(
            s,
            sort_column,
            ascending,
            filters,
            limit,
            offset,
            match_protected_contact=_sees_whereabouts(desk),
        )
        return _rows_for(desk, s, ids)


@allowed(*EVERYONE)
def count_page(desk: Desk, filters: PageFilter | None = None) -> int:
    with desk.uow() as s:
        _check_filters(desk, filters)
        return search_domain.count_page(s, filters, match_protected_contact=_sees_whereabouts(desk))


@allowed(*EVERYONE)
def get_subject(desk: Desk, subject_id: int) -> SubjectDetail:
    """A person's fields, linked register entries and field history."""
    with desk.uow() as s:
        return _detail_for(desk, s, subject_id)


@allowed(*STAFF_UP)
def likely_duplicates(desk: Desk, data: SubjectData) -> list[SubjectRow]:
    """Persons already registered who are likely the one being entered (to offer them)."""
    with desk.uow() as s:
        return _rows_for(desk, s, [r.id for r in subjects.find_duplicates(s, data)])


# -- saving ----------------------------------------------------------------------------------


@allowed(*STAFF_UP)
def create_subject(desk: Desk, data: SubjectData, allow_duplicate: bool = False) -> SubjectDetail:
    """Register a person; a likely duplicate is refused unless the user confirmed it."""
    with desk.uow(write=True) as s:
        subject = subjects.create(s, data, desk.context.account_id, allow_duplicate=allow_duplicate)
        desk.audit(
            s, "subject.created", "subject", subject.id, {"allow_duplicate": allow_duplicate}
        )
        return _detail_for(desk, s, subject.id)


@allowed(*STAFF_UP)
def update_subject(desk: Desk, subject_id: int, data: SubjectData) -> SubjectDetail:
    """Save a person's fields; each change goes into the field history.

    Someone who sees a protected person's whereabouts masked sends the mask back: those
    fields keep their stored values. Only a manager may lift the protection.
    """
    with desk.uow(write=True) as s:
        current = subjects.get(s, subject_id)
        if current.protected and not _sees_whereabouts(desk):
            kept = {
                name: getattr(current, name)
                for name in MASKED_FIELDS
                if getattr(data, name) == MASK
            }
            data = replace(data, **kept)
            if data.protected is not True:
                raise NotAllowed(
                    "auth.role_not_allowed",
                    action="subjects.unprotect",
                    role=desk.context.role.value,
                )
        was_protected = current.protected
        changed = subjects.update(s, subject_id, data, desk.context.account_id)
        if changed:
            desk.audit(
                s,
                "subject.updated",
                "subject",
                subject_id,
                {"fields": len(changed), "protection_changed": was_protected != data.protected},
            )
        return _detail_for(desk, s, subject_id)


# -- register entries ------------------------------------------------------------------------


@allowed(*STAFF_UP)
def link_entry(desk: Desk, subject_id: int, entry_id: int) -> bool:
    """Record that a register entry holds this person's data (False: it already did)."""
    with desk.uow(write=True) as s:
        done = subjects.link_entry(s, subject_id, entry_id, desk.context.account_id)
        if done:
            desk.audit(s, "subject.entry_linked", "subject", subject_id, {"entry": entry_id})
        return done


@allowed(*STAFF_UP)
def unlink_entry(desk: Desk, subject_id: int, entry_id: int) -> bool:
    with desk.uow(write=True) as s:
        done = subjects.unlink_entry(s, subject_id, entry_id, desk.context.account_id)
        if done:
            desk.audit(s, "subject.entry_unlinked", "subject", subject_id, {"entry": entry_id})
        return done


# -- the sensitive section (要配慮個人情報) ------------------------------------------------------


@allowed(*STAFF_UP)
def view_sensitive(desk: Desk, subject_id: int) -> list[SensitiveItem]:
    """The person's sensitive information; every view is audited (the subject's id only)."""
    # Bookkeeping: the view is recorded even while the audit chain awaits acknowledgement.
    with desk.uow(write=True, bookkeeping=True) as s:
        items = subjects.sensitive_items(s, subject_id)
        desk.audit(s, "subject.sensitive_viewed", "subject", subject_id)
        return items


@allowed(*STAFF_UP)
def add_sensitive(
    desk: Desk,
    subject_id: int,
    kind: str,
    note: str = "",
    consent_id: int | None = None,
    exception: str = "",
) -> SensitiveItem:
    """Record a sensitive item with its basis (a sensitive-data consent or an exception)."""
    with desk.uow(write=True) as s:
        item = subjects.add_sensitive(s, subject_id, kind, note, consent_id, exception)
        # The item's id only: even its kind would tell the log's readers too much.
        desk.audit(s, "subject.sensitive_added", "subject", subject_id, {"item": item.id})
        return next(i for i in subjects.sensitive_items(s, subject_id) if i.id == item.id)


@allowed(*STAFF_UP)
def remove_sensitive(desk: Desk, subject_id: int, item_id: int) -> None:
    with desk.uow(write=True) as s:
        subjects.remove_sensitive(s, subject_id, item_id)
        desk.audit(s, "subject.sensitive_removed", "subject", subject_id, {"item": item_id})


@allowed(*STAFF_UP)
def sensitive_without_basis(desk: Desk) -> list[int]:
    """Ids of persons holding sensitive information with no consent or exception recorded."""
    with desk.uow() as s:
        return subjects.sensitive_without_basis(s)
