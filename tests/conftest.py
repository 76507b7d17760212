"""Shared fixtures: real encrypted databases in tmp_path, cheap key derivation, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from privacydesk.services import auth
from privacydesk.services.desk import Desk

# CI runs the same examples every time (no flaky runs), and never fails a test for being
# slow on a loaded 2-core machine; locally hypothesis explores new examples on each run.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

CHEAP_KDF = auth.KdfParams(n=2**4, r=8, p=1)  # tests only: the CLI reads params from the slot
MANAGER = "kanri"
PASSWORD = "correct horse battery"
JP_NAME = "髙橋﨑子"
JP_EMAIL = "takahashi.sakiko@example.jp"


@pytest.fixture(autouse=True)
def _home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own app data folder: no test touches a real user folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PRIVACYDESK_HOME", str(home))
    for var in (
        "PRIVACYDESK_USER",
        "PRIVACYDESK_PASSWORD",
        "PRIVACYDESK_NEW_PASSWORD",
        "PRIVACYDESK_RECOVERY_SECRET",
        "PRIVACYDESK_LANG",
    ):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office" / "privacydesk.db"


@pytest.fixture
def created(db_path: Path, tmp_path: Path) -> Iterator[tuple[Desk, auth.RecoverySheet]]:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    desk, sheet = auth.create_database(
        db_path, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "backups"
    )
    yield desk, sheet
    desk.close()


@pytest.fixture
def desk(created: tuple[Desk, auth.RecoverySheet]) -> Desk:
    return created[0]
