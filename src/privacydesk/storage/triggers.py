"""Triggers and derived tables, defined once and re-created after every migration.

Alembic's batch mode on SQLite rebuilds tables and silently drops their triggers, so the
migration runner calls recreate_all() after each upgrade.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

TRIGGERS: dict[str, str] = {
    # The audit log is append-only from inside the app; the hash chain catches edits from outside.
    "audit_log_no_update": """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
    """,
    "audit_log_no_delete": """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
    """,
    "audit_head_on_insert": """
        CREATE TRIGGER audit_head_on_insert AFTER INSERT ON audit_log
        BEGIN
            INSERT INTO audit_head (id, count, last_seq, last_hash) VALUES (1, 1, NEW.seq, NEW.hash)
            ON CONFLICT(id) DO UPDATE SET count = count + 1, last_seq = NEW.seq,
                last_hash = NEW.hash;
        END
    """,
}

# Derived tables and how to rebuild each from its source, run after every upgrade.
DERIVED: dict[str, list[str]] = {
    "audit_head": [
        "DELETE FROM audit_head",
        """INSERT INTO audit_head (id, count, last_seq, last_hash)
           SELECT 1, count(*), coalesce(max(seq), 0),
                  coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '')
           FROM audit_log""",
    ],
}


def recreate_all(conn: Connection) -> None:
    for name, ddl in TRIGGERS.items():
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        conn.execute(text(ddl))
    for statements in DERIVED.values():
        for sql in statements:
            conn.execute(text(sql))


def existing_triggers(conn: Connection) -> set[str]:
    rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {r[0] for r in rows}
