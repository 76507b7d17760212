"""Writing files the user asked for: atomically, owner-only, retrying a briefly locked target
(antivirus on Windows), and mapping OS errors to the typed ones."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from privacydesk.errors import PrivacydeskError
from privacydesk.storage.engine import translate

REPLACE_ATTEMPTS = 10
REPLACE_PAUSE_SECONDS = 0.05  # times the attempt number: about 2.75 s in all before giving up


def replace_with_retry(source: Path, target: Path, attempts: int = REPLACE_ATTEMPTS) -> None:
    """os.replace, tried again for a few seconds while it fails with PermissionError.

    On Windows an antivirus scanner or the search indexer opens a freshly written file for a
    moment, and a rename over it (or of it) is then refused; waiting a little is enough.
    """
    for attempt in range(attempts):
        try:
            source.replace(target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(REPLACE_PAUSE_SECONDS * (attempt + 1))


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, then rename over it: never a half-written file."""
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~" + path.name[:40], dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        replace_with_retry(Path(tmp_name), path)
    except PrivacydeskError:
        raise
    except OSError as exc:
        if tmp_name:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
        raise translate(exc, path) from exc
