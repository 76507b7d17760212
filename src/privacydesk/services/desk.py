"""The signed-in desk: one open database, who is signed in, and the unit of work.

Every service function takes a Desk. Each unit of work re-reads the signed-in account, so a
disabled account's open session ends at its next action, and a role change applies at once.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from privacydesk.domain import audit
from privacydesk.domain.accounts import Role
from privacydesk.errors import AuditChainBroken, NotADatabase, NotAllowed, PrivacydeskError
from privacydesk.storage import keys
from privacydesk.storage.engine import Database
from privacydesk.storage.models import Account
from privacydesk.storage.sharedlock import SharedLock
from privacydesk.tasks import CancelToken, Progress, Task, no_progress

log = logging.getLogger(__name__)
_REQUIRED: contextvars.ContextVar[tuple[frozenset[Role], str] | None] = contextvars.ContextVar(
    "privacydesk_required_roles", default=None
)
T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    """Who is signed in: re-read from the database at every unit of work."""

    account_id: int
    username: str
    role: Role


@dataclass
class Desk:
    path: Path
    key_path: Path
    database_id: bytes
    db: Database
    db_key: bytes = field(repr=False)
    context: Context
    shared_lock: SharedLock | None = None
    chain: audit.ChainReport | None = None
    closed: bool = False
    failed_attempts_shown: int = 0  # failures since this account's last sign-in, to show once
    must_change_password: bool = False  # a manager reset it: ask for a new one now
    # Messages to show once after sign-in: (message code, params).
    notices: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    _closing: bool = field(default=False, repr=False)
    _tasks: set[CancelToken] = field(default_factory=set, repr=False)
    _tasks_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _idle: threading.Condition = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._idle = threading.Condition(self._tasks_lock)

    # -- units of work ----------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """True while the audit chain has a break no manager has acknowledged."""
        return bool(self.chain and self.chain.unacknowledged)

    @contextlib.contextmanager
    def uow(self, write: bool = False, bookkeeping: bool = False) -> Iterator[Session]:
        """One unit of work. `bookkeeping` writes (audit, backups, sign-in) go on when broken."""
        if self.closed:
            raise NotAllowed("auth.signed_out")
        if write and not bookkeeping and self.read_only:
            first = self.chain.unacknowledged[0] if self.chain else None
            raise AuditChainBroken("audit.read_only", seq=first.seq if first else 0)
        try:
            with self.db.session(write=write) as s:
                self._refresh_context(s)
                yield s
        except NotADatabase:
            if self._rekeyed():
                raise NotAllowed("auth.rekeyed") from None
            raise

    def _rekeyed(self) -> bool:
        """Whether another process re-keyed the database (services/rotation.py) since this
        desk opened it: then its pages no longer decrypt with the key held here."""
        try:
            kf = keys.load(self.key_path, expect_database_id=self.database_id)
            pending = keys.load_pending(self.key_path, self.database_id)
        except PrivacydeskError:
            return False
        mine = keys.key_id(self.db_key) if self.db_key else None
        return (kf.key_id is not None and kf.key_id != mine) or pending is not None

    def _refresh_context(self, s: Session) -> None:
        account = s.get(Account, self.context.account_id)
        if account is None or not account.active:
            raise NotAllowed("auth.account_disabled")
        if account.role != self.context.role.value:
            self.context = Context(account.id, account.username, Role(account.role))
        # The service being called (set by @allowed) is checked against the fresh role, in
        # the same transaction that does its work: no extra round trip per call.
        required = _REQUIRED.get()
        if required is not None and self.context.role not in required[0]:
            raise NotAllowed("auth.role_not_allowed", action=required[1],
                             role=self.context.role.value)

    @contextlib.contextmanager
    def requiring(self, roles: frozenset[Role], action: str) -> Iterator[None]:
        """Within a service call: refuse at once on the known role, and at every unit of work
        on the role re-read from the database (a manager may have changed it meanwhile)."""
        if self.closed:
            raise NotAllowed("auth.signed_out")
        if self.context.role not in roles:
            with self.uow():  # the role may have been raised meanwhile: look before refusing
                pass
            if self.context.role not in roles:
                raise NotAllowed("auth.role_not_allowed", action=action,
                                 role=self.context.role.value)
        outer = _REQUIRED.get()
        # A service calling another keeps the stricter (outer) requirement as well.
        token = _REQUIRED.set((roles & outer[0], action) if outer else (roles, action))
        try:
            yield
        finally:
            _REQUIRED.reset(token)

    def require(self, roles: frozenset[Role], action: str) -> None:
        """Check a role now, against the database (for callers outside a service)."""
        with self.requiring(roles, action), self.uow():
            pass

    def audit(
        self,
        s: Session,
        action: str,
        record_type: str = "",
        record_id: int | str = "",
        summary: dict[str, Any] | None = None,
    ) -> None:
        audit.append(s, self.context.account_id, action, record_type, record_id, summary)

    # -- long work ----------------------------------------------------------------------------
    def run(
        self, task: Task[T], progress: Progress = no_progress, cancel: CancelToken | None = None
    ) -> T:
        """Run a task, registered so that lock() can cancel it and wait for it."""
        token = cancel or CancelToken()
        with self._tasks_lock:
            if self.closed or self._closing:
                raise NotAllowed("auth.signed_out")
            self._tasks.add(token)
        try:
            return task(token, progress)
        finally:
            with self._tasks_lock:
                self._tasks.discard(token)
                self._idle.notify_all()

    def _stop_tasks(self, timeout: float = 30.0) -> None:
        with self._tasks_lock:
            for token in self._tasks:
                token.cancel()
            self._idle.wait_for(lambda: not self._tasks, timeout=timeout)

    # -- closing ------------------------------------------------------------------------------
    def write_anchor(self) -> None:
        """Write the chain's head, with its MAC, into the key file (outside the database).

        While the chain has a break no manager has acknowledged, the old anchor stays: it is
        the evidence of what the chain was, and re-signing the altered head would hide it.
        """
        if self.read_only:
            return
        with self.db.session() as s:
            count, head_hash = audit.head(s)
        anchor = audit.make_anchor(self.db_key, count, head_hash)
        kf = keys.load(self.key_path, expect_database_id=self.database_id)
        kf.anchor = keys.Anchor(anchor.count, anchor.hash, anchor.mac)
        keys.save(kf, self.key_path)

    def close(self, action: str = "auth.sign_out") -> None:
        """Sign out (or lock): stop tasks, record it, anchor the chain, close the pool."""
        with self._tasks_lock:
            if self.closed or self._closing:
                return  # closed, or being closed by another thread (a lock and a sign-out)
            self._closing = True  # no new task starts from here on
        self._stop_tasks()
        try:
            # Not a unit of work: the sign-out of an account disabled meanwhile is recorded too.
            with self.db.session(write=True) as s:
                audit.append(s, self.context.account_id, action)
            self.write_anchor()
        except NotADatabase:
            # Re-keyed by another process: this key opens nothing now, and there is nothing
            # to record or anchor with it (the rotation anchored the chain itself).
            if not self._rekeyed():
                raise
        finally:
            with self._tasks_lock:
                self.closed = True
            self.db.dispose()
            if self.shared_lock is not None:
                self.shared_lock.release()
            self.db_key = b""

    def lock(self) -> None:
        self.close("auth.lock")
