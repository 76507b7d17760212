"""プライバシーポリシー. The published versions of the privacy notice; consents name the one seen.

A version is never edited once made: a new wording is a new version with its own effective
date, so a consent's reference keeps meaning what the person read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.domain.accounts import now
from privacydesk.domain.purposes import Problems, check_text, raise_problems
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import NoticeVersion

TITLE_MAX = 200
TEXT_MAX = 200_000  # a whole policy, several languages
WHERE_MAX = 2000


@dataclass
class NoticeData:
    title: str = ""
    text: str = ""
    effective_date: date | None = None
    published_where: str = ""  # e.g. the website's address and the office's notice board


@dataclass(frozen=True)
class NoticeRow:
    id: int
    title: str
    text: str
    effective_date: date
    published_where: str
    created_at: datetime
    created_by: int | None


def validate(data: NoticeData) -> NoticeData:
    problems: Problems = []
    title = check_text(problems, "title", data.title, TITLE_MAX, required=True)
    text = check_text(problems, "text", data.text, TEXT_MAX)
    where = check_text(problems, "published_where", data.published_where, WHERE_MAX)
    if data.effective_date is None:
        problems.append(("effective_date", "register.required", {}))
    elif not isinstance(data.effective_date, date) or isinstance(data.effective_date, datetime):
        problems.append(("effective_date", "input.wrong_type", {}))
    raise_problems(problems)
    return NoticeData(title, text, data.effective_date, where)


def _row(n: NoticeVersion) -> NoticeRow:
    return NoticeRow(
        n.id, n.title, n.text, n.effective_date, n.published_where, n.created_at, n.created_by
    )


def create(session: Session, data: NoticeData, actor: int | None) -> NoticeRow:
    clean = validate(data)
    assert clean.effective_date is not None  # validate() refuses None
    row = NoticeVersion(
        title=clean.title,
        text=clean.text,
        effective_date=clean.effective_date,
        published_where=clean.published_where,
        created_at=now(),
        created_by=actor,
    )
    session.add(row)
    session.flush()
    return _row(row)


def list_versions(session: Session) -> list[NoticeRow]:
    """Newest effective date first (a later-made version wins a tie)."""
    rows = session.execute(
        select(NoticeVersion).order_by(NoticeVersion.effective_date.desc(), NoticeVersion.id.desc())
    ).scalars()
    return [_row(n) for n in rows]


def get(session: Session, notice_id: int) -> NoticeRow:
    valid = isinstance(notice_id, int) and not isinstance(notice_id, bool)
    row = session.get(NoticeVersion, notice_id) if valid else None
    if row is None:
        raise InvalidInput("notices.not_found", id=notice_id if valid else 0)
    return _row(row)


def current(session: Session, today: date | None = None) -> NoticeRow | None:
    """The version in force: the latest effective date not in the future (None before any)."""
    day = today or date.today()
    row = session.execute(
        select(NoticeVersion)
        .where(NoticeVersion.effective_date <= day)
        .order_by(NoticeVersion.effective_date.desc(), NoticeVersion.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return _row(row) if row is not None else None
