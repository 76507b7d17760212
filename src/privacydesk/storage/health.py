"""Integrity checks that need raw PRAGMAs: SQLCipher's page HMACs and SQLite's own check."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from privacydesk.errors import NotADatabase
from privacydesk.storage.engine import Database, translate


@dataclass(frozen=True)
class Integrity:
    cipher_version: str
    cipher_problems: list[str]
    sqlite_result: list[str]

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and self.sqlite_result == ["ok"]


def _pragma_rows(db: Database, pragma: str, good: list[str]) -> list[str]:
    """The rows of a checking PRAGMA, on a connection of its own.

    Damage that stops the check itself (a page whose HMAC fails cannot be read at all) is its
    finding, reported as a row, not raised. A connection that met damage is never reused:
    SQLCipher refuses every later write on it as "readonly".
    """
    try:
        with db.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.execute(text(f"PRAGMA {pragma}"))]
            conn.rollback()
            if rows != good:
                conn.invalidate()
            return rows
    except DBAPIError as exc:
        error = translate(exc, db.path)
        if not isinstance(error, NotADatabase):
            raise error from None
        # SQLite's own text ("database disk image is malformed"): no values from the rows.
        return [f"{pragma}: {exc.orig if exc.orig is not None else 'damaged'}"]


def check_integrity(db: Database, full: bool = True) -> Integrity:
    try:
        with db.engine.connect() as conn:
            version = str(conn.execute(text("PRAGMA cipher_version")).scalar_one())
            conn.rollback()
    except DBAPIError as exc:
        raise translate(exc, db.path) from None
    # Each row names a page whose HMAC failed: tampering or damage on disk.
    cipher = _pragma_rows(db, "cipher_integrity_check", [])
    sqlite = _pragma_rows(db, "integrity_check" if full else "quick_check", ["ok"])
    return Integrity(version, cipher, sqlite)
