"""The main window: a sidebar of areas, a stack of pages, the user and role in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from privacydesk.services import accounts
from privacydesk.services.desk import Desk
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n, tasks
from privacydesk.ui.dialogs.account import AccountDialog
from privacydesk.ui.generated.ui_main_window import Ui_MainWindow
from privacydesk.ui.i18n import translate
from privacydesk.ui.pages.audit import AuditPage
from privacydesk.ui.pages.backup import BackupPage
from privacydesk.ui.pages.base import Page
from privacydesk.ui.pages.complaints import ComplaintsPage
from privacydesk.ui.pages.contractors import ContractorsPage
from privacydesk.ui.pages.home import HomePage
from privacydesk.ui.pages.incidents import IncidentsPage
from privacydesk.ui.pages.organisation import OrganisationPage
from privacydesk.ui.pages.register import RegisterPage
from privacydesk.ui.pages.reports import ReportsPage
from privacydesk.ui.pages.requests import RequestsPage
from privacydesk.ui.pages.settings import SettingsPage
from privacydesk.ui.pages.staff import StaffPage
from privacydesk.ui.pages.subjects import SubjectsPage

# (key, sidebar text, page class, the service action a role needs to see it, or None)
AREAS: list[tuple[str, str, type[Page], str | None]] = [
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), HomePage, None),
    ("subjects", QT_TRANSLATE_NOOP("MainWindow", "Persons and consents"), SubjectsPage, None),
    ("register", QT_TRANSLATE_NOOP("MainWindow", "Register"), RegisterPage, None),
    ("requests", QT_TRANSLATE_NOOP("MainWindow", "Requests"), RequestsPage, None),
    ("contractors", QT_TRANSLATE_NOOP("MainWindow", "Contractors"), ContractorsPage, None),
    ("complaints", QT_TRANSLATE_NOOP("MainWindow", "Complaints"), ComplaintsPage, None),
    ("incidents", QT_TRANSLATE_NOOP("MainWindow", "Leak incidents"), IncidentsPage, None),
    ("organisation", QT_TRANSLATE_NOOP("MainWindow", "Organisation"), OrganisationPage, None),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), ReportsPage, None),
    ("staff", QT_TRANSLATE_NOOP("MainWindow", "Staff"), StaffPage, "accounts.list_users"),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log"), AuditPage, None),
    ("backup", QT_TRANSLATE_NOOP("MainWindow", "Backups"), BackupPage, None),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), SettingsPage, None),
]


class MainWindow(QMainWindow):
    lock_requested = Signal()
    sign_out_requested = Signal()
    language_requested = Signal(str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.desk: Desk | None = None
        self.pages: dict[str, Page] = {}
        for key, _text, cls, _action in AREAS:
            page = cls(self.ui.pages)
            self.pages[key] = page
            self.ui.pages.addWidget(page)
        self.user_label = QLabel(self)
        self.progress = tasks.ProgressStrip(self)
        self.ui.statusbar.addPermanentWidget(self.progress)
        self.ui.statusbar.addPermanentWidget(self.user_label)
        self.ui.sidebar.currentRowChanged.connect(self._show_row)
        self.ui.lockAction.triggered.connect(self.lock_requested)
        self.ui.signOutAction.triggered.connect(self.sign_out_requested)
        self.ui.quitAction.triggered.connect(self.close)
        self.ui.changePasswordAction.triggered.connect(lambda: self.change_password())
        group = QActionGroup(self)
        for action, lang in ((self.ui.japaneseAction, "ja"), (self.ui.englishAction, "en")):
            group.addAction(action)
            action.triggered.connect(lambda _=False, code=lang: self.language_requested.emit(code))
        settings_page = self.pages["settings"]
        assert isinstance(settings_page, SettingsPage)
        settings_page.language_chosen.connect(self.language_requested)
        backup_page = self.pages["backup"]
        assert isinstance(backup_page, BackupPage)
        backup_page.task_started.connect(self.progress.track)
        home_page = self.pages["home"]
        assert isinstance(home_page, HomePage)
        home_page.area_requested.connect(self._open_area)
        self._visible_keys: list[str] = []
        self.ui.bannerLabel.hide()
        self._restore_geometry()

    # -- desk -------------------------------------------------------------------------------
    def set_desk(self, desk: Desk) -> None:
        self.desk = desk
        allowed = actions_for(desk.context.role)
        self._visible_keys = [k for k, _t, _c, need in AREAS if need is None or need in allowed]
        self._fill_sidebar()
        for key in self._visible_keys:
            self.pages[key].set_desk(desk)
        self.ui.central.show()
        self.ui.sidebar.setCurrentRow(0)
        self._update_status()

    def hide_pages(self) -> None:
        """At lock: nothing of the records stays on screen."""
        self.ui.central.hide()
        for page in self.pages.values():
            page.desk = None
        self.desk = None
        self.user_label.setText("")

    def page(self, key: str) -> Page:
        return self.pages[key]

    def show_area(self, key: str) -> None:
        self.ui.sidebar.setCurrentRow(self._visible_keys.index(key))

    def _open_area(self, key: str) -> None:
        # A role that cannot see the area (the staff page) stays on the home page.
        if key in self._visible_keys:
            self.show_area(key)

    def _fill_sidebar(self) -> None:
        current = self.ui.sidebar.currentRow()
        self.ui.sidebar.blockSignals(True)
        self.ui.sidebar.clear()
        texts = {k: t for k, t, _c, _n in AREAS}
        for key in self._visible_keys:
            self.ui.sidebar.addItem(QListWidgetItem(translate("MainWindow", texts[key])))
        self.ui.sidebar.blockSignals(False)
        if 0 <= current < self.ui.sidebar.count():
            self.ui.sidebar.setCurrentRow(current)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._visible_keys):
            page = self.pages[self._visible_keys[row]]
            self.ui.pages.setCurrentWidget(page)
            if self.desk is not None:
                page.refresh()

    def _update_status(self) -> None:
        if self.desk is None:
            return
        ctx = self.desk.context
        self.user_label.setText(
            translate("MainWindow", "Signed in: {user} ({role})").format(
                user=ctx.username, role=i18n.text("role." + ctx.role.value)
            )
        )
        if self.desk.read_only and self.desk.chain:
            first = self.desk.chain.unacknowledged[0]
            self.ui.bannerLabel.setText(i18n.text("dashboard.audit_broken", seq=first.seq))
            self.ui.bannerLabel.show()
        else:
            self.ui.bannerLabel.hide()
        self.ui.japaneseAction.setChecked(i18n.current() == "ja")
        self.ui.englishAction.setChecked(i18n.current() == "en")

    def change_password(self, dialog: AccountDialog | None = None) -> bool:
        if self.desk is None:
            return False
        dialog = dialog or AccountDialog(AccountDialog.Mode.CHANGE_OWN, self)
        if dialog.exec() != AccountDialog.DialogCode.Accepted:
            return False
        try:
            accounts.change_own_password(
                self.desk, dialog.ui.oldEdit.text(), dialog.ui.passwordEdit.text()
            )
        except Exception as exc:  # shown, never raised past the window
            self.ui.statusbar.showMessage(i18n.error_text(exc), 10_000)
            return False
        self.ui.statusbar.showMessage(i18n.text("cli.password_changed"), 10_000)
        return True

    # -- events -----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_sidebar()
            self._update_status()
            self.progress.retranslate()
        super().changeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = i18n.settings().value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        i18n.settings().setValue("ui/geometry", self.saveGeometry())
        self.close_requested.emit()
        super().closeEvent(event)
