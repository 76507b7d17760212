"""The window's controller: start-up (first run or sign-in), lock and auto-lock, close."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from privacydesk import logs, paths
from privacydesk.errors import PrivacydeskError
from privacydesk.resources import font, resources_dir
from privacydesk.services import backup, demo, profile
from privacydesk.services.desk import Desk
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.crash import CrashReporter
from privacydesk.ui.dialogs.sign_in import SignInDialog
from privacydesk.ui.dialogs.welcome import WelcomeDialog

if TYPE_CHECKING:
    from privacydesk.ui.main_window import MainWindow

UI_FONT = "ipaexg.ttf"
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def register_font(app: QApplication) -> str:
    """Register the shipped IPAex Gothic so Japanese looks the same on every machine."""
    font_id = QFontDatabase.addApplicationFont(str(font(UI_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        app.setFont(QFont(families[0], 10))
        return families[0]
    return ""


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName("privacydesk")
    app.setApplicationName("privacydesk")
    # Windows and macOS take the icon from the .exe/.app; Linux windows need it set here.
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "privacydesk.png")))
    register_font(app)
    i18n.set_language(i18n.saved_language(), remember=False)
    paths.wipe_stale_temp_dirs()
    return app


class IdleWatcher(QObject):
    """Locks after N idle minutes: any key, click or move restarts the clock."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)

    def start(self, minutes: int) -> None:
        self.timer.start(max(1, minutes) * 60_000)

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


class Controller(QObject):
    """Owns the desk and moves between the sign-in dialog and the main window."""

    locked = Signal()
    unlocked = Signal(object)

    def __init__(self, db_path: Path, demo_hint: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.demo_hint = demo_hint
        self.desk: Desk | None = None
        self._window: MainWindow | None = None
        self.idle = IdleWatcher(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self.dialog: QDialog | None = None

    @property
    def window(self) -> MainWindow:
        """Built when first needed: the sign-in dialog shows without waiting for every page."""
        if self._window is None:
            from privacydesk.ui.main_window import MainWindow

            window = MainWindow()
            window.lock_requested.connect(self.lock)
            window.sign_out_requested.connect(self.lock)
            window.language_requested.connect(self.set_language)
            window.close_requested.connect(self.shutdown)
            settings_page = window.pages["settings"]
            settings_page.settings_saved.connect(self._arm_idle)  # type: ignore[attr-defined]
            self._window = window
        return self._window

    # -- start --------------------------------------------------------------------------------
    def start(self) -> QDialog:
        """Show the first-run dialog or the sign-in dialog; returns it (tests drive it)."""
        if self.db_path.exists():
            self.dialog = self._sign_in_dialog(locked=False)
        else:
            dialog = WelcomeDialog(self.db_path)
            dialog.accepted.connect(lambda: self.enter(dialog.desk))
            self.dialog = dialog
        self.dialog.show()
        return self.dialog

    def _sign_in_dialog(self, locked: bool) -> SignInDialog:
        dialog = SignInDialog(self.db_path, demo_hint=self.demo_hint, locked=locked)
        dialog.signed_in.connect(self.enter)
        return dialog

    def enter(self, desk: Desk | None) -> None:
        if desk is None:
            return
        self.desk = desk
        self.db_path = desk.path
        i18n.settings().setValue("ui/last_database", str(desk.path))
        self.window.set_desk(desk)
        self.window.show()
        self._arm_idle()
        self.unlocked.emit(desk)

    def _arm_idle(self) -> None:
        if self.desk is None:
            return
        minutes = int(profile.get_settings(self.desk)["ui.auto_lock_minutes"])
        self.idle.start(minutes)

    # -- lock, language, close ------------------------------------------------------------------
    def lock(self) -> SignInDialog:
        """Close the session and the pool, hide every page, show the sign-in dialog."""
        self.idle.stop()
        desk, self.desk = self.desk, None
        self.window.hide_pages()
        if desk is not None:
            desk.lock()
        dialog = self._sign_in_dialog(locked=True)
        self.dialog = dialog
        dialog.show()
        self.locked.emit()
        return dialog

    def set_language(self, lang: str) -> None:
        i18n.set_language(lang)

    def shutdown(self) -> None:
        desk, self.desk = self.desk, None
        self.idle.stop()
        if desk is None:
            return
        if self._window is not None:
            self._window.hide_pages()
        try:
            wanted = bool(profile.get_settings(desk)["backup.on_close"])
            if wanted and "backup.backup_now" in actions_for(desk.context.role):
                backup.backup_now(desk, "on_close")
        except PrivacydeskError:
            pass  # the dashboard warns about stale backups at the next start
        desk.close()


def install_crash_handling() -> CrashReporter:
    """The log file, and the crash dialog for any exception that reaches the event loop."""
    with contextlib.suppress(OSError):
        logs.setup()
    reporter = CrashReporter()
    reporter.install()
    return reporter


def run(db_path: Path | None = None, demo_mode: bool = False) -> int:
    app = make_app()
    reporter = install_crash_handling()
    reporter.setParent(app)
    hint = None
    if demo_mode:
        desk = demo.create_demo()
        db_path = desk.path
        desk.close()
        hint = (demo.DEMO_USER, demo.DEMO_PASSWORD)
    if db_path is None:
        last = i18n.settings().value("ui/last_database")
        db_path = Path(str(last)) if last else paths.default_db_path()
    controller = Controller(db_path, hint)
    dialog = controller.start()
    dialog.rejected.connect(lambda: None if controller.desk else app.quit())
    app.setQuitOnLastWindowClosed(True)
    return app.exec()
