"""The key file beside the database: the database key wrapped once per account (scrypt +
AES-GCM) and once for the recovery sheet (a sealed box), plus failed-login counts.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import hmac
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
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
KEYFILE_VERSION = 1
KEYFILE_SUFFIX = ".keys"

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

_SLOT_AAD_PREFIX = b"privacydesk-slot-v1"
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
    """The database key wrapped for one account; the user name is kept only as a salted HMAC."""

    account_id: int
    user_salt: bytes
    user_hash: bytes
    kdf: KdfParams
    kdf_salt: bytes
    nonce: bytes
    wrapped_key: bytes


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


def _slot_aad(database_id: bytes, account_id: int) -> bytes:
    # Binds the wrapped key to this database and account: a slot copied into another key
    # file, or given another account id, no longer opens.
    return _SLOT_AAD_PREFIX + database_id + account_id.to_bytes(8, "big")


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
    wrapped = AESGCM(kek).encrypt(nonce, db_key, _slot_aad(kf.database_id, account_id))
    slot = Slot(
        account_id=account_id,
        user_salt=user_salt,
        user_hash=_user_hash(user_salt, username),
        kdf=kf.kdf_default,
        kdf_salt=kdf_salt,
        nonce=nonce,
        wrapped_key=wrapped,
    )
    kf.slots = [s for s in kf.slots if s.account_id != account_id] + [slot]


def remove_slot(kf: KeyFile, account_id: int) -> None:
    kf.slots = [s for s in kf.slots if s.account_id != account_id]


def unwrap(kf: KeyFile, username: str, password: str) -> tuple[int, bytes]:
    """(account_id, db_key) for a user name and password; WrongCredentials otherwise.

    An unknown user and a wrong password fail alike, in about the same time.
    """
    slot = find_slot(kf, username)
    if slot is None:
        # Spend one derivation anyway so the time taken does not tell whether the user exists.
        _derive_kek(password, kf.kdf_default, secrets.token_bytes(SALT_LENGTH))
        raise WrongCredentials()
    kek = _derive_kek(password, slot.kdf, slot.kdf_salt)
    try:
        db_key = AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped_key, _slot_aad(kf.database_id, slot.account_id)
        )
    except InvalidTag:
        raise WrongCredentials() from None
    return slot.account_id, db_key


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


# --- failed logins -----------------------------------------------------------------------


def _failure_key(account_id: int | None) -> str:
    return UNKNOWN_ACCOUNT if account_id is None else str(account_id)


def record_failure(kf: KeyFile, account_id: int | None, *, now: datetime | None = None) -> None:
    """Count a failed login for an account, or for "unknown" (no such user)."""
    key = _failure_key(account_id)
    when = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    previous = kf.failures.get(key)
    kf.failures[key] = FailureCount((previous.count if previous else 0) + 1, when)


def take_failures(kf: KeyFile, account_id: int | None) -> tuple[int, str | None]:
    """(count, last_at) of failed logins for an account (None: "unknown"), then clear it."""
    entry = kf.failures.pop(_failure_key(account_id), None)
    return (entry.count, entry.last_at) if entry else (0, None)


# --- JSON --------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _kdf_json(kdf: KdfParams) -> dict[str, int]:
    return {"n": kdf.n, "r": kdf.r, "p": kdf.p}


def to_json(kf: KeyFile) -> str:
    document: dict[str, Any] = {
        "format": KEYFILE_FORMAT,
        "version": KEYFILE_VERSION,
        "database_id": kf.database_id.hex(),
        "kdf_default": _kdf_json(kf.kdf_default),
        "slots": [
            {
                "account_id": s.account_id,
                "user_salt": _b64(s.user_salt),
                "user_hash": _b64(s.user_hash),
                "kdf": {**_kdf_json(s.kdf), "salt": _b64(s.kdf_salt)},
                "nonce": _b64(s.nonce),
                "wrapped_key": _b64(s.wrapped_key),
            }
            for s in kf.slots
        ],
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


def _parse(document: object) -> KeyFile:
    database_id = bytes.fromhex(_hex(document, "database_id"))
    if len(database_id) != DATABASE_ID_LENGTH:
        raise _Damaged("database_id")
    slots: list[Slot] = []
    raw_slots = _get(document, "slots")
    if not isinstance(raw_slots, list):
        raise _Damaged("slots")
    for raw in raw_slots:
        raw_kdf = _get(raw, "kdf")
        slots.append(
            Slot(
                account_id=_int(raw, "account_id"),
                user_salt=_bytes(raw, "user_salt", SALT_LENGTH),
                user_hash=_bytes(raw, "user_hash", USER_HASH_LENGTH),
                kdf=_kdf(raw_kdf),
                kdf_salt=_bytes(raw_kdf, "salt", SALT_LENGTH),
                nonce=_bytes(raw, "nonce", NONCE_LENGTH),
                wrapped_key=_bytes(raw, "wrapped_key", WRAPPED_KEY_LENGTH),
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
        return _parse(document)
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
    data = to_json(kf).encode("utf-8")
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
