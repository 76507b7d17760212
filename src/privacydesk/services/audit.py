"""The audit log as the office sees it: the check report, browsing, acknowledging a break."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from privacydesk.domain import audit
from privacydesk.errors import InvalidInput
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, MANAGER, allowed
from privacydesk.storage import health, keys, migrate
from privacydesk.storage.models import AuditEntry


@dataclass
class CheckReport:
    cipher_version: str
    cipher_ok: bool
    integrity_ok: bool
    integrity_messages: list[str]
    schema_revision: str | None
    schema_head: str
    chain: audit.ChainReport
    acknowledged: list[tuple[int, int]] = field(default_factory=list)  # (ack seq, first broken)

    @property
    def ok(self) -> bool:
        return self.cipher_ok and self.integrity_ok and self.chain.ok

    @property
    def storage_ok(self) -> bool:
        return self.cipher_ok and self.integrity_ok


@dataclass(frozen=True)
class AuditRow:
    seq: int
    ts: str
    actor: str
    action: str
    record_type: str
    record_id: str
    summary: str


def _anchor(desk: Desk) -> audit.Anchor | None:
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    return audit.Anchor(kf.anchor.count, kf.anchor.hash, kf.anchor.mac) if kf.anchor else None


@allowed(*EVERYONE)
def check(desk: Desk) -> CheckReport:
    """Cipher and SQLite integrity, schema version, the audit chain and its anchor."""
    integrity = health.check_integrity(desk.db)
    with desk.uow() as s:
        chain = audit.verify(s, desk.db_key, _anchor(desk))
        acks = s.execute(
            select(AuditEntry.seq, AuditEntry.record_id).where(
                AuditEntry.action == audit.ACK_ACTION
            )
        ).all()
    desk.chain = chain
    return CheckReport(
        cipher_version=integrity.cipher_version,
        cipher_ok=not integrity.cipher_problems,
        integrity_ok=integrity.sqlite_result == ["ok"],
        integrity_messages=(integrity.cipher_problems + integrity.sqlite_result)[:20],
        schema_revision=migrate.current_revision(desk.db),
        schema_head=migrate.head_revision(),
        chain=chain,
        acknowledged=[(seq, int(rid or 0)) for seq, rid in acks],
    )


@allowed(*MANAGER)
def acknowledge_break(desk: Desk) -> int:
    """A manager acknowledges a break: the log goes on as a new segment; records writable."""
    with desk.uow(write=True, bookkeeping=True) as s:
        chain = audit.verify(s, desk.db_key, _anchor(desk))
        if not chain.unacknowledged:  # acknowledged breaks stay listed, never re-acknowledged
            raise InvalidInput("audit.nothing_to_acknowledge")
        entry = audit.acknowledge_break(s, desk.context.account_id, chain)
        seq = entry.seq
    desk.chain = audit.ChainReport(count=seq, head_hash=entry.hash, last_ack_seq=seq)
    desk.write_anchor()
    return seq


@allowed(*EVERYONE)
def list_entries(
    desk: Desk,
    *,
    actor: str | None = None,
    action_prefix: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[AuditRow]:
    with desk.uow() as s:
        q = select(AuditEntry).order_by(AuditEntry.seq.desc())
        if actor:
            q = q.where(AuditEntry.actor == actor)
        if action_prefix:
            q = q.where(AuditEntry.action.startswith(action_prefix, autoescape=True))
        if since:
            q = q.where(AuditEntry.ts >= since)
        if until:
            q = q.where(AuditEntry.ts < until)
        rows = s.execute(q.limit(max(1, min(limit, 5000))).offset(max(0, offset))).scalars()
        return [
            AuditRow(e.seq, e.ts, e.actor, e.action, e.record_type, e.record_id, e.summary)
            for e in rows
        ]


@allowed(*EVERYONE)
def actor_names(desk: Desk) -> dict[str, str]:
    """Who appears in the log, for the page's filter: account id -> user name."""
    from privacydesk.storage.models import Account

    with desk.uow() as s:
        names = {str(i): n for i, n in s.execute(select(Account.id, Account.username))}
    names[audit.SYSTEM] = "system"
    return names
