"""Migrations on real encrypted files: head, an upgrade that keeps data and triggers, a schema
newer than the app, and an upgrade refused while someone else has the file open."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, text
from tests.conftest import MANAGER, PASSWORD

from privacydesk.domain import audit
from privacydesk.errors import ExitCode, InUse, PrivacydeskError, SchemaTooNew
from privacydesk.services import auth
from privacydesk.services.desk import Desk
from privacydesk.storage import keys, migrate, triggers
from privacydesk.storage.engine import Database, create_database_file, key_pragma

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Database, bytes, bytes]]:
    """A new encrypted file with no schema yet: (database, key, database id)."""
    path = tmp_path / "m" / "privacydesk.db"
    path.parent.mkdir()
    db_key, database_id = keys.new_database_key(), keys.new_database_id()
    db = create_database_file(path, db_key, database_id)
    yield db, db_key, database_id
    db.dispose()


def _append_v1(conn: Connection, n: int) -> None:
    """Audit entries on a 0001 schema (no `segment` column yet, so not through the ORM
    model), hashed with the same canonical form domain.audit uses."""
    row = conn.execute(text("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")).first()
    seq, prev = (row[0], row[1]) if row and row[1] else (0, audit.GENESIS)
    for _ in range(n):
        seq += 1
        fields: dict[str, Any] = {
            "seq": seq,
            "ts": f"2025-01-01T00:00:{seq:02d}.000000+00:00",
            "actor": "1",
            "action": "test.v1_entry",
            "record_type": "setting",
            "record_id": str(seq),
            "summary": audit.summary_text({"n": seq}),
            "prev_hash": prev,
        }
        digest = hashlib.sha256(audit.canonical(**fields)).hexdigest()
        conn.execute(
            text(
                "INSERT INTO audit_log (seq, ts, actor, action, record_type, record_id, summary,"
                " prev_hash, hash) VALUES (:seq, :ts, :actor, :action, :record_type,"
                " :record_id, :summary, :prev_hash, :hash)"
            ),
            {**fields, "hash": digest},
        )
        prev = digest


def _log(db: Database) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT seq, ts, actor, action, record_type, record_id, summary, prev_hash,"
                    " hash FROM audit_log ORDER BY seq"
                )
            )
        ]


def _head(db: Database) -> tuple[int, int, str]:
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT count, last_seq, last_hash FROM audit_head")).one()
        return row[0], row[1], row[2]


def _triggers(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return triggers.existing_triggers(conn)


def _at_0001_with_data(db: Database, db_key: bytes, database_id: bytes) -> None:
    migrate.upgrade(db, db_key, database_id, target="0001")
    assert migrate.current_revision(db) == "0001"
    with db.session(write=True) as s:
        conn = s.connection()
        conn.execute(
            text(
                "INSERT INTO accounts (id, username, username_key, role, created_at)"
                " VALUES (1, 'kanri', 'kanri', 'manager', '2025-01-01 00:00:00')"
            )
        )
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('backup.generations', '4')"))
        _append_v1(conn, 5)


HEAD = migrate.head_revision()


def test_revisions_are_one_line_from_0001() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    line = [r.revision for r in script.walk_revisions("base", "heads")]
    assert len(script.get_heads()) == 1
    assert line[-2:] == ["0002", "0001"]  # walked newest first
    assert line[0] == HEAD


def test_new_database_is_at_head(desk: Desk) -> None:
    assert migrate.current_revision(desk.db) == HEAD
    assert _triggers(desk.db) >= set(triggers.TRIGGERS)
    assert migrate.ensure_current(desk.db, desk.db_key, desk.database_id) is None


def test_upgrade_from_0001_keeps_data_triggers_and_head(
    fresh: tuple[Database, bytes, bytes],
) -> None:
    db, db_key, database_id = fresh
    _at_0001_with_data(db, db_key, database_id)
    before = _log(db)
    assert len(before) == 5
    calls: list[tuple[str, str]] = []

    done = migrate.ensure_current(
        db, db_key, database_id, lambda old, new: calls.append((old, new))
    )

    assert done == ("0001", HEAD)
    assert calls == [("0001", HEAD)]
    assert migrate.current_revision(db) == HEAD
    # The data is kept, entry for entry; the new column has its default.
    assert _log(db) == before
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT DISTINCT segment FROM audit_log")).all() == [(1,)]
        assert conn.execute(text("SELECT username FROM accounts")).all() == [("kanri",)]
        assert conn.execute(text("SELECT value FROM settings")).all() == [("4",)]
    # Every trigger is back after the batch rebuild of audit_log.
    assert _triggers(db) == set(triggers.TRIGGERS)
    # ...and they work: the log is append-only.
    for sql in (
        "UPDATE audit_log SET summary = '{}' WHERE seq = 2",
        "DELETE FROM audit_log WHERE seq = 5",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(PrivacydeskError), db.session(write=True) as s:
            s.execute(text(sql))
    assert _log(db) == before
    # The derived head is in step with the log...
    assert _head(db) == (5, 5, before[-1][8])
    # ...and the chain made under 0001 verifies at head.
    with db.session() as s:
        report = audit.verify(s, db_key, None)
    assert report.ok and report.count == 5 and report.head_hash == before[-1][8]
    # A further append (through the ORM model at head) moves the head.
    with db.session(write=True) as s:
        entry = audit.append(s, 1, "test.after_upgrade", "setting", "x")
        new_hash = entry.hash
    assert entry.seq == 6 and entry.prev_hash == before[-1][8]
    assert _head(db) == (6, 6, new_hash)
    with db.session() as s:
        assert audit.verify(s, db_key, None).ok


def test_batch_rebuild_really_drops_triggers(
    fresh: tuple[Database, bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Control for the test above (traps.md): without recreate_all the triggers are gone."""
    db, db_key, database_id = fresh
    _at_0001_with_data(db, db_key, database_id)
    assert {"audit_log_no_update", "audit_log_no_delete"} <= _triggers(db)
    monkeypatch.setattr(triggers, "recreate_all", lambda conn: None)
    migrate.upgrade(db, db_key, database_id)
    assert not ({"audit_log_no_update", "audit_log_no_delete"} & _triggers(db))


def test_upgrade_of_an_empty_log_leaves_a_usable_head(
    fresh: tuple[Database, bytes, bytes],
) -> None:
    db, db_key, database_id = fresh
    migrate.upgrade(db, db_key, database_id, target="0001")
    migrate.ensure_current(db, db_key, database_id)
    with db.session() as s:
        assert audit.head(s) == (0, audit.GENESIS)
    with db.session(write=True) as s:
        first = audit.append(s, audit.SYSTEM, "database.created")
    assert (first.seq, first.prev_hash) == (1, audit.GENESIS)
    assert _head(db) == (1, 1, first.hash)


def _set_version(db: Database, version: str) -> None:
    with db.session(write=True) as s:
        s.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": version})


def test_schema_newer_than_the_app_is_refused(
    fresh: tuple[Database, bytes, bytes],
) -> None:
    db, db_key, database_id = fresh
    migrate.upgrade(db, db_key, database_id)
    _set_version(db, "9999")
    db.dispose()  # checkpoint: the file alone holds everything
    before = db.path.read_bytes()
    listing = sorted(p.name for p in db.path.parent.iterdir())
    calls: list[tuple[str, str]] = []
    with pytest.raises(SchemaTooNew) as info:
        migrate.ensure_current(db, db_key, database_id, lambda a, b: calls.append((a, b)))
    db.dispose()
    assert info.value.code == "db.schema_too_new"
    assert info.value.exit_code == ExitCode.SCHEMA_TOO_NEW == 5
    assert info.value.params["revision"] == "9999"
    assert info.value.params["path"] == str(db.path)
    assert calls == []
    assert db.path.read_bytes() == before
    assert sorted(p.name for p in db.path.parent.iterdir()) == listing


def test_schema_newer_than_the_app_at_sign_in(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, _ = created
    _set_version(desk.db, "9999")
    desk.close()
    before = {p.name: p.read_bytes() for p in db_path.parent.iterdir()}
    with pytest.raises(SchemaTooNew) as info:
        auth.sign_in(db_path, MANAGER, PASSWORD)
    assert info.value.exit_code == ExitCode.SCHEMA_TOO_NEW
    # Nothing written, nothing left open (no -wal or -shm beside the file).
    assert {p.name: p.read_bytes() for p in db_path.parent.iterdir()} == before


def _holder(path: Path, db_key: bytes, database_id: bytes) -> Any:
    """Another user's connection: plain sqlcipher3, keyed the same way, WAL, reading."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(db_key, database_id))
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 5
    return conn


def _assert_refused_and_unchanged(
    db: Database, db_key: bytes, database_id: bytes, before_log: list[tuple[Any, ...]]
) -> None:
    calls: list[tuple[str, str]] = []
    with pytest.raises(InUse) as info:
        migrate.ensure_current(db, db_key, database_id, lambda a, b: calls.append((a, b)))
    assert info.value.code == "db.migration_in_use"
    assert info.value.exit_code == ExitCode.IN_USE == 9
    assert info.value.params["path"] == str(db.path)
    assert calls == [("0001", HEAD)]  # the backup hook ran first; the upgrade did not
    assert migrate.current_revision(db) == "0001"
    assert _log(db) == before_log
    with db.engine.connect() as conn:
        cols = {r[1] for r in conn.execute(text("PRAGMA table_info(audit_log)"))}
        assert "segment" not in cols
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    assert {"audit_log_no_update", "audit_log_no_delete"} <= _triggers(db)


def test_upgrade_refused_while_another_connection_has_it_open(
    fresh: tuple[Database, bytes, bytes],
) -> None:
    db, db_key, database_id = fresh
    _at_0001_with_data(db, db_key, database_id)
    before_log = _log(db)
    other = _holder(db.path, db_key, database_id)
    try:
        _assert_refused_and_unchanged(db, db_key, database_id, before_log)
    finally:
        other.close()
    # Once the other user has closed it, the same upgrade goes through.
    assert migrate.ensure_current(db, db_key, database_id) == ("0001", HEAD)
    assert _log(db) == before_log


def test_upgrade_refused_while_another_process_has_it_open(
    fresh: tuple[Database, bytes, bytes],
) -> None:
    db, db_key, database_id = fresh
    _at_0001_with_data(db, db_key, database_id)
    before_log = _log(db)
    db.dispose()
    script = textwrap.dedent(
        """
        import sys
        import sqlcipher3.dbapi2 as sqlcipher
        conn = sqlcipher.connect(sys.argv[1], isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(sys.argv[2])
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        print(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0], flush=True)
        sys.stdin.readline()
        conn.close()
        """
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    with subprocess.Popen(
        [sys.executable, "-c", script, str(db.path), key_pragma(db_key, database_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        try:
            assert proc.stdout.readline().strip() == "5"
            _assert_refused_and_unchanged(db, db_key, database_id, before_log)
        finally:
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=30)
    assert migrate.ensure_current(db, db_key, database_id) == ("0001", HEAD)


def test_0006_turns_the_registers_outsourcing_recipients_into_contractors(
    fresh: tuple[Database, bytes, bytes],
) -> None:
    db, db_key, database_id = fresh
    migrate.upgrade(db, db_key, database_id, target="0005")
    with db.session(write=True) as s:
        conn = s.connection()
        for entry_id, name in ((10, "会員名簿"), (11, "相談記録")):
            conn.execute(
                text(
                    "INSERT INTO register_entries (id, name, department, responsible,"
                    " subject_category, sensitive_kinds, sensitive_exception, acquisition_direct,"
                    " acquisition_source, acquisition_method, purpose_notified_how, medium,"
                    " storage_location, cloud_service, cloud_country, access, retention_text,"
                    " disposal_method, retained_personal_data, transfer_abroad, transfer_country,"
                    " transfer_basis, transfer_info_given, is_website, tracking_tool,"
                    " tracking_provider, tracking_collects, tracking_opt_out,"
                    " tracking_recipient_identifies, active, app_own, created_at, updated_at)"
                    " VALUES (:id, :name, '', '', '', '[]', '', 1, '', '', '', 'electronic', '',"
                    " '', '', '', '', '', 1, 0, '', '', '', 0, '', '', '', '', 0, 1, 0,"
                    " '2025-01-01', '2025-01-01')"
                ),
                {"id": entry_id, "name": name},
            )
        provisions = [
            (10, "株式会社発送代行", "outsourcing"),
            (11, "株式会社発送代行", "outsourcing"),  # the same contractor, two entries
            (11, "（株）発送代行", "outsourcing"),  # a likely duplicate: kept, merged in the app
            (10, "社会福祉法人 A", "consent"),  # not outsourcing: no contractor
            (10, "  ", "outsourcing"),  # blank: nothing to make
        ]
        for entry_id, recipient, basis in provisions:
            conn.execute(
                text(
                    "INSERT INTO entry_provisions (entry_id, recipient, items, basis, abroad,"
                    " country, opt_out_filing, joint_use_notice)"
                    " VALUES (:e, :r, '氏名、住所', :b, 0, '', '', '')"
                ),
                {"e": entry_id, "r": recipient, "b": basis},
            )
    migrate.upgrade(db, db_key, database_id, target="0006")
    with db.engine.connect() as conn:
        made = conn.execute(text("SELECT id, name, status FROM contractors ORDER BY id")).all()
        links = conn.execute(
            text("SELECT contractor_id, entry_id FROM contractor_entries ORDER BY 1, 2")
        ).all()
    assert [(n, st) for _i, n, st in made] == [
        ("株式会社発送代行", "active"),
        ("（株）発送代行", "active"),
    ]
    first, second = made[0][0], made[1][0]
    assert links == [(first, 10), (first, 11), (second, 11)]
