"""Screenshots of every page and dialog in both languages, into build/screenshots (git-ignored),
so anyone who runs the tests can look at them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import CHEAP_KDF, MANAGER, PASSWORD
from tests.ui.test_main_window import sign_in

from privacydesk.ui import i18n
from privacydesk.ui.app import Controller
from privacydesk.ui.dialogs.sign_in import SignInDialog
from privacydesk.ui.dialogs.welcome import WelcomeDialog
from privacydesk.ui.main_window import AREAS

OUT = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _save(qtbot: QtBot, widget: QWidget, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)  # let posted LanguageChange and layout events run
    path = OUT / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000, "a blank grab would be tiny"
    return path


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_screenshots(qtbot: QtBot, office_db: Path, tmp_path: Path, lang: str) -> None:
    i18n.set_language(lang, remember=False)
    welcome = WelcomeDialog(tmp_path / "new.db", kdf=CHEAP_KDF)
    qtbot.addWidget(welcome)
    welcome.show()
    _save(qtbot, welcome, f"{lang}_welcome")
    controller = Controller(office_db, demo_hint=("demo", "demo-password-2026"))
    qtbot.addWidget(controller.window)
    dialog = controller.start()
    assert isinstance(dialog, SignInDialog)
    _save(qtbot, dialog, f"{lang}_sign_in")
    sign_in(qtbot, dialog, MANAGER, PASSWORD)
    controller.window.resize(1100, 720)
    for key, *_ in AREAS:
        controller.window.show_area(key)
        _save(qtbot, controller.window, f"{lang}_{key}")
    controller.shutdown()
