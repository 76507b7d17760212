"""Encrypted backups: a folder with the database copy, its key file and a signed manifest.

A backup is written under a hidden temporary name, verified by opening it, and only then
renamed into place, so a half-written backup never replaces a good one.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from privacydesk import __version__
from privacydesk.errors import InvalidInput, NotADatabase, PrivacydeskError
from privacydesk.storage import macs
from privacydesk.storage.engine import OpenOptions, key_literal, raw_connect, translate
from privacydesk.storage.files import replace_with_retry

DB_NAME = "privacydesk.db"
KEYS_NAME = "privacydesk.db.keys"
MANIFEST_NAME = "manifest.json"
PREFIX = "privacydesk-backup-"
MANIFEST_PURPOSE = "backup-manifest"
FORMAT = "privacydesk-backup"


@dataclass(frozen=True)
class Manifest:
    database_id: str
    made_at: str
    made_by: int | None
    kind: str
    schema_revision: str
    audit_count: int
    audit_hash: str
    db_sha256: str
    keys_sha256: str
    app_version: str
    mac: str = ""

    def body(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d.pop("mac")
        return {"format": FORMAT, "version": 1, **d}

    def signed_bytes(self) -> bytes:
        return json.dumps(self.body(), sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _export(
    source: Path, target: Path, db_key: bytes, database_id: bytes, options: OpenOptions
) -> None:
    conn = raw_connect(source, db_key, database_id, options)
    try:
        target_sql = str(target).replace("'", "''")
        key = key_literal(db_key, database_id)  # same key and salt: same database id
        conn.execute(f"ATTACH DATABASE '{target_sql}' AS backup KEY {key}")
        conn.execute("SELECT sqlcipher_export('backup')")
        conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()


def _inspect(db_file: Path, db_key: bytes, database_id: bytes) -> tuple[str, int, str]:
    """Open a copy and check it: (schema revision, audit count, audit head hash)."""
    conn = raw_connect(db_file, db_key, database_id, OpenOptions(read_only=True))
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise NotADatabase("backup.damaged", path=str(db_file))
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        row = conn.execute("SELECT count, last_hash FROM audit_head WHERE id = 1").fetchone()
        return rev, (row[0] if row else 0), (row[1] if row else "")
    finally:
        conn.close()


def make_backup(
    db_path: Path,
    key_path: Path,
    db_key: bytes,
    database_id: bytes,
    target_root: Path,
    made_by: int | None,
    kind: str,
    options: OpenOptions,
) -> tuple[Path, Manifest]:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    final = target_root / f"{PREFIX}{stamp}"
    partial = target_root / f".{PREFIX}{stamp}.partial"
    try:
        target_root.mkdir(parents=True, exist_ok=True)
        partial.mkdir(mode=0o700)
        _export(db_path, partial / DB_NAME, db_key, database_id, options)
        shutil.copyfile(key_path, partial / KEYS_NAME)
        rev, count, head = _inspect(partial / DB_NAME, db_key, database_id)
        manifest = Manifest(
            database_id=database_id.hex(),
            made_at=datetime.now(UTC).isoformat(),
            made_by=made_by,
            kind=kind,
            schema_revision=rev,
            audit_count=count,
            audit_hash=head,
            db_sha256=sha256_file(partial / DB_NAME),
            keys_sha256=sha256_file(partial / KEYS_NAME),
            app_version=__version__,
        )
        tag = macs.mac(db_key, MANIFEST_PURPOSE, manifest.signed_bytes())
        manifest = Manifest(**{**manifest.__dict__, "mac": tag})
        with (partial / MANIFEST_NAME).open("w", encoding="utf-8") as f:
            json.dump({**manifest.body(), "mac": tag}, f, indent=1, sort_keys=True)
            f.flush()
            os.fsync(f.fileno())
        for p in partial.iterdir():
            with contextlib.suppress(OSError):
                p.chmod(0o600)
        replace_with_retry(Path(partial), final)
    except PrivacydeskError:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    except Exception as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise translate(exc, target_root) from exc
    except BaseException:
        # An interrupt must not leave a half-written copy of the database (and its key file)
        # behind either.
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final, manifest


def read_manifest(folder: Path) -> Manifest:
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        if data.pop("format") != FORMAT or data.pop("version") != 1:
            raise ValueError("format")
        return Manifest(**data)
    except (FileNotFoundError, NotADirectoryError):
        raise InvalidInput("backup.not_a_backup", path=str(folder)) from None
    except (ValueError, TypeError, KeyError, AttributeError):
        raise InvalidInput("backup.manifest_damaged", path=str(folder)) from None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:  # a mistyped or pasted path, not a backup
            raise InvalidInput("backup.not_a_backup", path=str(folder)[:200]) from None
        raise translate(exc, folder) from None


def verify_backup(folder: Path, db_key: bytes) -> Manifest:
    """Check the manifest's MAC, the files' hashes, and open the copy."""
    manifest = read_manifest(folder)
    if not macs.verify(db_key, MANIFEST_PURPOSE, manifest.signed_bytes(), manifest.mac):
        raise InvalidInput("backup.manifest_tampered", path=str(folder))
    if sha256_file(folder / DB_NAME) != manifest.db_sha256:
        raise InvalidInput("backup.file_changed", path=str(folder / DB_NAME))
    if sha256_file(folder / KEYS_NAME) != manifest.keys_sha256:
        raise InvalidInput("backup.file_changed", path=str(folder / KEYS_NAME))
    rev, count, head = _inspect(folder / DB_NAME, db_key, bytes.fromhex(manifest.database_id))
    if (rev, count, head) != (manifest.schema_revision, manifest.audit_count, manifest.audit_hash):
        raise InvalidInput("backup.manifest_mismatch", path=str(folder))
    return manifest


def list_backups(root: Path, database_id: bytes | None = None) -> list[tuple[Path, Manifest]]:
    """Finished backups under root, newest first (damaged manifests are skipped)."""
    found: list[tuple[Path, Manifest]] = []
    if not root.is_dir():
        return found
    for child in root.iterdir():
        if not child.is_dir() or not child.name.startswith(PREFIX):
            continue
        try:
            m = read_manifest(child)
        except InvalidInput:
            continue
        if database_id is None or m.database_id == database_id.hex():
            found.append((child, m))
    found.sort(key=lambda pm: pm[1].made_at, reverse=True)
    return found


def prune(root: Path, database_id: bytes, keep: int) -> int:
    removed = 0
    for folder, _ in list_backups(root, database_id)[max(keep, 1) :]:
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def copy_out(folder: Path, new_db: Path, new_keys: Path) -> None:
    """Copy a verified backup to a new database path; never over an existing file."""
    for target in (new_db, new_keys):
        if target.exists():
            raise InvalidInput("backup.target_exists", path=str(target))
    try:
        shutil.copyfile(folder / DB_NAME, new_db)
        shutil.copyfile(folder / KEYS_NAME, new_keys)
        new_db.chmod(0o600)
        new_keys.chmod(0o600)
    except OSError as exc:
        for target in (new_db, new_keys):
            with contextlib.suppress(OSError):
                target.unlink()
        raise translate(exc, new_db) from exc
