"""Key file: slots, recovery, failure counts, loading and atomic saving, on real files."""

from __future__ import annotations

import base64
import errno
import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from privacydesk.errors import (
    EnvironmentProblem,
    InvalidInput,
    KeyFileProblem,
    WrongCredentials,
)
from privacydesk.messages import MESSAGES
from privacydesk.storage import keys
from privacydesk.storage.keys import (
    Anchor,
    KdfParams,
    KeyFile,
    add_slot,
    create_keyfile,
    database_id_of,
    find_slot,
    keyfile_path,
    load,
    new_database_id,
    new_database_key,
    record_failure,
    remove_slot,
    reseal_recovery,
    save,
    take_failures,
    unwrap,
    unwrap_with_recovery,
)

# Cheap parameters: the derivation is the same code, only faster.
CHEAP = KdfParams(n=2**4, r=8, p=1)

ALICE = ("alice", "correct horse battery", 1)
HANAKO = ("山田花子", "パスワード１２３４", 2)


@pytest.fixture
def keyfile() -> tuple[KeyFile, bytes, bytes]:
    db_key = new_database_key()
    kf, secret = create_keyfile(new_database_id(), db_key, CHEAP)
    for name, password, account_id in (ALICE, HANAKO):
        add_slot(kf, account_id, name, password, db_key)
    return kf, db_key, secret


def test_fresh_material_has_the_right_sizes() -> None:
    assert len(new_database_key()) == 32
    assert len(new_database_id()) == 16
    assert new_database_key() != new_database_key()


def test_save_load_round_trip(tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    kf, db_key, secret = keyfile
    record_failure(kf, 1, now=datetime(2024, 4, 1, 9, 0, tzinfo=UTC))
    kf.anchor = Anchor(count=12, hash="ab" * 32, mac="cd" * 32)
    path = tmp_path / "office.db.keys"
    save(kf, path)
    loaded = load(path, expect_database_id=kf.database_id)
    assert loaded == kf
    assert unwrap(loaded, "alice", "correct horse battery") == (1, db_key)
    assert unwrap_with_recovery(loaded, secret) == db_key


def test_each_account_unwraps_with_its_own_password(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, db_key, _ = keyfile
    for name, password, account_id in (ALICE, HANAKO):
        assert unwrap(kf, name, password) == (account_id, db_key)


def test_user_name_is_normalised(keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    kf, db_key, _ = keyfile
    assert unwrap(kf, "  ＡＬＩＣＥ ", "correct horse battery") == (1, db_key)


def test_full_width_password_equals_ascii() -> None:
    db_key = new_database_key()
    kf, _ = create_keyfile(new_database_id(), db_key, CHEAP)
    add_slot(kf, 7, "bob", "password1234", db_key)
    assert unwrap(kf, "bob", "ｐａｓｓｗｏｒｄ１２３４") == (7, db_key)


def test_wrong_password_and_unknown_user_fail_alike(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, _, _ = keyfile
    with pytest.raises(WrongCredentials) as wrong_password:
        unwrap(kf, "alice", "correct horse battery!")
    with pytest.raises(WrongCredentials) as unknown_user:
        unwrap(kf, "mallory", "correct horse battery")
    assert wrong_password.value.code == unknown_user.value.code == "auth.wrong_credentials"
    assert wrong_password.value.params == unknown_user.value.params == {}
    assert str(wrong_password.value) == str(unknown_user.value)


def test_unknown_user_still_spends_a_derivation(
    monkeypatch: pytest.MonkeyPatch, keyfile: tuple[KeyFile, bytes, bytes]
) -> None:
    kf, _, _ = keyfile
    calls: list[KdfParams] = []
    real = keys._derive_kek

    def counting(password: str, kdf: KdfParams, salt: bytes) -> bytes:
        calls.append(kdf)
        return real(password, kdf, salt)

    monkeypatch.setattr(keys, "_derive_kek", counting)
    with pytest.raises(WrongCredentials):
        unwrap(kf, "nobody", "whatever")
    assert calls == [kf.kdf_default]


def test_removed_slot_no_longer_unwraps(keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    kf, db_key, _ = keyfile
    remove_slot(kf, 1)
    assert find_slot(kf, "alice") is None
    with pytest.raises(WrongCredentials):
        unwrap(kf, "alice", "correct horse battery")
    assert unwrap(kf, *HANAKO[:2]) == (2, db_key)


def test_add_slot_replaces_the_accounts_old_slot(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, db_key, _ = keyfile
    add_slot(kf, 1, "alice", "a new password", db_key)
    assert [s.account_id for s in kf.slots].count(1) == 1
    assert unwrap(kf, "alice", "a new password") == (1, db_key)
    with pytest.raises(WrongCredentials):
        unwrap(kf, "alice", "correct horse battery")
    # Renaming an account keeps one slot and frees the old name.
    add_slot(kf, 1, "alice.k", "a new password", db_key)
    assert find_slot(kf, "alice") is None
    assert unwrap(kf, "alice.k", "a new password") == (1, db_key)


def test_user_name_of_another_account_is_refused(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, db_key, _ = keyfile
    with pytest.raises(InvalidInput) as caught:
        add_slot(kf, 3, " Alice", "another password", db_key)
    assert caught.value.code == "keys.username_taken"
    assert len(kf.slots) == 2


def test_empty_user_name_or_password_is_refused(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, db_key, _ = keyfile
    with pytest.raises(InvalidInput) as no_name:
        add_slot(kf, 3, " \u3000", "password", db_key)
    with pytest.raises(InvalidInput) as no_password:
        add_slot(kf, 3, "carol", "", db_key)
    assert (no_name.value.code, no_password.value.code) == (
        "keys.username_empty",
        "keys.password_empty",
    )


def test_new_slots_use_the_default_kdf(keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    kf, db_key, _ = keyfile
    kf.kdf_default = KdfParams(n=2**5, r=8, p=1)
    add_slot(kf, 3, "carol", "carol's password", db_key)
    slot = find_slot(kf, "carol")
    assert slot is not None
    assert slot.kdf == KdfParams(n=2**5, r=8, p=1)
    # Older slots keep their own parameters and still open.
    assert unwrap(kf, *ALICE[:2]) == (1, db_key)


def test_recovery_secret_unwraps_and_a_wrong_one_is_refused(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, db_key, secret = keyfile
    assert len(secret) == 32
    assert unwrap_with_recovery(kf, secret) == db_key
    _, other_secret = create_keyfile(new_database_id(), db_key, CHEAP)
    for wrong in (other_secret, bytes(32), secret[:31]):
        with pytest.raises(WrongCredentials) as caught:
            unwrap_with_recovery(kf, wrong)
        assert caught.value.code == "recovery.wrong_secret"


def test_damaged_sealed_key_is_a_key_file_problem(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, _, secret = keyfile
    sealed = bytearray(kf.recovery.sealed_key)
    sealed[-1] ^= 1
    kf.recovery = keys.Recovery(kf.recovery.public_key, bytes(sealed))
    with pytest.raises(KeyFileProblem) as caught:
        unwrap_with_recovery(kf, secret)
    assert caught.value.code == "keyfile.recovery_damaged"


def test_reseal_after_a_new_key_works_with_the_same_secret(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, old_key, secret = keyfile
    new_key = new_database_key()
    reseal_recovery(kf, new_key)
    assert unwrap_with_recovery(kf, secret) == new_key != old_key


def test_slot_copied_into_another_database_does_not_unwrap(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, db_key, _ = keyfile
    other, _ = create_keyfile(new_database_id(), db_key, CHEAP)
    other.slots = list(kf.slots)
    with pytest.raises(WrongCredentials):
        unwrap(other, *ALICE[:2])


def test_slot_moved_to_another_account_does_not_unwrap(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, _, _ = keyfile
    slot = find_slot(kf, "alice")
    assert slot is not None
    kf.slots = [keys.Slot(**{**slot.__dict__, "account_id": 99})]
    with pytest.raises(WrongCredentials):
        unwrap(kf, *ALICE[:2])


def test_failures_are_counted_and_taken(keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    kf, _, _ = keyfile
    assert take_failures(kf, 1) == (0, None)
    record_failure(kf, 1, now=datetime(2024, 4, 1, 9, 0, tzinfo=UTC))
    record_failure(kf, 1, now=datetime(2024, 4, 1, 9, 5, tzinfo=UTC))
    record_failure(kf, None)
    assert take_failures(kf, 1) == (2, "2024-04-01T09:05:00+00:00")
    assert take_failures(kf, 1) == (0, None)
    count, last_at = take_failures(kf, None)
    assert count == 1 and last_at is not None and last_at.endswith("+00:00")


def test_key_file_holds_no_name_password_or_key(
    tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]
) -> None:
    kf, db_key, secret = keyfile
    record_failure(kf, 2)
    path = tmp_path / "office.db.keys"
    save(kf, path)
    raw = path.read_bytes()
    text = raw.decode("utf-8").lower()
    forbidden_text: list[str] = []
    for name, password, _ in (ALICE, HANAKO):
        for value in (name, password, keys.normalise_password(password)):
            forbidden_text += [value, json.dumps(value).strip('"')]  # as-is and \u-escaped
    for secret_bytes in (db_key, secret):
        forbidden_text += [
            secret_bytes.hex(),
            base64.b64encode(secret_bytes).decode().rstrip("="),
            base64.urlsafe_b64encode(secret_bytes).decode().rstrip("="),
            base64.b32encode(secret_bytes).decode().rstrip("="),
        ]
    for needle in forbidden_text:
        assert needle.lower() not in text, needle
    for needle_bytes in (db_key, secret, "山田花子".encode(), "花子".encode("utf-16-be")):
        assert needle_bytes not in raw


def test_database_id_of_reads_the_first_16_bytes(tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    db.write_bytes(b"0123456789abcdefrest of the file")
    assert database_id_of(db) == b"0123456789abcdef"
    short = tmp_path / "short.db"
    short.write_bytes(b"abc")
    assert database_id_of(short) == b"abc"
    assert keyfile_path(db) == tmp_path / "office.db.keys"


def _saved(tmp_path: Path, kf: KeyFile) -> Path:
    path = tmp_path / "office.db.keys"
    save(kf, path)
    return path


def _load_code(path: Path, expect: bytes | None = None) -> str:
    with pytest.raises(KeyFileProblem) as caught:
        load(path, expect_database_id=expect)
    assert caught.value.params.get("path") == str(path)
    return caught.value.code


def test_load_missing(tmp_path: Path) -> None:
    assert _load_code(tmp_path / "nothing.keys") == "keyfile.missing"


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff garbage \x89PNG", b"not json at all", b"[1, 2, 3]", b'"text"'],
)
def test_load_garbage(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "office.db.keys"
    path.write_bytes(content)
    assert _load_code(path) == "keyfile.damaged"


def test_load_truncated(tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    path = _saved(tmp_path, keyfile[0])
    raw = path.read_bytes()
    for cut in (1, len(raw) // 3, len(raw) // 2, len(raw) - 5):
        path.write_bytes(raw[:cut])
        assert _load_code(path) == "keyfile.damaged", cut


def test_load_wrong_marker(tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    path = _saved(tmp_path, keyfile[0])
    document = json.loads(path.read_text(encoding="utf-8"))
    document["format"] = "someone-elses-keyfile"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _load_code(path) == "keyfile.damaged"


def test_load_too_new(tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    path = _saved(tmp_path, keyfile[0])
    # A newer version may have changed every other field: only the marker is read.
    newer = {"format": "privacydesk-keyfile", "version": keys.KEYFILE_VERSION + 1}
    path.write_text(json.dumps(newer), "utf-8")
    assert _load_code(path) == "keyfile.too_new"


def test_load_foreign(tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    kf = keyfile[0]
    path = _saved(tmp_path, kf)
    assert _load_code(path, expect=new_database_id()) == "keyfile.foreign"
    assert load(path, expect_database_id=kf.database_id) == kf


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("version",), 0),
        (("version",), True),
        (("database_id",), "zz"),
        (("database_id",), "00" * 15),
        (("kdf_default", "n"), 3),
        (("kdf_default", "n"), 2**40),  # would ask scrypt for terabytes
        (("slots", 0, "account_id"), -1),
        (("slots", 0, "account_id"), "1"),
        (("slots", 0, "nonce"), "not base64!"),
        (("slots", 0, "wrapped_key"), base64.b64encode(b"short").decode()),
        (("slots", 0, "kdf", "salt"), None),
        (("slots", 1, "account_id"), 1),  # two slots for one account
        (("recovery", "public_key"), ""),
        (("failures",), {"alice": {"count": 1, "last_at": "2024-04-01T00:00:00+00:00"}}),
        (("failures",), {"1": {"count": 1, "last_at": "yesterday"}}),
        (("anchor",), {"count": 1, "hash": "xyz", "mac": "00"}),
        (("slots",), {}),
    ],
)
def test_load_bad_fields(
    tmp_path: Path,
    keyfile: tuple[KeyFile, bytes, bytes],
    where: tuple[str | int, ...],
    value: object,
) -> None:
    path = _saved(tmp_path, keyfile[0])
    document = json.loads(path.read_text(encoding="utf-8"))
    target = document
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _load_code(path) == "keyfile.damaged"


def test_load_missing_field(tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    path = _saved(tmp_path, keyfile[0])
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["recovery"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _load_code(path) == "keyfile.damaged"


def test_save_replaces_and_leaves_no_temp_files(
    tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]
) -> None:
    kf, db_key, _ = keyfile
    path = _saved(tmp_path, kf)
    add_slot(kf, 3, "carol", "carol's password", db_key)
    save(kf, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db.keys"]
    assert load(path) == kf


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_saved_file_is_private(tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    path = tmp_path / "office.db.keys"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        save(keyfile[0], path)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_save_retries_a_briefly_held_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]
) -> None:
    real_replace = os.replace
    failures = iter([True, True, False])

    def held_by_antivirus(src: Path, dst: Path) -> None:
        if next(failures):
            raise PermissionError(errno.EACCES, "in use by another process")
        real_replace(src, dst)

    monkeypatch.setattr(keys.os, "replace", held_by_antivirus)
    monkeypatch.setattr(keys, "_REPLACE_PAUSE_SECONDS", 0.0)
    path = _saved(tmp_path, keyfile[0])
    assert load(path) == keyfile[0]
    assert [p.name for p in tmp_path.iterdir()] == ["office.db.keys"]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_save_failure_is_an_environment_problem_and_keeps_the_old_file(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    keyfile: tuple[KeyFile, bytes, bytes],
    code: int,
) -> None:
    kf, db_key, _ = keyfile
    path = _saved(tmp_path, kf)
    before = path.read_bytes()

    def failing_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(keys.os, "fsync", failing_fsync)
    monkeypatch.setattr(keys, "_REPLACE_PAUSE_SECONDS", 0.0)
    add_slot(kf, 3, "carol", "carol's password", db_key)
    with pytest.raises(EnvironmentProblem) as caught:
        save(kf, path)
    assert caught.value.code == "env.write_failed"
    assert caught.value.params == {"path": str(path)}
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["office.db.keys"]


def test_every_code_raised_here_has_both_languages() -> None:
    codes = [
        "keyfile.missing",
        "keyfile.damaged",
        "keyfile.foreign",
        "keyfile.too_new",
        "keyfile.recovery_damaged",
        "keys.username_taken",
        "keys.username_empty",
        "keys.password_empty",
        "recovery.malformed",
        "recovery.typo",
        "recovery.wrong_secret",
        "env.write_failed",
        "env.read_failed",
    ]
    for code in codes:
        assert set(MESSAGES[code]) >= {"ja", "en"}, code
    assert "{group}" in MESSAGES["recovery.typo"]["ja"]
    assert "{path}" in MESSAGES["keyfile.missing"]["en"]


# --- format 2: slots with a key pair, rotation without passwords, the pending file ----------


def test_reseal_slots_gives_every_slot_a_new_key_without_passwords(
    keyfile: tuple[KeyFile, bytes, bytes],
) -> None:
    kf, old_key, _ = keyfile
    new_key = new_database_key()
    assert keys.reseal_slots(kf, new_key) == []
    for name, password, account_id in (ALICE, HANAKO):
        assert unwrap(kf, name, password) == (account_id, new_key)
    assert kf.key_id == keys.key_id(new_key) != keys.key_id(old_key)


def test_a_format_1_file_is_read_and_its_slots_are_legacy(
    tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]
) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kf, db_key, _ = keyfile
    kdf_salt, nonce = b"s" * 16, b"n" * 12
    aad = keys._slot_aad(kf.database_id, 1, keys._SLOT_AAD_PREFIX)
    wrapped = AESGCM(keys._derive_kek(ALICE[1], CHEAP, kdf_salt)).encrypt(nonce, db_key, aad)
    path = _saved(tmp_path, kf)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = 1
    del document["key_id"]
    alice = next(s for s in document["slots"] if s["account_id"] == 1)
    for name in ("public_key", "sealed_key"):
        del alice[name]
    alice["kdf"]["salt"] = base64.b64encode(kdf_salt).decode()
    alice["nonce"] = base64.b64encode(nonce).decode()
    alice["wrapped_key"] = base64.b64encode(wrapped).decode()
    document["slots"] = [alice]
    path.write_text(json.dumps(document), encoding="utf-8")
    old = load(path)
    assert old.key_id is None and keys.legacy_accounts(old) == [1]
    opened = keys.open_slot(old, *ALICE[:2])
    assert opened.legacy and opened.db_key == db_key and opened.private_key is None
    # A rotation cannot carry it; re-adding it with the password makes it format 2.
    assert keys.reseal_slots(load(path), new_database_key()) == [1]
    add_slot(old, 1, *ALICE[:2], db_key)
    save(old, path)
    again = load(path)
    assert keys.legacy_accounts(again) == [] and again.key_id == keys.key_id(db_key)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2


def test_pending_round_trip_and_what_opens_it(
    tmp_path: Path, keyfile: tuple[KeyFile, bytes, bytes]
) -> None:
    kf, old_key, secret = keyfile
    path = _saved(tmp_path, kf)
    assert keys.load_pending(path) is None
    new_key = new_database_key()
    pending = keys.make_pending(kf, new_key, old_key, 1, "office-pc")
    keys.save_pending(pending, path)
    assert keys.pending_path(path).name == "office.db.keys.pending"
    assert oct(keys.pending_path(path).stat().st_mode & 0o777) == "0o600"
    loaded = keys.load_pending(path, kf.database_id)
    assert loaded == pending
    text = keys.pending_path(path).read_text(encoding="utf-8")
    assert new_key.hex() not in text and old_key.hex() not in text
    for name, password, _ in (ALICE, HANAKO):
        assert keys.open_pending(kf, loaded, keys.open_slot(kf, name, password)) == new_key
    assert (
        keys.open_recovery_sealed(kf.recovery.public_key, loaded.recovery_sealed, secret) == new_key
    )
    with pytest.raises(KeyFileProblem) as caught:
        keys.load_pending(path, new_database_id())
    assert caught.value.code == "keyfile.pending_damaged"
    keys.pending_path(path).write_text('{"format": "privacydesk-pending-key"}', "utf-8")
    with pytest.raises(KeyFileProblem):
        keys.load_pending(path)
    keys.remove_pending(path)
    keys.remove_pending(path)  # gone already: no error
    assert keys.load_pending(path) is None


def test_throttle_waits_from_the_last_failure(keyfile: tuple[KeyFile, bytes, bytes]) -> None:
    kf, _, _ = keyfile
    t0 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    for i in range(4):
        record_failure(kf, 1, now=t0)
        assert keys.seconds_to_wait(kf, 1, t0) == 0, i
    record_failure(kf, 1, now=t0)
    assert keys.seconds_to_wait(kf, 1, t0) == 15
    assert keys.seconds_to_wait(kf, 1, t0.replace(second=10)) == 5
    assert keys.seconds_to_wait(kf, 1, t0.replace(second=15)) == 0
    assert keys.seconds_to_wait(kf, 2, t0) == 0  # per account
    take_failures(kf, 1)
    assert keys.seconds_to_wait(kf, 1, t0) == 0
