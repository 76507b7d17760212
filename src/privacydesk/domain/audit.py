"""監査ログ. The tamper-evident audit log: append, verify the hash chain, and anchor its head.

The canonical serialisation below is fixed: changing it breaks every existing chain.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from privacydesk.errors import InternalError
from privacydesk.storage import macs, triggers
from privacydesk.storage.models import AuditEntry, AuditHead

GENESIS = "0" * 64
SYSTEM = "system"
ACK_ACTION = "audit.break_acknowledged"
ANCHOR_PURPOSE = "audit-anchor"

# Summaries hold ids, counts, codes and flags; never names or other personal values.
_SAFE_TEXT = re.compile(r"^[A-Za-z0-9_.:/+=-]{0,80}$")


def utc_now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def canonical(
    seq: int,
    ts: str,
    actor: str,
    action: str,
    record_type: str,
    record_id: str,
    summary: str,
    prev_hash: str,
) -> bytes:
    payload = {
        "seq": seq,
        "ts": ts,
        "actor": actor,
        "action": action,
        "record_type": record_type,
        "record_id": record_id,
        "summary": summary,
        "prev": prev_hash,
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def entry_hash(e: AuditEntry) -> str:
    data = canonical(
        e.seq, e.ts, e.actor, e.action, e.record_type, e.record_id, e.summary, e.prev_hash
    )
    return hashlib.sha256(data).hexdigest()


def summary_text(summary: dict[str, Any] | None) -> str:
    summary = summary or {}
    for key, value in summary.items():
        ok = (
            value is None
            or isinstance(value, (bool, int))
            or (isinstance(value, str) and _SAFE_TEXT.match(value))
        )
        key_ok = isinstance(key, str) and _SAFE_TEXT.match(key)
        if not ok or not key_ok:
            # A programming error: someone tried to log a value that may be personal. The key
            # is named only when it is itself safe text (a key can be a name, too).
            raise InternalError("internal.audit_summary", key=key if key_ok else "?")
    return json.dumps(summary, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def append(
    session: Session,
    actor: int | str,
    action: str,
    record_type: str = "",
    record_id: int | str = "",
    summary: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an entry. Call inside a write unit of work (BEGIN IMMEDIATE) so seq never forks."""
    head = session.get(AuditHead, 1)
    last = session.execute(
        select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
    ).scalar_one_or_none()
    segment = last.segment if last else 1
    if head is not None and head.last_seq and (last is None or head.last_seq >= last.seq):
        # The head witnesses the newest entry: if that entry was deleted behind the app's
        # back, the next one still links to it and the gap shows in the chain.
        last_seq, prev = head.last_seq, head.last_hash or GENESIS
    else:
        # A head behind the stored entries (tampered with) must not make every later write
        # collide with an existing seq: go on from the newest stored entry.
        last_seq = last.seq if last else 0
        prev = last.hash if last else GENESIS
    if action == ACK_ACTION:
        segment += 1
    entry = AuditEntry(
        seq=last_seq + 1,
        ts=utc_now_text(),
        actor=str(actor),
        action=action,
        record_type=record_type,
        record_id=str(record_id),
        summary=summary_text(summary),
        prev_hash=prev,
        segment=segment,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    if head is not None:
        session.expire(head)  # the trigger moved it
    return entry


@dataclass(frozen=True)
class Anchor:
    count: int
    hash: str
    mac: str


@dataclass(frozen=True)
class Break:
    seq: int
    reason: str  # edited | missing | out_of_order | truncated | anchor_mismatch | anchor_invalid


# Breaks that stay in the stored entries themselves; an acknowledgement lists these. The
# others compare the chain with the anchor, and end when the acknowledgement re-anchors it.
DATA_REASONS = frozenset({"edited", "missing", "out_of_order"})


def breaks_digest(breaks: list[Break]) -> str:
    """What an acknowledgement covers: a digest of the data breaks it was shown."""
    items = sorted((b.seq, b.reason) for b in breaks if b.reason in DATA_REASONS)
    joined = ";".join(f"{seq}:{reason}" for seq, reason in items)
    return hashlib.sha256(joined.encode("ascii")).hexdigest()[:32]


@dataclass
class ChainReport:
    count: int = 0
    head_hash: str = GENESIS
    breaks: list[Break] = field(default_factory=list)
    last_ack_seq: int = 0  # the newest intact acknowledgement whose coverage still holds
    anchor_status: str = "none"  # none | ok | truncated | rewritten | invalid
    acknowledged: list[Break] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks

    @property
    def unacknowledged(self) -> list[Break]:
        return [b for b in self.breaks if b not in self.acknowledged]

    @property
    def first_break(self) -> Break | None:
        return self.breaks[0] if self.breaks else None


def make_anchor(db_key: bytes, count: int, head_hash: str) -> Anchor:
    data = f"{count}:{head_hash}".encode("ascii")
    return Anchor(count, head_hash, macs.mac(db_key, ANCHOR_PURPOSE, data))


def head(session: Session) -> tuple[int, str]:
    h = session.get(AuditHead, 1)
    return (h.count, h.last_hash) if h and h.count else (0, GENESIS)


def _covers(summary: str) -> str | None:
    try:
        value = json.loads(summary).get("covers")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def verify(session: Session, db_key: bytes, anchor: Anchor | None) -> ChainReport:
    """Walk the whole chain; compare its head with the last anchor written outside.

    The anchor's count is a number of entries (audit_head.count when it was written), so its
    hash is compared with the entry at that position, whatever its seq after a gap.
    """
    report = ChainReport()
    prev_hash = GENESIS
    expected_seq = 1
    acks: list[tuple[int, str | None]] = []  # intact acknowledgements: (seq, covers)
    anchor_hash_seen: str | None = None
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for e in rows.yield_per(2000):
        if e.seq != expected_seq:
            reason = "missing" if e.seq > expected_seq else "out_of_order"
            report.breaks.append(Break(expected_seq, reason))
        elif e.prev_hash != prev_hash:
            report.breaks.append(Break(e.seq, "out_of_order"))
        intact = entry_hash(e) == e.hash
        if not intact:
            report.breaks.append(Break(e.seq, "edited"))
        if e.action == ACK_ACTION and intact:
            acks.append((e.seq, _covers(e.summary)))
        prev_hash = e.hash
        expected_seq = e.seq + 1
        report.count += 1
        if anchor is not None and report.count == anchor.count:
            anchor_hash_seen = e.hash
        session.expunge(e)
    report.head_hash = prev_hash
    _apply_acknowledgements(report, acks)
    if anchor is not None:
        data = f"{anchor.count}:{anchor.hash}".encode("ascii")
        if not macs.verify(db_key, ANCHOR_PURPOSE, data, anchor.mac):
            report.anchor_status = "invalid"
            report.breaks.append(Break(0, "anchor_invalid"))
        elif anchor.count > report.count:
            report.anchor_status = "truncated"
            report.breaks.append(Break(report.count + 1, "truncated"))
        elif anchor.count and anchor_hash_seen != anchor.hash:
            report.anchor_status = "rewritten"
            report.breaks.append(Break(anchor.count, "anchor_mismatch"))
        else:
            report.anchor_status = "ok"
    report.breaks.sort(key=lambda b: b.seq)
    return report


def _apply_acknowledgements(report: ChainReport, acks: list[tuple[int, str | None]]) -> None:
    """The newest intact acknowledgement that still describes the data breaks before it
    covers them. One made before `covers` existed covers every break before it."""
    data = [b for b in report.breaks if b.reason in DATA_REASONS]
    for ack_seq, covers in reversed(acks):
        before = [b for b in data if b.seq < ack_seq]
        if covers is None or covers == breaks_digest(before):
            report.last_ack_seq = ack_seq
            report.acknowledged = before
            return


def acknowledge_break(session: Session, actor: int, report: ChainReport) -> AuditEntry:
    """Accept the log as it now is: a new segment that records which breaks it covers.

    The derived head is rebuilt from the stored entries first, so the anchor written next
    describes the log as it is (rows deleted behind the app's back left it out of step).
    """
    first = (report.unacknowledged or report.breaks or [None])[0]
    for statement in triggers.DERIVED["audit_head"]:
        session.execute(text(statement))
    return append(
        session,
        actor,
        ACK_ACTION,
        "audit_log",
        first.seq if first else "",
        {
            "first_broken_seq": first.seq if first else 0,
            "breaks": len(report.breaks),
            "reason": first.reason if first else "",
            "covers": breaks_digest(report.breaks),
        },
    )


def last_action_at(session: Session, action: str) -> datetime | None:
    """When an action was last recorded (naive UTC), or None if never."""
    ts = session.scalar(select(func.max(AuditEntry.ts)).where(AuditEntry.action == action))
    if ts is None:
        return None
    return datetime.fromisoformat(ts).astimezone(UTC).replace(tzinfo=None)
