"""Where privacydesk keeps its files: one module, overridable for tests and portable builds.

PRIVACYDESK_HOME (or the --db flag for the database itself) overrides the platformdirs user
data directory, so tests never touch a real user folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import platformdirs

APP_NAME = "privacydesk"
DB_FILENAME = "privacydesk.db"
KEY_SUFFIX = ".keys"
LOCK_SUFFIX = ".lock"


def data_dir() -> Path:
    override = os.environ.get("PRIVACYDESK_HOME")
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    base.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        base.chmod(0o700)
    return base


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_SUFFIX)


def lock_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def demo_dir() -> Path:
    return data_dir() / "demo"


def _tmp_root() -> Path:
    root = data_dir() / "tmp"
    root.mkdir(mode=0o700, exist_ok=True)
    return root


def process_temp_dir() -> Path:
    """This process's private temporary folder (inside the app's data directory)."""
    d = _tmp_root() / str(os.getpid())
    d.mkdir(mode=0o700, exist_ok=True)
    return d


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def wipe_stale_temp_dirs() -> int:
    """Remove the temp subfolders of processes that no longer run; returns how many."""
    removed = 0
    for child in _tmp_root().iterdir():
        if not child.is_dir():
            continue
        try:
            pid = int(child.name)
        except ValueError:
            continue
        if pid != os.getpid() and not pid_alive(pid):
            shutil.rmtree(child, ignore_errors=True)
            removed += 1
    return removed
