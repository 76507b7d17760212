"""The key file beside the database: the database key opened by each account's password and
by the recovery sheet, plus failed sign-in counts, the audit anchor and the shared-folder choice.

Slots (format version 2). Each account's slot holds an X25519 key pair: the private half is
wrapped under a key derived from the password (scrypt, then AES-GCM bound to the database id
and the account id), the public half is stored in clear, and the database key is sealed to it
(a PyNaCl SealedBox). So a manager who holds the database key can give every remaining slot a
new database key (key rotation) without anyone's password, exactly as the recovery sheet's
sealed copy is renewed, and nobody learns anything that opens another account's slot: a
disabled person who kept a copy of an old key file knows the old database key and their own
private key only, and neither opens a slot sealed with the new key.

Version 1 slots wrapped the database key itself under the password key ("legacy" slots). They
are still read; a legacy slot is rewritten as a version 2 slot the next time its owner signs in
(the password is at hand then), and every save writes format version 2. A rotation cannot
carry a legacy slot to the new key: the service says whose accounts need a new password.

The sealed keys are not authenticated against someone who can write both the key file and the
database (they could seal a key of their own); that person could equally delete both, and the
threat this file answers is a lost or stolen copy (SECURITY.md).

During a rotation the new key waits in a separate file beside this one (`<db>.keys.pending`,
written only by the rotation; see `PendingKey`), so no other writer of the key file can drop
it, and sign-in can finish or undo an interrupted rotation.

Throttling: after THROTTLE_AFTER failed sign-ins in a row for one account (or for unknown user
names), the next try must wait `throttle_delay(count)` seconds after the last failure: 15 s,
then doubling, at most 5 minutes. Never a permanent lock-out; a success clears the count.
Unknown names share one count, so a run of wrong names slows the next unknown name but not a
real account (which tells a patient guesser that a name exists; the wait still holds them
back). The throttle guards the app's own sign-in; someone holding copies of the files can
guess offline, and there only scrypt's cost per guess protects the key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import hmac
import json
import math
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from privacydesk.errors import (
    EnvironmentProblem,
    InvalidInput,
    KeyFileProblem,
    WrongCredentials,
)

KEYFILE_FORMAT = "privacydesk-keyfile"
KEYFILE_VERSION = 2
KEYFILE_SUFFIX = ".keys"
PENDING_FORMAT = "privacydesk-pending-key"
PENDING_VERSION = 1
PENDING_SUFFIX = ".pending"

DATABASE_KEY_LENGTH = 32
DATABASE_ID_LENGTH = 16  # SQLCipher's salt: the first 16 bytes of the database file
SALT_LENGTH = 16
NONCE_LENGTH = 12
USER_HASH_LENGTH = 32
WRAPPED_KEY_LENGTH = DATABASE_KEY_LENGTH + 16  # AES-GCM appends a 16-byte tag
RECOVERY_SECRET_LENGTH = 32
RECOVERY_PUBLIC_KEY_LENGTH = 32
SEALED_KEY_LENGTH = DATABASE_KEY_LENGTH + 48  # ephemeral public key + MAC
MAX_ACCOUNT_ID = 2**63 - 1
UNKNOWN_ACCOUNT = "unknown"

_SLOT_AAD_PREFIX = b"privacydesk-slot-v1"  # legacy slots: the database key itself wrapped
_SLOT_AAD_PREFIX_V2 = b"privacydesk-slot-v2"  # the slot's private key wrapped
SLOT_PUBLIC_KEY_LENGTH = 32
KEY_ID_LENGTH = 16  # hex characters of the key fingerprint

THROTTLE_AFTER = 5  # failures in a row before any wait
THROTTLE_FIRST_SECONDS = 15
THROTTLE_MAX_SECONDS = 300  # never more than five minutes; never a lock-out
# A key file is a few kilobytes; refuse to parse anything huge that merely has its name.
_MAX_KEYFILE_BYTES = 4 * 1024 * 1024
# scrypt needs 128*n*r bytes; a damaged or hostile file must not ask for more than this.
_MAX_SCRYPT_MEMORY = 2**30
_MAX_SCRYPT_P = 16
_REPLACE_ATTEMPTS = 10
_REPLACE_PAUSE_SECONDS = 0.05
_WRITE_ERRNOS = frozenset(
    code
    for code in (
        errno.ENOSPC,
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.EFBIG,
        getattr(errno, "EDQUOT", None),
    )
    if code is not None
)


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters."""

    n: int
    r: int
    p: int

    def __post_init__(self) -> None:
        if not _kdf_params_ok(self.n, self.r, self.p):
            raise ValueError(f"unusable scrypt parameters n={self.n} r={self.r} p={self.p}")


def _kdf_params_ok(n: object, r: object, p: object) -> bool:
    if not (isinstance(n, int) and isinstance(r, int) and isinstance(p, int)):
        return False
    if any(isinstance(v, bool) for v in (n, r, p)):  # JSON true is not a number here
        return False
    return (
        n > 1
        and n & (n - 1) == 0
        and r >= 1
        and 1 <= p <= _MAX_SCRYPT_P
        and 128 * n * r <= _MAX_SCRYPT_MEMORY
    )


# About 0.4 s and 128 MiB per derivation on an office PC (traps.md, "Keys").
STRONG = KdfParams(n=2**17, r=8, p=1)


@dataclass(frozen=True)
class Slot:
    """The database key opened for one account; the user name is kept only as a salted HMAC.

    `wrapped_key` is the slot's private key under the password key (a legacy slot: the database
    key itself); `public_key` and `sealed_key` (the database key sealed to it) are None in a
    legacy slot.
    """

    account_id: int
    user_salt: bytes
    user_hash: bytes
    kdf: KdfParams
    kdf_salt: bytes
    nonce: bytes
    wrapped_key: bytes
    public_key: bytes | None = None
    sealed_key: bytes | None = None

    @property
    def legacy(self) -> bool:
        return self.public_key is None or self.sealed_key is None


@dataclass(frozen=True)
class Recovery:
    """The recovery public key and the database key sealed to it."""

    public_key: bytes
    sealed_key: bytes


@dataclass(frozen=True)
class FailureCount:
    count: int
    last_at: str  # ISO 8601, UTC


@dataclass(frozen=True)
class Anchor:
    """Written and checked by others (the audit anchor); this module only stores it."""

    count: int
    hash: str
    mac: str


@dataclass
class KeyFile:
    database_id: bytes
    kdf_default: KdfParams
    recovery: Recovery
    slots: list[Slot] = field(default_factory=list)
    failures: dict[str, FailureCount] = field(default_factory=dict)
    anchor: Anchor | None = None
    # The office chose to keep this database in a synced or network folder (one user at a time).
    shared_opt_in: bool = False
    # Fingerprint of the database key these slots open (None in files from before rotation):
    # an open desk whose key differs knows the database was re-keyed.
    key_id: str | None = None


@dataclass(frozen=True)
class PendingKey:
    """A rotation under way: the new key sealed to each slot's public key and to the recovery
    key, written before the database is re-keyed. `by` is the account that started it."""

    database_id: bytes
    key_id: str
    old_key_id: str
    by: int
    pid: int
    host: str
    started_at: str
    seals: dict[int, bytes]
    recovery_sealed: bytes


# --- normalisation ----------------------------------------------------------------------


def normalise_password(password: str) -> str:
    """NFKC, so a password typed in full-width (ｐａｓｓ１) equals its ASCII form."""
    return unicodedata.normalize("NFKC", password)


def normalise_username(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


# --- fresh material ----------------------------------------------------------------------


def new_database_key() -> bytes:
    return secrets.token_bytes(DATABASE_KEY_LENGTH)


def new_database_id() -> bytes:
    return secrets.token_bytes(DATABASE_ID_LENGTH)


def key_id(db_key: bytes) -> str:
    """A short fingerprint of a database key (HKDF: it reveals nothing of the key)."""
    _check_key(db_key)
    digest = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"privacydesk:key-id"
    ).derive(db_key)
    return digest.hex()[:KEY_ID_LENGTH]


def keyfile_path(db_path: Path) -> Path:
    """Where the key file of a database lives: `<db>.keys` beside it."""
    return db_path.with_name(db_path.name + KEYFILE_SUFFIX)


def database_id_of(db_path: Path) -> bytes:
    """The first 16 bytes of a database file (fewer if it is shorter); no checks of its own.

    OSError (missing file, no permission) propagates: the caller decides what it means.
    """
    with open(db_path, "rb") as f:
        return f.read(DATABASE_ID_LENGTH)


# --- slots -------------------------------------------------------------------------------


def _utf8(text: str) -> bytes:
    # A lone surrogate (undecodable command-line bytes) cannot match any stored secret;
    # encoding it as such keeps it distinct instead of crashing.
    return text.encode("utf-8", "surrogatepass")


def _derive_kek(password: str, kdf: KdfParams, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=kdf.n, r=kdf.r, p=kdf.p).derive(
        _utf8(normalise_password(password))
    )


def _slot_aad(database_id: bytes, account_id: int, prefix: bytes = _SLOT_AAD_PREFIX_V2) -> bytes:
    # Binds the wrapped key to this database and account: a slot copied into another key
    # file, or given another account id, no longer opens.
    return prefix + database_id + account_id.to_bytes(8, "big")


def _user_hash(salt: bytes, username: str) -> bytes:
    return hmac.digest(salt, _utf8(normalise_username(username)), "sha256")


def _check_account_id(account_id: int) -> None:
    if not _is_int(account_id) or not 0 <= account_id <= MAX_ACCOUNT_ID:
        raise ValueError(f"account id out of range: {account_id!r}")


def _check_key(db_key: bytes) -> None:
    if len(db_key) != DATABASE_KEY_LENGTH:
        raise ValueError(f"a database key has {DATABASE_KEY_LENGTH} bytes")


def create_keyfile(database_id: bytes, db_key: bytes, kdf: KdfParams) -> tuple[KeyFile, bytes]:
    """A key file with no slots yet, and the recovery secret (32 bytes) for the sheet."""
    if len(database_id) != DATABASE_ID_LENGTH:
        raise ValueError(f"a database id has {DATABASE_ID_LENGTH} bytes")
    _check_key(db_key)
    recovery_key = PrivateKey.generate()
    public = recovery_key.public_key
    kf = KeyFile(
        database_id=bytes(database_id),
        kdf_default=kdf,
        recovery=Recovery(bytes(public), SealedBox(public).encrypt(db_key)),
        key_id=key_id(db_key),
    )
    return kf, bytes(recovery_key)


def find_slot(kf: KeyFile, username: str) -> Slot | None:
    for slot in kf.slots:
        if hmac.compare_digest(_user_hash(slot.user_salt, username), slot.user_hash):
            return slot
    return None


def add_slot(kf: KeyFile, account_id: int, username: str, password: str, db_key: bytes) -> None:
    """Wrap db_key for an account with kf.kdf_default, replacing that account's old slot.

    Also the way to change a password or a user name, or to move a slot to new KDF params.
    """
    _check_account_id(account_id)
    _check_key(db_key)
    if not normalise_username(username):
        raise InvalidInput("keys.username_empty")
    if not normalise_password(password):
        raise InvalidInput("keys.password_empty")
    holder = find_slot(kf, username)
    if holder is not None and holder.account_id != account_id:
        raise InvalidInput("keys.username_taken")
    user_salt = secrets.token_bytes(SALT_LENGTH)
    kdf_salt = secrets.token_bytes(SALT_LENGTH)
    nonce = secrets.token_bytes(NONCE_LENGTH)
    kek = _derive_kek(password, kf.kdf_default, kdf_salt)
    private = PrivateKey.generate()
    wrapped = AESGCM(kek).encrypt(nonce, bytes(private), _slot_aad(kf.database_id, account_id))
    slot = Slot(
        account_id=account_id,
        user_salt=user_salt,
        user_hash=_user_hash(user_salt, username),
        kdf=kf.kdf_default,
        kdf_salt=kdf_salt,
        nonce=nonce,
        wrapped_key=wrapped,
        public_key=bytes(private.public_key),
        sealed_key=SealedBox(private.public_key).encrypt(db_key),
    )
    kf.slots = [s for s in kf.slots if s.account_id != account_id] + [slot]
    if kf.key_id is None:
        kf.key_id = key_id(db_key)


def remove_slot(kf: KeyFile, account_id: int) -> None:
    kf.slots = [s for s in kf.slots if s.account_id != account_id]


@dataclass(frozen=True)
class Opened:
    """What a password opened: the account, the database key, and the slot's private key
    (None for a legacy slot), which also opens a pending rotation's new key."""

    account_id: int
    db_key: bytes = field(repr=False)
    private_key: bytes | None = field(repr=False)
    legacy: bool


def open_slot(kf: KeyFile, username: str, password: str) -> Opened:
    """Open an account's slot with its password; WrongCredentials otherwise.

    An unknown user and a wrong password fail alike, in about the same time.
    """
    slot = find_slot(kf, username)
    if slot is None:
        # Spend one derivation anyway so the time taken does not tell whether the user exists.
        _derive_kek(password, kf.kdf_default, secrets.token_bytes(SALT_LENGTH))
        raise WrongCredentials()
    kek = _derive_kek(password, slot.kdf, slot.kdf_salt)
    if slot.legacy:
        try:
            db_key = AESGCM(kek).decrypt(
                slot.nonce,
                slot.wrapped_key,
                _slot_aad(kf.database_id, slot.account_id, _SLOT_AAD_PREFIX),
            )
        except InvalidTag:
            raise WrongCredentials() from None
        return Opened(slot.account_id, db_key, None, True)
    try:
        private = AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped_key, _slot_aad(kf.database_id, slot.account_id)
        )
    except InvalidTag:
        raise WrongCredentials() from None
    return Opened(
        slot.account_id, _open_sealed(private, slot.public_key, slot.sealed_key), private, False
    )


def _open_sealed(private: bytes, public_key: bytes | None, sealed: bytes | None) -> bytes:
    # The password was right (AES-GCM checked it): anything wrong past here is damage.
    key = PrivateKey(private)
    if (
        public_key is None
        or sealed is None
        or not hmac.compare_digest(bytes(key.public_key), public_key)
    ):
        raise KeyFileProblem("keyfile.damaged")
    try:
        db_key = SealedBox(key).decrypt(sealed)
    except CryptoError:
        raise KeyFileProblem("keyfile.damaged") from None
    if len(db_key) != DATABASE_KEY_LENGTH:
        raise KeyFileProblem("keyfile.damaged")
    return db_key


def unwrap(kf: KeyFile, username: str, password: str) -> tuple[int, bytes]:
    """(account_id, db_key) for a user name and password; WrongCredentials otherwise."""
    opened = open_slot(kf, username, password)
    return opened.account_id, opened.db_key


def reseal_slots(kf: KeyFile, db_key: bytes) -> list[int]:
    """Seal a (new) database key to every slot's public key; no password needed.

    Legacy slots cannot take the new key: they are removed, and their account ids returned.
    """
    _check_key(db_key)
    kept: list[Slot] = []
    dropped: list[int] = []
    for slot in kf.slots:
        if slot.legacy or slot.public_key is None:
            dropped.append(slot.account_id)
            continue
        sealed = SealedBox(PublicKey(slot.public_key)).encrypt(db_key)
        kept.append(replace(slot, sealed_key=sealed))
    kf.slots = kept
    kf.key_id = key_id(db_key)
    return dropped


def legacy_accounts(kf: KeyFile) -> list[int]:
    """Account ids whose slot is still of format version 1 (their owner has not signed in
    since this version): a rotation cannot carry them."""
    return [s.account_id for s in kf.slots if s.legacy]


# --- recovery ----------------------------------------------------------------------------


def unwrap_with_recovery(kf: KeyFile, secret: bytes) -> bytes:
    """The database key from the recovery secret; WrongCredentials("recovery.wrong_secret")."""
    if len(secret) != RECOVERY_SECRET_LENGTH:
        raise WrongCredentials("recovery.wrong_secret")
    private = PrivateKey(secret)
    # A secret of another database would also fail to decrypt, but checking the public key
    # first tells "wrong sheet" apart from "damaged key file".
    if not hmac.compare_digest(bytes(private.public_key), kf.recovery.public_key):
        raise WrongCredentials("recovery.wrong_secret")
    try:
        db_key = SealedBox(private).decrypt(kf.recovery.sealed_key)
    except CryptoError:
        raise KeyFileProblem("keyfile.recovery_damaged") from None
    if len(db_key) != DATABASE_KEY_LENGTH:
        raise KeyFileProblem("keyfile.recovery_damaged")
    return db_key


def reseal_recovery(kf: KeyFile, db_key: bytes) -> None:
    """Seal a (new) database key to the stored recovery public key; no secret needed."""
    _check_key(db_key)
    sealed = SealedBox(PublicKey(kf.recovery.public_key)).encrypt(db_key)
    kf.recovery = Recovery(kf.recovery.public_key, sealed)


def open_recovery_sealed(public_key: bytes, sealed: bytes, secret: bytes) -> bytes:
    """A key sealed to the recovery public key (a pending rotation's), with the secret."""
    private = PrivateKey(secret)
    if not hmac.compare_digest(bytes(private.public_key), public_key):
        raise WrongCredentials("recovery.wrong_secret")
    try:
        db_key = SealedBox(private).decrypt(sealed)
    except CryptoError:
        raise KeyFileProblem("keyfile.recovery_damaged") from None
    if len(db_key) != DATABASE_KEY_LENGTH:
        raise KeyFileProblem("keyfile.recovery_damaged")
    return db_key


# --- failed logins -----------------------------------------------------------------------


def _failure_key(account_id: int | None) -> str:
    return UNKNOWN_ACCOUNT if account_id is None else str(account_id)


def record_failure(kf: KeyFile, account_id: int | None, *, now: datetime | None = None) -> None:
    """Count a failed login for an account, or for "unknown" (no such user)."""
    key = _failure_key(account_id)
    when = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    previous = kf.failures.get(key)
    kf.failures[key] = FailureCount((previous.count if previous else 0) + 1, when)


def throttle_delay(count: int) -> int:
    """Seconds to wait after `count` failures in a row: none before THROTTLE_AFTER, then 15 s,
    doubling each time, capped at THROTTLE_MAX_SECONDS."""
    if count < THROTTLE_AFTER:
        return 0
    steps = min(count - THROTTLE_AFTER, 10)  # 15 * 2**10 is past the cap already
    return min(THROTTLE_FIRST_SECONDS * 2**steps, THROTTLE_MAX_SECONDS)


def seconds_to_wait(kf: KeyFile, account_id: int | None, now: datetime | None = None) -> int:
    """Whole seconds before the next sign-in try for an account (None: unknown names)."""
    entry = kf.failures.get(_failure_key(account_id))
    if entry is None:
        return 0
    delay = throttle_delay(entry.count)
    if not delay:
        return 0
    last = datetime.fromisoformat(entry.last_at)
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    left = (last + timedelta(seconds=delay) - (now or datetime.now(UTC))).total_seconds()
    # A clock set back must not turn the wait into hours: never more than the delay itself.
    return max(0, min(math.ceil(left), delay))


def failure_count(kf: KeyFile, account_id: int | None) -> int:
    entry = kf.failures.get(_failure_key(account_id))
    return entry.count if entry else 0


def take_failures(kf: KeyFile, account_id: int | None) -> tuple[int, str | None]:
    """(count, last_at) of failed logins for an account (None: "unknown"), then clear it."""
    entry = kf.failures.pop(_failure_key(account_id), None)
    return (entry.count, entry.last_at) if entry else (0, None)


# --- JSON --------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf_json(kdf: KdfParams) -> dict[str, int]:
    return {"n": kdf.n, "r": kdf.r, "p": kdf.p}


def _slot_json(s: Slot) -> dict[str, Any]:
    data: dict[str, Any] = {
        "account_id": s.account_id,
        "user_salt": _b64(s.user_salt),
        "user_hash": _b64(s.user_hash),
        "kdf": {**_kdf_json(s.kdf), "salt": _b64(s.kdf_salt)},
        "nonce": _b64(s.nonce),
        "wrapped_key": _b64(s.wrapped_key),
    }
    if not s.legacy:
        assert s.public_key is not None and s.sealed_key is not None
        data["public_key"] = _b64(s.public_key)
        data["sealed_key"] = _b64(s.sealed_key)
    return data


def to_json(kf: KeyFile) -> str:
    document: dict[str, Any] = {
        "format": KEYFILE_FORMAT,
        "version": KEYFILE_VERSION,
        "database_id": kf.database_id.hex(),
        "kdf_default": _kdf_json(kf.kdf_default),
        "key_id": kf.key_id,
        "slots": [_slot_json(s) for s in kf.slots],
        "recovery": {
            "public_key": _b64(kf.recovery.public_key),
            "sealed_key": _b64(kf.recovery.sealed_key),
        },
        "failures": {
            k: {"count": v.count, "last_at": v.last_at} for k, v in sorted(kf.failures.items())
        },
        "anchor": (
            None
            if kf.anchor is None
            else {"count": kf.anchor.count, "hash": kf.anchor.hash, "mac": kf.anchor.mac}
        ),
        "shared_opt_in": kf.shared_opt_in,
    }
    return json.dumps(document, indent=2) + "\n"


class _Damaged(Exception):
    """Raised while parsing; load() turns it into KeyFileProblem("keyfile.damaged")."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _get(obj: object, name: str) -> Any:
    if not isinstance(obj, dict) or name not in obj:
        raise _Damaged(name)
    return obj[name]


def _int(obj: object, name: str, minimum: int = 0, maximum: int = MAX_ACCOUNT_ID) -> int:
    value = _get(obj, name)
    if not _is_int(value) or not minimum <= value <= maximum:
        raise _Damaged(name)
    return int(value)


def _bytes(obj: object, name: str, length: int) -> bytes:
    value = _get(obj, name)
    if not isinstance(value, str):
        raise _Damaged(name)
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _Damaged(name) from None
    if len(data) != length:
        raise _Damaged(name)
    return data


def _hex(obj: object, name: str) -> str:
    value = _get(obj, name)
    if not isinstance(value, str):
        raise _Damaged(name)
    try:
        bytes.fromhex(value)
    except ValueError:
        raise _Damaged(name) from None
    return value


def _kdf(obj: object) -> KdfParams:
    n, r, p = _get(obj, "n"), _get(obj, "r"), _get(obj, "p")
    if not _kdf_params_ok(n, r, p):
        raise _Damaged("kdf")
    return KdfParams(n, r, p)


def _key_id_field(document: object) -> str | None:
    value = document.get("key_id") if isinstance(document, dict) else None
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != KEY_ID_LENGTH:
        raise _Damaged("key_id")
    return _hex(document, "key_id")


def _parse(document: object, version: int) -> KeyFile:
    database_id = bytes.fromhex(_hex(document, "database_id"))
    if len(database_id) != DATABASE_ID_LENGTH:
        raise _Damaged("database_id")
    slots: list[Slot] = []
    raw_slots = _get(document, "slots")
    if not isinstance(raw_slots, list):
        raise _Damaged("slots")
    for raw in raw_slots:
        raw_kdf = _get(raw, "kdf")
        # Version 1 files hold legacy slots only; version 2 may hold both until each owner
        # has signed in once.
        sealed = version >= 2 and isinstance(raw, dict) and "public_key" in raw
        slots.append(
            Slot(
                account_id=_int(raw, "account_id"),
                user_salt=_bytes(raw, "user_salt", SALT_LENGTH),
                user_hash=_bytes(raw, "user_hash", USER_HASH_LENGTH),
                kdf=_kdf(raw_kdf),
                kdf_salt=_bytes(raw_kdf, "salt", SALT_LENGTH),
                nonce=_bytes(raw, "nonce", NONCE_LENGTH),
                wrapped_key=_bytes(raw, "wrapped_key", WRAPPED_KEY_LENGTH),
                public_key=_bytes(raw, "public_key", SLOT_PUBLIC_KEY_LENGTH) if sealed else None,
                sealed_key=_bytes(raw, "sealed_key", SEALED_KEY_LENGTH) if sealed else None,
            )
        )
    if len({s.account_id for s in slots}) != len(slots):
        raise _Damaged("slots")
    raw_recovery = _get(document, "recovery")
    recovery = Recovery(
        public_key=_bytes(raw_recovery, "public_key", RECOVERY_PUBLIC_KEY_LENGTH),
        sealed_key=_bytes(raw_recovery, "sealed_key", SEALED_KEY_LENGTH),
    )
    raw_failures = _get(document, "failures")
    if not isinstance(raw_failures, dict):
        raise _Damaged("failures")
    failures: dict[str, FailureCount] = {}
    for key, raw in raw_failures.items():
        if key != UNKNOWN_ACCOUNT and not (key.isascii() and key.isdigit()):
            raise _Damaged("failures")
        last_at = _get(raw, "last_at")
        try:
            datetime.fromisoformat(last_at)
        except (TypeError, ValueError):
            raise _Damaged("failures") from None
        failures[key] = FailureCount(_int(raw, "count"), last_at)
    raw_anchor = _get(document, "anchor")
    anchor = None
    if raw_anchor is not None:
        anchor = Anchor(
            _int(raw_anchor, "count"), _hex(raw_anchor, "hash"), _hex(raw_anchor, "mac")
        )
    return KeyFile(
        database_id=database_id,
        kdf_default=_kdf(_get(document, "kdf_default")),
        recovery=recovery,
        slots=slots,
        failures=failures,
        anchor=anchor,
        shared_opt_in=document.get("shared_opt_in") is True,
        key_id=_key_id_field(document),
    )


def from_json(text: str | bytes, path: Path | str = "") -> KeyFile:
    """Parse a key file's text; KeyFileProblem "keyfile.damaged" or "keyfile.too_new"."""
    where = str(path)
    try:
        document = json.loads(text)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise KeyFileProblem("keyfile.damaged", path=where) from None
    if not isinstance(document, dict) or document.get("format") != KEYFILE_FORMAT:
        raise KeyFileProblem("keyfile.damaged", path=where)
    version = document.get("version")
    if not _is_int(version) or version < 1:
        raise KeyFileProblem("keyfile.damaged", path=where)
    # Before reading any other field: a newer version may have changed them.
    if version > KEYFILE_VERSION:
        raise KeyFileProblem("keyfile.too_new", path=where)
    try:
        return _parse(document, version)
    except _Damaged:
        raise KeyFileProblem("keyfile.damaged", path=where) from None


# --- files -------------------------------------------------------------------------------


def load(path: Path, expect_database_id: bytes | None = None) -> KeyFile:
    """Read a key file; KeyFileProblem keyfile.missing / damaged / foreign / too_new."""
    try:
        with open(path, "rb") as f:
            data = f.read(_MAX_KEYFILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileProblem("keyfile.missing", path=str(path)) from None
    except IsADirectoryError:
        raise KeyFileProblem("keyfile.damaged", path=str(path)) from None
    except OSError:
        # No permission, or a disk error: the machine's problem, not a damaged key file.
        raise EnvironmentProblem("env.read_failed", path=str(path)) from None
    if len(data) > _MAX_KEYFILE_BYTES:
        raise KeyFileProblem("keyfile.damaged", path=str(path))
    kf = from_json(data, path)
    if expect_database_id is not None and not hmac.compare_digest(
        kf.database_id, expect_database_id
    ):
        raise KeyFileProblem("keyfile.foreign", path=str(path))
    return kf


def _replace(source: Path, target: Path) -> None:
    # On Windows an antivirus or indexer briefly holds a freshly written file open, and
    # os.replace then fails with PermissionError; a short wait is enough.
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            source.replace(target)
            return
        except PermissionError:
            if attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE_SECONDS * (attempt + 1))


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable; POSIX only (Windows cannot open a directory).
    # The new file is already in place, so a refusal here (some filesystems cannot fsync a
    # directory) must not turn a good save into a reported failure.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def save(kf: KeyFile, path: Path) -> None:
    """Write the key file atomically (temp file, fsync, rename), mode 0600.

    A failure leaves the old key file as it was; disk full, read-only or no permission
    raise EnvironmentProblem("env.write_failed").
    """
    _write_atomic(to_json(kf).encode("utf-8"), path)


def _write_atomic(data: bytes, path: Path) -> None:
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, 0o600)
        try:
            if os.name == "posix":
                os.fchmod(fd, 0o600)  # the umask could have narrowed it further
            with os.fdopen(fd, "wb", closefd=False) as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        finally:
            os.close(fd)
        _replace(temp, path)
        _fsync_directory(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if exc.errno in _WRITE_ERRNOS or isinstance(exc, PermissionError):
            raise EnvironmentProblem("env.write_failed", path=str(path)) from None
        raise


# --- a rotation under way ----------------------------------------------------------------


def pending_path(key_path: Path) -> Path:
    """`<db>.keys.pending`: the new key of a rotation under way, beside the key file."""
    return key_path.with_name(key_path.name + PENDING_SUFFIX)


def make_pending(kf: KeyFile, new_key: bytes, old_key: bytes, by: int, host: str) -> PendingKey:
    """The new key sealed to every non-legacy slot and to the recovery key (no secrets)."""
    _check_key(new_key)
    seals = {
        s.account_id: SealedBox(PublicKey(s.public_key)).encrypt(new_key)
        for s in kf.slots
        if not s.legacy and s.public_key is not None
    }
    return PendingKey(
        database_id=kf.database_id,
        key_id=key_id(new_key),
        old_key_id=key_id(old_key),
        by=by,
        pid=os.getpid(),
        host=host,
        started_at=datetime.now(UTC).isoformat(timespec="seconds"),
        seals=seals,
        recovery_sealed=SealedBox(PublicKey(kf.recovery.public_key)).encrypt(new_key),
    )


def open_pending(kf: KeyFile, pending: PendingKey, opened: Opened) -> bytes | None:
    """The pending new key through the slot just opened (None if it has no seal there)."""
    sealed = pending.seals.get(opened.account_id)
    slot = next((s for s in kf.slots if s.account_id == opened.account_id), None)
    if sealed is None or opened.private_key is None or slot is None:
        return None
    new_key = _open_sealed(opened.private_key, slot.public_key, sealed)
    return new_key if key_id(new_key) == pending.key_id else None


def pending_to_json(pending: PendingKey) -> str:
    document = {
        "format": PENDING_FORMAT,
        "version": PENDING_VERSION,
        "database_id": pending.database_id.hex(),
        "key_id": pending.key_id,
        "old_key_id": pending.old_key_id,
        "by": pending.by,
        "pid": pending.pid,
        "host": pending.host,
        "started_at": pending.started_at,
        "seals": {str(k): _b64(v) for k, v in sorted(pending.seals.items())},
        "recovery_sealed": _b64(pending.recovery_sealed),
    }
    return json.dumps(document, indent=2) + "\n"


def _pending_from(document: object) -> PendingKey:
    if not isinstance(document, dict) or document.get("format") != PENDING_FORMAT:
        raise _Damaged("format")
    if document.get("version") != PENDING_VERSION:
        raise _Damaged("version")
    database_id = bytes.fromhex(_hex(document, "database_id"))
    if len(database_id) != DATABASE_ID_LENGTH:
        raise _Damaged("database_id")
    ids = []
    for name in ("key_id", "old_key_id"):
        value = _hex(document, name)
        if len(value) != KEY_ID_LENGTH:
            raise _Damaged(name)
        ids.append(value)
    host, started_at = _get(document, "host"), _get(document, "started_at")
    if not isinstance(host, str) or not isinstance(started_at, str):
        raise _Damaged("host")
    raw_seals = _get(document, "seals")
    if not isinstance(raw_seals, dict):
        raise _Damaged("seals")
    seals: dict[int, bytes] = {}
    for key in raw_seals:
        if not (isinstance(key, str) and key.isascii() and key.isdigit()):
            raise _Damaged("seals")
        seals[int(key)] = _bytes(raw_seals, key, SEALED_KEY_LENGTH)
    return PendingKey(
        database_id=database_id,
        key_id=ids[0],
        old_key_id=ids[1],
        by=_int(document, "by"),
        pid=_int(document, "pid"),
        host=host,
        started_at=started_at,
        seals=seals,
        recovery_sealed=_bytes(document, "recovery_sealed", SEALED_KEY_LENGTH),
    )


def load_pending(key_path: Path, expect_database_id: bytes | None = None) -> PendingKey | None:
    """The pending rotation beside a key file, or None; KeyFileProblem when it is damaged."""
    path = pending_path(key_path)
    try:
        with open(path, "rb") as f:
            data = f.read(_MAX_KEYFILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        raise EnvironmentProblem("env.read_failed", path=str(path)) from None
    try:
        pending = _pending_from(json.loads(data))
    except (_Damaged, ValueError, UnicodeDecodeError, RecursionError):
        raise KeyFileProblem("keyfile.pending_damaged", path=str(path)) from None
    if expect_database_id is not None and not hmac.compare_digest(
        pending.database_id, expect_database_id
    ):
        raise KeyFileProblem("keyfile.pending_damaged", path=str(path))
    return pending


def save_pending(pending: PendingKey, key_path: Path) -> None:
    """Write the pending file atomically (as save() does), mode 0600."""
    _write_atomic(pending_to_json(pending).encode("utf-8"), pending_path(key_path))


def remove_pending(key_path: Path) -> None:
    path = pending_path(key_path)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise EnvironmentProblem("env.write_failed", path=str(path)) from exc
    _fsync_directory(path.parent)
