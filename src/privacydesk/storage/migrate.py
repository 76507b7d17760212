"""Run Alembic migrations on an open, keyed database, safely.

An upgrade runs only when no other process has the database open (switching it out of WAL
needs exclusive access, which SQLite itself refuses while anyone else holds it), after the
caller's backup hook has copied the file, in one EXCLUSIVE transaction that also re-creates
every trigger and derived table.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

from privacydesk.errors import InUse, SchemaTooNew
from privacydesk.storage import triggers
from privacydesk.storage.engine import Database, OpenOptions, raw_connect, translate

SCRIPT_DIR = Path(__file__).parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_DIR))
    return cfg


@functools.cache
def _scripts() -> ScriptDirectory:
    # The migration scripts ship with the app and never change while it runs; reading them
    # (about 46 ms) used to happen two or three times per sign-in.
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revision(rev: str) -> bool:
    try:
        return _scripts().get_revision(rev) is not None
    except CommandError:
        return False


def current_revision(db: Database) -> str | None:
    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except Exception as exc:  # a damaged page: the typed error, never a raw traceback
        raise translate(exc, db.path) from exc


def ensure_current(
    db: Database,
    db_key: bytes,
    database_id: bytes,
    before_upgrade: Callable[[str, str], None] | None = None,
    target: str = "head",
) -> tuple[str | None, str] | None:
    """Bring the schema to `target`. Returns (from, to) when it upgraded, else None."""
    rev = current_revision(db)
    wanted = head_revision() if target == "head" else target
    if rev == wanted:
        return None
    if rev is not None and not known_revision(rev):
        raise SchemaTooNew("db.schema_too_new", path=str(db.path), revision=rev)
    if rev is not None and before_upgrade is not None:
        before_upgrade(rev, wanted)
    upgrade(db, db_key, database_id, target)
    return rev, wanted


def upgrade(db: Database, db_key: bytes, database_id: bytes, target: str = "head") -> None:
    db.dispose()  # our own pooled connections would look like another user
    try:
        # Leaving WAL needs every other connection gone: SQLite answers "locked" otherwise.
        options = OpenOptions(shared_mode=True, busy_timeout_ms=2_000)
        raw = raw_connect(db.path, db_key, database_id, options)
    except InUse:
        raise InUse("db.migration_in_use", path=str(db.path)) from None
    try:
        # hide_parameters: a failed migration statement must not quote a person's data.
        engine = create_engine(
            "sqlite://", creator=lambda: raw, poolclass=StaticPool, hide_parameters=True
        )

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN EXCLUSIVE")

        cfg = _config()
        with engine.connect() as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            triggers.recreate_all(conn)
        engine.dispose()
    except Exception as exc:
        raise translate(exc, db.path) from exc
    finally:
        raw.close()
