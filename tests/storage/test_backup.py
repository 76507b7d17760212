"""Backups on real files: contents and signed manifest, atomic folders, generations, restore
into a new file, restore with a password or the recovery sheet, tampering, key file rebuild."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD

from privacydesk.domain import audit
from privacydesk.errors import (
    EnvironmentProblem,
    ExitCode,
    InvalidInput,
    KeyFileProblem,
    NotADatabase,
    PrivacydeskError,
    WrongCredentials,
)
from privacydesk.services import audit as audit_service
from privacydesk.services import auth
from privacydesk.services import backup as backup_service
from privacydesk.services import profile as profile_service
from privacydesk.services.desk import Desk
from privacydesk.storage import backup as store
from privacydesk.storage import keys, macs, migrate
from privacydesk.storage.engine import OpenOptions, open_database
from privacydesk.storage.models import AuditEntry, BackupRecord


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "backup-root"


def _entries(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def _audit_count(desk: Desk) -> int:
    with desk.db.session() as s:
        return int(s.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def _copy_facts(db_file: Path, db_key: bytes, database_id: bytes) -> tuple[int, int, str]:
    """(rows in audit_log, audit_head.count, audit_head.last_hash) of a database file."""
    db = open_database(db_file, db_key, database_id, OpenOptions(read_only=True))
    try:
        with db.session() as s:
            rows = s.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
            head = s.execute(text("SELECT count, last_hash FROM audit_head")).one()
            assert audit.verify(s, db_key, None).ok
            return int(rows), int(head[0]), str(head[1])
    finally:
        db.dispose()


# --- making a backup --------------------------------------------------------------------------


def test_backup_has_database_key_file_and_signed_manifest(desk: Desk, root: Path) -> None:
    before = _audit_count(desk)
    row = backup_service.backup_now(desk, root=root)
    folder = row.folder
    assert folder.parent == root and folder.name.startswith(store.PREFIX)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [store.DB_NAME, store.KEYS_NAME, store.MANIFEST_NAME]
    )
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for p in folder.iterdir():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600
    manifest = store.read_manifest(folder)
    # The MAC verifies with the database key, and only with it.
    assert macs.verify(desk.db_key, store.MANIFEST_PURPOSE, manifest.signed_bytes(), manifest.mac)
    assert not macs.verify(
        keys.new_database_key(), store.MANIFEST_PURPOSE, manifest.signed_bytes(), manifest.mac
    )
    assert store.verify_backup(folder, desk.db_key) == manifest
    assert manifest.database_id == desk.database_id.hex()
    assert manifest.kind == "manual"
    assert manifest.made_by == desk.context.account_id
    assert manifest.schema_revision == migrate.head_revision()
    assert manifest.db_sha256 == store.sha256_file(folder / store.DB_NAME)
    # The copy is encrypted with the same key and database id, and holds the same log.
    copy = folder / store.DB_NAME
    assert copy.read_bytes()[:16] == desk.database_id
    rows, head_count, head_hash = _copy_facts(copy, desk.db_key, desk.database_id)
    assert rows == head_count == manifest.audit_count == before
    assert head_hash == manifest.audit_hash
    # The copy's key file is this database's, and opens with the same password.
    kf = keys.load(folder / store.KEYS_NAME, expect_database_id=desk.database_id)
    assert keys.unwrap(kf, MANAGER, PASSWORD)[1] == desk.db_key
    # The live log records the backup and, under the outbound policy, the data leaving;
    # the database records the backup as verified.
    assert _audit_count(desk) == before + 2
    with desk.db.session() as s:
        rec = s.execute(select(BackupRecord).where(BackupRecord.folder == str(folder))).scalar_one()
        assert rec.verified and rec.audit_count == before and rec.size_bytes == row.size_bytes
    assert row.audit_count == before


def _no_backup_left(root: Path) -> None:
    names = _entries(root)
    assert not [n for n in names if n.startswith(store.PREFIX)], names
    assert not [n for n in names if "partial" in n or n.startswith("." + store.PREFIX)], names


@pytest.mark.parametrize(
    ("step", "raised", "code"),
    [
        ("_export", OSError(errno.ENOSPC, "No space left on device"), "env.disk_full"),
        ("_inspect", NotADatabase("backup.damaged", path="x"), "backup.damaged"),
        ("sha256_file", OSError(errno.EIO, "Input/output error"), "env.os_error"),
    ],
)
def test_a_failing_step_leaves_no_backup_folder(
    desk: Desk,
    root: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    raised: BaseException,
    code: str,
) -> None:
    real = getattr(store, step)
    seen: list[list[str]] = []

    def fail_after(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)  # the step did its work (a half-written folder exists)...
        seen.append(_entries(root))
        raise raised  # ...then failed

    monkeypatch.setattr(store, step, fail_after)
    before = _audit_count(desk)
    with pytest.raises(PrivacydeskError) as info:
        backup_service.backup_now(desk, root=root)
    assert info.value.code == code
    assert seen and seen[0] and all(n.startswith("." + store.PREFIX) for n in seen[0])
    _no_backup_left(root)
    assert _audit_count(desk) == before  # no "backup.made"
    with desk.db.session() as s:
        assert s.execute(select(func.count()).select_from(BackupRecord)).scalar_one() == 1
    assert backup_service.list_backups(desk, root=root) == []


def test_an_interrupted_backup_leaves_no_folder(
    desk: Desk, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even an interrupt (Ctrl+C, a closing window) removes the half-written folder."""
    real = store._inspect

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "_inspect", interrupted)
    with pytest.raises(KeyboardInterrupt):
        backup_service.backup_now(desk, root=root)
    _no_backup_left(root)


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Callable[[Path], None]]:
    probe = tmp_path / "probe"
    probe.write_bytes(b"x")
    ok = (
        shutil.which("chattr") is not None
        and subprocess.run(
            ["chattr", "+i", str(probe)], capture_output=True, check=False
        ).returncode
        == 0
    )
    if ok:
        subprocess.run(["chattr", "-i", str(probe)], capture_output=True, check=True)
    probe.unlink()
    if not ok:
        pytest.skip("chattr +i is not available here (needs Linux, CAP_LINUX_IMMUTABLE, ext4)")
    marked: list[Path] = []

    def mark(p: Path) -> None:
        subprocess.run(["chattr", "+i", str(p)], capture_output=True, check=True)
        marked.append(p)

    yield mark
    for p in marked:
        subprocess.run(["chattr", "-i", str(p)], capture_output=True, check=False)


def test_a_read_only_target_leaves_no_folder(
    desk: Desk, root: Path, immutable: Callable[[Path], None]
) -> None:
    root.mkdir()
    immutable(root)  # root writes everywhere else; an immutable folder refuses even root
    with pytest.raises(EnvironmentProblem) as info:
        backup_service.backup_now(desk, root=root)
    assert info.value.exit_code == ExitCode.ENVIRONMENT
    assert info.value.params["path"] == str(root)
    assert _entries(root) == []


def test_generations_are_pruned_to_the_setting(desk: Desk, root: Path, tmp_path: Path) -> None:
    # Another database's backup in the same folder is never pruned by this one.
    other_path = tmp_path / "other" / "privacydesk.db"
    other_path.parent.mkdir()
    other, _ = auth.create_database(other_path, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=root)
    other.close()
    foreign = _entries(root)
    assert len(foreign) == 1

    profile_service.set_setting(desk, "backup.generations", 3)
    made = [backup_service.backup_now(desk, root=root).folder for _ in range(5)]
    listed = backup_service.list_backups(desk, root=root)
    assert [r.folder for r in listed] == list(reversed(made[-3:]))  # newest first
    assert all(not f.exists() for f in made[:2])
    assert foreign[0] in _entries(root)
    assert len(_entries(root)) == 4


# --- restore --------------------------------------------------------------------------------


@pytest.fixture
def backed_up(desk: Desk, root: Path) -> Path:
    profile_service.set_setting(desk, "backup.generations", 7)
    return backup_service.backup_now(desk, root=root).folder


def _signs_in_with_intact_chain(db: Path, expected_entries: int) -> None:
    restored = auth.sign_in(db, MANAGER, PASSWORD)
    try:
        assert restored.chain is not None
        assert restored.chain.ok and restored.chain.anchor_status == "ok"
        assert restored.chain.count == expected_entries
        assert not restored.read_only
        assert audit_service.check(restored).ok
    finally:
        restored.close()


def test_restore_into_a_new_path(desk: Desk, backed_up: Path, tmp_path: Path) -> None:
    manifest = store.read_manifest(backed_up)
    new = tmp_path / "restored" / "privacydesk.db"
    new.parent.mkdir()
    live_before = _audit_count(desk)
    assert backup_service.restore_backup(desk, backed_up, new) == new
    assert new.read_bytes()[:16] == desk.database_id
    assert keys.keyfile_path(new).exists()
    # The live database only gains the record of the restore.
    assert _audit_count(desk) == live_before + 1
    # The copy: the backup's entries plus "backup.restored" (then the sign-in).
    _signs_in_with_intact_chain(new, manifest.audit_count + 1)


@pytest.mark.parametrize("spelling", ["same", "dotted"])
def test_restore_refuses_the_live_path(
    desk: Desk, backed_up: Path, db_path: Path, spelling: str
) -> None:
    target = (
        db_path
        if spelling == "same"
        else db_path.parent / ".." / db_path.parent.name / "privacydesk.db"
    )
    before = db_path.read_bytes()
    with pytest.raises(InvalidInput) as info:
        backup_service.restore_backup(desk, backed_up, target)
    assert info.value.code == "backup.over_live"
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("which", ["db", "keys"])
def test_restore_refuses_an_existing_path(
    desk: Desk, backed_up: Path, tmp_path: Path, which: str
) -> None:
    new = tmp_path / "restored" / "privacydesk.db"
    new.parent.mkdir()
    existing = new if which == "db" else keys.keyfile_path(new)
    existing.write_bytes(b"someone's file")
    with pytest.raises(InvalidInput) as info:
        backup_service.restore_backup(desk, backed_up, new)
    assert info.value.code == "backup.target_exists"
    assert info.value.params["path"] == str(existing)
    assert existing.read_bytes() == b"someone's file"
    assert sorted(p.name for p in new.parent.iterdir()) == [existing.name]


def test_restore_with_the_manager_password(
    created: tuple[Desk, auth.RecoverySheet], backed_up: Path, tmp_path: Path
) -> None:
    desk, _ = created
    desk.close()
    manifest = store.read_manifest(backed_up)
    new = tmp_path / "restored" / "privacydesk.db"
    new.parent.mkdir()
    with pytest.raises(WrongCredentials):
        backup_service.restore_with_credentials(
            backed_up, new, username=MANAGER, password="not the password"
        )
    assert not new.exists()
    backup_service.restore_with_credentials(backed_up, new, username=MANAGER, password=PASSWORD)
    _signs_in_with_intact_chain(new, manifest.audit_count + 1)


def test_restore_with_the_recovery_sheet(
    created: tuple[Desk, auth.RecoverySheet], backed_up: Path, tmp_path: Path
) -> None:
    desk, sheet = created
    desk.close()
    manifest = store.read_manifest(backed_up)
    new = tmp_path / "restored" / "privacydesk.db"
    new.parent.mkdir()
    backup_service.restore_with_credentials(backed_up, new, recovery_secret=sheet.secret)
    _signs_in_with_intact_chain(new, manifest.audit_count + 1)


# --- tampered backups -----------------------------------------------------------------------


def test_edited_manifest_is_refused(desk: Desk, backed_up: Path, tmp_path: Path) -> None:
    mf = backed_up / store.MANIFEST_NAME
    doc = json.loads(mf.read_text(encoding="utf-8"))
    doc["audit_count"] += 1
    mf.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        store.verify_backup(backed_up, desk.db_key)
    assert info.value.code == "backup.manifest_tampered"
    new = tmp_path / "r.db"
    with pytest.raises(InvalidInput) as info:
        backup_service.restore_backup(desk, backed_up, new)
    assert info.value.code == "backup.manifest_tampered"
    assert not new.exists()


@pytest.mark.parametrize("name", [store.DB_NAME, store.KEYS_NAME])
def test_changed_file_in_the_backup_is_refused(
    desk: Desk, backed_up: Path, tmp_path: Path, name: str
) -> None:
    f = backed_up / name
    data = bytearray(f.read_bytes())
    data[-10] ^= 0x01
    f.write_bytes(bytes(data))
    with pytest.raises(InvalidInput) as info:
        store.verify_backup(backed_up, desk.db_key)
    assert info.value.code == "backup.file_changed"
    assert info.value.params["path"] == str(f)
    new = tmp_path / "r.db"
    with pytest.raises(PrivacydeskError):
        backup_service.restore_backup(desk, backed_up, new)
    assert not new.exists()


def test_a_backup_of_another_database_is_refused(desk: Desk, root: Path, tmp_path: Path) -> None:
    other_path = tmp_path / "other" / "privacydesk.db"
    other_path.parent.mkdir()
    other, _ = auth.create_database(
        other_path, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "other-root"
    )
    other_folder = backup_service.backup_now(other, root=tmp_path / "other-root").folder
    other.close()
    new = tmp_path / "r.db"
    with pytest.raises(InvalidInput) as info:
        backup_service.restore_backup(desk, other_folder, new)
    assert info.value.code == "backup.other_database"
    assert info.value.params["path"] == str(other_folder)
    assert not new.exists()
    # Not listed among this database's backups either, even in the same folder.
    shutil.copytree(other_folder, root / other_folder.name)
    assert all(r.folder.name != other_folder.name for r in backup_service.list_backups(desk, root))


def test_a_backup_with_a_foreign_key_file_is_refused(
    desk: Desk, backed_up: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other" / "privacydesk.db"
    other_path.parent.mkdir()
    other, _ = auth.create_database(
        other_path, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "other-root"
    )
    other.close()
    shutil.copyfile(keys.keyfile_path(other_path), backed_up / store.KEYS_NAME)
    new = tmp_path / "r.db"
    with pytest.raises(KeyFileProblem) as info:
        backup_service.restore_with_credentials(backed_up, new, username=MANAGER, password=PASSWORD)
    assert info.value.code == "keyfile.foreign"
    assert not new.exists()


# --- rebuilding a lost key file ------------------------------------------------------------------


def test_rebuild_key_file_after_it_was_deleted(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path, backed_up: Path, root: Path
) -> None:
    desk, _ = created
    desk.close()
    kp = keys.keyfile_path(db_path)
    kp.unlink()
    with pytest.raises(KeyFileProblem) as info:
        auth.sign_in(db_path, MANAGER, PASSWORD)
    assert info.value.code == "keyfile.missing"
    assert auth.rebuild_key_file(db_path, backup_root=root) == backed_up
    assert kp.exists()
    if os.name == "posix":
        assert stat.S_IMODE(kp.stat().st_mode) == 0o600
    again = auth.sign_in(db_path, MANAGER, PASSWORD)
    try:
        assert again.chain is not None and again.chain.ok
        assert not again.read_only
    finally:
        again.close()
    with pytest.raises(InvalidInput) as present:
        auth.rebuild_key_file(db_path, backup_root=root)
    assert present.value.code == "keyfile.present"


def test_rebuild_key_file_without_a_backup(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path, tmp_path: Path
) -> None:
    desk, _ = created
    desk.close()
    keys.keyfile_path(db_path).unlink()
    empty = tmp_path / "no-backups-here"
    with pytest.raises(KeyFileProblem) as info:
        auth.rebuild_key_file(db_path, backup_root=empty)
    assert info.value.code == "keyfile.no_backup"
    assert not keys.keyfile_path(db_path).exists()
