"""The sign-in dialog: right and wrong passwords, full-width input, the show toggle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD

from privacydesk.ui import i18n
from privacydesk.ui.dialogs.sign_in import SignInDialog


def _dialog(qtbot: QtBot, path: Path) -> SignInDialog:
    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_is_told_plainly_and_changes_nothing(qtbot: QtBot, office_db: Path) -> None:
    before = office_db.read_bytes()
    dialog = _dialog(qtbot, office_db)
    qtbot.keyClicks(dialog.ui.userEdit, MANAGER)
    qtbot.keyClicks(dialog.ui.passwordEdit, "not the password")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.ui.signInButton, Qt.MouseButton.LeftButton)
    assert blocker.args == ["ユーザー名またはパスワードが正しくありません"]
    assert dialog.desk is None
    assert office_db.read_bytes() == before


def test_unknown_user_gets_the_same_message(qtbot: QtBot, office_db: Path) -> None:
    dialog = _dialog(qtbot, office_db)
    dialog.ui.userEdit.setText("nobody")
    dialog.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
        dialog.ui.signInButton.click()
    assert blocker.args == [i18n.text("auth.wrong_credentials")]


def test_right_password_signs_in(qtbot: QtBot, office_db: Path) -> None:
    dialog = _dialog(qtbot, office_db)
    dialog.ui.userEdit.setText(MANAGER)
    dialog.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        dialog.ui.signInButton.click()
    assert dialog.desk is not None
    assert dialog.desk.context.username == MANAGER
    assert dialog.ui.passwordEdit.text() == "", "the password does not linger in the widget"
    dialog.desk.close()


def test_full_width_password_works(qtbot: QtBot, office_db: Path) -> None:
    full_width = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" for c in PASSWORD)
    assert full_width != PASSWORD
    dialog = _dialog(qtbot, office_db)
    dialog.ui.userEdit.setText(MANAGER)
    dialog.ui.passwordEdit.setText(full_width)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        dialog.ui.signInButton.click()
    assert dialog.desk is not None
    dialog.desk.close()


def test_show_toggle_reveals_what_was_typed(qtbot: QtBot, office_db: Path) -> None:
    dialog = _dialog(qtbot, office_db)
    assert dialog.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    dialog.ui.showButton.click()
    assert dialog.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.ui.showButton.click()
    assert dialog.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password


def test_missing_key_file_offers_rebuild(qtbot: QtBot, office_db: Path) -> None:
    keys = office_db.with_name(office_db.name + ".keys")
    keys.rename(keys.with_suffix(".moved"))
    dialog = _dialog(qtbot, office_db)
    dialog.ui.userEdit.setText(MANAGER)
    dialog.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.ui.signInButton.click()
    assert dialog.ui.rebuildKeysButton.isVisible()
