"""A database in a synced folder (here a path with a "Dropbox" component): refused unless the
office opts in; then a rollback journal (no WAL), and one person at a time by a lock file."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD

from privacydesk import paths
from privacydesk.errors import EnvironmentProblem, ExitCode
from privacydesk.services import auth
from privacydesk.services import profile as profile_service
from privacydesk.services.desk import Desk
from privacydesk.storage import engine, keys, location
from privacydesk.storage.sharedlock import read_lock_info

SRC = Path(__file__).resolve().parents[2] / "src"

SECOND_USER = textwrap.dedent(
    """
    import json
    import sys
    from pathlib import Path

    from privacydesk.errors import PrivacydeskError
    from privacydesk.services import auth

    try:
        desk = auth.sign_in(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    except PrivacydeskError as exc:
        print(json.dumps({"error": type(exc).__name__, "code": exc.code,
                          "params": exc.params, "exit": int(exc.exit_code)}))
    else:
        desk.close()
        print(json.dumps({"error": None}))
    """
)


@pytest.fixture
def synced(tmp_path: Path) -> Path:
    folder = tmp_path / "Dropbox" / "office"
    folder.mkdir(parents=True)
    path = folder / "privacydesk.db"
    loc = location.classify_location(path)
    assert loc.kind is location.LocationKind.SYNCED and loc.service == "Dropbox"
    return path


@pytest.fixture
def shared_desk(synced: Path, tmp_path: Path) -> Any:
    desk, _ = auth.create_database(
        synced,
        MANAGER,
        PASSWORD,
        kdf=CHEAP_KDF,
        allow_shared=True,
        backup_root=tmp_path / "backups",
    )
    yield desk
    desk.close()


def _journal_mode(desk: Desk) -> str:
    with desk.db.engine.connect() as conn:
        return str(conn.execute(text("PRAGMA journal_mode")).scalar_one())


def _second_user(path: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", SECOND_USER, str(path), MANAGER, PASSWORD],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _no_wal_files(folder: Path) -> None:
    names = {p.name for p in folder.iterdir()}
    assert not {n for n in names if n.endswith(("-wal", "-shm"))}, names


def test_shared_database_uses_a_rollback_journal(shared_desk: Desk, synced: Path) -> None:
    assert _journal_mode(shared_desk) == "delete"
    with shared_desk.db.engine.connect() as a, shared_desk.db.engine.connect() as b:
        for conn in (a, b):
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "delete"
            assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2
    profile_service.set_setting(shared_desk, "backup.generations", 5)
    _no_wal_files(synced.parent)
    assert keys.load(keys.keyfile_path(synced)).shared_opt_in is True


def test_creating_a_shared_database_never_enters_wal(
    synced: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not even for a moment: a sync client would upload a -wal and -shm file. Every
    connection made to the file while it is created is asked its journal mode."""
    modes: list[str] = []
    real = engine._connect

    def watching(path: Path, *args: Any) -> Any:
        conn = real(path, *args)
        if path == synced:
            modes.append(str(conn.execute("PRAGMA journal_mode").fetchone()[0]))
        return conn

    monkeypatch.setattr(engine, "_connect", watching)
    desk, _ = auth.create_database(
        synced, MANAGER, PASSWORD, kdf=CHEAP_KDF, allow_shared=True, backup_root=tmp_path / "b"
    )
    try:
        _no_wal_files(synced.parent)
        assert _journal_mode(desk) == "delete"
    finally:
        desk.close()
    assert modes and set(modes) == {"delete"}, modes


def test_lock_file_names_the_user_while_signed_in(shared_desk: Desk, synced: Path) -> None:
    lock = paths.lock_file_for(synced)
    assert lock.exists()
    info = read_lock_info(synced)
    assert info is not None
    assert info.user == MANAGER
    assert info.host == socket.gethostname()
    assert info.pid == os.getpid()


def test_a_second_user_is_refused_naming_the_first(shared_desk: Desk, synced: Path) -> None:
    before = {p.name: p.read_bytes() for p in synced.parent.iterdir()}
    result = _second_user(synced)
    assert result["error"] == "InUse"
    assert result["code"] == "lock.held"
    assert result["exit"] == ExitCode.IN_USE == 9
    assert result["params"]["user"] == MANAGER
    assert result["params"]["host"] == socket.gethostname()
    # The refused sign-in wrote nothing: not the database, the key file or the lock.
    assert {p.name: p.read_bytes() for p in synced.parent.iterdir()} == before


def test_the_lock_is_released_on_close(synced: Path, tmp_path: Path) -> None:
    desk, _ = auth.create_database(
        synced, MANAGER, PASSWORD, kdf=CHEAP_KDF, allow_shared=True, backup_root=tmp_path / "b"
    )
    lock = paths.lock_file_for(synced)
    assert lock.exists()
    desk.close()
    assert not lock.exists()
    _no_wal_files(synced.parent)
    # Now another process may open it (the opt-in is remembered in the key file).
    assert _second_user(synced) == {"error": None}
    assert not lock.exists()
    again = auth.sign_in(synced, MANAGER, PASSWORD)
    try:
        assert lock.exists()
        assert _journal_mode(again) == "delete"
        assert again.chain is not None and again.chain.ok
    finally:
        again.close()
    assert not lock.exists()


def test_synced_folder_refused_without_opting_in(synced: Path, tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem) as info:
        auth.create_database(
            synced, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "backups"
        )
    assert info.value.code == "location.synced_refused"
    assert info.value.exit_code == ExitCode.ENVIRONMENT == 11
    assert info.value.params["service"] == "Dropbox"
    assert info.value.params["path"] == str(synced)
    assert list(synced.parent.iterdir()) == []  # no database, key file or lock made
    assert not (tmp_path / "backups").exists()


def test_a_local_database_moved_into_a_synced_folder(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path, synced: Path
) -> None:
    desk, _ = created
    desk.close()
    shutil.copyfile(db_path, synced)
    shutil.copyfile(keys.keyfile_path(db_path), keys.keyfile_path(synced))
    before = {p.name: p.read_bytes() for p in synced.parent.iterdir()}
    with pytest.raises(EnvironmentProblem) as info:
        auth.sign_in(synced, MANAGER, PASSWORD)
    assert info.value.code == "location.synced_refused"
    assert info.value.exit_code == ExitCode.ENVIRONMENT
    assert {p.name: p.read_bytes() for p in synced.parent.iterdir()} == before
    # Opting in converts it to the one-user mode: rollback journal and a lock file.
    moved = auth.sign_in(synced, MANAGER, PASSWORD, allow_shared=True)
    try:
        assert _journal_mode(moved) == "delete"
        assert paths.lock_file_for(synced).exists()
        assert moved.chain is not None and moved.chain.ok
    finally:
        moved.close()
    _no_wal_files(synced.parent)
    assert keys.load(keys.keyfile_path(synced)).shared_opt_in is True
    assert not paths.lock_file_for(synced).exists()
