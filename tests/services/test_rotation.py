"""Key rotation: the database and every slot move to a fresh key; a copy of the old key file
(a disabled person's) opens neither the live database nor a new backup; old backups still open
with the recovery sheet; the electronic-disclosure password and the audit anchor follow."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD
from tests.documents.readback import all_text
from tests.services.test_requests import (  # noqa: F401 - fixtures used by name
    TODAY,
    _extract,
    _ready,
    _receive,
    office,
    person,
)

from privacydesk import cli
from privacydesk.errors import InvalidInput, KeyFileProblem, NotAllowed, WrongCredentials
from privacydesk.services import accounts, auth, backup, rotation
from privacydesk.services import audit as audit_service
from privacydesk.services import requests as rq
from privacydesk.services.desk import Desk
from privacydesk.services.requests import Decision
from privacydesk.storage import keys
from privacydesk.storage.engine import OpenOptions, key_opens
from privacydesk.storage.models import AuditEntry

STAFF = "tantou"
LEAVER = "taishoku"
STAFF_PASSWORD = "staff pass phrase 2026"
LEAVER_PASSWORD = "leaver pass phrase 2026"


def _kf(desk: Desk) -> keys.KeyFile:
    return keys.load(desk.key_path, expect_database_id=desk.database_id)


def _rotated_entries(desk: Desk) -> list[str]:
    with desk.uow() as s:
        return list(
            s.execute(
                select(AuditEntry.summary).where(AuditEntry.action == "keys.rotated")
            ).scalars()
        )


def test_a_disabled_persons_old_key_file_opens_nothing_new(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path, tmp_path: Path
) -> None:
    desk, sheet = created
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    accounts.add_user(desk, LEAVER, "staff", LEAVER_PASSWORD)
    old_backup = backup.backup_now(desk, "manual").folder
    # The leaver takes a copy of the key file home, then leaves.
    stolen = tmp_path / "stolen.keys"
    shutil.copyfile(desk.key_path, stolen)
    accounts.disable_user(desk, LEAVER)
    old_key = desk.db_key
    steps: list[str] = []
    result = rotation.rotate_key(desk, on_step=steps.append)
    assert steps == list(rotation.STEPS)
    assert result.accounts == 2 and result.dropped == () and result.backup_folder is not None
    assert desk.db_key != old_key and keys.key_id(desk.db_key) == result.key_id

    # The leaver's copy still yields the old key, which opens neither the live database nor
    # the backup made at once.
    leaked = keys.unwrap(keys.load(stolen), LEAVER, LEAVER_PASSWORD)[1]
    assert leaked == old_key
    options = OpenOptions(read_only=True)
    assert not key_opens(db_path, leaked, desk.database_id, options)
    new_db = result.backup_folder / "privacydesk.db"
    assert not key_opens(new_db, leaked, desk.database_id, options)
    # Nor does the new key file give the leaver anything: their slot is gone.
    with pytest.raises(WrongCredentials):
        keys.unwrap(_kf(desk), LEAVER, LEAVER_PASSWORD)
    with pytest.raises(WrongCredentials):
        keys.unwrap(keys.load(new_db.with_name("privacydesk.db.keys")), LEAVER, LEAVER_PASSWORD)

    # The new backup verifies with the new key; the old one keeps its own key file, and the
    # recovery sheet (unchanged) opens both.
    backup.restore_with_credentials(
        result.backup_folder, tmp_path / "r1.db", recovery_secret=sheet.secret
    )
    backup.restore_with_credentials(old_backup, tmp_path / "r0.db", recovery_secret=sheet.secret)
    with pytest.raises(InvalidInput) as refused:
        backup.restore_backup(desk, old_backup, tmp_path / "r3.db")
    assert refused.value.code == "backup.older_key"
    backup.restore_backup(desk, result.backup_folder, tmp_path / "r4.db")
    with pytest.raises(WrongCredentials):
        backup.restore_with_credentials(
            result.backup_folder, tmp_path / "r2.db", username=LEAVER, password=LEAVER_PASSWORD
        )

    # The audit entry names the new key's fingerprint only; the chain and anchor verify.
    (summary,) = _rotated_entries(desk)
    assert json.loads(summary)["key_id"] == result.key_id
    assert old_key.hex() not in summary and desk.db_key.hex() not in summary
    report = audit_service.check(desk)
    assert report.ok and report.chain.anchor_status in {"ok", "none"}
    desk.close()

    # Everyone left signs in with their own password; the chain's anchor verifies.
    for name, password in ((MANAGER, PASSWORD), (STAFF, STAFF_PASSWORD)):
        again = auth.sign_in(db_path, name, password)
        assert again.chain is not None and again.chain.ok and again.chain.anchor_status == "ok"
        again.close()
    with pytest.raises(WrongCredentials):
        auth.sign_in(db_path, LEAVER, LEAVER_PASSWORD)
    # The recovery sheet opens the live database after the rotation, too.
    auth.recover(db_path, sheet.secret, MANAGER, "a brand new pass phrase").close()
    assert not keys.pending_path(desk.key_path).exists()


def test_another_open_desk_is_told_to_sign_in_again(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, _ = created
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    other = auth.sign_in(db_path, STAFF, STAFF_PASSWORD)
    rotation.rotate_key(desk)
    with pytest.raises(NotAllowed) as caught:
        audit_service.list_entries(other)
    assert caught.value.code == "auth.rekeyed"
    other.close()  # signing out of the stale desk is quiet: nothing to record with its key
    assert other.closed
    again = auth.sign_in(db_path, STAFF, STAFF_PASSWORD)
    assert audit_service.list_entries(again)
    again.close()


def test_only_a_manager_rotates(created: tuple[Desk, auth.RecoverySheet], db_path: Path) -> None:
    desk, _ = created
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    staff = auth.sign_in(db_path, STAFF, STAFF_PASSWORD)
    with pytest.raises(NotAllowed):
        rotation.rotate_key(staff)
    staff.close()
    assert _rotated_entries(desk) == []


def test_electronic_disclosure_password_survives_the_rotation(
    office: Desk,  # noqa: F811 - the fixture imported above
    person: int,  # noqa: F811
    tmp_path: Path,
) -> None:
    rid = _receive(office, person, "disclosure", electronic=True)
    _ready(office, rid)
    _extract(office, rid)
    rq.decide(office, rid, Decision("disclosure", "full"), today=TODAY)
    protected = rq.disclose_electronic(office, rid, tmp_path / "d.pdf", today=TODAY)
    rq.record_mailing(
        office,
        rid,
        kind="disclosure-electronic",
        method="simple_registered",
        tracking_number="1234-5678-9012",
        sent_on=TODAY,
        today=TODAY,
    )
    rotation.rotate_key(office)
    (summary,) = _rotated_entries(office)
    assert json.loads(summary)["resealed"] == 1
    notice = all_text(rq.letter(office, rid, "password-notice", today=TODAY)[1])
    password = next(word for word in notice.replace("：", " ").split() if word.count("-") == 3)
    assert PdfReader(io.BytesIO(protected)).decrypt(password)


def _legacy_keyfile(kf: keys.KeyFile, account_id: int, name: str, password: str, key: bytes):
    """Turn one account's slot back into a format 1 slot (as files written before rotation)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    slot = keys.Slot(
        account_id=account_id,
        user_salt=b"u" * 16,
        user_hash=keys._user_hash(b"u" * 16, name),
        kdf=kf.kdf_default,
        kdf_salt=b"k" * 16,
        nonce=b"n" * 12,
        wrapped_key=AESGCM(keys._derive_kek(password, kf.kdf_default, b"k" * 16)).encrypt(
            b"n" * 12, key, keys._slot_aad(kf.database_id, account_id, keys._SLOT_AAD_PREFIX)
        ),
    )
    kf.slots = [s for s in kf.slots if s.account_id != account_id] + [slot]


def test_format_1_key_files_still_open_and_migrate_at_sign_in(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    first, _ = created
    staff_id = accounts.add_user(first, STAFF, "staff", STAFF_PASSWORD).id
    kf = _kf(first)
    _legacy_keyfile(kf, first.context.account_id, MANAGER, PASSWORD, first.db_key)
    _legacy_keyfile(kf, staff_id, STAFF, STAFF_PASSWORD, first.db_key)
    document = json.loads(keys.to_json(kf))
    document["version"] = 1
    del document["key_id"]
    first.close()
    first.key_path.write_text(json.dumps(document), encoding="utf-8")
    assert keys.legacy_accounts(_kf(first)) == [first.context.account_id, staff_id]
    # The manager signs in: their own slot becomes format 2 at once.
    desk = auth.sign_in(db_path, MANAGER, PASSWORD)
    assert keys.legacy_accounts(_kf(desk)) == [staff_id]

    # A rotation would lose that slot: it says so, and changes nothing.
    assert rotation.unmigrated_accounts(desk) == [STAFF]
    with pytest.raises(InvalidInput) as caught:
        rotation.rotate_key(desk)
    assert caught.value.code == "rotation.unmigrated" and caught.value.params == {"count": 1}
    assert not keys.pending_path(desk.key_path).exists()

    # The owner signs in once: the slot becomes format 2, and the rotation carries it.
    auth.sign_in(db_path, STAFF, STAFF_PASSWORD).close()
    assert keys.legacy_accounts(_kf(desk)) == []
    assert json.loads(desk.key_path.read_text(encoding="utf-8"))["version"] == 2
    assert rotation.unmigrated_accounts(desk) == []
    assert rotation.rotate_key(desk).accounts == 2
    auth.sign_in(db_path, STAFF, STAFF_PASSWORD).close()
    desk.close()


def test_reset_unmigrated_drops_the_slot_and_a_manager_resets_it(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, _ = created
    staff_id = accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD).id
    kf = _kf(desk)
    _legacy_keyfile(kf, staff_id, STAFF, STAFF_PASSWORD, desk.db_key)
    keys.save(kf, desk.key_path)
    result = rotation.rotate_key(desk, reset_unmigrated=True)
    assert result.dropped == (STAFF,) and result.accounts == 1
    with pytest.raises(WrongCredentials):
        auth.sign_in(db_path, STAFF, STAFF_PASSWORD)
    accounts.reset_password(desk, STAFF, "temporary pass phrase")
    auth.sign_in(db_path, STAFF, "temporary pass phrase").close()


def test_an_interrupted_rotation_before_the_rekey_is_undone_at_sign_in(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, _ = created
    old_id = keys.key_id(desk.db_key)

    def stop(step: str) -> None:
        if step == "pending_saved":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rotation.rotate_key(desk, on_step=stop)
    desk.closed = True
    pending = keys.load_pending(desk.key_path)
    assert pending is not None
    pending_file = keys.pending_path(desk.key_path)
    # A pending rotation of a process that is gone (here: another pid) is settled.
    data = json.loads(pending_file.read_text(encoding="utf-8"))
    data["pid"] = 2**22 + 12345
    pending_file.write_text(json.dumps(data), encoding="utf-8")
    again = auth.sign_in(db_path, MANAGER, PASSWORD)
    assert keys.key_id(again.db_key) == old_id and not pending_file.exists()
    assert audit_service.check(again).ok
    again.close()


def test_an_interrupted_rotation_after_the_rekey_is_finished_at_sign_in(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, sheet = created
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)

    def stop(step: str) -> None:
        if step == "rekeyed":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rotation.rotate_key(desk, on_step=stop)
    desk.closed = True
    desk.db.dispose()
    pending = keys.load_pending(desk.key_path)
    assert pending is not None
    # The staff member's slot opens the pending key and finishes the rotation.
    again = auth.sign_in(db_path, STAFF, STAFF_PASSWORD)
    assert keys.key_id(again.db_key) == pending.key_id
    assert not keys.pending_path(desk.key_path).exists()
    (summary,) = _rotated_entries(again)
    assert json.loads(summary)["finished_at_sign_in"] is True
    assert audit_service.check(again).ok
    again.close()
    auth.recover(db_path, sheet.secret, MANAGER, "a brand new pass phrase").close()


def test_a_rotation_still_running_elsewhere_is_left_alone(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, _ = created
    kf = _kf(desk)
    pending = keys.make_pending(kf, keys.new_database_key(), desk.db_key, 1, rotation._host())
    # Our parent process is alive and is not us: as if it were rotating right now.
    import os

    keys.save_pending(keys.PendingKey(**{**pending.__dict__, "pid": os.getppid()}), desk.key_path)
    with pytest.raises(Exception) as caught:
        auth.sign_in(db_path, MANAGER, PASSWORD)
    assert getattr(caught.value, "code", "") == "rotation.running"
    keys.remove_pending(desk.key_path)


def test_a_damaged_pending_file_is_named(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    desk, _ = created
    keys.pending_path(desk.key_path).write_text("{not json", encoding="utf-8")
    with pytest.raises(KeyFileProblem) as caught:
        auth.sign_in(db_path, MANAGER, PASSWORD)
    assert caught.value.code == "keyfile.pending_damaged"
    keys.remove_pending(desk.key_path)


def test_cli_rotate_key(created: tuple[Desk, auth.RecoverySheet], db_path: Path) -> None:
    desk, _ = created
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    desk.close()
    out, err = io.StringIO(), io.StringIO()
    env = {"PRIVACYDESK_USER": MANAGER, "PRIVACYDESK_PASSWORD": PASSWORD}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        code = cli.main(["--lang", "en", "rotate-key", "--db", str(db_path)], out, err)
        assert code == 0, err.getvalue()
        assert "key was renewed (2 account(s) carried over)" in out.getvalue()
        assert "A backup was made with the new key" in out.getvalue()
        mp.setenv("PRIVACYDESK_USER", STAFF)
        mp.setenv("PRIVACYDESK_PASSWORD", STAFF_PASSWORD)
        err = io.StringIO()
        code = cli.main(["--lang", "en", "rotate-key", "--db", str(db_path)], io.StringIO(), err)
        assert code == 8, err.getvalue()
    again = auth.sign_in(db_path, MANAGER, PASSWORD)
    with again.uow() as s:
        count = s.execute(
            select(func.count()).where(AuditEntry.action == "keys.rotated")
        ).scalar_one()
    assert count == 1
    again.close()


def test_new_key_files_hold_no_key_or_legacy_slot(
    created: tuple[Desk, auth.RecoverySheet],
) -> None:
    desk, _ = created
    text = desk.key_path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["version"] == keys.KEYFILE_VERSION == 2
    assert all("public_key" in s and "sealed_key" in s for s in document["slots"])
    assert desk.db_key.hex() not in text
    assert document["key_id"] == keys.key_id(desk.db_key)
    assert CHEAP_KDF.n == document["kdf_default"]["n"]


def test_a_renewal_cut_off_before_its_backup_is_flagged_until_one_is_made(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> None:
    from privacydesk.services import dashboard

    desk, _ = created
    backup.backup_now(desk)
    assert not backup.backup_owed_after_key_change(desk)

    def stop(step: str) -> None:
        if step == "pending_removed":  # the key is renewed; the backup never happens
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rotation.rotate_key(desk, on_step=stop)
    desk.closed = True
    desk.db.dispose()
    again = auth.sign_in(db_path, MANAGER, PASSWORD)
    try:
        assert backup.backup_owed_after_key_change(again)
        items = {i.code: i for i in dashboard.items(again)}
        assert items["dashboard.backup_after_key_change"].severity == "danger"
        assert dashboard.area_of("dashboard.backup_after_key_change") == "backup"
        backup.backup_now(again)
        assert not backup.backup_owed_after_key_change(again)
        assert "dashboard.backup_after_key_change" not in {i.code for i in dashboard.items(again)}
    finally:
        again.close()
