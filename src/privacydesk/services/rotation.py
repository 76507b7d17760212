"""鍵の更新. Key rotation: the database re-keyed with a fresh key, so a copy of the old key file
(a disabled person's) opens neither the live database nor any backup made from now on.

The steps, in order (each named for `on_step`, which tests use to kill the process there):

1. ``prepared``: the new key is made and sealed to every remaining slot's public key and to
   the recovery public key (storage/keys.py: no password and no recovery secret needed).
2. ``pending_saved``: that is written to `<db>.keys.pending` beside the key file. From here
   until step 5 every slot opens both the old key and the new one.
3. ``rekeyed``: SQLCipher re-encrypts every page in one transaction (storage/engine.rekey), and
   the WAL is checkpointed and truncated. Before the commit the old key opens the file, after
   it the new one; never neither.
4. ``data_resealed``: in one unit of work, what the database holds under the database key is
   sealed again (the electronic-disclosure passwords) and `keys.rotated` is audited.
5. ``promoted``: the key file takes the new key (every slot, the recovery seal, the audit
   anchor made under the new key), written atomically; slots not carried are removed.
6. ``pending_removed``: the pending file is deleted.
7. ``backed_up``: a backup at once, so the newest backup's key file is the new one. Older
   backups keep their own key files (their old key), and the recovery sheet still opens them:
   the recovery key pair never changes.

Sign-in (services/auth.py) finishes or undoes an interrupted rotation with `resolve_pending`:
if the old key still opens the database the rotation never happened and the pending file is
removed; if only the new key opens it, steps 4 to 6 are done then. A rotation whose process
still runs (same computer) is left alone. In the shared-folder mode the desk holds the
one-person lock for the whole session, and the rotation checks it still does.

Another process with the database open keeps the old key in memory: its next read fails, and
its desk reports "the database was re-keyed; sign in again" (services/desk.py).
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacydesk import paths
from privacydesk.domain import audit
from privacydesk.errors import InUse, InvalidInput, KeyFileProblem, PrivacydeskError
from privacydesk.services import requests as request_service
from privacydesk.services.desk import Desk
from privacydesk.services.roles import MANAGER, allowed
from privacydesk.storage import keys
from privacydesk.storage.engine import Database, OpenOptions, key_opens, open_database, rekey
from privacydesk.storage.models import Account, AuditEntry

__all__ = ["STEPS", "RotationResult", "resolve_pending", "rotate_key", "unmigrated_accounts"]

log = logging.getLogger(__name__)

STEPS = (
    "prepared",
    "pending_saved",
    "rekeyed",
    "data_resealed",
    "promoted",
    "pending_removed",
    "backed_up",
)
ACTION = "keys.rotated"

OnStep = Callable[[str], None]


def _no_step(_name: str) -> None:
    return None


@dataclass(frozen=True)
class RotationResult:
    key_id: str  # the new key's fingerprint (not a secret)
    accounts: int  # slots carried to the new key
    dropped: tuple[str, ...]  # accounts that need a new password from a manager
    backup_folder: Path | None


@allowed(*MANAGER)
def unmigrated_accounts(desk: Desk) -> list[str]:
    """Active accounts whose slot a rotation cannot carry (still of key-file format 1: the
    person has not signed in since this version); they would need a new password."""
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    legacy = set(keys.legacy_accounts(kf))
    with desk.uow() as s:
        rows = s.execute(select(Account.id, Account.username).where(Account.active)).all()
    return sorted(name for account_id, name in rows if account_id in legacy)


@allowed(*MANAGER)
def rotate_key(
    desk: Desk, reset_unmigrated: bool = False, on_step: OnStep | None = None
) -> RotationResult:
    """Re-key the database and every remaining slot; make a backup at once.

    Accounts whose slot cannot be carried (`unmigrated_accounts`) make it refuse with
    InvalidInput("rotation.unmigrated") unless `reset_unmigrated`: then they lose their slot
    and a manager sets them a new password (`user reset`).
    """
    step = on_step or _no_step
    # A broken audit chain must be acknowledged first: the new anchor would sign over it.
    with desk.uow(write=True) as s:
        active = dict(s.execute(select(Account.id, Account.username).where(Account.active)).all())
    if desk.shared_lock is not None and not desk.shared_lock.refresh():
        raise InUse("rotation.lock_lost", path=str(desk.path))
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    left = keys.load_pending(desk.key_path, desk.database_id)
    if left is not None:
        if _running_elsewhere(left):
            raise InUse("rotation.running", path=str(desk.path))
        # An interrupted rotation that never re-keyed (our key just read the database).
        keys.remove_pending(desk.key_path)
    legacy = [a for a in keys.legacy_accounts(kf) if a in active]
    if legacy and not reset_unmigrated:
        raise InvalidInput("rotation.unmigrated", count=len(legacy))
    # Slots of accounts no longer active (or unknown) are not carried either.
    kf.slots = [s for s in kf.slots if s.account_id in active and not s.legacy]
    if desk.context.account_id not in {s.account_id for s in kf.slots}:
        raise InvalidInput("rotation.own_slot_missing")
    old_key, new_key = desk.db_key, keys.new_database_key()
    pending = keys.make_pending(kf, new_key, old_key, desk.context.account_id, _host())
    step("prepared")
    keys.save_pending(pending, desk.key_path)
    step("pending_saved")
    options = desk.db.options
    desk.db.dispose()  # our own pooled connections hold the old key
    try:
        rekey(desk.path, old_key, new_key, desk.database_id, options)
    except BaseException:
        # Nothing committed (a busy database, a full disk): the old key still opens it.
        if _opens(desk.path, old_key, desk.database_id, options):
            keys.remove_pending(desk.key_path)
            desk.db = open_database(desk.path, old_key, desk.database_id, options)
            raise
        if not _opens(desk.path, new_key, desk.database_id, options):
            raise
        log.warning("re-key reported a failure but the new key opens the database")
    step("rekeyed")
    desk.db = open_database(desk.path, new_key, desk.database_id, options)
    desk.db_key = new_key
    _finish(desk.db, desk.key_path, pending, old_key, new_key, step)
    desk.chain = _verify(desk)
    from privacydesk.services.backup import backup_now

    row = backup_now(desk, "key_change")
    step("backed_up")
    dropped = tuple(sorted(active[a] for a in legacy))
    return RotationResult(pending.key_id, len(pending.seals), dropped, row.folder)


def _host() -> str:
    return socket.gethostname()


def _running_elsewhere(pending: keys.PendingKey) -> bool:
    """Another process on this computer is rotating right now. (Another computer cannot be:
    a local folder is this computer's, and a shared folder's rotation holds its lock.)"""
    return pending.pid != os.getpid() and pending.host == _host() and paths.pid_alive(pending.pid)


def _opens(path: Path, db_key: bytes, database_id: bytes, options: OpenOptions) -> bool:
    try:
        return key_opens(path, db_key, database_id, options)
    except PrivacydeskError:
        return False


def _verify(desk: Desk) -> audit.ChainReport:
    kf = keys.load(desk.key_path, expect_database_id=desk.database_id)
    anchor = audit.Anchor(kf.anchor.count, kf.anchor.hash, kf.anchor.mac) if kf.anchor else None
    with desk.db.session() as s:
        return audit.verify(s, desk.db_key, anchor)


def _finish(
    db: Database,
    key_path: Path,
    pending: keys.PendingKey,
    old_key: bytes,
    new_key: bytes,
    step: OnStep,
    finished_at_sign_in: bool = False,
) -> keys.KeyFile:
    """Steps 4 to 6: reseal what the database holds, audit, promote the key file, clean up.

    Every part can run again after an interruption: resealing skips what is already under the
    new key, and the audit entry is written once per new key.
    """
    with db.session(write=True) as s:
        resealed = request_service.reseal_passwords(s, old_key, new_key)
        if not _already_audited(s, pending.key_id):
            summary = {
                "key_id": pending.key_id,
                "slots": len(pending.seals),
                "resealed": resealed,
                "finished_at_sign_in": finished_at_sign_in,
            }
            audit.append(s, pending.by, "keys.rotated", "database", "", summary)
        count, head_hash = audit.head(s)
        active = set(s.execute(select(Account.id).where(Account.active)).scalars())
    step("data_resealed")
    kf = keys.load(key_path, expect_database_id=pending.database_id)
    # Sealed afresh to every active account's slot as it is now: a slot another process
    # added or changed while the rotation was pending is carried too. Legacy slots (and
    # those the rotation left out) are dropped.
    kf.slots = [
        slot
        for slot in kf.slots
        if slot.account_id in active and (slot.account_id in pending.seals or not slot.legacy)
    ]
    keys.reseal_slots(kf, new_key)
    kf.recovery = keys.Recovery(kf.recovery.public_key, pending.recovery_sealed)
    anchor = audit.make_anchor(new_key, count, head_hash)
    kf.anchor = keys.Anchor(anchor.count, anchor.hash, anchor.mac)
    keys.save(kf, key_path)
    step("promoted")
    keys.remove_pending(key_path)
    step("pending_removed")
    return kf


def _already_audited(s: Session, key_id: str) -> bool:
    summaries = s.execute(
        select(AuditEntry.summary)
        .where(AuditEntry.action == ACTION)
        .order_by(AuditEntry.seq.desc())
    ).scalars()
    return any(f'"key_id":"{key_id}"' in text for text in summaries)


def resolve_pending(
    path: Path,
    kf: keys.KeyFile,
    current_key: bytes,
    new_key: bytes | None,
    options: OpenOptions,
) -> tuple[keys.KeyFile, bytes]:
    """At sign-in: finish or undo an interrupted rotation; (the key file, the key that opens).

    `new_key` is the pending key as the signing-in slot (or recovery sheet) opened it, or None.
    """
    key_path = paths.key_file_for(path)
    pending = keys.load_pending(key_path, kf.database_id)
    if pending is None:
        return kf, current_key
    if keys.key_id(current_key) == pending.key_id:
        keys.remove_pending(key_path)  # promoted already; only the file was left behind
        return kf, current_key
    if _running_elsewhere(pending):
        raise InUse("rotation.running", path=str(path))
    if _opens(path, current_key, kf.database_id, options):
        keys.remove_pending(key_path)  # the database was never re-keyed: undo
        return kf, current_key
    if new_key is None or keys.key_id(new_key) != pending.key_id:
        raise KeyFileProblem("rotation.unfinished", path=str(path))
    if not _opens(path, new_key, kf.database_id, options):
        raise KeyFileProblem("rotation.unfinished", path=str(path))
    db = open_database(path, new_key, kf.database_id, options)
    try:
        kf = _finish(db, key_path, pending, current_key, new_key, _no_step, True)
    finally:
        db.dispose()
    log.info("an interrupted key rotation was finished at sign-in")
    return kf, new_key
