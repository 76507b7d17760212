"""発送簿. The mailing log: every letter sent, how, its tracking number, and what became of it
(returned undelivered, misdelivered). Generic over the record a letter belongs to (a request
now; complaints and incidents later).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.domain.consent import Problem, check_text, raise_problems, read_date
from privacydesk.domain.mynumber import checked_text
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import Mailing

MAIL_METHODS = (
    "ordinary",  # 普通郵便
    "specified_record",  # 特定記録
    "simple_registered",  # 簡易書留
    "restricted_delivery",  # 本人限定受取郵便
    "counter",  # 窓口で手渡し
    "file",  # a file handed over or sent
)
MAIL_STATUSES = ("sent", "returned", "misdelivered")
MAIL_METHOD_TEXT = {
    "ordinary": "普通郵便",
    "specified_record": "特定記録郵便",
    "simple_registered": "簡易書留",
    "restricted_delivery": "本人限定受取郵便",
    "counter": "窓口での受け渡し",
    "file": "電子ファイル",
}
TRACKED = frozenset({"simple_registered", "restricted_delivery", "specified_record"})


@dataclass(frozen=True)
class MailingRow:
    id: int
    document_id: int | None
    kind: str
    number: str
    addressee: str
    method: str
    tracking_number: str
    sent_on: date
    status: str
    status_on: date | None
    note: str


def row_of(m: Mailing) -> MailingRow:
    return MailingRow(
        m.id,
        m.document_id,
        m.kind,
        m.number,
        m.addressee,
        m.method,
        m.tracking_number,
        m.sent_on,
        m.status,
        m.status_on,
        m.note,
    )


def record(
    session: Session,
    record_type: str,
    record_id: str,
    *,
    not_before: date,
    document_id: int | None,
    kind: str,
    number: str,
    addressee: str,
    method: str,
    tracking_number: str,
    sent_on: date | str,
    actor: int | None,
    today: date,
) -> int:
    problems: list[Problem] = []
    if method not in MAIL_METHODS:
        problems.append(("method", "input.unknown_choice", {"value": str(method)[:40]}))
    # Japan Post's tracking numbers are 12 digits, and about 1 in 11 pass the My Number check
    # digit: the number is checked as text only, not refused as a My Number.
    tracking = check_text(problems, "tracking_number", tracking_number, 60)
    sent = read_date(problems, "sent_on", sent_on, today, future_code="requests.future_date")
    if sent and sent < not_before:
        problems.append(("sent_on", "requests.date_before_request", {}))
    if method in TRACKED and not tracking:
        problems.append(("tracking_number", "requests.tracking_required", {}))
    raise_problems(problems)
    assert sent is not None
    m = Mailing(
        document_id=document_id,
        record_type=record_type,
        record_id=record_id,
        kind=kind,
        number=number,
        addressee=addressee[:300],
        method=method,
        tracking_number=tracking,
        sent_on=sent,
        created_by=actor,
    )
    session.add(m)
    session.flush()
    return m.id


def of_record(session: Session, record_type: str, record_id: str) -> list[MailingRow]:
    return [
        row_of(m)
        for m in session.scalars(
            select(Mailing)
            .where(Mailing.record_type == record_type, Mailing.record_id == record_id)
            .order_by(Mailing.id)
        )
    ]


def mark(
    session: Session, mailing_id: int, status: str, on: date | str, note: str, today: date
) -> MailingRow:
    """Returned undelivered (宛所不明) or misdelivered (the incidents area takes it up)."""
    m = session.get(Mailing, mailing_id) if isinstance(mailing_id, int) else None
    if m is None:
        raise InvalidInput("requests.mailing_not_found")
    problems: list[Problem] = []
    if status not in MAIL_STATUSES:
        problems.append(("status", "input.unknown_choice", {"value": str(status)[:40]}))
    day = read_date(problems, "status_on", on, today, future_code="requests.future_date")
    if day and day < m.sent_on:
        problems.append(("status_on", "requests.before_sent", {}))
    note = checked_text(problems, "note", note, 2000)
    raise_problems(problems)
    m.status, m.status_on, m.note = status, day if status != "sent" else None, note
    session.flush()
    return row_of(m)


def log(session: Session, limit: int = 1000) -> list[MailingRow]:
    return [
        row_of(m)
        for m in session.scalars(
            select(Mailing).order_by(Mailing.sent_on.desc(), Mailing.id.desc()).limit(limit)
        )
    ]


def target(session: Session, mailing_id: int) -> tuple[str, str] | None:
    """(record_type, record_id) of a mailing."""
    m = session.get(Mailing, mailing_id) if isinstance(mailing_id, int) else None
    return None if m is None else (m.record_type, m.record_id)


def status_of(session: Session, mailing_id: int) -> str | None:
    m = session.get(Mailing, mailing_id) if isinstance(mailing_id, int) else None
    return None if m is None else m.status
