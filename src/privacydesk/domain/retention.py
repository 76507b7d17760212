"""保存期間と廃棄. What is past its retention, holds that stop disposal, and disposal.

Past retention:
- a person (Subject) whose every linked register entry has a retention period
  (RegisterEntry.retention_months) that has run out, counted from the person's last update.
  A person with no linked entry, or linked to an entry kept "while needed" (no months), is
  never listed; nor is a person already processed so as not to be identifiable.
- a record of provision or receipt whose keep_until has passed (domain.provisions).

The period in months is counted like the keep-until periods: the last update's day is not
counted, and the period ends the day before the day of the same number, or at the end of a
month that has no such day (Civil Code 140, 143②). 12 months from 2025-03-10: retained until
2026-03-10, past from 2026-03-11.

Holds (a dispute, a request in progress, an open complaint) block disposal and say why:
- a hold on a person blocks that person;
- a hold on a register entry blocks the persons linked to it, and the records made under it;
- a record of provision is also blocked by a hold on any person it names (a request for
  disclosure of records of provision, 33⑤, may be in progress).
A person named in a record of provision that must still be kept is not disposed of either:
the record must keep the items identifying the person (29①) until its keep_until.

Disposal, after confirmation, either deletes (the person with their consents, sensitive
items, links, documents and field history) or processes the person so that they can no
longer be identified (個人を識別できない形に加工) where the history must stay: the
identifying fields are blanked, Subject.deidentified is set, and the field history goes.
Records of provision are always deleted. Backups still hold the data until they age out.
"""

from __future__ import annotations

import calendar
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from privacydesk.domain import history
from privacydesk.domain.accounts import now
from privacydesk.domain.consent import Problem, check_text, raise_problems
from privacydesk.errors import InvalidInput
from privacydesk.storage.models import (
    ConsentRecord,
    Hold,
    IssuedDocument,
    ProvisionRecord,
    ProvisionSubject,
    RegisterEntry,
    Subject,
    SubjectEntry,
    SubjectSensitive,
)

TARGET_TYPES = ("subject", "entry")
SOURCES = ("manual", "request", "complaint")
DISPOSAL_METHODS = ("delete", "deidentify")
# The record types under which field history and issued documents are kept for what is
# disposed of here (domain.history, domain.documents).
SUBJECT_RECORD_TYPE = "subject"
SUBJECT_HISTORY_TYPES = ("subject", "consent", "subject_sensitive")
RECORD_TYPE = "provision_record"
REASON_LIMIT = 1000
REFERENCE_LIMIT = 100
_IN = 900  # ids per IN (...) list, within SQLite's bound-parameter limit

# Identifying fields blanked when a person is processed so as not to be identifiable.
DEIDENTIFIED_VALUES: dict[str, Any] = {
    "member_number": "",
    "legal_name": "",
    "reading": "",
    "alias": "",
    "birth_date": None,
    "postal_code": "",
    "address": "",
    "country": "",
    "phone": "",
    "email": "",
    "representative_name": "",
    "representative_relation": "",
    "representative_contact": "",
    "protected": False,
    "notes": "",
    "deidentified": True,
}
CONSENT_DEIDENTIFIED: dict[str, Any] = {
    "representative_name": "",
    "evidence_ref": "",
    "evidence_location": "",
    "withdrawal_followup": "",
}


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _IN):
        yield list(ids[i : i + _IN])


def month_period_end(start: date, months: int) -> date:
    """The last day of a period of `months` that begins on `start` (Civil Code 143②)."""
    years, month0 = divmod(start.month - 1 + months, 12)
    year, month = start.year + years, month0 + 1
    last = calendar.monthrange(year, month)[1]
    if start.day > last:
        return date(year, month, last)
    return date(year, month, start.day) - timedelta(days=1)


def retained_until(last_update: date, months: int) -> date:
    """The last day a person's data is kept under an entry's retention in months."""
    return month_period_end(last_update + timedelta(days=1), months)


# -- Holds -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HoldRow:
    id: int
    target_type: str  # subject | entry
    target_id: int
    reason: str  # shown to staff; never written to the audit log
    reference: str  # e.g. request:12
    source: str  # manual | request | complaint
    set_by: int | None
    set_at: datetime
    released_at: datetime | None
    released_by: int | None

    @property
    def active(self) -> bool:
        return self.released_at is None


def _hold_row(h: Hold) -> HoldRow:
    return HoldRow(
        id=h.id,
        target_type=h.target_type,
        target_id=h.target_id,
        reason=h.reason,
        reference=h.reference,
        source=h.source,
        set_by=h.set_by,
        set_at=h.set_at,
        released_at=h.released_at,
        released_by=h.released_by,
    )


def _target_exists(session: Session, target_type: str, target_id: int) -> bool:
    model = Subject if target_type == "subject" else RegisterEntry
    return (
        isinstance(target_id, int)
        and not isinstance(target_id, bool)
        and session.get(model, target_id) is not None
    )


def set_hold(
    session: Session,
    target_type: str,
    target_id: int,
    reason: str,
    reference: str = "",
    source: str = "manual",
    actor: int | None = None,
) -> HoldRow:
    """A hold on a person or a register entry: blocks disposal until released."""
    problems: list[Problem] = []
    if target_type not in TARGET_TYPES:
        problems.append(("target_type", "hold.unknown_target_type", {}))
    elif not _target_exists(session, target_type, target_id):
        problems.append(
            ("target_id", "hold.unknown_target", {"type": target_type, "id": str(target_id)[:20]})
        )
    if source not in SOURCES:
        problems.append(("source", "hold.unknown_source", {}))
    reason = check_text(problems, "reason", reason, REASON_LIMIT)
    reference = check_text(problems, "reference", reference, REFERENCE_LIMIT)
    if not reason and not any(p[0] == "reason" for p in problems):
        problems.append(("reason", "hold.reason_required", {}))
    raise_problems(problems)
    hold = Hold(
        target_type=target_type,
        target_id=target_id,
        reason=reason,
        reference=reference,
        source=source,
        set_by=actor,
        set_at=now(),
    )
    session.add(hold)
    session.flush()
    return _hold_row(hold)


def release_hold(session: Session, hold_id: int, actor: int | None = None) -> HoldRow:
    hold = session.get(Hold, hold_id) if isinstance(hold_id, int) else None
    if hold is None:
        raise InvalidInput("hold.unknown", id=str(hold_id)[:20])
    if hold.released_at is not None:
        raise InvalidInput("hold.already_released", id=hold.id)
    hold.released_at = now()
    hold.released_by = actor
    session.flush()
    return _hold_row(hold)


def get_hold(session: Session, hold_id: int) -> HoldRow:
    hold = session.get(Hold, hold_id) if isinstance(hold_id, int) else None
    if hold is None:
        raise InvalidInput("hold.unknown", id=str(hold_id)[:20])
    return _hold_row(hold)


def active_holds(
    session: Session, target_type: str | None = None, target_id: int | None = None
) -> list[HoldRow]:
    """Holds not yet released, oldest first; optionally of one kind of target, or one target."""
    query = select(Hold).where(Hold.released_at.is_(None)).order_by(Hold.set_at, Hold.id)
    if target_type is not None:
        query = query.where(Hold.target_type == target_type)
    if target_id is not None:
        query = query.where(Hold.target_id == target_id)
    return [_hold_row(h) for h in session.execute(query).scalars()]


def holds_of(session: Session, target_type: str, target_id: int) -> list[HoldRow]:
    """Every hold on a target, released ones included (the person's page shows them)."""
    rows = session.execute(
        select(Hold)
        .where(Hold.target_type == target_type, Hold.target_id == target_id)
        .order_by(Hold.set_at, Hold.id)
    ).scalars()
    return [_hold_row(h) for h in rows]


def _rows_for(session: Session, query: Any, column: Any, ids: Sequence[int]) -> list[Any]:
    """Rows of `query` whose `column` is one of `ids`: by IN lists for a few ids, by one scan
    filtered here for many (a list past retention can hold tens of thousands)."""
    if len(ids) > 4 * _IN:
        wanted = set(ids)
        return [row for row in session.execute(query).all() if row[0] in wanted]
    rows: list[Any] = []
    for part in _chunks(ids):
        rows += session.execute(query.where(column.in_(part))).all()
    return rows


def _active_on(session: Session, target_type: str, ids: Iterable[int]) -> dict[int, list[HoldRow]]:
    """Active holds per target. Active holds are few: read them all and pick."""
    wanted = set(ids)
    found: dict[int, list[HoldRow]] = {}
    if not wanted:
        return found
    rows = session.execute(
        select(Hold)
        .where(Hold.released_at.is_(None), Hold.target_type == target_type)
        .order_by(Hold.set_at, Hold.id)
    ).scalars()
    for h in rows:
        if h.target_id in wanted:
            found.setdefault(h.target_id, []).append(_hold_row(h))
    return found


def _entries_of(session: Session, subject_ids: Sequence[int]) -> dict[int, list[int]]:
    query = select(SubjectEntry.subject_id, SubjectEntry.entry_id).order_by(
        SubjectEntry.subject_id, SubjectEntry.entry_id
    )
    found: dict[int, list[int]] = {}
    for subject_id, entry_id in _rows_for(session, query, SubjectEntry.subject_id, subject_ids):
        found.setdefault(subject_id, []).append(entry_id)
    return found


def _subjects_of_records(session: Session, record_ids: Sequence[int]) -> dict[int, list[int]]:
    query = select(ProvisionSubject.record_id, ProvisionSubject.subject_id)
    found: dict[int, list[int]] = {}
    for record_id, subject_id in _rows_for(session, query, ProvisionSubject.record_id, record_ids):
        found.setdefault(record_id, []).append(subject_id)
    return found


def _subject_holds(
    session: Session, subject_ids: Sequence[int], entries: dict[int, list[int]] | None = None
) -> dict[int, list[HoldRow]]:
    """Active holds blocking each person: on the person, or on an entry they are linked to."""
    own = _active_on(session, "subject", subject_ids)
    entry_holds: dict[int, list[HoldRow]] = {}
    for hold in active_holds(session, "entry"):
        entry_holds.setdefault(hold.target_id, []).append(hold)
    if entry_holds and entries is None:
        entries = _entries_of(session, subject_ids)
    found: dict[int, list[HoldRow]] = {}
    for subject_id in subject_ids:
        holds = list(own.get(subject_id, []))
        if entry_holds and entries is not None:
            for entry_id in entries.get(subject_id, []):
                holds += entry_holds.get(entry_id, [])
        if holds:
            found[subject_id] = holds
    return found


def _record_holds(session: Session, records: Sequence[Any]) -> dict[int, list[HoldRow]]:
    """Active holds blocking each record: on its entry, or on a person it names."""
    subjects = _subjects_of_records(session, [r.id for r in records])
    subject_holds = _active_on(session, "subject", {s for ss in subjects.values() for s in ss})
    entry_holds = _active_on(session, "entry", {r.entry_id for r in records if r.entry_id})
    found: dict[int, list[HoldRow]] = {}
    for r in records:
        holds = list(entry_holds.get(r.entry_id, [])) if r.entry_id else []
        for subject_id in sorted(subjects.get(r.id, [])):
            holds += subject_holds.get(subject_id, [])
        if holds:
            found[r.id] = holds
    return found


def blocking_holds(session: Session, target: tuple[str, int]) -> list[HoldRow]:
    """The active holds that block disposing of a target: ("subject", id), ("entry", id) or
    ("provision_record", id). Empty when nothing blocks."""
    kind, target_id = target
    if kind == "subject":
        return _subject_holds(session, [target_id]).get(target_id, [])
    if kind == "entry":
        return active_holds(session, "entry", target_id)
    if kind == RECORD_TYPE:
        record = session.get(ProvisionRecord, target_id)
        if record is None:
            raise InvalidInput("provision.unknown", id=str(target_id)[:20])
        return _record_holds(session, [record]).get(target_id, [])
    raise InvalidInput("hold.unknown_target_type")


# -- What is past retention ------------------------------------------------------------------


# Why something is not disposed of: message codes (the problem codes of a refusal too).
SUBJECT_HELD = "retention.subject_held"  # a hold on the person
SUBJECT_ENTRY_HELD = "retention.subject_entry_held"  # a hold on an entry the person is in
SUBJECT_IN_KEPT_RECORD = "retention.subject_in_kept_record"  # named in a record still kept
RECORD_SUBJECT_HELD = "retention.record_subject_held"  # a hold on a person the record names
RECORD_ENTRY_HELD = "retention.record_entry_held"  # a hold on the record's entry
BLOCKER_CODES = (
    SUBJECT_HELD,
    SUBJECT_ENTRY_HELD,
    SUBJECT_IN_KEPT_RECORD,
    RECORD_SUBJECT_HELD,
    RECORD_ENTRY_HELD,
)


@dataclass(frozen=True)
class Blocker:
    """Why something past retention is not disposed of."""

    code: str  # one of BLOCKER_CODES
    target_id: int  # the person or the record blocked
    hold: HoldRow | None = None
    record_id: int | None = None
    keep_until: date | None = None  # the record's, for SUBJECT_IN_KEPT_RECORD

    def params(self) -> dict[str, Any]:
        """Message parameters: ids and dates, never the hold's reason text."""
        params: dict[str, Any] = {"id": self.target_id}
        if self.hold is not None:
            params["hold"] = self.hold.id
            params[self.hold.target_type] = self.hold.target_id
        if self.record_id is not None:
            params["record"] = self.record_id
            params["until"] = self.keep_until.isoformat() if self.keep_until else ""
        return params


def _hold_blocker(target_id: int, hold: HoldRow, on_record: bool) -> Blocker:
    if on_record:
        code = RECORD_ENTRY_HELD if hold.target_type == "entry" else RECORD_SUBJECT_HELD
    else:
        code = SUBJECT_ENTRY_HELD if hold.target_type == "entry" else SUBJECT_HELD
    return Blocker(code, target_id, hold=hold)


@dataclass(frozen=True)
class DueSubject:
    subject_id: int
    last_update: date
    retained_until: date  # the last day of the longest retention among the person's entries
    entry_ids: tuple[int, ...]
    blockers: tuple[Blocker, ...] = ()


@dataclass(frozen=True)
class DueRecord:
    record_id: int
    direction: str
    keep_until: date
    blockers: tuple[Blocker, ...] = ()


@dataclass(frozen=True)
class PastRetention:
    today: date
    subjects: list[DueSubject] = field(default_factory=list)  # may be disposed of
    records: list[DueRecord] = field(default_factory=list)
    held_subjects: list[DueSubject] = field(default_factory=list)  # blockers say why
    held_records: list[DueRecord] = field(default_factory=list)


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)).date()


def _subject_candidates(
    session: Session, today: date, subject_ids: Sequence[int] | None = None
) -> list[tuple[int, date, date, tuple[int, ...]]]:
    """(id, last update, retained until, entry ids) of persons whose every entry has a
    retention in months and whose longest one has run out, and who are still identifiable.
    SQL narrows with a margin of days (SQLite's month arithmetic differs at month ends);
    the exact rule is applied here."""
    longest = func.max(RegisterEntry.retention_months)
    query = (
        select(Subject.id, Subject.updated_at, longest, func.group_concat(SubjectEntry.entry_id))
        .join(SubjectEntry, SubjectEntry.subject_id == Subject.id)
        .join(RegisterEntry, RegisterEntry.id == SubjectEntry.entry_id)
        .where(Subject.deidentified.is_(False))
        .group_by(Subject.id)
        .having(func.count(RegisterEntry.retention_months) == func.count())
        .having(
            func.date(Subject.updated_at)
            < func.date(today.isoformat(), func.printf("-%d months", longest), "+7 days")
        )
        .order_by(Subject.id)
    )
    rows: list[tuple[int, date, date, tuple[int, ...]]] = []
    parts: Iterable[list[int] | None] = [None] if subject_ids is None else _chunks(subject_ids)
    for part in parts:
        q = query if part is None else query.where(Subject.id.in_(part))
        for subject_id, updated_at, months, entry_ids in session.execute(q).all():
            last = _date(updated_at)
            until = retained_until(last, int(months))
            if until < today:
                entries = tuple(sorted(int(e) for e in str(entry_ids).split(",")))
                rows.append((int(subject_id), last, until, entries))
    return rows


def _records_still_kept(
    session: Session, subject_ids: Sequence[int], today: date, excluding: set[int]
) -> dict[int, list[Blocker]]:
    query = (
        select(ProvisionSubject.subject_id, ProvisionRecord.id, ProvisionRecord.keep_until)
        .join(ProvisionRecord, ProvisionRecord.id == ProvisionSubject.record_id)
        .where(ProvisionRecord.keep_until >= today)
        .order_by(ProvisionRecord.keep_until.desc(), ProvisionRecord.id)
    )
    found: dict[int, list[Blocker]] = {}
    for subject_id, record_id, until in _rows_for(
        session, query, ProvisionSubject.subject_id, subject_ids
    ):
        if record_id not in excluding:
            found.setdefault(subject_id, []).append(
                Blocker(SUBJECT_IN_KEPT_RECORD, subject_id, record_id=record_id, keep_until=until)
            )
    return found


def _subject_blockers(
    session: Session,
    subject_ids: Sequence[int],
    today: date,
    excluding_records: set[int],
    entries: dict[int, list[int]] | None = None,
) -> dict[int, tuple[Blocker, ...]]:
    holds = _subject_holds(session, subject_ids, entries)
    kept = _records_still_kept(session, subject_ids, today, excluding_records)
    found: dict[int, tuple[Blocker, ...]] = {}
    for subject_id in subject_ids:
        blockers = [_hold_blocker(subject_id, h, False) for h in holds.get(subject_id, [])]
        blockers += kept.get(subject_id, [])
        if blockers:
            found[subject_id] = tuple(blockers)
    return found


def _due_records(session: Session, records: Sequence[Any]) -> list[DueRecord]:
    """`records`: ProvisionRecord objects, or rows with id, direction, keep_until, entry_id."""
    holds = _record_holds(session, records)
    return [
        DueRecord(
            r.id,
            r.direction,
            r.keep_until,
            tuple(_hold_blocker(r.id, h, True) for h in holds.get(r.id, [])),
        )
        for r in records
    ]


def past_retention(session: Session, today: date | None = None) -> PastRetention:
    """Everything past its retention: what may be disposed of, and what is blocked and why."""
    today = today or date.today()
    candidates = _subject_candidates(session, today)
    ids = [c[0] for c in candidates]
    entries = {c[0]: list(c[3]) for c in candidates}
    blockers = _subject_blockers(session, ids, today, set(), entries)
    result = PastRetention(today)
    for subject_id, last, until, entry_ids in candidates:
        due = DueSubject(subject_id, last, until, entry_ids, blockers.get(subject_id, ()))
        (result.held_subjects if due.blockers else result.subjects).append(due)
    records = session.execute(
        select(
            ProvisionRecord.id,
            ProvisionRecord.direction,
            ProvisionRecord.keep_until,
            ProvisionRecord.entry_id,
        )
        .where(ProvisionRecord.keep_until < today)
        .order_by(ProvisionRecord.keep_until, ProvisionRecord.id)
    ).all()
    for due_record in _due_records(session, records):
        (result.held_records if due_record.blockers else result.records).append(due_record)
    return result


def past_counts(session: Session, today: date | None = None) -> dict[str, int]:
    """For the dashboard: how many persons and records are past retention, and how many of
    them are held."""
    past = past_retention(session, today)
    return {
        "subjects": len(past.subjects),
        "records": len(past.records),
        "held": len(past.held_subjects) + len(past.held_records),
        "holds": len(active_holds(session)),
    }


# -- Disposal --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DisposalResult:
    method: str  # delete | deidentify (persons); records are always deleted
    subjects: int
    records: int
    consents: int  # deleted, or with their identifying details blanked
    sensitive: int  # sensitive items deleted, or their notes blanked
    links: int  # links to entries and to records removed
    history: int  # field-history rows removed
    documents: int  # issued documents (PDFs) removed
    holds: int  # released holds on the persons removed (their reasons may name them)
    backups_still_hold: bool = True  # backups keep the data until they age out
    notice: str = "retention.backups_still_hold"  # the message code the UI shows after


def _unique(ids: Iterable[int], field_name: str, problems: list[Problem]) -> list[int]:
    out: dict[int, None] = {}  # ordered, without duplicates
    for i in ids:
        if not isinstance(i, int) or isinstance(i, bool):
            problems.append((field_name, "input.wrong_type", {}))
            continue
        out[i] = None
    return list(out)


def check_disposal(
    session: Session,
    subject_ids: Sequence[int],
    record_ids: Sequence[int],
    method: str,
    today: date,
    *,
    require_past: bool = True,
) -> tuple[list[int], list[int]]:
    """Refuse (InvalidInput "retention.refused", one problem per target and reason) unless
    every target may be disposed of now; returns the ids, without duplicates."""
    problems: list[Problem] = []
    if method not in DISPOSAL_METHODS:
        problems.append(("method", "retention.unknown_method", {}))
    subjects = _unique(subject_ids, "subject_ids", problems)
    records = _unique(record_ids, "record_ids", problems)
    if not subjects and not records and not problems:
        problems.append(("subject_ids", "retention.nothing_selected", {}))

    known: dict[int, bool] = {}
    for part in _chunks(subjects):
        known.update(
            session.execute(
                select(Subject.id, Subject.deidentified).where(Subject.id.in_(part))
            ).all()
        )
    found_records: list[ProvisionRecord] = []
    for part in _chunks(records):
        found_records += session.execute(
            select(ProvisionRecord).where(ProvisionRecord.id.in_(part))
        ).scalars()
    by_id = {r.id: r for r in found_records}

    for subject_id in subjects:
        if subject_id not in known:
            problems.append(
                (f"subject:{subject_id}", "retention.unknown_subject", {"id": subject_id})
            )
        elif method == "deidentify" and known[subject_id]:
            problems.append(
                (f"subject:{subject_id}", "retention.already_deidentified", {"id": subject_id})
            )
    present = [s for s in subjects if s in known]
    if require_past and present:
        past = {c[0] for c in _subject_candidates(session, today, present)}
        for subject_id in present:
            if subject_id not in past and not known[subject_id]:
                problems.append((f"subject:{subject_id}", "retention.not_past", {"id": subject_id}))
    # A record disposed of in the same call no longer keeps its persons.
    going = {r.id for r in found_records if r.keep_until < today}
    for subject_id, blockers in _subject_blockers(session, present, today, going).items():
        for b in blockers:
            problems.append((f"subject:{subject_id}", b.code, b.params()))

    for record_id in records:
        record = by_id.get(record_id)
        if record is None:
            problems.append((f"record:{record_id}", "provision.unknown", {"id": str(record_id)}))
        elif record.keep_until >= today:
            problems.append(
                (
                    f"record:{record_id}",
                    "retention.record_still_kept",
                    {"id": record_id, "until": record.keep_until.isoformat()},
                )
            )
    for due in _due_records(session, found_records):
        for b in due.blockers:
            problems.append((f"record:{due.record_id}", b.code, b.params()))
    if problems:
        raise InvalidInput("retention.refused", problems=problems, count=len(problems))
    return subjects, records


def _count(result: Any) -> int:
    return int(result.rowcount or 0)


def _delete_subjects(session: Session, ids: list[int]) -> dict[str, int]:
    counts = dict.fromkeys(("consents", "sensitive", "links", "history", "documents", "holds"), 0)
    consent_ids: list[int] = []
    sensitive_ids: list[int] = []
    for part in _chunks(ids):
        consent_ids += session.execute(
            select(ConsentRecord.id).where(ConsentRecord.subject_id.in_(part))
        ).scalars()
        sensitive_ids += session.execute(
            select(SubjectSensitive.id).where(SubjectSensitive.subject_id.in_(part))
        ).scalars()
    counts["history"] += history.remove(session, "subject", ids)
    counts["history"] += history.remove(session, "consent", consent_ids)
    counts["history"] += history.remove(session, "subject_sensitive", sensitive_ids)
    for part in _chunks(ids):
        texts = [str(i) for i in part]
        counts["sensitive"] += _count(
            session.execute(delete(SubjectSensitive).where(SubjectSensitive.subject_id.in_(part)))
        )
        counts["consents"] += _count(
            session.execute(delete(ConsentRecord).where(ConsentRecord.subject_id.in_(part)))
        )
        counts["links"] += _count(
            session.execute(delete(ProvisionSubject).where(ProvisionSubject.subject_id.in_(part)))
        )
        counts["links"] += _count(
            session.execute(delete(SubjectEntry).where(SubjectEntry.subject_id.in_(part)))
        )
        counts["documents"] += _count(
            session.execute(
                delete(IssuedDocument).where(
                    IssuedDocument.record_type == SUBJECT_RECORD_TYPE,
                    IssuedDocument.record_id.in_(texts),
                )
            )
        )
        counts["holds"] += _count(
            session.execute(
                delete(Hold).where(
                    Hold.target_type == "subject",
                    Hold.target_id.in_(part),
                    Hold.released_at.is_not(None),
                )
            )
        )
        session.execute(delete(Subject).where(Subject.id.in_(part)))
    return counts


def _deidentify_subjects(session: Session, ids: list[int]) -> dict[str, int]:
    counts = dict.fromkeys(("consents", "sensitive", "links", "history", "documents", "holds"), 0)
    consent_ids: list[int] = []
    sensitive_ids: list[int] = []
    for part in _chunks(ids):
        consent_ids += session.execute(
            select(ConsentRecord.id).where(ConsentRecord.subject_id.in_(part))
        ).scalars()
        sensitive_ids += session.execute(
            select(SubjectSensitive.id).where(SubjectSensitive.subject_id.in_(part))
        ).scalars()
    counts["history"] += history.remove(session, "subject", ids)
    counts["history"] += history.remove(session, "consent", consent_ids)
    counts["history"] += history.remove(session, "subject_sensitive", sensitive_ids)
    when = now()
    for part in _chunks(ids):
        session.execute(
            update(Subject)
            .where(Subject.id.in_(part))
            .values(**DEIDENTIFIED_VALUES, updated_at=when)
        )
        counts["consents"] += _count(
            session.execute(
                update(ConsentRecord)
                .where(ConsentRecord.subject_id.in_(part))
                .values(**CONSENT_DEIDENTIFIED)
            )
        )
        counts["sensitive"] += _count(
            session.execute(
                update(SubjectSensitive)
                .where(SubjectSensitive.subject_id.in_(part))
                .values(note="")
            )
        )
        counts["documents"] += _count(
            session.execute(
                delete(IssuedDocument).where(
                    IssuedDocument.record_type == SUBJECT_RECORD_TYPE,
                    IssuedDocument.record_id.in_([str(i) for i in part]),
                )
            )
        )
        counts["holds"] += _count(
            session.execute(
                delete(Hold).where(
                    Hold.target_type == "subject",
                    Hold.target_id.in_(part),
                    Hold.released_at.is_not(None),
                )
            )
        )
    return counts


def _delete_records(session: Session, ids: list[int]) -> dict[str, int]:
    counts = {"records": 0, "links": 0, "history": 0, "documents": 0}
    counts["history"] += history.remove(session, RECORD_TYPE, ids)
    for part in _chunks(ids):
        counts["links"] += _count(
            session.execute(delete(ProvisionSubject).where(ProvisionSubject.record_id.in_(part)))
        )
        counts["documents"] += _count(
            session.execute(
                delete(IssuedDocument).where(
                    IssuedDocument.record_type == RECORD_TYPE,
                    IssuedDocument.record_id.in_([str(i) for i in part]),
                )
            )
        )
        counts["records"] += _count(
            session.execute(delete(ProvisionRecord).where(ProvisionRecord.id.in_(part)))
        )
    return counts


def dispose(
    session: Session,
    subject_ids: Sequence[int],
    record_ids: Sequence[int],
    method: str,
    today: date | None = None,
    *,
    require_past: bool = True,
) -> DisposalResult:
    """Dispose of persons (by `method`) and records of provision (deleted), all or nothing.

    Refused, naming every target and why, while a hold blocks it, while a record naming a
    person must still be kept, for a record before its keep_until, and (unless
    `require_past` is False, for a later area's erasure on request) for a person not past
    retention."""
    today = today or date.today()
    subjects, records = check_disposal(
        session, subject_ids, record_ids, method, today, require_past=require_past
    )
    totals = dict.fromkeys(("consents", "sensitive", "links", "history", "documents", "holds"), 0)
    totals["records"] = 0
    # Records first: a person named only in records disposed of here is then free to go.
    for key, value in _delete_records(session, records).items():
        totals[key] += value
    done = _delete_subjects(session, subjects) if method == "delete" else None
    if done is None:
        done = _deidentify_subjects(session, subjects)
    for key, value in done.items():
        totals[key] += value
    session.flush()
    return DisposalResult(
        method=method,
        subjects=len(subjects),
        records=totals["records"],
        consents=totals["consents"],
        sensitive=totals["sensitive"],
        links=totals["links"],
        history=totals["history"],
        documents=totals["documents"],
        holds=totals["holds"],
    )


# -- Demo data -------------------------------------------------------------------------------

DEMO_REASONS = (
    ("紛争中（本人との間で利用停止の可否について協議中）", "manual", ""),
    ("開示等の請求に対応中", "request", "request:demo"),
    ("苦情対応中", "complaint", "complaint:demo"),
    ("監査のため保全", "manual", "audit-2026"),
)


def demo_holds(
    session: Session,
    subject_ids: Sequence[int],
    entry_ids: Sequence[int],
    n: int = 5,
    seed: int = 2026,
) -> int:
    """A few holds on persons and one on an entry, one of them already released."""
    rng = random.Random(seed)
    made = 0
    people = list(subject_ids)
    for k in range(n):
        reason, source, reference = DEMO_REASONS[k % len(DEMO_REASONS)]
        on_entry = bool(entry_ids) and k == n - 1
        if not on_entry and not people:
            continue
        target_type = "entry" if on_entry else "subject"
        target_id = rng.choice(list(entry_ids)) if on_entry else rng.choice(people)
        when = now() - timedelta(days=rng.randint(1, 200))
        session.add(
            Hold(
                target_type=target_type,
                target_id=target_id,
                reason=reason,
                reference=reference,
                source=source,
                set_by=None,
                set_at=when,
                released_at=when + timedelta(days=30) if k == 0 else None,
            )
        )
        made += 1
    session.flush()
    return made
