"""The encrypted engine on real files: what is on disk, bad files, PRAGMAs, hidden parameters.

Every test works on a real SQLCipher file in tmp_path; nothing is mocked.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import subprocess
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from tests.conftest import CHEAP_KDF, JP_EMAIL, JP_NAME, MANAGER, PASSWORD

from privacydesk.errors import (
    EnvironmentProblem,
    ExitCode,
    KeyFileProblem,
    NotADatabase,
    PrivacydeskError,
)
from privacydesk.services import accounts as accounts_service
from privacydesk.services import audit as audit_service
from privacydesk.services import auth
from privacydesk.services import backup as backup_service
from privacydesk.services import profile as profile_service
from privacydesk.services.desk import Desk
from privacydesk.storage import backup as backup_store
from privacydesk.storage import engine, keys
from privacydesk.storage.engine import OpenOptions, open_database, raw_connect
from privacydesk.storage.models import Account

# --- helpers -------------------------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder (relative name -> bytes): compared before and after."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def encodings_of(value: str) -> list[bytes]:
    return [value.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def leaks(data: bytes, values: list[str]) -> list[str]:
    return [v for v in values for b in encodings_of(v) if b in data]


def error_text(exc: BaseException) -> str:
    """Everything a log or traceback could show of an exception and its whole chain."""
    parts: list[str] = []
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        parts.append(repr(e))
        parts.append(str(e))
        parts.extend(repr(a) for a in e.args)
        parts.append("".join(traceback.format_exception(e)))
        orig = getattr(e, "orig", None)
        stack.extend([e.__cause__, e.__context__, orig])
    return "\n".join(parts)


@pytest.fixture
def closed_db(created: tuple[Desk, auth.RecoverySheet], db_path: Path) -> Path:
    """A real database with its key file, signed out (the WAL checkpointed and removed)."""
    desk, _ = created
    desk.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    return db_path


# --- what is on disk -------------------------------------------------------------------------


def test_header_is_the_database_id_not_sqlite_magic(desk: Desk, db_path: Path) -> None:
    head = db_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    kf = keys.load(keys.keyfile_path(db_path))
    assert head == kf.database_id == desk.database_id
    assert len(head) == 16


def test_stdlib_sqlite_cannot_read_it(closed_db: Path) -> None:
    conn = sqlite3.connect(closed_db)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_leak_finder_finds_plain_values(tmp_path: Path) -> None:
    """Control: the byte search below does find the values in a plain SQLite file."""
    for encoding in ("UTF-8", "UTF-16le", "UTF-16be"):
        p = tmp_path / f"plain-{encoding}.db"
        conn = sqlite3.connect(p)
        conn.execute(f"PRAGMA encoding = '{encoding}'")
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(JP_NAME,), (JP_EMAIL,)])
        conn.commit()
        conn.close()
        assert sorted(set(leaks(p.read_bytes(), [JP_NAME, JP_EMAIL]))) == sorted(
            [JP_NAME, JP_EMAIL]
        )


def test_personal_values_appear_nowhere_on_disk(desk: Desk, db_path: Path, tmp_path: Path) -> None:
    values = [JP_NAME, JP_EMAIL, "takahashi.sakiko", "髙橋"]
    accounts_service.add_user(desk, "sato", "staff", PASSWORD, display_name=JP_NAME)
    profile_service.save_profile(
        desk,
        profile_service.ProfileData(
            name="NPO法人 " + JP_NAME,
            representative=JP_NAME,
            manager_name=JP_NAME,
            desk_email=JP_EMAIL,
        ),
    )
    # The values really are in the database.
    assert profile_service.get_profile(desk).desk_email == JP_EMAIL
    assert JP_NAME in [u.display_name for u in accounts_service.list_users(desk)]

    # While signed in, the newest pages sit in the -wal file.
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    row = backup_service.backup_now(desk, root=tmp_path / "leak-backups")
    files = {
        "db": db_path.read_bytes(),
        "wal": wal.read_bytes(),
        "keys": keys.keyfile_path(db_path).read_bytes(),
    }
    for p in row.folder.iterdir():
        files[f"backup/{p.name}"] = p.read_bytes()
    assert {f"backup/{n}" for n in (backup_store.DB_NAME, backup_store.KEYS_NAME)} <= set(files)
    for name, data in files.items():
        assert leaks(data, values) == [], name

    desk.close()
    after = {p.name: p.read_bytes() for p in db_path.parent.iterdir() if p.is_file()}
    assert after  # the database, its key file
    for name, data in after.items():
        assert leaks(data, values) == [], name


# --- bad files: typed error, named file, nothing written ------------------------------------


def _expect_refused(
    db_file: Path,
    folder: Path,
    error: type[PrivacydeskError],
    code: str,
    exit_code: ExitCode,
    named: Path,
) -> PrivacydeskError:
    before = snapshot(folder)
    listing = sorted(p.name for p in folder.iterdir()) if folder.exists() else None
    with pytest.raises(PrivacydeskError) as info:
        auth.sign_in(db_file, MANAGER, PASSWORD)
    exc = info.value
    assert type(exc) is error, (type(exc), exc.code)
    assert exc.code == code
    assert exc.exit_code == exit_code
    assert exc.params.get("path") == str(named)
    assert str(named) in str(exc)  # the message names the file
    # Nothing was written, replaced or created in its place.
    assert snapshot(folder) == before
    assert (sorted(p.name for p in folder.iterdir()) if folder.exists() else None) == listing
    return exc


def test_missing_file(closed_db: Path) -> None:
    closed_db.unlink()
    _expect_refused(
        closed_db, closed_db.parent, NotADatabase, "db.missing", ExitCode.NOT_A_DATABASE, closed_db
    )
    assert not closed_db.exists()


def test_missing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "unplugged-usb"
    db = folder / "privacydesk.db"
    _expect_refused(
        db, tmp_path, NotADatabase, "db.folder_missing", ExitCode.NOT_A_DATABASE, folder
    )
    assert not folder.exists()


def test_folder_instead_of_file(closed_db: Path, tmp_path: Path) -> None:
    d = tmp_path / "office2" / "privacydesk.db"
    d.mkdir(parents=True)
    _expect_refused(d, d.parent, NotADatabase, "db.not_a_file", ExitCode.NOT_A_DATABASE, d)


def test_empty_file(closed_db: Path) -> None:
    closed_db.write_bytes(b"")
    _expect_refused(
        closed_db, closed_db.parent, NotADatabase, "db.empty", ExitCode.NOT_A_DATABASE, closed_db
    )


def test_plain_sqlite_file(closed_db: Path) -> None:
    closed_db.unlink()
    conn = sqlite3.connect(closed_db)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    _expect_refused(
        closed_db,
        closed_db.parent,
        NotADatabase,
        "db.plain_sqlite",
        ExitCode.NOT_A_DATABASE,
        closed_db,
    )


def test_random_bytes_page_multiple(closed_db: Path) -> None:
    """Random bytes: their first 16 bytes are no database id the key file knows.

    SQLCipher says "not a database" for random bytes and for a wrong key alike (traps.md);
    before opening, the mismatch with the key file's database id is all there is to go on,
    so this is reported as a key file that does not belong to the file (exit 10).
    """
    closed_db.write_bytes(secrets.token_bytes(4 * engine.PAGE_SIZE))
    _expect_refused(
        closed_db,
        closed_db.parent,
        KeyFileProblem,
        "keyfile.foreign",
        ExitCode.KEY_FILE,
        keys.keyfile_path(closed_db),
    )


def test_random_pages_behind_the_right_header(closed_db: Path) -> None:
    """Damage that kept the first 16 bytes: the key file matches, SQLCipher cannot decrypt."""
    head = closed_db.read_bytes()[:16]
    closed_db.write_bytes(head + secrets.token_bytes(4 * engine.PAGE_SIZE - 16))
    _expect_refused(
        closed_db,
        closed_db.parent,
        NotADatabase,
        "db.damaged",
        ExitCode.NOT_A_DATABASE,
        closed_db,
    )


def test_truncated_to_a_non_page_multiple(closed_db: Path) -> None:
    data = closed_db.read_bytes()
    closed_db.write_bytes(data[: len(data) - 1000])
    _expect_refused(
        closed_db,
        closed_db.parent,
        NotADatabase,
        "db.truncated",
        ExitCode.NOT_A_DATABASE,
        closed_db,
    )


def test_shorter_than_one_page(closed_db: Path) -> None:
    closed_db.write_bytes(closed_db.read_bytes()[:100])
    _expect_refused(
        closed_db,
        closed_db.parent,
        NotADatabase,
        "db.truncated",
        ExitCode.NOT_A_DATABASE,
        closed_db,
    )


def test_truncated_to_half_its_pages_is_caught_at_sign_in(closed_db: Path) -> None:
    """Cut at a page boundary: SQLite compares the header's page count with the file size
    when it reads page 1, so the open itself fails (not only `check`)."""
    data = closed_db.read_bytes()
    pages = len(data) // engine.PAGE_SIZE
    assert pages >= 4
    closed_db.write_bytes(data[: (pages // 2) * engine.PAGE_SIZE])
    _expect_refused(
        closed_db,
        closed_db.parent,
        NotADatabase,
        "db.damaged",
        ExitCode.NOT_A_DATABASE,
        closed_db,
    )


def test_damaged_page_is_caught_by_check(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    """One flipped byte in a page sign-in never reads (the profile table): only `check`
    finds it, through SQLCipher's page HMAC."""
    desk, _ = created
    with desk.db.session() as s:
        page = s.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = 'profile'")
        ).scalar_one()
    desk.close()
    data = bytearray(db_path.read_bytes())
    data[(page - 1) * engine.PAGE_SIZE + 100] ^= 0xFF
    db_path.write_bytes(bytes(data))
    desk = auth.sign_in(db_path, MANAGER, PASSWORD)
    try:
        report = audit_service.check(desk)
        assert not report.ok
        assert not report.storage_ok
        assert not report.cipher_ok
        assert report.integrity_messages
        assert report.chain.ok  # the audit log itself is intact
    finally:
        desk.close()


def test_a_damaged_read_does_not_poison_later_writes(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    """Reading a damaged page gives db.damaged; the next write still works (the connection
    that met the damage is dropped, not pooled: SQLCipher would call it read-only)."""
    desk, _ = created
    with desk.db.session() as s:
        page = s.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = 'profile'")
        ).scalar_one()
    desk.close()
    data = bytearray(db_path.read_bytes())
    data[(page - 1) * engine.PAGE_SIZE + 100] ^= 0xFF
    db_path.write_bytes(bytes(data))
    desk = auth.sign_in(db_path, MANAGER, PASSWORD)
    try:
        for _ in range(3):
            with pytest.raises(NotADatabase) as info:
                profile_service.get_profile(desk)
            assert info.value.code == "db.damaged"
            assert info.value.params["path"] == str(db_path)
        profile_service.set_setting(desk, "backup.generations", 3)
        assert profile_service.get_settings(desk)["backup.generations"] == 3
    finally:
        desk.close()


def test_key_file_of_another_database(closed_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "privacydesk.db"
    other.parent.mkdir()
    other_desk, _ = auth.create_database(
        other, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "other-backups"
    )
    other_desk.close()
    shutil.copyfile(keys.keyfile_path(other), keys.keyfile_path(closed_db))
    _expect_refused(
        closed_db,
        closed_db.parent,
        KeyFileProblem,
        "keyfile.foreign",
        ExitCode.KEY_FILE,
        keys.keyfile_path(closed_db),
    )


def test_missing_key_file(closed_db: Path) -> None:
    keys.keyfile_path(closed_db).unlink()
    _expect_refused(
        closed_db,
        closed_db.parent,
        KeyFileProblem,
        "keyfile.missing",
        ExitCode.KEY_FILE,
        keys.keyfile_path(closed_db),
    )
    assert not keys.keyfile_path(closed_db).exists()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda b: b[: len(b) // 2], id="cut"),
        pytest.param(lambda b: b"\x00" * len(b), id="zeros"),
        pytest.param(lambda b: b.replace(b'"slots"', b'"slats"'), id="field"),
        pytest.param(lambda b: b"", id="empty"),
    ],
)
def test_damaged_key_file(closed_db: Path, damage: Callable[[bytes], bytes]) -> None:
    kp = keys.keyfile_path(closed_db)
    kp.write_bytes(damage(kp.read_bytes()))
    _expect_refused(
        closed_db, closed_db.parent, KeyFileProblem, "keyfile.damaged", ExitCode.KEY_FILE, kp
    )


def test_no_stderr_noise_and_no_traceback_for_a_bad_file(
    closed_db: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """SQLCipher's ERROR CORE lines are silenced on a failed open."""
    head = closed_db.read_bytes()[:16]
    closed_db.write_bytes(head + secrets.token_bytes(2 * engine.PAGE_SIZE - 16))
    with pytest.raises(NotADatabase):
        auth.sign_in(closed_db, MANAGER, PASSWORD)
    out, err = capfd.readouterr()
    assert "ERROR" not in err and "Traceback" not in err
    assert out == ""


# --- read-only ------------------------------------------------------------------------------


def _chattr_works(probe: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    probe.write_bytes(b"x")
    try:
        done = subprocess.run(
            ["chattr", "+i", str(probe)], capture_output=True, check=False, timeout=10
        )
        if done.returncode != 0:
            return False
        subprocess.run(["chattr", "-i", str(probe)], capture_output=True, check=True, timeout=10)
        return True
    finally:
        probe.unlink(missing_ok=True)


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    """Marks files immutable with chattr +i (root writes to a 0400 file); undone afterwards."""
    if os.name != "posix" or not _chattr_works(tmp_path / "probe"):
        pytest.skip("chattr +i is not available here (needs Linux, CAP_LINUX_IMMUTABLE, ext4)")
    marked: list[Path] = []

    def mark(p: Path) -> None:
        subprocess.run(["chattr", "+i", str(p)], capture_output=True, check=True, timeout=10)
        marked.append(p)

    yield mark
    for p in marked:
        subprocess.run(["chattr", "-i", str(p)], capture_output=True, check=False, timeout=10)


def test_read_only_database_file(closed_db: Path, immutable: Callable[[Path], None]) -> None:
    immutable(closed_db)
    _expect_refused(
        closed_db,
        closed_db.parent,
        EnvironmentProblem,
        "env.read_only",
        ExitCode.ENVIRONMENT,
        closed_db,
    )


def test_read_only_folder(closed_db: Path, immutable: Callable[[Path], None]) -> None:
    """WAL needs to create -wal and -shm beside the file: a read-only folder is refused."""
    immutable(closed_db.parent)
    _expect_refused(
        closed_db,
        closed_db.parent,
        EnvironmentProblem,
        "env.read_only",
        ExitCode.ENVIRONMENT,
        closed_db,
    )


def test_key_file_that_cannot_be_written(
    closed_db: Path, immutable: Callable[[Path], None]
) -> None:
    """Sign-in saves the key file (failure counts): refused, naming the key file, and the
    database is left closed (no -wal or -shm file kept open)."""
    kp = keys.keyfile_path(closed_db)
    immutable(kp)
    key_bytes = kp.read_bytes()
    with pytest.raises(EnvironmentProblem) as info:
        auth.sign_in(closed_db, MANAGER, PASSWORD)
    assert info.value.code == "env.write_failed"
    assert info.value.exit_code == ExitCode.ENVIRONMENT
    assert info.value.params["path"] == str(kp)
    assert kp.read_bytes() == key_bytes
    assert sorted(p.name for p in closed_db.parent.iterdir()) == sorted([closed_db.name, kp.name])
    subprocess.run(["chattr", "-i", str(kp)], capture_output=True, check=True, timeout=10)
    desk = auth.sign_in(closed_db, MANAGER, PASSWORD)
    try:
        assert desk.chain is not None and desk.chain.ok
    finally:
        desk.close()


def test_read_only_option_refuses_writes(desk: Desk, db_path: Path) -> None:
    """SQLite's mode=ro (OpenOptions(read_only=True)) reads, and refuses every write."""
    ro = open_database(db_path, desk.db_key, desk.database_id, OpenOptions(read_only=True))
    try:
        with ro.session() as s:
            assert s.execute(text("SELECT count(*) FROM audit_log")).scalar_one() > 0
        with pytest.raises(EnvironmentProblem) as info, ro.session(write=True) as s:
            s.execute(text("INSERT INTO settings (key, value) VALUES ('x', '1')"))
        assert info.value.code == "env.read_only"
        assert info.value.exit_code == ExitCode.ENVIRONMENT
        assert info.value.params["path"] == str(db_path)
    finally:
        ro.dispose()
    with desk.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM settings WHERE key = 'x'")).scalar_one() == 0


# --- PRAGMAs ---------------------------------------------------------------------------------


def test_pragmas_on_pooled_connections(desk: Desk) -> None:
    expected = {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "temp_store": 2,  # MEMORY
        "busy_timeout": engine.BUSY_TIMEOUT_MS,
        "cache_size": -engine.CACHE_KIB,
    }
    # Two connections checked out at once: both are configured, not only the first.
    with desk.db.engine.connect() as a, desk.db.engine.connect() as b:
        for conn in (a, b):
            got = {k: conn.execute(text(f"PRAGMA {k}")).scalar_one() for k in expected}
            assert got == expected
        assert a.connection.dbapi_connection is not b.connection.dbapi_connection


def test_foreign_keys_are_enforced(desk: Desk) -> None:
    with pytest.raises(PrivacydeskError), desk.db.session(write=True) as s:
        s.execute(
            text(
                "INSERT INTO backups (made_at, made_by, folder, kind) "
                "VALUES ('2026-01-01', 999, 'x', 'manual')"
            )
        )
    with desk.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM backups WHERE made_by = 999")).scalar() == 0


# --- hidden parameters -----------------------------------------------------------------------


def _failing_insert(s) -> None:  # type: ignore[no-untyped-def]
    # created_at is NOT NULL: the INSERT fails with the name among its bound values.
    s.add(Account(username=JP_NAME, username_key=JP_EMAIL, display_name=JP_NAME, role="staff"))
    s.flush()


def test_integrity_error_hides_personal_values(desk: Desk) -> None:
    with pytest.raises(PrivacydeskError) as info, desk.db.session(write=True) as s:
        _failing_insert(s)
    assert not isinstance(info.value, DBAPIError)
    everything = error_text(info.value)
    assert "IntegrityError" in everything or "NOT NULL" in everything  # the chain was walked
    assert JP_NAME not in everything
    assert JP_EMAIL not in everything
    with desk.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM accounts")).scalar_one() == 1


def test_control_without_hide_parameters_the_value_shows(desk: Desk, db_path: Path) -> None:
    """Control for the test above: an engine without hide_parameters leaks the name."""
    from sqlalchemy.orm import Session

    eng = create_engine(
        "sqlite://",
        creator=lambda: raw_connect(db_path, desk.db_key, desk.database_id, OpenOptions()),
        module=sqlcipher,
        poolclass=NullPool,
    )
    try:
        with pytest.raises(DBAPIError) as info, Session(eng) as s:
            _failing_insert(s)
        assert JP_NAME in error_text(info.value)
    finally:
        eng.dispose()



def test_a_number_beyond_64_bits_is_refused_in_words(created: tuple[object, object]) -> None:
    # Reached only by a caller passing such an id (the window and the CLI refuse it earlier).
    from privacydesk.errors import InvalidInput
    from privacydesk.services import complaints

    desk = created[0]
    with pytest.raises(InvalidInput) as err:
        complaints.get(desk, 2**64)  # type: ignore[arg-type]
    assert err.value.code == "input.number_too_large"
