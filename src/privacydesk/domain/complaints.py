"""苦情. Complaints from receipt to closing (Article 40: handled appropriately and promptly).

Status moves 受付 → 調査中 → 回答済 → 完了, or to 取下げ from any open status; any other move
is refused with a message naming both statuses. Every change of a field is kept in
record_history (who, when, old and new); an open complaint holds the persons and register
entries it concerns, released at closing. Nothing is deleted except by retention.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from privacydesk.domain import history, retention, settings
from privacydesk.domain.accounts import now
from privacydesk.domain.calendar import Calendar
from privacydesk.domain.consent import Problem, raise_problems, read_date
from privacydesk.domain.mynumber import checked_text
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    Account,
    Complaint,
    ComplaintAction,
    ComplaintLink,
    Contractor,
    DataRequest,
    RegisterEntry,
    Subject,
)

RECORD_TYPE = "complaint"
CHANNELS = ("phone", "post", "fax", "email", "visit", "other")
CATEGORIES = ("handling", "requests", "staff", "security", "other")
STATUSES = ("received", "investigating", "answered", "closed", "withdrawn")
OPEN = frozenset({"received", "investigating", "answered"})
MOVES = {
    "received": ("investigating", "withdrawn"),
    "investigating": ("answered", "withdrawn"),
    "answered": ("closed", "investigating", "withdrawn"),  # a reply may reopen the inquiry
    "closed": (),
    "withdrawn": (),
}
REPLY_METHODS = ("phone", "post", "email", "visit", "other")
LINK_TYPES = ("entry", "request", "contractor")
LIMITS = {"complainant": 300, "content": 8000, "reply_content": 8000, "summary": 4000, "text": 4000}
EDITABLE = ("channel", "category", "content", "handler_id", "complainant", "target_on")


def _text(problems: list[Problem], name: str, value: object, limit: int | None = None) -> str:
    return checked_text(problems, name, value, limit or LIMITS.get(name, 4000))


def target_date(received: date, days: int, cal: Calendar) -> date:
    """Received + the setting's days (the first day not counted); a target that falls on a day
    the office is closed moves to its next open day."""
    return cal.next_open(received + timedelta(days=days))


@dataclass
class ComplaintInput:
    received_at: datetime | str
    channel: str
    category: str
    content: str
    subject_id: int | None = None  # a person in the register
    complainant: str = ""  # a name when not in the register; "" with no subject = anonymous
    handler_id: int | None = None
    entry_ids: list[int] = field(default_factory=list)
    request_ids: list[int] = field(default_factory=list)
    contractor_ids: list[int] = field(default_factory=list)


def _received_at(problems: list[Problem], value: datetime | str, now_: datetime) -> datetime | None:
    if isinstance(value, datetime):
        at = value
    elif isinstance(value, str):
        text = value.strip().replace("T", " ")
        try:
            at = datetime.fromisoformat(text)
        except ValueError:
            day = read_date(
                problems, "received_at", text, now_.date(), future_code="requests.future_date"
            )
            return datetime.combine(day, datetime.min.time()) if day else None
    else:
        problems.append(("received_at", "input.wrong_type", {}))
        return None
    if at > now_ + timedelta(minutes=5):
        problems.append(("received_at", "requests.future_date", {"date": at.date().isoformat()}))
        return None
    if at.year < 2000:
        problems.append(("received_at", "consent.date_too_early", {"date": at.date().isoformat()}))
        return None
    return at.replace(microsecond=0)


def _check_links(
    session: Session, problems: list[Problem], data: ComplaintInput
) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for link_type, model, ids in (
        ("entry", RegisterEntry, data.entry_ids),
        ("request", DataRequest, data.request_ids),
        ("contractor", Contractor, data.contractor_ids),
    ):
        for i in ids:
            if not isinstance(i, int) or session.get(model, i) is None:
                problems.append(
                    (f"{link_type}_ids", "complaints.unknown_link", {"id": str(i)[:20]})
                )
            elif (link_type, i) not in out:
                out.append((link_type, i))
    return out


def _check_handler(session: Session, problems: list[Problem], handler_id: int | None) -> None:
    if handler_id is not None and (
        not isinstance(handler_id, int) or session.get(Account, handler_id) is None
    ):
        problems.append(("handler_id", "complaints.unknown_handler", {}))


def create(
    session: Session, data: ComplaintInput, actor: int | None, now_: datetime, cal: Calendar
) -> int:
    problems: list[Problem] = []
    at = _received_at(problems, data.received_at, now_)
    if data.channel not in CHANNELS:
        problems.append(("channel", "input.unknown_choice", {"value": str(data.channel)[:20]}))
    if data.category not in CATEGORIES:
        problems.append(("category", "input.unknown_choice", {"value": str(data.category)[:20]}))
    content = _text(problems, "content", data.content)
    if not content and not any(p[0] == "content" for p in problems):
        problems.append(("content", "complaints.content_required", {}))
    subject = None
    if data.subject_id is not None:
        subject = (
            session.get(Subject, data.subject_id) if isinstance(data.subject_id, int) else None
        )
        if subject is None:
            problems.append(("subject_id", "requests.unknown_subject", {}))
    complainant = _text(problems, "complainant", data.complainant)
    _check_handler(session, problems, data.handler_id)
    links = _check_links(session, problems, data)
    raise_problems(problems)
    assert at is not None
    days = settings.get(session, "complaints.target_days")
    row = Complaint(
        received_at=at,
        channel=data.channel,
        subject_id=subject.id if subject else None,
        complainant=subject.legal_name if subject else complainant,
        category=data.category,
        content=content,
        handler_id=data.handler_id,
        target_on=target_date(at.date(), days, cal),
        status="received",
        created_at=now(),
        created_by=actor,
    )
    session.add(row)
    session.flush()
    for link_type, link_id in links:
        session.add(ComplaintLink(complaint_id=row.id, link_type=link_type, link_id=link_id))
    _hold(session, row, links, actor)
    session.flush()
    return row.id


def set_links(
    session: Session,
    complaint_id: int,
    entry_ids: Sequence[int],
    request_ids: Sequence[int],
    contractor_ids: Sequence[int],
    actor: int | None,
) -> tuple[int, int]:
    """Change what a complaint concerns after receipt (a tick missed or wrong at the counter);
    (added, removed). Each change goes on the timeline; while the complaint is open, an entry
    linked is held and an entry unlinked is released from this complaint's hold."""
    row = _load(session, complaint_id)
    problems: list[Problem] = []
    wanted = _check_links(
        session,
        problems,
        ComplaintInput(
            received_at="",
            channel="",
            category="",
            content="",
            entry_ids=list(entry_ids),
            request_ids=list(request_ids),
            contractor_ids=list(contractor_ids),
        ),
    )
    raise_problems(problems)
    current = {
        (link.link_type, link.link_id): link
        for link in session.scalars(
            select(ComplaintLink).where(ComplaintLink.complaint_id == row.id)
        )
    }
    added = [k for k in wanted if k not in current]
    removed = [k for k in current if k not in set(wanted)]
    for link_type, link_id in removed:
        session.delete(current[(link_type, link_id)])
        history.record(session, RECORD_TYPE, row.id, f"link_{link_type}", link_id, None, actor)
    for link_type, link_id in added:
        session.add(ComplaintLink(complaint_id=row.id, link_type=link_type, link_id=link_id))
        history.record(session, RECORD_TYPE, row.id, f"link_{link_type}", None, link_id, actor)
    if row.status in OPEN:
        gone = {i for t, i in removed if t == "entry"}
        for h in retention.active_holds(session):
            if (
                h.reference == _reference(row.id)
                and h.target_type == "entry"
                and h.target_id in gone
            ):
                retention.release_hold(session, h.id, actor)
        for _t, entry_id in (k for k in added if k[0] == "entry"):
            retention.set_hold(
                session,
                "entry",
                entry_id,
                "苦情への対応中",
                reference=_reference(row.id),
                source="complaint",
                actor=actor,
            )
    session.flush()
    return len(added), len(removed)


def _reference(complaint_id: int) -> str:
    return f"{RECORD_TYPE}:{complaint_id}"


def _hold(
    session: Session, row: Complaint, links: Sequence[tuple[str, int]], actor: int | None
) -> None:
    targets = [("subject", row.subject_id)] if row.subject_id else []
    targets += [("entry", i) for t, i in links if t == "entry"]
    for target_type, target_id in targets:
        assert target_id is not None
        retention.set_hold(
            session,
            target_type,
            target_id,
            "苦情への対応中",
            reference=_reference(row.id),
            source="complaint",
            actor=actor,
        )


def _release(session: Session, complaint_id: int, actor: int | None) -> None:
    for h in retention.active_holds(session):
        if h.reference == _reference(complaint_id):
            retention.release_hold(session, h.id, actor)


def _load(session: Session, complaint_id: int) -> Complaint:
    row = (
        session.get(Complaint, complaint_id)
        if isinstance(complaint_id, int) and not isinstance(complaint_id, bool)
        else None
    )
    if row is None:
        raise InvalidInput("complaints.not_found", id=str(complaint_id)[:20])
    return row


def update(
    session: Session, complaint_id: int, values: dict[str, Any], actor: int | None
) -> list[str]:
    """Edit what the complaint says (never its status: see move); each change is kept."""
    row = _load(session, complaint_id)
    if row.status not in OPEN:
        raise InvalidInput("complaints.closed")
    problems: list[Problem] = []
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            problems.append((key, "complaints.not_editable", {}))
        elif (key == "channel" and value not in CHANNELS) or (
            key == "category" and value not in CATEGORIES
        ):
            problems.append((key, "input.unknown_choice", {"value": str(value)[:20]}))
        elif key in ("content", "complainant"):
            clean[key] = _text(problems, key, value)
            if key == "content" and not clean[key]:
                problems.append(("content", "complaints.content_required", {}))
        elif key == "handler_id":
            _check_handler(session, problems, value)
            clean[key] = value
        elif key == "target_on":
            far = date(2200, 1, 1)
            clean[key] = read_date(problems, "target_on", value, far)
            if clean[key] and clean[key] < row.received_at.date():
                problems.append(("target_on", "requests.date_before_request", {}))
        else:
            clean[key] = value
    raise_problems(problems)
    return history.apply(session, row, RECORD_TYPE, clean, actor)


def move(
    session: Session,
    complaint_id: int,
    to: str,
    actor: int | None,
    today: date,
    *,
    reply_content: str = "",
    reply_on: date | str | None = None,
    reply_method: str = "",
    summary: str = "",
) -> None:
    """Change status along the allowed moves; a reply needs its content, date and method, a
    closing its summary."""
    row = _load(session, complaint_id)
    if to not in STATUSES:
        raise InvalidInput("input.unknown_choice", value=str(to)[:20])
    if to not in MOVES[row.status]:
        raise InvalidInput("complaints.bad_move", **{"from": row.status, "to": to})
    problems: list[Problem] = []
    values: dict[str, Any] = {"status": to}
    if to == "answered":
        values["reply_content"] = _text(problems, "reply_content", reply_content)
        if not values["reply_content"]:
            problems.append(("reply_content", "complaints.reply_required", {}))
        values["reply_on"] = read_date(
            problems, "reply_on", reply_on, today, future_code="requests.future_date"
        )
        if values["reply_on"] and values["reply_on"] < row.received_at.date():
            problems.append(("reply_on", "requests.date_before_request", {}))
        if reply_method not in REPLY_METHODS:
            problems.append(
                ("reply_method", "input.unknown_choice", {"value": str(reply_method)[:20]})
            )
        values["reply_method"] = reply_method
    if to in ("closed", "withdrawn"):
        values["summary"] = _text(problems, "summary", summary)
        if to == "closed" and not values["summary"]:
            problems.append(("summary", "complaints.summary_required", {}))
        values["closed_on"] = today
    raise_problems(problems)
    history.apply(session, row, RECORD_TYPE, values, actor)
    if to in ("closed", "withdrawn"):
        _release(session, row.id, actor)
    session.flush()


def add_action(
    session: Session,
    complaint_id: int,
    done_on: date | str,
    text: str,
    actor: int | None,
    today: date,
) -> int:
    row = _load(session, complaint_id)
    if row.status not in OPEN:
        raise InvalidInput("complaints.closed")
    problems: list[Problem] = []
    day = read_date(problems, "done_on", done_on, today, future_code="requests.future_date")
    if day and day < row.received_at.date():
        problems.append(("done_on", "requests.date_before_request", {}))
    text = _text(problems, "text", text)
    if not text and not any(p[0] == "text" for p in problems):
        problems.append(("text", "complaints.action_required", {}))
    raise_problems(problems)
    assert day is not None
    action = ComplaintAction(
        complaint_id=row.id, done_on=day, text=text, created_at=now(), created_by=actor
    )
    session.add(action)
    session.flush()
    return action.id


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    received_at: datetime
    channel: str
    category: str
    complainant: str
    handler_id: int | None
    handler: str
    target_on: date
    status: str
    overdue: bool
    closed_on: date | None


@dataclass(frozen=True)
class TimelineItem:
    when: datetime
    kind: str  # received|action|change|reply|closed
    text: str
    field: str = ""
    old: str = ""
    new: str = ""
    by: int | None = None


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    subject_id: int | None
    content: str
    reply_content: str
    reply_on: date | None
    reply_method: str
    summary: str
    links: tuple[tuple[str, int], ...]
    timeline: tuple[TimelineItem, ...]


def number_of(complaint_id: int, received: datetime) -> str:
    return f"苦情{received.year}-{complaint_id:04d}"


def _row(c: Complaint, handlers: dict[int, str], today: date) -> ComplaintRow:
    return ComplaintRow(
        c.id,
        number_of(c.id, c.received_at),
        c.received_at,
        c.channel,
        c.category,
        c.complainant,
        c.handler_id,
        handlers.get(c.handler_id or 0, ""),
        c.target_on,
        c.status,
        c.status in ("received", "investigating") and c.target_on < today,
        c.closed_on,
    )


def _handlers(session: Session) -> dict[int, str]:
    return {a: u for a, u in session.execute(select(Account.id, Account.username))}


@dataclass(frozen=True)
class ComplaintFilter:
    status: str | None = None
    category: str | None = None
    start: date | None = None  # received on or after
    end: date | None = None  # received on or before
    overdue_only: bool = False


def list_complaints(
    session: Session, today: date, f: ComplaintFilter | None = None
) -> list[ComplaintRow]:
    f = f or ComplaintFilter()
    q = select(Complaint).order_by(Complaint.received_at.desc(), Complaint.id.desc())
    if f.status is not None:
        q = q.where(Complaint.status == f.status)
    if f.category is not None:
        q = q.where(Complaint.category == f.category)
    if f.start is not None:
        q = q.where(Complaint.received_at >= datetime.combine(f.start, datetime.min.time()))
    if f.end is not None:
        q = q.where(
            Complaint.received_at < datetime.combine(f.end + timedelta(days=1), datetime.min.time())
        )
    handlers = _handlers(session)
    rows = [_row(c, handlers, today) for c in session.scalars(q)]
    return [r for r in rows if r.overdue] if f.overdue_only else rows


def detail(session: Session, complaint_id: int, today: date) -> ComplaintDetail:
    c = _load(session, complaint_id)
    handlers = _handlers(session)
    links = tuple(
        (link.link_type, link.link_id)
        for link in session.scalars(
            select(ComplaintLink)
            .where(ComplaintLink.complaint_id == c.id)
            .order_by(ComplaintLink.link_type, ComplaintLink.link_id)
        )
    )
    timeline: list[TimelineItem] = [
        TimelineItem(c.received_at, "received", c.content, by=c.created_by)
    ]
    for a in session.scalars(select(ComplaintAction).where(ComplaintAction.complaint_id == c.id)):
        timeline.append(
            TimelineItem(
                datetime.combine(a.done_on, datetime.min.time()), "action", a.text, by=a.created_by
            )
        )
    for ch in history.of(session, RECORD_TYPE, c.id):
        timeline.append(
            TimelineItem(ch.changed_at, "change", "", ch.field, ch.old, ch.new, ch.changed_by)
        )
    timeline.sort(key=lambda t: t.when)
    return ComplaintDetail(
        _row(c, handlers, today),
        c.subject_id,
        c.content,
        c.reply_content,
        c.reply_on,
        c.reply_method,
        c.summary,
        links,
        tuple(timeline),
    )


def attention(session: Session, today: date) -> dict[str, int]:
    """Open complaints past their target, and those without a handler (the home page)."""
    overdue = session.scalar(
        select(func.count()).where(
            Complaint.status.in_(("received", "investigating")), Complaint.target_on < today
        )
    )
    unassigned = session.scalar(
        select(func.count()).where(
            Complaint.status.in_(tuple(OPEN)), Complaint.handler_id.is_(None)
        )
    )
    return {"overdue": int(overdue or 0), "unassigned": int(unassigned or 0)}


def past_retention(session: Session, today: date, years: int) -> list[int]:
    out = []
    for cid, closed in session.execute(
        select(Complaint.id, Complaint.closed_on).where(Complaint.closed_on.is_not(None))
    ):
        try:
            until = closed.replace(year=closed.year + years)
        except ValueError:
            until = closed.replace(year=closed.year + years, day=28)
        if until < today:
            out.append(cid)
    return out


def dispose(session: Session, ids: Sequence[int]) -> dict[str, int]:
    """Delete closed complaints past retention with their history; the counts remain in the
    audit log (by status and category) so the board's figures keep their history."""
    rows = list(session.scalars(select(Complaint).where(Complaint.id.in_(list(ids)))))
    if any(r.status in OPEN for r in rows):
        raise InvalidInput("complaints.still_open")
    by_category: dict[str, int] = {}
    for r in rows:
        by_category[r.category] = by_category.get(r.category, 0) + 1
    removed = history.remove(session, RECORD_TYPE, [r.id for r in rows])
    session.execute(delete(Complaint).where(Complaint.id.in_([r.id for r in rows])))
    return {
        "complaints": len(rows),
        "history": removed,
        **{f"category_{k}": v for k, v in sorted(by_category.items())},
    }
