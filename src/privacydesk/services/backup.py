"""Backups on demand and at close, their list, and restore into a new file (never in place)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from privacydesk import paths
from privacydesk.domain import accounts as domain_accounts
from privacydesk.domain import audit, settings
from privacydesk.domain.accounts import Role
from privacydesk.errors import InvalidInput, KeyFileProblem, NotAllowed
from privacydesk.services import outbound
from privacydesk.services.desk import Desk
from privacydesk.services.roles import EVERYONE, STAFF_UP, allowed
from privacydesk.storage import backup as store
from privacydesk.storage import keys, recovery_code
from privacydesk.storage.engine import OpenOptions, open_database
from privacydesk.storage.models import Account, BackupRecord


@dataclass(frozen=True)
class BackupRow:
    folder: Path
    made_at: str
    kind: str
    audit_count: int
    size_bytes: int


def backup_root(desk: Desk) -> Path:
    with desk.uow() as s:
        folder = settings.get(s, "backup.folder")
    return Path(folder) if folder else paths.default_backup_dir()


def _make(desk: Desk, kind: str, root: Path | None) -> BackupRow:
    root = root or backup_root(desk)
    desk.write_anchor()  # the backup's key file then carries the current head too
    folder, manifest = store.make_backup(
        desk.path,
        desk.key_path,
        desk.db_key,
        desk.database_id,
        root,
        desk.context.account_id,
        kind,
        desk.db.options,
    )
    size = sum(p.stat().st_size for p in folder.iterdir())
    with desk.uow(write=True, bookkeeping=True) as s:
        s.add(
            BackupRecord(
                made_at=datetime.now(UTC).replace(tzinfo=None),
                made_by=desk.context.account_id,
                folder=str(folder),
                kind=kind,
                verified=True,
                size_bytes=size,
                audit_count=manifest.audit_count,
            )
        )
        keep = settings.get(s, "backup.generations")
        desk.audit(
            s,
            "backup.made",
            "backup",
            folder.name,
            {"kind": kind, "audit_count": manifest.audit_count},
        )
        # A backup is the whole database leaving it: encrypted, staff and managers only.
        outbound.leaving(
            desk, s, outbound.Outbound("backup", manifest.audit_count, True, True, "folder"), folder
        )
    store.prune(root, desk.database_id, keep)
    return BackupRow(folder, manifest.made_at, kind, manifest.audit_count, size)


@allowed(*STAFF_UP)
def backup_now(desk: Desk, kind: str = "manual", root: Path | None = None) -> BackupRow:
    """An encrypted, verified copy with its key file and a signed manifest."""
    return _make(desk, kind, root)


@allowed(*EVERYONE)
def list_backups(desk: Desk, root: Path | None = None) -> list[BackupRow]:
    root = root or backup_root(desk)
    return [
        BackupRow(
            folder,
            m.made_at,
            m.kind,
            m.audit_count,
            sum(p.stat().st_size for p in folder.iterdir()),
        )
        for folder, m in store.list_backups(root, desk.database_id)
    ]


@allowed(*EVERYONE)
def last_good_backup(desk: Desk) -> datetime | None:
    with desk.uow() as s:
        return s.execute(
            select(BackupRecord.made_at)
            .where(BackupRecord.verified)
            .order_by(BackupRecord.made_at.desc())
            .limit(1)
        ).scalar_one_or_none()


@allowed(*EVERYONE)
def backup_is_stale(desk: Desk, now: datetime | None = None) -> bool:
    now = now or datetime.now(UTC).replace(tzinfo=None)
    last = last_good_backup(desk)
    with desk.uow() as s:
        days = settings.get(s, "backup.max_age_days")
    return last is None or now - last > timedelta(days=days)


@allowed(*EVERYONE)
def backup_owed_after_key_change(desk: Desk) -> bool:
    """True when the database key was renewed after the newest verified backup (a renewal
    interrupted before its own backup): until one is made, a lost key file could only be
    rebuilt from a backup holding the old key."""
    with desk.uow() as s:
        renewed = audit.last_action_at(s, "keys.rotated")
    if renewed is None:
        return False
    last = last_good_backup(desk)
    return last is None or last < renewed


@allowed(*STAFF_UP)
def restore_backup(desk: Desk, folder: Path, new_path: Path) -> Path:
    """Restore a backup of this database into a new file, after the caller confirmed."""
    if new_path.resolve() == desk.path.resolve():
        raise InvalidInput("backup.over_live")
    # Another database's manifest never verifies with this key: say which problem it is.
    if store.read_manifest(folder).database_id != desk.database_id.hex():
        raise InvalidInput("backup.other_database", path=str(folder))
    # A backup from before a key rotation (services/rotation.py) has its own key: it opens
    # with the recovery sheet or a password valid then, not with today's key.
    try:
        backup_keys = keys.load(folder / store.KEYS_NAME, expect_database_id=desk.database_id)
    except KeyFileProblem:
        backup_keys = None  # damaged: verify_backup below names the changed file
    if backup_keys and backup_keys.key_id not in (None, keys.key_id(desk.db_key)):
        raise InvalidInput("backup.older_key", path=str(folder))
    manifest = store.verify_backup(folder, desk.db_key)
    _copy_and_mark(folder, new_path, desk.db_key, manifest, desk.context.account_id)
    with desk.uow(write=True, bookkeeping=True) as s:
        desk.audit(s, "backup.restored_elsewhere", "backup", folder.name)
    return new_path


def restore_with_credentials(
    folder: Path,
    new_path: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_secret: str | None = None,
) -> Path:
    """Restore with a password valid in the backup, or with the recovery sheet."""
    store.read_manifest(folder)  # InvalidInput("backup.not_a_backup") for any other folder
    try:
        database_id = keys.database_id_of(folder / store.DB_NAME)
    except OSError:
        raise InvalidInput("backup.not_a_backup", path=str(folder)) from None
    kf = keys.load(folder / store.KEYS_NAME, expect_database_id=database_id)
    if recovery_secret:
        db_key = keys.unwrap_with_recovery(kf, recovery_code.parse_secret(recovery_secret))
        account_id = None
    else:
        account_id, db_key = keys.unwrap(
            kf,
            domain_accounts.credential_text(username or ""),
            domain_accounts.credential_text(password or ""),
        )
    manifest = store.verify_backup(folder, db_key)
    if account_id is not None:
        db = open_database(
            folder / store.DB_NAME, db_key, kf.database_id, OpenOptions(read_only=True)
        )
        try:
            with db.session() as s:
                account = s.get(Account, account_id)
                if account is None or account.role == Role.VIEWER.value:
                    raise NotAllowed(
                        "auth.role_not_allowed", action="backup.restore", role="viewer"
                    )
        finally:
            db.dispose()
    _copy_and_mark(folder, new_path, db_key, manifest, account_id)
    return new_path


def _copy_and_mark(
    folder: Path, new_path: Path, db_key: bytes, manifest: store.Manifest, actor: int | None
) -> None:
    new_keys = paths.key_file_for(new_path)
    store.copy_out(folder, new_path, new_keys)
    database_id = bytes.fromhex(manifest.database_id)
    # The restored copy's anchor is the backup's own head, so its chain verifies.
    kf = keys.load(new_keys, expect_database_id=database_id)
    anchor = audit.make_anchor(db_key, manifest.audit_count, manifest.audit_hash)
    kf.anchor = keys.Anchor(anchor.count, anchor.hash, anchor.mac)
    keys.save(kf, new_keys)
    db = open_database(new_path, db_key, database_id)
    try:
        with db.session(write=True) as s:
            audit.append(
                s,
                actor if actor is not None else audit.SYSTEM,
                "backup.restored",
                "backup",
                folder.name,
                {"audit_count": manifest.audit_count},
            )
    finally:
        db.dispose()
