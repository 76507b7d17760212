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


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, then rename over it: never a half-written file."""
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~" + path.name[:40], dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        for attempt in range(REPLACE_ATTEMPTS):
            try:
                Path(tmp_name).replace(path)
                break
            except PermissionError:
                if attempt == REPLACE_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
    except PrivacydeskError:
        raise
    except OSError as exc:
        if tmp_name:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
        raise translate(exc, path) from exc
