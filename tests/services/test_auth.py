"""Creating a database, signing in, failed attempts, recovery, and account passwords."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from privacydesk import paths
from privacydesk.errors import (
    ExitCode,
    InvalidInput,
    NotAllowed,
    WrongCredentials,
)
from privacydesk.messages import render
from privacydesk.services import accounts, audit, auth, backup, dashboard
from privacydesk.services.desk import Desk
from privacydesk.storage.models import Account, BackupRecord

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # as in tests/conftest.py
MANAGER = "kanri"
PASSWORD = "correct horse battery"
STAFF = "tantou"
STAFF_PASSWORD = "staff pass phrase 2026"
VIEWER = "etsuran"
VIEWER_PASSWORD = "viewer pass phrase 2026"
NEW_PASSWORD = "a brand new passphrase"


@pytest.fixture
def office(
    created: tuple[Desk, auth.RecoverySheet], db_path: Path
) -> Iterator[tuple[Path, auth.RecoverySheet]]:
    """A database with a manager, a staff member and a viewer; every desk closed."""
    desk, sheet = created
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD)
    accounts.add_user(desk, VIEWER, "viewer", VIEWER_PASSWORD)
    desk.close()
    yield db_path, sheet


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _files(db: Path) -> dict[str, str | None]:
    return {
        name: _digest(db.with_name(db.name + suffix))
        for name, suffix in (("db", ""), ("wal", "-wal"), ("shm", "-shm"))
    }


def _keyfile(db: Path) -> dict[str, object]:
    return json.loads(paths.key_file_for(db).read_text(encoding="utf-8"))


def _entries(desk: Desk, prefix: str) -> list[audit.AuditRow]:
    return audit.list_entries(desk, action_prefix=prefix, limit=5000)


def test_each_account_signs_in_with_its_own_password(office: tuple[Path, object]) -> None:
    db, _ = office
    for name, password, role in (
        (MANAGER, PASSWORD, "manager"),
        (STAFF, STAFF_PASSWORD, "staff"),
        (VIEWER, VIEWER_PASSWORD, "viewer"),
    ):
        desk = auth.sign_in(db, name, password)
        try:
            assert desk.context.username == name
            assert desk.context.role == role
            assert desk.failed_attempts_shown == 0
            assert not desk.read_only
        finally:
            desk.close()
    # A user name is matched regardless of width and case.
    desk = auth.sign_in(db, "ＫＡＮＲＩ", PASSWORD)
    assert desk.context.username == MANAGER
    desk.close()


def test_another_accounts_password_does_not_open(office: tuple[Path, object]) -> None:
    db, _ = office
    with pytest.raises(WrongCredentials):
        auth.sign_in(db, STAFF, PASSWORD)


def test_wrong_password_and_unknown_user_read_the_same(office: tuple[Path, object]) -> None:
    db, _ = office
    with pytest.raises(WrongCredentials) as wrong:
        auth.sign_in(db, MANAGER, "not the password at all")
    with pytest.raises(WrongCredentials) as unknown:
        auth.sign_in(db, "nobody-here", PASSWORD)
    assert wrong.value.code == unknown.value.code == "auth.wrong_credentials"
    assert wrong.value.params == unknown.value.params
    for lang in ("ja", "en"):
        a = render(wrong.value.code, lang, **wrong.value.params)
        b = render(unknown.value.code, lang, **unknown.value.params)
        assert a == b
        assert a and a != wrong.value.code
    assert str(wrong.value) == str(unknown.value)
    assert wrong.value.exit_code == ExitCode.WRONG_CREDENTIALS == 3


def test_failed_sign_ins_leave_the_database_untouched(office: tuple[Path, object]) -> None:
    db, _ = office
    before = _files(db)
    assert before["db"] is not None
    for name, password in (
        (MANAGER, "wrong password here"),
        ("nobody", PASSWORD),
        (STAFF, ""),
        ("", ""),
        (VIEWER, STAFF_PASSWORD),
    ):
        with pytest.raises(WrongCredentials):
            auth.sign_in(db, name, password)
    assert _files(db) == before


def test_failures_are_counted_then_moved_into_the_audit_log(
    office: tuple[Path, object],
) -> None:
    db, _ = office
    for _ in range(3):
        with pytest.raises(WrongCredentials):
            auth.sign_in(db, STAFF, "wrong password here")
    with pytest.raises(WrongCredentials):
        auth.sign_in(db, "nobody", "wrong password here")
    failures = _keyfile(db)["failures"]
    assert isinstance(failures, dict)
    assert sum(v["count"] for v in failures.values()) == 4
    assert failures["unknown"]["count"] == 1

    # Someone else's sign-in does not show (or clear) the staff member's failures.
    manager = auth.sign_in(db, MANAGER, PASSWORD)
    assert manager.failed_attempts_shown == 0
    manager.close()
    failures = _keyfile(db)["failures"]
    assert isinstance(failures, dict)
    assert [v["count"] for v in failures.values()] == [3]

    staff = auth.sign_in(db, STAFF, STAFF_PASSWORD)
    try:
        assert staff.failed_attempts_shown == 3
        items = dashboard.items(staff)
        shown = [i for i in items if i.code == "dashboard.failed_sign_ins"]
        assert shown and shown[0].params == {"count": 3}
    finally:
        staff.close()
    assert _keyfile(db)["failures"] == {}

    manager = auth.sign_in(db, MANAGER, PASSWORD)
    try:
        moved = _entries(manager, "auth.failed_attempts")
        summaries = [json.loads(e.summary) for e in moved]
        assert {"count": 0, "unknown_user_count": 1} in summaries
        assert {"count": 3, "unknown_user_count": 0} in summaries
        staff_id = next(a.id for a in accounts.list_users(manager) if a.username == STAFF)
        assert any(e.record_id == str(staff_id) and '"count":3' in e.summary for e in moved)
    finally:
        manager.close()


def test_full_width_password_is_the_same_password(db_path: Path, tmp_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    desk, _ = auth.create_database(
        db_path, MANAGER, "Passphrase-2026-abc", kdf=CHEAP_KDF, backup_root=tmp_path / "b"
    )
    desk.close()
    desk = auth.sign_in(db_path, MANAGER, "Ｐａｓｓｐｈｒａｓｅ－２０２６－ａｂｃ")
    desk.close()


def test_full_width_password_chosen_at_creation(db_path: Path, tmp_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    desk, _ = auth.create_database(
        db_path,
        MANAGER,
        "ｐａｓｓｗｏｒｄ　ｐｈｒａｓｅ",
        kdf=CHEAP_KDF,
        backup_root=tmp_path / "b",
    )
    desk.close()
    auth.sign_in(db_path, MANAGER, "password phrase").close()


def test_short_password_refused_at_creation(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    with pytest.raises(InvalidInput) as info:
        auth.create_database(db_path, MANAGER, "short-pass1", kdf=CHEAP_KDF)
    assert info.value.code == "accounts.password_too_short"
    assert info.value.params == {"min": 12}
    assert "12" in render(info.value.code, "ja", **info.value.params)
    assert not db_path.exists()
    assert not paths.key_file_for(db_path).exists()


@pytest.mark.parametrize("name", ["", "   ", "a\x00b", "bad\ud800", "x" * 65])
def test_bad_manager_name_refused_at_creation(db_path: Path, name: str) -> None:
    db_path.parent.mkdir(parents=True)
    with pytest.raises(InvalidInput):
        auth.create_database(db_path, name, PASSWORD, kdf=CHEAP_KDF)
    assert not db_path.exists()


def test_creating_over_an_existing_file_is_refused(office: tuple[Path, object]) -> None:
    db, _ = office
    key_path = paths.key_file_for(db)
    before = (_digest(db), _digest(key_path))
    with pytest.raises(InvalidInput) as info:
        auth.create_database(db, "other", NEW_PASSWORD, kdf=CHEAP_KDF)
    assert info.value.code == "db.exists"
    assert (_digest(db), _digest(key_path)) == before
    auth.sign_in(db, MANAGER, PASSWORD).close()


def test_creating_beside_a_stray_key_file_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    key_path = paths.key_file_for(db_path)
    key_path.write_text("not mine", encoding="utf-8")
    with pytest.raises(InvalidInput):
        auth.create_database(db_path, MANAGER, PASSWORD, kdf=CHEAP_KDF)
    assert key_path.read_text(encoding="utf-8") == "not mine"
    assert not db_path.exists()


def test_recover_sets_a_new_manager_password(office: tuple[Path, auth.RecoverySheet]) -> None:
    db, sheet = office
    assert sheet.secret.startswith("PD1-")
    desk = auth.recover(db, sheet.secret, MANAGER, NEW_PASSWORD)
    try:
        assert desk.context.username == MANAGER
        assert _entries(desk, "auth.recovered")
    finally:
        desk.close()
    with pytest.raises(WrongCredentials):
        auth.sign_in(db, MANAGER, PASSWORD)
    auth.sign_in(db, MANAGER, NEW_PASSWORD).close()
    # Other accounts are untouched.
    auth.sign_in(db, STAFF, STAFF_PASSWORD).close()


def test_recover_accepts_the_secret_as_typed_loosely(
    office: tuple[Path, auth.RecoverySheet],
) -> None:
    db, sheet = office
    sloppy = sheet.secret.lower().replace("-", " ")
    auth.recover(db, sloppy, MANAGER, NEW_PASSWORD).close()
    auth.sign_in(db, MANAGER, NEW_PASSWORD).close()


def test_recover_refuses_a_staff_name(office: tuple[Path, auth.RecoverySheet]) -> None:
    db, sheet = office
    key_before = _digest(paths.key_file_for(db))
    with pytest.raises(NotAllowed) as info:
        auth.recover(db, sheet.secret, STAFF, NEW_PASSWORD)
    assert info.value.code == "recovery.not_a_manager"
    with pytest.raises(InvalidInput) as unknown:
        auth.recover(db, sheet.secret, "nobody", NEW_PASSWORD)
    assert unknown.value.code == "recovery.unknown_manager"
    assert _digest(paths.key_file_for(db)) == key_before
    auth.sign_in(db, STAFF, STAFF_PASSWORD).close()


def test_recover_refuses_a_wrong_or_short_secret(
    office: tuple[Path, auth.RecoverySheet], tmp_path: Path
) -> None:
    db, sheet = office
    other_db = tmp_path / "other" / "privacydesk.db"
    other_db.parent.mkdir()
    other, other_sheet = auth.create_database(
        other_db, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "ob"
    )
    other.close()
    with pytest.raises(WrongCredentials) as info:
        auth.recover(db, other_sheet.secret, MANAGER, NEW_PASSWORD)
    assert info.value.code == "recovery.wrong_secret"
    with pytest.raises(InvalidInput):
        auth.recover(db, "PD1-AAAAA", MANAGER, NEW_PASSWORD)
    with pytest.raises(InvalidInput) as short:
        auth.recover(db, sheet.secret, MANAGER, "short")
    assert short.value.code == "accounts.password_too_short"
    auth.sign_in(db, MANAGER, PASSWORD).close()


def test_disabled_account_no_longer_opens(office: tuple[Path, object]) -> None:
    db, _ = office
    manager = auth.sign_in(db, MANAGER, PASSWORD)
    try:
        staff_id = next(a.id for a in accounts.list_users(manager) if a.username == STAFF)
        row = accounts.disable_user(manager, STAFF)
        assert not row.active and row.disabled_at is not None
        with pytest.raises(InvalidInput) as again:
            accounts.disable_user(manager, STAFF)
        assert again.value.code == "accounts.already_disabled"
        with pytest.raises(InvalidInput) as unknown:
            accounts.disable_user(manager, "nobody")
        assert unknown.value.code == "accounts.unknown_user"
    finally:
        manager.close()
    slots = _keyfile(db)["slots"]
    assert isinstance(slots, list)
    assert staff_id not in {s["account_id"] for s in slots}
    assert len(slots) == 2
    with pytest.raises(WrongCredentials):
        auth.sign_in(db, STAFF, STAFF_PASSWORD)
    auth.sign_in(db, MANAGER, PASSWORD).close()
    auth.sign_in(db, VIEWER, VIEWER_PASSWORD).close()


def test_disabled_name_cannot_be_reused_for_a_new_account(office: tuple[Path, object]) -> None:
    db, _ = office
    manager = auth.sign_in(db, MANAGER, PASSWORD)
    try:
        accounts.disable_user(manager, STAFF)
        with pytest.raises(InvalidInput) as info:
            accounts.add_user(manager, STAFF, "staff", NEW_PASSWORD)
        assert info.value.code == "accounts.username_taken"
        with pytest.raises(InvalidInput):
            accounts.reset_password(manager, STAFF, NEW_PASSWORD)
    finally:
        manager.close()


def test_the_last_manager_cannot_be_disabled(office: tuple[Path, object]) -> None:
    db, _ = office
    manager = auth.sign_in(db, MANAGER, PASSWORD)
    try:
        with pytest.raises(InvalidInput) as info:
            accounts.disable_user(manager, MANAGER)
        assert info.value.code == "accounts.last_manager"
        accounts.add_user(manager, "kanri2", "manager", NEW_PASSWORD)
        accounts.disable_user(manager, "kanri2")
        with pytest.raises(InvalidInput):
            accounts.disable_user(manager, MANAGER)
    finally:
        manager.close()
    auth.sign_in(db, MANAGER, PASSWORD).close()


def test_change_own_password_needs_the_old_one(office: tuple[Path, object]) -> None:
    db, _ = office
    staff = auth.sign_in(db, STAFF, STAFF_PASSWORD)
    try:
        with pytest.raises(WrongCredentials):
            accounts.change_own_password(staff, "not my password", NEW_PASSWORD)
        with pytest.raises(WrongCredentials):
            accounts.change_own_password(staff, VIEWER_PASSWORD, NEW_PASSWORD)
        with pytest.raises(InvalidInput):
            accounts.change_own_password(staff, STAFF_PASSWORD, "short")
        accounts.change_own_password(staff, STAFF_PASSWORD, NEW_PASSWORD)
        assert _entries(staff, "account.password_changed")
    finally:
        staff.close()
    with pytest.raises(WrongCredentials):
        auth.sign_in(db, STAFF, STAFF_PASSWORD)
    auth.sign_in(db, STAFF, NEW_PASSWORD).close()


def test_reset_password_sets_must_change(office: tuple[Path, object]) -> None:
    db, _ = office
    manager = auth.sign_in(db, MANAGER, PASSWORD)
    try:
        with pytest.raises(InvalidInput):
            accounts.reset_password(manager, STAFF, "short")
        accounts.reset_password(manager, STAFF, NEW_PASSWORD)
        with manager.db.session() as s:
            account = s.query(Account).filter_by(username=STAFF).one()
            assert account.must_change_password
    finally:
        manager.close()
    with pytest.raises(WrongCredentials):
        auth.sign_in(db, STAFF, STAFF_PASSWORD)
    staff = auth.sign_in(db, STAFF, NEW_PASSWORD)
    try:
        assert staff.must_change_password
        accounts.change_own_password(staff, NEW_PASSWORD, STAFF_PASSWORD)
        assert not staff.must_change_password
    finally:
        staff.close()
    staff = auth.sign_in(db, STAFF, STAFF_PASSWORD)
    assert not staff.must_change_password
    staff.close()


def test_a_new_database_has_a_backup_and_no_backup_warning(
    created: tuple[Desk, auth.RecoverySheet], tmp_path: Path
) -> None:
    desk, _ = created
    folders = list((tmp_path / "backups").iterdir())
    assert len(folders) == 1
    assert backup.last_good_backup(desk) is not None
    assert not backup.backup_is_stale(desk)
    codes = {i.code for i in dashboard.items(desk)}
    assert "dashboard.backup_never" not in codes
    assert "dashboard.backup_stale" not in codes


def test_dashboard_shows_a_stale_backup(created: tuple[Desk, auth.RecoverySheet]) -> None:
    desk, _ = created
    last = backup.last_good_backup(desk)
    assert last is not None
    soon = last + timedelta(days=6)
    later = last + timedelta(days=8)
    assert not backup.backup_is_stale(desk, now=soon)
    assert backup.backup_is_stale(desk, now=later)
    assert "dashboard.backup_stale" not in {i.code for i in dashboard.items(desk, now=soon)}
    stale = [i for i in dashboard.items(desk, now=later) if i.code == "dashboard.backup_stale"]
    assert stale and stale[0].severity == "warning"
    assert stale[0].params == {"date": last.date().isoformat()}


def test_dashboard_shows_a_stale_backup_by_its_date(
    created: tuple[Desk, auth.RecoverySheet],
) -> None:
    desk, _ = created
    with desk.db.session(write=True) as s:
        for record in s.query(BackupRecord):
            record.made_at = record.made_at - timedelta(days=30)
    stale = [i for i in dashboard.items(desk) if i.code == "dashboard.backup_stale"]
    assert stale


def test_dashboard_says_never_without_any_backup(
    created: tuple[Desk, auth.RecoverySheet],
) -> None:
    desk, _ = created
    with desk.db.session(write=True) as s:
        s.query(BackupRecord).delete()
    codes = {i.code for i in dashboard.items(desk)}
    assert "dashboard.backup_never" in codes
    assert "dashboard.backup_stale" not in codes


def test_sign_in_with_odd_text_fails_cleanly(office: tuple[Path, object]) -> None:
    """A NUL byte or a lone surrogate (undecodable argv) is a wrong password, not a crash."""
    db, _ = office
    before = _files(db)
    for name, password in (
        ("kan\x00ri", PASSWORD),
        ("kanri\udcff", PASSWORD),
        (MANAGER, "correct horse\udcff battery"),
        (MANAGER, "correct horse\x00battery"),
    ):
        with pytest.raises(WrongCredentials):
            auth.sign_in(db, name, password)
    assert _files(db) == before


def test_sign_out_is_recorded_and_anchored(office: tuple[Path, object]) -> None:
    db, _ = office
    desk = auth.sign_in(db, STAFF, STAFF_PASSWORD)
    desk.close()
    desk.close()  # twice is harmless
    anchor = _keyfile(db)["anchor"]
    assert isinstance(anchor, dict)
    manager = auth.sign_in(db, MANAGER, PASSWORD)
    try:
        assert manager.chain is not None and manager.chain.anchor_status == "ok"
        outs = _entries(manager, "auth.sign_out")
        assert outs and outs[0].seq == anchor["count"]
    finally:
        manager.close()


def test_display_names_are_kept_as_typed_and_checked(
    created: tuple[Desk, auth.RecoverySheet],
) -> None:
    desk, _ = created
    row = accounts.add_user(desk, "takahashi", "staff", NEW_PASSWORD, " 髙橋 \ufa19子 ")
    assert row.display_name == "髙橋 \ufa19子"  # trimmed, never NFKC-folded
    for bad, code in (
        ("a\x00b", "accounts.display_name_bad_chars"),
        ("\udcff", "accounts.display_name_bad_chars"),
        ("x" * 201, "accounts.display_name_too_long"),
    ):
        with pytest.raises(InvalidInput) as info:
            accounts.add_user(desk, "someone", "staff", NEW_PASSWORD, bad)
        assert info.value.code == code
    assert "someone" not in {a.username for a in accounts.list_users(desk)}
