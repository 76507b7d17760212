"""The privacy notice checked against the register: tagging passages, linking register items
to them (with suggestions), the result, importing a notice file, and the differences between
two versions. Viewing is for everyone; tagging and linking for staff and managers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from privacydesk.domain import notice_check as domain
from privacydesk.domain import notices
from privacydesk.domain.notice_check import (
    TAGS,
    CheckResult,
    DiffLine,
    Item,
    Passage,
    Suggestion,
    UnlinkedItem,
)
from privacydesk.domain.notices import NoticeData, NoticeRow
from privacydesk.errors import InvalidInput
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed

__all__ = [
    "TAGS",
    "CheckResult",
    "DiffLine",
    "Item",
    "NoticeData",
    "NoticeRow",
    "Passage",
    "Suggestion",
    "UnlinkedItem",
]
MAX_FILE = 5_000_000


@allowed(*EVERYONE)
def check(desk: Desk, today: date | None = None) -> CheckResult:
    with desk.uow() as s:
        return domain.check(s, today)


@allowed(*EVERYONE)
def passages(desk: Desk, notice_version_id: int) -> list[Passage]:
    with desk.uow() as s:
        notices.get(s, notice_version_id)
        return domain.passages(s, notice_version_id)


@allowed(*EVERYONE)
def register_items(desk: Desk) -> list[Item]:
    with desk.uow() as s:
        return domain.register_items(s)


@allowed(*EVERYONE)
def differences(desk: Desk, old_id: int, new_id: int) -> list[DiffLine]:
    with desk.uow() as s:
        return domain.differences(notices.get(s, old_id).text, notices.get(s, new_id).text)


@allowed(*STAFF_UP)
def tag_passage(desk: Desk, notice_version_id: int, tag: str, text: str) -> int:
    with desk.uow(write=True) as s:
        pid = domain.tag_passage(s, notice_version_id, tag, text)
        desk.audit(
            s,
            "notice.passage_tagged",
            "notice",
            notice_version_id,
            {"tag": tag if tag in TAGS else ""},
        )
        return pid


@allowed(*STAFF_UP)
def untag_passage(desk: Desk, passage_id: int) -> None:
    with desk.uow(write=True) as s:
        domain.untag_passage(s, passage_id)
        desk.audit(s, "notice.passage_untagged", "notice_passage", passage_id)


@allowed(*STAFF_UP)
def link(desk: Desk, item_key: str, passage_id: int) -> None:
    with desk.uow(write=True) as s:
        domain.link(s, item_key, passage_id, desk.context.account_id)
        desk.audit(s, "notice.linked", "notice_passage", passage_id)


@allowed(*STAFF_UP)
def unlink(desk: Desk, item_key: str, passage_id: int) -> None:
    with desk.uow(write=True) as s:
        domain.unlink(s, item_key, passage_id)
        desk.audit(s, "notice.unlinked", "notice_passage", passage_id)


@allowed(*STAFF_UP)
def accept_suggestions(desk: Desk, at_least: float = 0.8, today: date | None = None) -> int:
    """Link each unlinked item to its best suggestion when the match is strong."""
    with desk.uow(write=True) as s:
        count = domain.accept_suggestions(s, desk.context.account_id, today, at_least)
        desk.audit(s, "notice.suggestions_accepted", "notice", "", {"count": count})
        return count


@allowed(*STAFF_UP)
def import_notice(
    desk: Desk, path: Path, title: str, effective_date: date, published_where: str = ""
) -> NoticeRow:
    """A new notice version from a .txt or .docx file; it inherits the tags of the passages
    of the previous version that it still contains."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise InvalidInput("notice_check.file_too_large", max=MAX_FILE)
        data = path.read_bytes()
    except OSError:
        raise InvalidInput("import.file_not_found", path=str(path)) from None
    text = domain.read_notice_file(path.name, data)
    with desk.uow(write=True) as s:
        previous = notices.list_versions(s)
        row = notices.create(
            s, NoticeData(title, text, effective_date, published_where), desk.context.account_id
        )
        carried = domain.carry_over(s, previous[0].id, row.id) if previous else 0
        desk.audit(s, "register.notice_created", "notice", row.id, {"carried": carried})
        return row
