"""First run: the welcome dialog creates the database and manager, shows the recovery sheet,
and asks for the organisation profile."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.conftest import CHEAP_KDF

from privacydesk.services import auth, profile
from privacydesk.ui.dialogs.welcome import PROFILE, SHEET, WelcomeDialog


def test_first_run_creates_database_sheet_and_profile(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "new office" / "privacydesk.db"
    dialog = WelcomeDialog(path, kdf=CHEAP_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    u = dialog.ui
    qtbot.keyClicks(u.managerEdit, "kanri")
    u.displayEdit.setText("佐藤 一郎")  # keyClicks types ASCII only
    qtbot.keyClicks(u.passwordEdit, "short")
    qtbot.keyClicks(u.confirmEdit, "short")
    u.nextButton.click()
    qtbot.waitUntil(lambda: "12" in u.messageLabel.text(), timeout=5000)
    assert not path.exists(), "a refused password creates nothing"
    for edit in (u.passwordEdit, u.confirmEdit):
        edit.setText("長い合言葉 correct horse")
    assert u.strengthBar.value() >= 2
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        u.nextButton.click()
    assert u.steps.currentIndex() == SHEET
    assert "PD1-" in u.sheetText.toPlainText()
    assert not u.nextButton.isEnabled(), "the sheet must be acknowledged first"
    u.keptCheck.setChecked(True)
    u.nextButton.click()
    assert u.steps.currentIndex() == PROFILE
    form = dialog.profile_form.ui
    form.nameEdit.setText("特定非営利活動法人 ひまわり")
    qtbot.keyClicks(form.postalEdit, "1000001")
    form.feeSpin.setValue(1000)
    form.cashCheck.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        u.nextButton.click()
    assert dialog.desk is not None
    saved = profile.get_profile(dialog.desk)
    assert saved.name == "特定非営利活動法人 ひまわり"
    assert saved.postal_code == "100-0001"
    assert saved.payment_methods == ["cash"]
    dialog.desk.close()
    again = auth.sign_in(path, "kanri", "長い合言葉 correct horse")
    assert again.context.role.value == "manager"
    again.close()


def test_bad_profile_is_explained_not_lost(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path / "p.db", kdf=CHEAP_KDF)
    qtbot.addWidget(dialog)
    u = dialog.ui
    u.managerEdit.setText("kanri")
    u.passwordEdit.setText("correct horse battery")
    u.confirmEdit.setText("correct horse battery")
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        u.nextButton.click()
    u.keptCheck.setChecked(True)
    u.nextButton.click()
    dialog.profile_form.ui.postalEdit.setText("12")
    u.nextButton.click()
    assert "郵便番号" in u.messageLabel.text()
    assert dialog.result() == 0  # still open, what was typed kept
    assert dialog.profile_form.ui.postalEdit.text() == "12"
    assert dialog.desk is not None
    dialog.desk.close()
