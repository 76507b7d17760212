"""Creating a database, signing in, recovering with the recovery sheet, and the key file.

These are the only services that run without a signed-in desk: they produce one.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from privacydesk import paths
from privacydesk.domain import accounts, audit, settings
from privacydesk.domain.accounts import Role
from privacydesk.errors import (
    InvalidInput,
    KeyFileProblem,
    NotAllowed,
    PrivacydeskError,
    SignInThrottled,
    WrongCredentials,
)
from privacydesk.services import rotation
from privacydesk.services.desk import Context, Desk
from privacydesk.storage import backup as backup_store
from privacydesk.storage import keys, location, migrate, recovery_code
from privacydesk.storage.engine import (
    Database,
    OpenOptions,
    check_file_before_open,
    create_database_file,
    key_opens,
    open_database,
    translate,
)
from privacydesk.storage.sharedlock import SharedLock, StaleLockCleared

log = logging.getLogger(__name__)

KdfParams = keys.KdfParams
STRONG_KDF = keys.STRONG


@dataclass(frozen=True)
class RecoverySheet:
    """復旧シート: printed once at creation and kept in the office safe."""

    secret: str  # the formatted recovery secret
    database_id: str
    created: str  # ISO date
    database_path: str


def format_database_id(database_id: bytes) -> str:
    h = database_id.hex().upper()
    return "-".join(h[i : i + 8] for i in range(0, len(h), 8))


def _options_for(path: Path, opted_in: bool, allow_shared: bool) -> tuple[OpenOptions, bool]:
    """Decide WAL or the one-user shared mode; refuse a synced or network folder unopted."""
    loc = location.classify_location(path)
    opted = opted_in or allow_shared
    location.require_allowed(path, loc, opted_in=opted)
    return OpenOptions(shared_mode=not loc.allows_wal), not loc.allows_wal


def create_database(
    path: Path,
    manager_name: str,
    password: str,
    *,
    kdf: keys.KdfParams = keys.STRONG,
    display_name: str = "",
    allow_shared: bool = False,
    backup_root: Path | None = None,
) -> tuple[Desk, RecoverySheet]:
    """Create a new encrypted database whose first account is a manager (管理者)."""
    accounts.validate_username(manager_name)
    accounts.validate_password(password)
    key_path = paths.key_file_for(path)
    if path.exists() or key_path.exists():
        raise InvalidInput("db.exists", path=str(path))
    options, shared = _options_for(path, False, allow_shared)
    db_key, database_id = keys.new_database_key(), keys.new_database_id()
    kf, secret = keys.create_keyfile(database_id, db_key, kdf)
    kf.shared_opt_in = shared
    lock: SharedLock | None = None
    db: Database | None = None
    try:
        if shared:
            lock = SharedLock(path, manager_name)
            lock.acquire()
        db = create_database_file(path, db_key, database_id) if not shared else None
        if db is None:
            db = _create_shared(path, db_key, database_id, options)
        migrate.upgrade(db, db_key, database_id)
        with db.session(write=True) as s:
            account = accounts.create(s, manager_name, Role.MANAGER, display_name)
            account_id = account.id
            audit.append(
                s,
                audit.SYSTEM,
                "database.created",
                "database",
                "",
                {"schema": migrate.head_revision()},
            )
            audit.append(
                s,
                account_id,
                "account.created",
                "account",
                account_id,
                {"role": Role.MANAGER.value},
            )
        keys.add_slot(kf, account_id, manager_name, password, db_key)
        keys.save(kf, key_path)
    except BaseException:
        if db is not None:
            db.dispose()
        if lock is not None:
            lock.release()
        for p in (
            path,
            key_path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            with contextlib.suppress(OSError):
                p.unlink()
        raise
    desk = Desk(
        path,
        key_path,
        database_id,
        db,
        db_key,
        Context(account_id, accounts.validate_username(manager_name), Role.MANAGER),
        shared_lock=lock,
        chain=audit.ChainReport(),
    )
    sheet = RecoverySheet(
        recovery_code.format_secret(secret),
        format_database_id(database_id),
        datetime.now(UTC).date().isoformat(),
        str(path),
    )
    desk.write_anchor()
    if backup_root is not None:
        with desk.uow(write=True) as s:
            settings.set_value(s, "backup.folder", str(backup_root))
    # A current key file must exist outside the database's folder from the first minute.
    from privacydesk.services.backup import backup_now

    backup_now(desk, "key_change")
    return desk, sheet


def _create_shared(path: Path, db_key: bytes, database_id: bytes, options: OpenOptions) -> Database:
    return create_database_file(path, db_key, database_id, options)


def _open(
    path: Path,
    kf: keys.KeyFile,
    db_key: bytes,
    account_id: int,
    *,
    allow_shared: bool,
    override_stale_lock: bool,
    user_label: str,
    pending_key: bytes | None = None,
) -> tuple[Desk, StaleLockCleared | None, keys.KeyFile]:
    """Open the database for an account; an interrupted key rotation is finished or undone
    first (under the shared-folder lock when there is one). Returns the key file as it is
    after that, and the desk holds the key that opened the database."""
    key_path = paths.key_file_for(path)
    options, shared = _options_for(path, kf.shared_opt_in, allow_shared)
    if shared and not kf.shared_opt_in:
        kf.shared_opt_in = True
        keys.save(kf, key_path)
    lock: SharedLock | None = None
    cleared: StaleLockCleared | None = None
    if shared:
        lock = SharedLock(path, user_label)
        cleared = lock.acquire(override_stale=override_stale_lock)
    db: Database | None = None
    try:
        kf, db_key = rotation.resolve_pending(path, kf, db_key, pending_key, options)
        db = open_database(path, db_key, kf.database_id, options)

        def copy_before_upgrade(old: str, new: str) -> None:
            folder = paths.data_dir() / "pre-migration"
            folder.mkdir(exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            for src in (path, key_path):
                shutil.copyfile(src, folder / f"{src.name}.{old}-to-{new}.{stamp}")

        migrate.ensure_current(db, db_key, kf.database_id, copy_before_upgrade)
        with db.session() as s:
            account = s.get(accounts.Account, account_id)
            if account is None or not account.active:
                raise WrongCredentials()
            context = Context(account.id, account.username, Role(account.role))
            must_change = bool(account.must_change_password)
        anchor = audit.Anchor(kf.anchor.count, kf.anchor.hash, kf.anchor.mac) if kf.anchor else None
        with db.session() as s:
            chain = audit.verify(s, db_key, anchor)
    except BaseException as exc:
        if db is not None:
            db.dispose()  # no connection (nor -wal/-shm file) outlives a refused sign-in
        if lock is not None:
            lock.release()
        if isinstance(exc, DBAPIError):
            # A damaged page met outside a unit of work (the schema version read by Alembic).
            raise translate(exc, path) from None
        raise
    desk = Desk(path, key_path, kf.database_id, db, db_key, context, shared_lock=lock)
    desk.must_change_password = must_change
    desk.chain = chain
    return desk, cleared, kf


@contextlib.contextmanager
def _naming_key_file(key_path: Path) -> Iterator[None]:
    """Damage found inside a slot (past the password check) names the key file, as a damaged
    file does when it is read."""
    try:
        yield
    except KeyFileProblem as exc:
        if "path" in exc.params:
            raise
        raise KeyFileProblem(exc.code, **{**exc.params, "path": str(key_path)}) from None


def sign_in(
    path: Path,
    username: str,
    password: str,
    *,
    allow_shared: bool = False,
    override_stale_lock: bool = False,
    now: datetime | None = None,
) -> Desk:
    """Open the database with one account's password. Failures never touch the database.

    Throttling (storage/keys.py): after 5 failures in a row for an account (or for unknown
    names) a try within the delay is refused with SignInThrottled before the password is
    even derived, and is not counted. The recovery sheet (`recover`) is never throttled: its
    secret has 256 bits, and the office must always be able to reach its own data.
    """
    check_file_before_open(path, None)
    key_path = paths.key_file_for(path)
    kf = keys.load(key_path, expect_database_id=keys.database_id_of(path))
    username = accounts.credential_text(username)
    password = accounts.credential_text(password)
    slot = keys.find_slot(kf, username)
    who = slot.account_id if slot else None
    wait = keys.seconds_to_wait(kf, who, now)
    if wait:
        raise SignInThrottled(seconds=wait)
    try:
        with _naming_key_file(key_path):
            opened = keys.open_slot(kf, username, password)
    except WrongCredentials:
        keys.record_failure(kf, who, now=now)
        with contextlib.suppress(PrivacydeskError):
            keys.save(kf, key_path)
        delay = keys.throttle_delay(keys.failure_count(kf, who))
        if delay:
            raise WrongCredentials("auth.wrong_credentials_wait", seconds=delay) from None
        raise
    pending = keys.load_pending(key_path, kf.database_id)
    with _naming_key_file(key_path):
        pending_key = keys.open_pending(kf, pending, opened) if pending is not None else None
    desk, cleared, kf = _open(
        path,
        kf,
        opened.db_key,
        opened.account_id,
        allow_shared=allow_shared,
        override_stale_lock=override_stale_lock,
        user_label=username,
        pending_key=pending_key,
    )
    if opened.legacy:
        # A format 1 slot becomes a format 2 slot now that the password is at hand (saved
        # with the sign-in below), so a later key rotation can carry it.
        keys.add_slot(kf, opened.account_id, username, password, desk.db_key)
    if kf.key_id is None:
        kf.key_id = keys.key_id(desk.db_key)
    return _record_open(desk, kf, opened.account_id, cleared, "auth.sign_in")


def _warn_synced_once(desk: Desk, s: Session) -> None:
    """Synced folders can keep old copies of the database: say so once per database."""
    loc = location.classify_location(desk.path)
    if loc.kind is not location.LocationKind.SYNCED or settings.get(
        s, "storage.synced_warning_shown"
    ):
        return
    desk.notices.append(("dashboard.synced_folder", {"service": loc.service or ""}))
    settings.set_value(s, "storage.synced_warning_shown", True)


def _record_open(
    desk: Desk,
    kf: keys.KeyFile,
    account_id: int,
    cleared: StaleLockCleared | None,
    action: str,
) -> Desk:
    """Move counted failures from the key file into the audit log, and record the sign-in."""
    failures, _last = keys.take_failures(kf, account_id)
    unknown, _ = keys.take_failures(kf, None)
    try:
        with desk.uow(write=True, bookkeeping=True) as s:
            if failures or unknown:
                summary = {"count": failures, "unknown_user_count": unknown}
                if keys.throttle_delay(failures):
                    # The longest wait the throttle imposed on this account (seconds).
                    summary["longest_delay_s"] = keys.throttle_delay(failures)
                desk.audit(s, "auth.failed_attempts", "account", account_id, summary)
            if cleared is not None:
                desk.audit(s, "lock.stale_cleared", "database", "", {"reason": cleared.reason})
            desk.audit(s, action, "account", account_id)
            _warn_synced_once(desk, s)
        keys.save(kf, desk.key_path)
    except BaseException:
        # A refused sign-in (say, a key file that cannot be written) leaves nothing open:
        # no pooled connection, no -wal/-shm file, no lock held in a shared folder.
        desk.closed = True
        desk.db.dispose()
        if desk.shared_lock is not None:
            desk.shared_lock.release()
        raise
    desk.failed_attempts_shown = failures
    return desk


def recover(
    path: Path,
    secret_text: str,
    manager_name: str,
    new_password: str,
    *,
    allow_shared: bool = False,
) -> Desk:
    """With the recovery sheet, a manager sets a new password when every password is lost."""
    accounts.validate_password(new_password)
    secret = recovery_code.parse_secret(secret_text)
    check_file_before_open(path, None)
    key_path = paths.key_file_for(path)
    kf = keys.load(key_path, expect_database_id=keys.database_id_of(path))
    db_key = keys.unwrap_with_recovery(kf, secret)
    pending = keys.load_pending(key_path, kf.database_id)
    pending_key = (
        keys.open_recovery_sealed(kf.recovery.public_key, pending.recovery_sealed, secret)
        if pending is not None
        else None
    )
    # An interrupted rotation may have left the database under the pending key.
    readable = db_key
    if pending_key is not None and not key_opens(
        path, db_key, kf.database_id, OpenOptions(read_only=True)
    ):
        readable = pending_key
    # Open as the named manager: the account must exist, be active and be a manager.
    db = open_database(path, readable, kf.database_id, OpenOptions(read_only=True))
    try:
        with db.session() as s:
            account = accounts.by_username(s, manager_name)
            if account is None or not account.active:
                raise InvalidInput("recovery.unknown_manager")
            if account.role != Role.MANAGER.value:
                raise NotAllowed("recovery.not_a_manager")
            account_id = account.id
    finally:
        db.dispose()
    if pending is None:
        keys.add_slot(kf, account_id, manager_name, new_password, db_key)
        keys.save(kf, key_path)
    desk, cleared, kf = _open(
        path,
        kf,
        db_key,
        account_id,
        allow_shared=allow_shared,
        override_stale_lock=False,
        user_label=manager_name,
        pending_key=pending_key,
    )
    if pending is not None:
        # The slot is made with the key the rotation was settled on, and saved below.
        keys.add_slot(kf, account_id, manager_name, new_password, desk.db_key)
    return _record_open(desk, kf, account_id, cleared, "auth.recovered")


def rebuild_key_file(path: Path, backup_root: Path | None = None) -> Path:
    """A missing key file, rebuilt from the newest backup of the same database."""
    check_file_before_open(path, None)
    key_path = paths.key_file_for(path)
    if key_path.exists():
        try:
            keys.load(key_path, expect_database_id=keys.database_id_of(path))
            raise InvalidInput("keyfile.present", path=str(key_path))
        except KeyFileProblem:
            pass  # damaged or foreign: replaced below, the old one kept aside
    database_id = keys.database_id_of(path)
    root = backup_root or paths.default_backup_dir()
    for folder, _manifest in backup_store.list_backups(root, database_id):
        candidate = folder / backup_store.KEYS_NAME
        try:
            keys.load(candidate, expect_database_id=database_id)
        except KeyFileProblem:
            continue
        if key_path.exists():
            key_path.replace(key_path.with_name(key_path.name + ".broken"))
        shutil.copyfile(candidate, key_path)
        key_path.chmod(0o600)
        return folder
    raise KeyFileProblem("keyfile.no_backup", path=str(root))
