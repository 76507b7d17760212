"""One person at a time: a lock file beside a shared database says who has it open.

The holder refreshes a heartbeat every minute; a lock whose holder is gone is stale and is
cleared (same computer, dead process) or may be taken over after a warning (another computer).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

from privacydesk import __version__, paths
from privacydesk.errors import EnvironmentProblem, InUse

__all__ = [
    "OVERRIDABLE_CODES",
    "LockInfo",
    "SharedLock",
    "StaleLockCleared",
    "read_lock_info",
]

log = logging.getLogger(__name__)

StaleReason = Literal["dead_process", "no_heartbeat", "unreadable"]

# InUse codes the UI may answer with "take over" (acquire(override_stale=True)).
OVERRIDABLE_CODES = frozenset({"lock.stale", "lock.unreadable"})

_REPLACE_ATTEMPTS = 5
_REPLACE_PAUSE = 0.1
_READ_ATTEMPTS = 3
_READ_PAUSE = 0.05
_ACQUIRE_ATTEMPTS = 5


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _parse_time(value: object) -> datetime:
    if not isinstance(value, str):
        raise ValueError("not a timestamp")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def _display(moment: datetime | None) -> str:
    # Local wall-clock time for the message; people compare it with their own clock.
    if moment is None:
        return "?"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _same_host(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


@dataclass(frozen=True)
class LockInfo:
    """The content of a lock file."""

    user: str
    host: str
    pid: int
    since: datetime
    heartbeat: datetime
    app_version: str
    since_raw: str

    @classmethod
    def from_bytes(cls, raw: bytes) -> LockInfo:
        """Parses lock file bytes; ValueError when they are not a complete lock."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError("not a lock file") from exc
        if not isinstance(data, dict):
            raise ValueError("not a lock file")
        user, host, pid = data.get("user"), data.get("host"), data.get("pid")
        if not isinstance(user, str) or not isinstance(host, str):
            raise ValueError("no holder")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError("no pid")
        since_raw = data.get("since")
        return cls(
            user=user,
            host=host,
            pid=pid,
            since=_parse_time(since_raw),
            heartbeat=_parse_time(data.get("heartbeat")),
            app_version=str(data.get("app_version", "")),
            since_raw=str(since_raw),
        )

    def message_params(self) -> dict[str, str]:
        return {
            "user": self.user,
            "host": self.host,
            "since": _display(self.since),
            "heartbeat": _display(self.heartbeat),
        }


@dataclass(frozen=True)
class StaleLockCleared:
    """What acquire() removed; the caller records it in the audit log."""

    user: str | None
    host: str | None
    pid: int | None
    since: datetime | None
    heartbeat: datetime | None
    reason: StaleReason

    @classmethod
    def from_info(cls, info: LockInfo | None, reason: StaleReason) -> StaleLockCleared:
        if info is None:
            return cls(None, None, None, None, None, reason)
        return cls(info.user, info.host, info.pid, info.since, info.heartbeat, reason)


def _read_raw(lock_path: Path) -> bytes:
    with open(lock_path, "rb") as f:
        return f.read()


def _read(lock_path: Path) -> tuple[bytes, LockInfo | None]:
    """Raw bytes and parsed lock; FileNotFoundError when there is none.

    A lock just created with O_EXCL is empty for a moment, so an unreadable file is re-read
    a few times before it counts as damaged.
    """
    raw = b""
    for attempt in range(_READ_ATTEMPTS):
        raw = _read_raw(lock_path)
        try:
            return raw, LockInfo.from_bytes(raw)
        except ValueError:
            if attempt + 1 < _READ_ATTEMPTS:
                time.sleep(_READ_PAUSE)
    return raw, None


def read_lock_info(db_path: Path) -> LockInfo | None:
    """Who holds the database's lock, or None when there is no lock or it is unreadable."""
    lock_path = paths.lock_file_for(db_path)
    try:
        return _read(lock_path)[1]
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise EnvironmentProblem("lock.cannot_write", path=str(lock_path)) from exc


class SharedLock:
    """The lock file of one database, held by one user of this process."""

    def __init__(
        self,
        db_path: Path,
        user: str,
        *,
        heartbeat_seconds: float = 60,
        stale_after_seconds: float = 300,
        clock: Callable[[], datetime] = _utcnow,
        host: str | None = None,
        on_lost: Callable[[], None] | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self.lock_path = paths.lock_file_for(self.db_path)
        self.user = user
        self.host = host or socket.gethostname()
        self.pid = os.getpid()
        self.heartbeat_seconds = heartbeat_seconds
        self.stale_after = timedelta(seconds=stale_after_seconds)
        self._clock = clock
        self._on_lost = on_lost
        self._since_raw: str | None = None
        self._lost = False
        self._io = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- state ----------------------------------------------------------------------------

    @property
    def held(self) -> bool:
        return self._since_raw is not None and not self._lost

    @property
    def lost(self) -> bool:
        """True once the heartbeat found the lock taken over or removed by someone else."""
        return self._lost

    # -- acquire / release ----------------------------------------------------------------

    def acquire(self, override_stale: bool = False) -> StaleLockCleared | None:
        """Takes the lock or raises InUse; returns the stale lock it cleared, if any.

        InUse codes: lock.held (someone is active), lock.stale and lock.unreadable (pass
        override_stale=True after warning the user to take over).
        """
        if self.held:
            return None
        cleared: StaleLockCleared | None = None
        for _ in range(_ACQUIRE_ATTEMPTS):
            now = self._clock()
            since = _iso(now)
            content = self._content(since=since, heartbeat=now)
            try:
                self._create(content)
            except FileExistsError:
                pass
            else:
                self._since_raw = since
                self._lost = False
                self._start_heartbeat()
                return cleared
            try:
                raw, info = _read(self.lock_path)
            except FileNotFoundError:
                continue  # released between our create and read: try again
            except OSError as exc:
                raise self._cannot_write() from exc
            verdict = self._judge(info, now, override_stale)
            if verdict == "ours":
                # Our own process left it (an earlier object, same pid): take it as ours.
                self._write(content)
                self._since_raw = since
                self._lost = False
                self._start_heartbeat()
                return cleared
            cleared = StaleLockCleared.from_info(info, verdict)
            self._remove_if_unchanged(raw)
        raise InUse("lock.held", **self._holder_params())

    def _judge(
        self, info: LockInfo | None, now: datetime, override_stale: bool
    ) -> StaleReason | Literal["ours"]:
        if info is None:
            if not override_stale:
                raise InUse("lock.unreadable", path=str(self.lock_path))
            return "unreadable"
        if _same_host(info.host, self.host):
            if info.pid == self.pid:
                return "ours"
            if paths.pid_alive(info.pid):
                raise InUse("lock.held", **info.message_params())
            return "dead_process"
        # A heartbeat from the future (clock skew between computers) counts as fresh.
        if now - info.heartbeat <= self.stale_after:
            raise InUse("lock.held", **info.message_params())
        if not override_stale:
            raise InUse("lock.stale", **info.message_params())
        return "no_heartbeat"

    def _holder_params(self) -> dict[str, str]:
        try:
            info = _read(self.lock_path)[1]
        except OSError:
            info = None
        if info is None:
            return {"user": "?", "host": "?", "since": "?", "heartbeat": "?"}
        return info.message_params()

    def release(self) -> None:
        """Stops the heartbeat and removes the lock file if it is still ours."""
        self._stop_heartbeat()
        with self._io:
            since = self._since_raw
            self._since_raw = None
            if since is None:
                return
            try:
                raw, info = _read(self.lock_path)
            except FileNotFoundError:
                return
            except OSError as exc:
                raise self._cannot_write() from exc
            if info is None or not self._is_ours(info, since):
                return  # someone took it over; their lock is not ours to remove
            self._remove_if_unchanged(raw)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    # -- heartbeat ------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Writes a fresh heartbeat; False (and `lost`) when the lock is no longer ours."""
        with self._io:
            since = self._since_raw
            if since is None or self._lost:
                return False
            try:
                _, info = _read(self.lock_path)
            except FileNotFoundError:
                info = None
            except OSError as exc:
                raise self._cannot_write() from exc
            if info is None or not self._is_ours(info, since):
                self._lost = True
            else:
                self._write(self._content(since=since, heartbeat=self._clock()))
                return True
        self._stop.set()
        log.warning("shared lock %s was taken over or removed", self.lock_path.name)
        if self._on_lost is not None:
            self._on_lost()
        return False

    def _start_heartbeat(self) -> None:
        self._stop_heartbeat()
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._beat, args=(self._stop,), name="privacydesk-lock-heartbeat", daemon=True
        )
        self._thread.start()

    def _stop_heartbeat(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _beat(self, stop: threading.Event) -> None:
        while not stop.wait(self.heartbeat_seconds):
            try:
                if not self.refresh():
                    return
            except Exception:  # a network blip must not kill the heartbeat; retry next time
                log.warning("could not refresh the shared lock heartbeat", exc_info=True)

    # -- files ----------------------------------------------------------------------------

    def _content(self, *, since: str, heartbeat: datetime) -> bytes:
        data: dict[str, Any] = {
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "since": since,
            "heartbeat": _iso(heartbeat),
            "app_version": __version__,
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    def _is_ours(self, info: LockInfo, since: str) -> bool:
        return _same_host(info.host, self.host) and info.pid == self.pid and info.since_raw == since

    def _cannot_write(self) -> EnvironmentProblem:
        return EnvironmentProblem("lock.cannot_write", path=str(self.lock_path))

    def _create(self, content: bytes) -> None:
        """Create the lock whole: written beside it, then hard-linked into place (which fails
        if the lock exists), so a kill can never leave an empty lock that names nobody. A
        folder without hard links (some network shares) falls back to create-then-write."""
        tmp = self.lock_path.with_name(f"{self.lock_path.name}.{os.getpid()}.new")
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
            with os.fdopen(os.open(tmp, flags, 0o600), "wb") as f:
                f.write(content)
                f.flush()
                os.fsync(f.fileno())
            os.link(tmp, self.lock_path)
            return
        except FileExistsError:
            raise
        except OSError:
            pass  # no hard links here (or the temporary file could not be written)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._create_in_place(content)

    def _create_in_place(self, content: bytes) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.lock_path, flags, 0o600)
        except FileExistsError:
            raise
        except OSError as exc:
            raise self._cannot_write() from exc
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(content)
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
            raise self._cannot_write() from exc

    def _write(self, content: bytes) -> None:
        """Replaces the lock's content atomically: a reader sees the old or the new, whole."""
        tmp = self.lock_path.with_name(
            f".{self.lock_path.name}.{self.pid}.{secrets.token_hex(4)}.tmp"
        )
        try:
            fd = os.open(
                tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
            )
            with os.fdopen(fd, "wb") as f:
                f.write(content)
                f.flush()
                os.fsync(f.fileno())
            for attempt in range(_REPLACE_ATTEMPTS):
                try:
                    tmp.replace(self.lock_path)
                    return
                except PermissionError:
                    # Windows: antivirus or a reader holds the file for a moment.
                    if attempt + 1 == _REPLACE_ATTEMPTS:
                        raise
                    time.sleep(_REPLACE_PAUSE * (attempt + 1))
        except OSError as exc:
            raise self._cannot_write() from exc
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()

    def _remove_if_unchanged(self, raw: bytes) -> None:
        # Only remove what we judged: if the content changed meanwhile, someone else owns it.
        try:
            if _read_raw(self.lock_path) != raw:
                return
            self.lock_path.unlink()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise self._cannot_write() from exc
