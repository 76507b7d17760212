"""The SQLCipher engine: opening with a raw key, PRAGMAs, the pool, and SQLite error mapping.

The key is handed to SQLCipher as raw bytes with the database id as its salt, so SQLCipher
derives nothing and the file's first 16 bytes are the database id (checked before any open).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from privacydesk.errors import (
    EnvironmentProblem,
    InUse,
    InvalidInput,
    KeyFileProblem,
    NotADatabase,
    PrivacydeskError,
)
from privacydesk.textfold import fold

PAGE_SIZE = 4096  # SQLCipher 4 default; a file not a whole number of pages is truncated
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 65_536  # a cache that holds the search tables keeps SQLCipher near plain speed
# Tests only (the disk-full campaign, tests/campaigns/test_disk_full.py): cap the main database
# at this many pages, so a write meets SQLITE_FULL as on a full disk. Read at every new
# connection, because the options are chosen by the services layer (auth) the tests go through.
MAX_PAGE_COUNT_ENV = "PRIVACYDESK_TEST_MAX_PAGE_COUNT"
# Primary SQLite result codes (the low byte of an extended code).
SQLITE_IOERR = 10
SQLITE_FULL = 13


@dataclass(frozen=True)
class OpenOptions:
    shared_mode: bool = False  # network or synced folder: rollback journal, one user at a time
    read_only: bool = False
    busy_timeout_ms: int = BUSY_TIMEOUT_MS
    # Tests only: PRAGMA max_page_count on every connection (None: the environment's
    # MAX_PAGE_COUNT_ENV, else SQLite's default, no cap).
    max_page_count: int | None = None


def _max_page_count(options: OpenOptions) -> int | None:
    if options.max_page_count is not None:
        return options.max_page_count
    raw = os.environ.get(MAX_PAGE_COUNT_ENV, "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else None


def key_literal(db_key: bytes, database_id: bytes) -> str:
    # Raw key plus salt: no passphrase ever reaches SQLCipher or a URL.
    return f"\"x'{db_key.hex()}{database_id.hex()}'\""


def key_pragma(db_key: bytes, database_id: bytes) -> str:
    return "PRAGMA key = " + key_literal(db_key, database_id)


def check_file_before_open(path: Path, database_id: bytes | None) -> None:
    """Tell the common bad files apart before SQLCipher sees them (its error is the same)."""
    if not path.parent.exists():
        raise NotADatabase("db.folder_missing", path=str(path.parent))
    if not path.exists():
        raise NotADatabase("db.missing", path=str(path))
    if not path.is_file():
        raise NotADatabase("db.not_a_file", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise NotADatabase("db.empty", path=str(path))
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except PermissionError as exc:
        raise EnvironmentProblem("db.no_permission", path=str(path)) from exc
    if head == PLAIN_SQLITE_MAGIC:
        raise NotADatabase("db.plain_sqlite", path=str(path))
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotADatabase("db.truncated", path=str(path))
    if database_id is not None and head != database_id:
        raise KeyFileProblem("keyfile.foreign", path=str(path))


def _connect(path: Path, db_key: bytes, database_id: bytes, options: OpenOptions) -> Any:
    uri = path.resolve().as_uri() + ("?mode=ro" if options.read_only else "")
    conn = sqlcipher.connect(
        uri,
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=options.busy_timeout_ms / 1000,
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no ERROR CORE lines on stderr
        conn.execute(key_pragma(db_key, database_id))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # The search table's triggers fold text with the same rule as queries do.
        conn.create_function("pd_fold", 1, fold, deterministic=True)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA busy_timeout = {options.busy_timeout_ms}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        max_pages = _max_page_count(options)
        if max_pages is not None:
            conn.execute(f"PRAGMA max_page_count = {int(max_pages)}").fetchone()
        if not options.read_only:
            mode = "DELETE" if options.shared_mode else "WAL"
            conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
    except sqlcipher.Error as exc:
        conn.close()
        raise translate(exc, path) from None
    return conn


def translate(exc: BaseException, path: Path | None = None) -> PrivacydeskError:
    """Map a SQLite or OS error to the typed error the user reads; never carries values."""
    p = str(path) if path else ""
    if isinstance(exc, PrivacydeskError):
        return exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            return EnvironmentProblem("env.disk_full", path=p)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return EnvironmentProblem("env.read_only", path=p)
        return EnvironmentProblem("env.os_error", path=p, errno=exc.errno or 0)
    # Disk full arrives as SQLITE_FULL (no space, max_page_count) or SQLITE_IOERR (a write
    # refused by the OS, as with a file-size limit): the code says so whatever the text.
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (SQLITE_FULL, SQLITE_IOERR):
        return EnvironmentProblem("env.disk_full", path=p)
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return InUse("db.busy", path=p)
    if "full" in text or "disk i/o" in text or "i/o error" in text:
        return EnvironmentProblem("env.disk_full", path=p)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return EnvironmentProblem("env.read_only", path=p)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return NotADatabase("db.damaged", path=p)
    return PrivacydeskError("internal.unexpected", what=type(exc).__name__)


class Database:
    """One open, keyed database: its engine, pool and session factories."""

    def __init__(self, path: Path, engine: Engine, options: OpenOptions) -> None:
        self.path = path
        self.engine = engine
        self.options = options
        self._read = sessionmaker(engine, expire_on_commit=False)
        # Writers take the write lock at BEGIN, so two audit appends can never interleave.
        self._write = sessionmaker(
            engine.execution_options(pd_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextlib.contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        factory = self._write if write else self._read
        try:
            with factory() as s, s.begin():
                yield s
        except PrivacydeskError:
            raise
        except (DBAPIError, OperationalError, OSError) as exc:
            raise translate(exc, self.path) from None
        except OverflowError:
            # A number beyond SQLite's 64-bit integers (an id or count typed or passed in):
            # nothing was written, and the caller is told in words.
            raise InvalidInput("input.number_too_large") from None

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    path: Path, db_key: bytes, database_id: bytes, options: OpenOptions | None = None
) -> Database:
    options = options or OpenOptions()
    check_file_before_open(path, database_id)
    if not options.read_only and not os.access(path, os.W_OK):
        raise EnvironmentProblem("env.read_only", path=str(path))
    return _make(path, db_key, database_id, options)


def create_database_file(
    path: Path, db_key: bytes, database_id: bytes, options: OpenOptions | None = None
) -> Database:
    """Create a new encrypted file, owner-only, refusing to touch an existing one.

    Pass the shared-mode options for a synced or network folder: the file is then never put
    in WAL mode, not even for a moment (a sync client would copy the -wal and -shm files).
    """
    options = options or OpenOptions()
    if not path.parent.exists():
        raise NotADatabase("db.folder_missing", path=str(path.parent))
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
    except FileExistsError:
        raise EnvironmentProblem("db.exists", path=str(path)) from None
    except OSError as exc:
        raise translate(exc, path) from None
    os.close(fd)
    return _make(path, db_key, database_id, options)


def _make(path: Path, db_key: bytes, database_id: bytes, options: OpenOptions) -> Database:
    # Fail early with a typed error rather than inside the pool.
    _connect(path, db_key, database_id, options).close()
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(path, db_key, database_id, options),
        module=sqlcipher,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,  # a failing INSERT must not print a person's name
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("pd_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    @event.listens_for(engine, "handle_error")
    def _drop_damaged(ctx: Any) -> None:
        # After SQLCipher meets a damaged page the connection refuses every later write
        # ("attempt to write a readonly database"): it must not go back to the pool, or the
        # next unit of work would report the wrong problem.
        if isinstance(translate(ctx.original_exception), NotADatabase):
            ctx.is_disconnect = True
            ctx.invalidate_pool_on_disconnect = False

    return Database(path, engine, options)


def raw_connect(path: Path, db_key: bytes, database_id: bytes, options: OpenOptions) -> Any:
    """A bare DB-API connection (for migrations' exclusivity check and backups)."""
    return _connect(path, db_key, database_id, options)


def key_opens(path: Path, db_key: bytes, database_id: bytes, options: OpenOptions) -> bool:
    """Whether a key opens the file: False for "not a database" (a wrong key), other errors
    raise. Opening with a wrong key changes nothing on disk (a WAL is only re-indexed)."""
    try:
        _connect(path, db_key, database_id, options).close()
    except NotADatabase:
        return False
    return True


def rekey(
    path: Path, old_key: bytes, new_key: bytes, database_id: bytes, options: OpenOptions
) -> None:
    """Re-encrypt every page under a new key, in place, in one SQLite transaction.

    SQLCipher's `PRAGMA rekey` keeps the salt (our database id) and rewrites every page in a
    write transaction: an interruption leaves the old key (nothing committed) or the new one.
    In WAL mode the new pages go to the WAL and another process's connection, still keyed
    with the old key, fails its next read with "not a database" (it cannot write either).
    The WAL is then checkpointed and truncated, so no page under the old key stays on disk
    when no other reader holds it back. SQLCipher can report success on a rekey that did not
    happen (a read-only file): a fresh connection with the new key checks it.
    """
    conn = _connect(path, old_key, database_id, options)
    try:
        conn.execute("PRAGMA rekey = " + key_literal(new_key, database_id)).fetchall()
        if not options.shared_mode:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher.Error as exc:
        raise translate(exc, path) from None
    finally:
        conn.close()
    if not key_opens(path, new_key, database_id, options):
        raise EnvironmentProblem("env.read_only", path=str(path))


def checkpoint(path: Path, db_key: bytes, database_id: bytes, options: OpenOptions) -> None:
    """Move the WAL into the database file and truncate it (no-op in the shared mode)."""
    if options.shared_mode or options.read_only:
        return
    conn = _connect(path, db_key, database_id, options)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher.Error as exc:
        raise translate(exc, path) from None
    finally:
        conn.close()
