"""利用目的. Purposes of use as published, per group of persons, with the history of their wording.

A change of wording keeps the old text and records how persons were told (法21③). A change
beyond what is reasonably related to the old purpose (法17②) is in effect a new purpose: use for
it needs the person's consent (法18①), so the consents that relied on the purpose are marked as
needing renewal (要再同意).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.domain import consent
from privacydesk.domain.accounts import now
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import Purpose, PurposeChange

Problems = list[tuple[str, str, dict[str, Any]]]

# The groups of persons a purpose serves (a fixed list; labels in messages.py).
SUBJECT_GROUPS = (
    "members",  # 会員
    "consultees",  # 相談者
    "event_applicants",  # イベント申込者
    "donors",  # 寄付者
    "staff",  # 職員・ボランティア
    "website_visitors",  # ウェブサイト閲覧者
    "other",  # その他
)
GROUP_LABELS = {
    "members": "register.group.members",
    "consultees": "register.group.consultees",
    "event_applicants": "register.group.event_applicants",
    "donors": "register.group.donors",
    "staff": "register.group.staff",
    "website_visitors": "register.group.website_visitors",
    "other": "register.group.other",
}
CODE_MAX = 20
TEXT_MAX = 2000
NOTIFIED_HOW_MAX = 2000


# One C-speed search: a pasted megabyte is checked in microseconds, not scanned in Python.
_BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def bad_characters(value: str) -> bool:
    """NUL, other control characters (tab and line breaks aside) and lone surrogates."""
    return _BAD_CHARACTERS.search(value) is not None


def check_text(
    problems: Problems, field: str, value: object, limit: int, *, required: bool = False
) -> str:
    """Append the problems of one text field; returns the stripped text ("" when wrong)."""
    if not isinstance(value, str):
        problems.append((field, "input.wrong_type", {}))
        return ""
    if bad_characters(value):
        problems.append((field, "input.bad_characters", {}))
        return ""
    text = value.strip()
    if len(text) > limit:
        problems.append((field, "input.too_long", {"max": limit}))
    elif required and not text:
        problems.append((field, "register.required", {}))
    return text


def raise_problems(problems: Problems) -> None:
    if problems:
        raise InvalidInput("input.problems", problems=problems, count=len(problems))


@dataclass
class PurposeData:
    """What a form fills in for a new purpose."""

    code: str = ""  # the notice's own label, e.g. "a." or "会員-a"
    text: str = ""
    subject_group: str = "other"
    published_on: date | None = None


@dataclass(frozen=True)
class PurposeRow:
    id: int
    code: str
    text: str
    subject_group: str
    published_on: date | None
    active: bool
    created_at: datetime
    changes: int  # how many times its wording changed


@dataclass(frozen=True)
class PurposeChangeRow:
    id: int
    purpose_id: int
    old_text: str
    new_text: str
    changed_at: datetime
    changed_by: int | None
    notified_on: date | None
    notified_how: str
    beyond_related: bool  # 要再同意


def validate(data: PurposeData) -> PurposeData:
    problems: Problems = []
    code = check_text(problems, "code", data.code, CODE_MAX)
    text = check_text(problems, "text", data.text, TEXT_MAX, required=True)
    if data.subject_group not in SUBJECT_GROUPS:
        problems.append(("subject_group", "purposes.bad_group", {}))
    if data.published_on is not None and not isinstance(data.published_on, date):
        problems.append(("published_on", "input.wrong_type", {}))
    raise_problems(problems)
    return PurposeData(code, text, data.subject_group, data.published_on)


def _row(p: Purpose, changes: int) -> PurposeRow:
    return PurposeRow(
        p.id, p.code, p.text, p.subject_group, p.published_on, p.active, p.created_at, changes
    )


def _change_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(PurposeChange.purpose_id, func.count())
        .where(PurposeChange.purpose_id.in_(ids))
        .group_by(PurposeChange.purpose_id)
    ).all()
    return {int(pid): int(n) for pid, n in rows}


def _load(session: Session, purpose_id: int) -> Purpose:
    valid = isinstance(purpose_id, int) and not isinstance(purpose_id, bool)
    row = session.get(Purpose, purpose_id) if valid else None
    if row is None:
        raise InvalidInput("purposes.not_found", id=purpose_id if valid else 0)
    return row


def create(session: Session, data: PurposeData) -> PurposeRow:
    clean = validate(data)
    row = Purpose(
        code=clean.code,
        text=clean.text,
        subject_group=clean.subject_group,
        published_on=clean.published_on,
        active=True,
        created_at=now(),
    )
    session.add(row)
    session.flush()
    return _row(row, 0)


def get(session: Session, purpose_id: int) -> PurposeRow:
    row = _load(session, purpose_id)
    return _row(row, _change_counts(session, [row.id]).get(row.id, 0))


def by_ids(session: Session, ids: list[int]) -> list[PurposeRow]:
    """The purposes with these ids, in the order given (unknown ids are left out)."""
    if not ids:
        return []
    found = {p.id: p for p in session.execute(select(Purpose).where(Purpose.id.in_(ids))).scalars()}
    counts = _change_counts(session, list(found))
    return [_row(found[i], counts.get(i, 0)) for i in ids if i in found]


def list_purposes(
    session: Session, *, active: bool | None = True, subject_group: str | None = None
) -> list[PurposeRow]:
    """Sorted by group (in the fixed order), then the notice's label, then id."""
    q = select(Purpose)
    if active is not None:
        q = q.where(Purpose.active.is_(active))
    if subject_group is not None:
        q = q.where(Purpose.subject_group == subject_group)
    rows = list(session.execute(q.order_by(Purpose.code, Purpose.id)).scalars())
    order = {g: i for i, g in enumerate(SUBJECT_GROUPS)}
    rows.sort(key=lambda p: order.get(p.subject_group, len(order)))  # stable: keeps code order
    counts = _change_counts(session, [p.id for p in rows])
    return [_row(p, counts.get(p.id, 0)) for p in rows]


def change_wording(
    session: Session,
    purpose_id: int,
    new_text: str,
    notified_on: date | None,
    notified_how: str,
    beyond_related: bool,
    actor: int | None,
    today: date | None = None,
) -> int:
    """Change a purpose's wording, keeping the old one; returns the consents marked 要再同意.

    Only a change beyond what is reasonably related to the old purpose marks consents: those
    that relied on this purpose, were given by `today` and are not withdrawn. A consent already
    marked keeps its earlier date (renewal has been needed since then) and is not counted again.
    """
    problems: Problems = []
    text = check_text(problems, "new_text", new_text, TEXT_MAX, required=True)
    how = check_text(problems, "notified_how", notified_how, NOTIFIED_HOW_MAX)
    if notified_on is not None and not isinstance(notified_on, date):
        problems.append(("notified_on", "input.wrong_type", {}))
    if not isinstance(beyond_related, bool):
        problems.append(("beyond_related", "input.wrong_type", {}))
    raise_problems(problems)
    purpose = _load(session, purpose_id)
    if not purpose.active:
        raise InvalidInput("purposes.retired", id=purpose.id)
    if text == purpose.text:
        raise InvalidInput(
            "input.problems",
            problems=[("new_text", "purposes.wording_unchanged", {})],
            count=1,
        )
    when = now()
    session.add(
        PurposeChange(
            purpose_id=purpose.id,
            old_text=purpose.text,
            new_text=text,
            changed_at=when,
            changed_by=actor,
            notified_on=notified_on,
            notified_how=how,
            beyond_related=beyond_related,
        )
    )
    purpose.text = text
    if not beyond_related:
        return 0
    # One rule for "relied on it and not withdrawn", kept with the consents.
    return consent.mark_renewal_needed(session, purpose.id, today or date.today())


def history(session: Session, purpose_id: int) -> list[PurposeChangeRow]:
    """The wording changes of a purpose, oldest first."""
    _load(session, purpose_id)
    rows = session.execute(
        select(PurposeChange)
        .where(PurposeChange.purpose_id == purpose_id)
        .order_by(PurposeChange.changed_at, PurposeChange.id)
    ).scalars()
    return [
        PurposeChangeRow(
            c.id,
            c.purpose_id,
            c.old_text,
            c.new_text,
            c.changed_at,
            c.changed_by,
            c.notified_on,
            c.notified_how,
            c.beyond_related,
        )
        for c in rows
    ]


def retire(session: Session, purpose_id: int) -> PurposeRow:
    """No longer used for new entries; entries and consents that name it keep their link."""
    row = _load(session, purpose_id)
    row.active = False
    return get(session, purpose_id)


def reactivate(session: Session, purpose_id: int) -> PurposeRow:
    row = _load(session, purpose_id)
    row.active = True
    return get(session, purpose_id)
