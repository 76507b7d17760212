"""The main window driven as a privacy officer would: pages, accounts, lock, backup, settings,
language. Every table model passes qtmodeltester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from tests.conftest import MANAGER, PASSWORD
from tests.ui.conftest import STAFF, STAFF_PASSWORD, VIEWER

from privacydesk.services import audit, auth, backup, profile
from privacydesk.services.dashboard import DashboardItem
from privacydesk.ui import i18n
from privacydesk.ui.app import Controller
from privacydesk.ui.dialogs.account import AccountDialog
from privacydesk.ui.dialogs.sign_in import SignInDialog
from privacydesk.ui.pages.audit import AuditPage
from privacydesk.ui.pages.backup import BackupPage
from privacydesk.ui.pages.settings import SettingsPage
from privacydesk.ui.pages.staff import StaffPage


def sign_in(qtbot: QtBot, dialog: QDialog, user: str, password: str) -> None:
    assert isinstance(dialog, SignInDialog)
    dialog.ui.userEdit.setText(user)
    dialog.ui.passwordEdit.setText(password)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        dialog.ui.signInButton.click()


@pytest.fixture
def controller(qtbot: QtBot, office_db: Path) -> Controller:
    c = Controller(office_db)
    qtbot.addWidget(c.window)
    sign_in(qtbot, c.start(), MANAGER, PASSWORD)
    yield c
    c.shutdown()


def accepted(dialog: AccountDialog) -> AccountDialog:
    dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    return dialog


def test_manager_sees_every_page_and_the_user_in_the_status_bar(controller: Controller) -> None:
    w = controller.window
    items = [w.ui.sidebar.item(i).text() for i in range(w.ui.sidebar.count())]
    assert items == [
        "ホーム",
        "本人・同意",
        "台帳",
        "開示等請求",
        "委託先",
        "苦情",
        "漏えい等",
        "組織",
        "出力",
        "職員",
        "監査ログ",
        "バックアップ",
        "設定",
    ]
    assert MANAGER in w.user_label.text() and "管理者" in w.user_label.text()


@pytest.mark.parametrize("key", ["home", "staff", "audit", "backup"])
def test_models_pass_qtmodeltester(
    key: str, controller: Controller, qtmodeltester: ModelTester
) -> None:
    w = controller.window
    w.show_area(key)
    model = w.page(key).model  # type: ignore[attr-defined]
    if key == "home":  # a fresh office has nothing to do; give the model rows to check
        model.set_rows(
            [
                DashboardItem("dashboard.backup_never", "warning"),
                DashboardItem("dashboard.failed_sign_ins", "danger", {"count": 2}),
            ]
        )
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_add_an_account_and_sign_in_as_it_at_the_lock_screen(
    qtbot: QtBot, controller: Controller
) -> None:
    w = controller.window
    w.show_area("staff")
    page = w.page("staff")
    assert isinstance(page, StaffPage)
    dialog = accepted(AccountDialog(AccountDialog.Mode.ADD, page))
    dialog.ui.userEdit.setText("suzuki")
    dialog.ui.displayEdit.setText("鈴木 次郎")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("viewer"))
    dialog.ui.passwordEdit.setText("viewer password 99")
    page.add_account(dialog)
    names = [page.model.row_at(i).username for i in range(page.model.rowCount())]
    assert "suzuki" in names
    with qtbot.waitSignal(controller.locked):
        w.ui.lockAction.trigger()
    assert controller.desk is None
    assert not w.ui.central.isVisible()
    lock_screen = controller.dialog
    assert isinstance(lock_screen, SignInDialog)
    assert "ロック" in lock_screen.ui.demoLabel.text()
    sign_in(qtbot, lock_screen, "suzuki", "viewer password 99")
    assert controller.desk is not None and controller.desk.context.username == "suzuki"
    items = [w.ui.sidebar.item(i).text() for i in range(w.ui.sidebar.count())]
    assert "職員" not in items, "a viewer does not see the staff page"
    assert w.ui.central.isVisible()


def test_another_staff_member_signs_in_after_lock(qtbot: QtBot, controller: Controller) -> None:
    dialog = controller.lock()
    sign_in(qtbot, dialog, STAFF, STAFF_PASSWORD)
    assert controller.desk is not None
    assert controller.desk.context.role.value == "staff"
    entries = audit.list_entries(controller.desk, action_prefix="auth.")
    assert [e.action for e in entries[:3]] == ["auth.sign_in", "auth.lock", "auth.sign_in"]


def test_password_changed_from_the_menu(
    qtbot: QtBot, controller: Controller, office_db: Path
) -> None:
    dialog = accepted(AccountDialog(AccountDialog.Mode.CHANGE_OWN, controller.window))
    dialog.ui.oldEdit.setText(PASSWORD)
    dialog.ui.passwordEdit.setText("a brand new pass 1")
    assert controller.window.change_password(dialog)
    controller.shutdown()
    desk = auth.sign_in(office_db, MANAGER, "a brand new pass 1")
    desk.close()


def test_backup_made_and_restored_from_the_page(
    qtbot: QtBot, controller: Controller, tmp_path: Path
) -> None:
    w = controller.window
    w.show_area("backup")
    page = w.page("backup")
    assert isinstance(page, BackupPage)
    before = page.model.rowCount()
    with qtbot.waitSignal(page.backup_finished, timeout=20_000) as blocker:
        page.ui.backupButton.click()
    assert not isinstance(blocker.args[0], Exception), blocker.args
    assert page.model.rowCount() == before + 1
    page.ui.backupsView.selectRow(0)
    target = tmp_path / "restored.db"
    page.restore_selected(target, confirmed=True)
    assert target.exists()
    assert "復元しました" in page.ui.messageLabel.text()
    restored = auth.sign_in(target, MANAGER, PASSWORD)
    assert restored.database_id == controller.desk.database_id  # type: ignore[union-attr]
    restored.close()
    assert backup.last_good_backup(controller.desk) is not None  # type: ignore[arg-type]


def test_settings_saved(controller: Controller) -> None:
    w = controller.window
    w.show_area("settings")
    page = w.page("settings")
    assert isinstance(page, SettingsPage)
    page.ui.autoLockSpin.setValue(25)
    page.ui.generationsSpin.setValue(4)
    page.ui.saveGeneralButton.click()
    page.profile_form.ui.nameEdit.setText("NPO 髙﨑の会")
    page.ui.saveProfileButton.click()
    assert controller.desk is not None
    values = profile.get_settings(controller.desk)
    assert values["ui.auto_lock_minutes"] == 25 and values["backup.generations"] == 4
    assert profile.get_profile(controller.desk).name == "NPO 髙﨑の会"
    assert controller.idle.timer.interval() == 25 * 60_000


def test_viewer_cannot_save_settings(qtbot: QtBot, office_db: Path) -> None:
    c = Controller(office_db)
    qtbot.addWidget(c.window)
    sign_in(qtbot, c.start(), VIEWER, STAFF_PASSWORD)
    c.window.show_area("settings")
    page = c.window.page("settings")
    assert isinstance(page, SettingsPage)
    assert not page.ui.saveGeneralButton.isEnabled()
    c.shutdown()


def test_language_switches_at_once(qtbot: QtBot, controller: Controller) -> None:
    w = controller.window
    w.ui.englishAction.trigger()
    assert i18n.current() == "en"
    qtbot.waitUntil(lambda: w.ui.sidebar.item(0).text() == "Home")  # LanguageChange is posted
    assert "manager" in w.user_label.text()
    assert w.page("audit").ui.titleLabel.text() == "Audit log"  # type: ignore[attr-defined]
    w.ui.japaneseAction.trigger()
    qtbot.waitUntil(lambda: w.ui.sidebar.item(0).text() == "ホーム")
    assert w.page("audit").ui.titleLabel.text() == "監査ログ"  # type: ignore[attr-defined]


def test_auto_lock_after_idle(qtbot: QtBot, controller: Controller) -> None:
    controller.idle.timer.start(50)  # the setting is in minutes; the mechanism is the same
    with qtbot.waitSignal(controller.locked, timeout=5000):
        pass
    assert controller.desk is None
    assert isinstance(controller.dialog, SignInDialog)


def test_audit_page_filters_and_shows_the_chain(controller: Controller) -> None:
    w = controller.window
    w.show_area("audit")
    page = w.page("audit")
    assert isinstance(page, AuditPage)
    assert "正常" in page.ui.chainLabel.text()
    page.ui.whatCombo.setCurrentIndex(page.ui.whatCombo.findData("account."))
    page.ui.applyButton.click()
    actions = {page.model.row_at(i).action for i in range(page.model.rowCount())}
    assert actions == {"account.created"}
    assert not page.ui.acknowledgeButton.isEnabled()


def test_every_home_item_names_a_page_that_exists() -> None:
    import re

    from privacydesk.services import dashboard
    from privacydesk.ui.main_window import AREAS

    source = Path(dashboard.__file__).read_text(encoding="utf-8")
    auth_source = Path(auth.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'"(dashboard\.[a-z_]+)"', source + auth_source))
    assert len(codes) > 20
    pages = {key for key, *_ in AREAS}
    for code in codes:
        assert dashboard.area_of(code) in pages, code


def test_opening_a_home_item_shows_its_page(qtbot: QtBot, controller: Controller) -> None:
    w = controller.window
    home = w.page("home")
    w.show_area("home")
    home.model.set_rows(  # type: ignore[attr-defined]
        [
            DashboardItem("dashboard.requests_overdue", "danger", {"count": 1}),
            DashboardItem("dashboard.staff_no_pledge", "warning", {"count": 2}),
        ]
    )
    view = home.ui.itemsView  # type: ignore[attr-defined]
    with qtbot.waitSignal(home.area_requested) as opened:  # type: ignore[attr-defined]
        view.activated.emit(home.model.index(0, 1))  # type: ignore[attr-defined]
    assert opened.args == ["requests"]
    assert w.ui.pages.currentWidget() is w.page("requests")
    view.activated.emit(home.model.index(1, 0))  # type: ignore[attr-defined]
    assert w.ui.pages.currentWidget() is w.page("organisation")
