"""Qt fixtures: the shipped font and Japanese translator, QSettings kept in tmp, real databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD

from privacydesk.services import accounts, auth
from privacydesk.ui import i18n
from privacydesk.ui.app import register_font

STAFF = "tanaka"
VIEWER = "yamada"
STAFF_PASSWORD = "staff password 2026"


@pytest.fixture(autouse=True)
def ui_app(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[QApplication]:
    """Japanese first, the shipped font, and preferences written under tmp, never ~/.config."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    register_font(qapp)
    i18n.set_language("ja", remember=False)
    yield qapp
    i18n.set_language("ja", remember=False)


@pytest.fixture
def office_db(tmp_path: Path) -> Path:
    """A real encrypted database with a manager, a staff member and a viewer."""
    path = tmp_path / "office" / "privacydesk.db"
    path.parent.mkdir(parents=True)
    desk, _sheet = auth.create_database(
        path, MANAGER, PASSWORD, kdf=CHEAP_KDF, backup_root=tmp_path / "backups"
    )
    accounts.add_user(desk, STAFF, "staff", STAFF_PASSWORD, "田中 花子")
    accounts.add_user(desk, VIEWER, "viewer", STAFF_PASSWORD, "山田 太郎")
    desk.close()
    return path
