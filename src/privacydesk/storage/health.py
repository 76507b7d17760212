"""Integrity checks that need raw PRAGMAs: SQLCipher's page HMACs and SQLite's own check."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from privacydesk.storage.engine import Database


@dataclass(frozen=True)
class Integrity:
    cipher_version: str
    cipher_problems: list[str]
    sqlite_result: list[str]

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and self.sqlite_result == ["ok"]


def check_integrity(db: Database, full: bool = True) -> Integrity:
    with db.engine.connect() as conn:
        version = conn.execute(text("PRAGMA cipher_version")).scalar_one()
        # Each row names a page whose HMAC failed: tampering or damage on disk.
        cipher = [str(r[0]) for r in conn.execute(text("PRAGMA cipher_integrity_check"))]
        pragma = "integrity_check" if full else "quick_check"
        sqlite = [str(r[0]) for r in conn.execute(text(f"PRAGMA {pragma}"))]
        conn.rollback()
    return Integrity(str(version), cipher, sqlite)
