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

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk.errors import InternalError
from privacydesk.storage import macs
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
        if not ok or not _SAFE_TEXT.match(key):
            # A programming error: someone tried to log a value that may be personal.
            raise InternalError("internal.audit_summary", key=key)
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
    last_seq = head.last_seq if head else 0
    prev = head.last_hash if head and head.last_hash else GENESIS
    segment = 1
    if last_seq:
        last = session.get(AuditEntry, last_seq)
        segment = last.segment if last else 1
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
    session.expire(head) if head else None
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


@dataclass
class ChainReport:
    count: int = 0
    head_hash: str = GENESIS
    breaks: list[Break] = field(default_factory=list)
    last_ack_seq: int = 0
    anchor_status: str = "none"  # none | ok | truncated | rewritten | invalid

    @property
    def ok(self) -> bool:
        return not self.breaks

    @property
    def unacknowledged(self) -> list[Break]:
        return [b for b in self.breaks if b.seq > self.last_ack_seq or b.seq == 0]

    @property
    def first_break(self) -> Break | None:
        return self.breaks[0] if self.breaks else None


def make_anchor(db_key: bytes, count: int, head_hash: str) -> Anchor:
    data = f"{count}:{head_hash}".encode("ascii")
    return Anchor(count, head_hash, macs.mac(db_key, ANCHOR_PURPOSE, data))


def head(session: Session) -> tuple[int, str]:
    h = session.get(AuditHead, 1)
    return (h.count, h.last_hash) if h and h.count else (0, GENESIS)


def verify(session: Session, db_key: bytes, anchor: Anchor | None) -> ChainReport:
    """Walk the whole chain; compare its head with the last anchor written outside."""
    report = ChainReport()
    prev_hash = GENESIS
    expected_seq = 1
    acks: list[int] = []
    hashes_at: dict[int, str] = {}
    anchor_seq = anchor.count if anchor else -1
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for e in rows.yield_per(2000):
        if e.seq != expected_seq:
            reason = "missing" if e.seq > expected_seq else "out_of_order"
            report.breaks.append(Break(expected_seq, reason))
        elif e.prev_hash != prev_hash:
            report.breaks.append(Break(e.seq, "out_of_order"))
        if entry_hash(e) != e.hash:
            report.breaks.append(Break(e.seq, "edited"))
        if e.action == ACK_ACTION:
            acks.append(e.seq)
        if e.seq == anchor_seq:
            hashes_at[e.seq] = e.hash
        prev_hash = e.hash
        expected_seq = e.seq + 1
        report.count += 1
        session.expunge(e)
    report.head_hash = prev_hash
    report.last_ack_seq = max(acks, default=0)
    if anchor is not None:
        data = f"{anchor.count}:{anchor.hash}".encode("ascii")
        if not macs.verify(db_key, ANCHOR_PURPOSE, data, anchor.mac):
            report.anchor_status = "invalid"
            report.breaks.append(Break(0, "anchor_invalid"))
        elif anchor.count > report.count:
            report.anchor_status = "truncated"
            report.breaks.append(Break(report.count + 1, "truncated"))
        elif hashes_at.get(anchor.count, anchor.hash) != anchor.hash:
            report.anchor_status = "rewritten"
            report.breaks.append(Break(anchor.count, "anchor_mismatch"))
        else:
            report.anchor_status = "ok"
    report.breaks.sort(key=lambda b: b.seq)
    return report


def acknowledge_break(session: Session, actor: int, report: ChainReport) -> AuditEntry:
    first = report.first_break
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
        },
    )
