"""Triggers and derived tables, defined once and re-created after every migration.

Alembic's batch mode on SQLite rebuilds tables and silently drops their triggers, so the
migration runner calls recreate_all() after each upgrade.
"""

from __future__ import annotations

import re

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

# The search table: folded text (pd_fold, registered on every connection by the engine) of
# everything a person may be found by, and a sort key (the reading where there is one).
_SEARCH_ROW = """
    coalesce(nullif(pd_fold({p}.reading), ''), pd_fold({p}.legal_name)),
    CASE WHEN {p}.deidentified THEN '' ELSE
        pd_fold({p}.legal_name) || '|' || pd_fold({p}.reading) || '|' || pd_fold({p}.alias)
        || '|' || pd_fold({p}.address) || '|' || pd_fold({p}.email) || '|'
        || pd_fold({p}.phone) || '|' || pd_fold({p}.member_number) END
"""

TRIGGERS.update(
    {
        "subject_search_on_insert": f"""
        CREATE TRIGGER subject_search_on_insert AFTER INSERT ON subjects
        BEGIN
            INSERT INTO subject_search (subject_id, sort_key, folded)
            VALUES (NEW.id, {_SEARCH_ROW.format(p="NEW")});
        END
    """,
        "subject_search_on_update": f"""
        CREATE TRIGGER subject_search_on_update AFTER UPDATE ON subjects
        BEGIN
            INSERT OR REPLACE INTO subject_search (subject_id, sort_key, folded)
            VALUES (NEW.id, {_SEARCH_ROW.format(p="NEW")});
        END
    """,
        "subject_search_on_delete": """
        CREATE TRIGGER subject_search_on_delete AFTER DELETE ON subjects
        BEGIN DELETE FROM subject_search WHERE subject_id = OLD.id; END
    """,
    }
)

# Derived tables and how to rebuild each from its source, run after every upgrade.
DERIVED: dict[str, list[str]] = {
    "subject_search": [
        "DELETE FROM subject_search",
        f"""INSERT INTO subject_search (subject_id, sort_key, folded)
            SELECT s.id, {_SEARCH_ROW.format(p="s")} FROM subjects AS s""",
    ],
    "audit_head": [
        "DELETE FROM audit_head",
        """INSERT INTO audit_head (id, count, last_seq, last_hash)
           SELECT 1, count(*), coalesce(max(seq), 0),
                  coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '')
           FROM audit_log""",
    ],
}


def _tables(conn: Connection) -> set[str]:
    rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
    return {r[0] for r in rows}


def _trigger_table(ddl: str) -> str:
    match = re.search(r"\bON\s+(\w+)", ddl)
    assert match, ddl
    return match.group(1)


def recreate_all(conn: Connection) -> None:
    """Every trigger and derived table whose tables exist at this schema revision."""
    tables = _tables(conn)
    for name, ddl in TRIGGERS.items():
        conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        if _trigger_table(ddl) in tables:
            conn.execute(text(ddl))
    for derived, statements in DERIVED.items():
        if derived in tables:
            for sql in statements:
                conn.execute(text(sql))


def existing_triggers(conn: Connection) -> set[str]:
    rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {r[0] for r in rows}
