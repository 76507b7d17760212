"""The sign-in dialog: at start, and at the lock screen (another staff member may sign in)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from privacydesk.errors import InUse, KeyFileProblem, PrivacydeskError, SignInThrottled
from privacydesk.services import auth
from privacydesk.services.desk import Desk
from privacydesk.ui import i18n, tasks
from privacydesk.ui.generated.ui_sign_in_dialog import Ui_SignInDialog
from privacydesk.ui.i18n import translate

OVERRIDABLE = {"lock.stale", "lock.unreadable"}


def exc_seconds(exc: BaseException) -> int:
    """The wait a wrong-password message announces (auth.wrong_credentials_wait), or 0."""
    if isinstance(exc, PrivacydeskError) and exc.code == "auth.wrong_credentials_wait":
        seconds = exc.params.get("seconds", 0)
        return seconds if isinstance(seconds, int) else 0
    return 0


class SignInDialog(QDialog):
    """Signs in through services.auth; `desk` holds the result once accepted."""

    signed_in = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        demo_hint: tuple[str, str] | None = None,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.db_path = db_path
        self.desk: Desk | None = None
        self._demo_hint = demo_hint
        self._locked = locked
        self._task: tasks.TaskHandle | None = None
        self.ui.rebuildKeysButton.hide()
        # After repeated failures the service asks for a wait: count it down where the message
        # is. The button stays enabled; a try during the wait is refused and not counted.
        self.wait_left = 0
        self._wait_code = ""
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.ui.signInButton.clicked.connect(self.try_sign_in)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.showButton.toggled.connect(self._show_password)
        self.ui.chooseButton.clicked.connect(self._choose)
        self.ui.recoverButton.clicked.connect(self._recover)
        self.ui.rebuildKeysButton.clicked.connect(self._rebuild_keys)
        if demo_hint:
            self.ui.userEdit.setText(demo_hint[0])
        self._refresh_texts()
        (self.ui.passwordEdit if demo_hint else self.ui.userEdit).setFocus()

    def _refresh_texts(self) -> None:
        self.ui.databaseLabel.setText(str(self.db_path))
        if self._demo_hint:
            self.ui.demoLabel.setText(
                translate(
                    "SignInDialog",
                    "Demo database with synthetic data. User: {user}  Password: {password}",
                ).format(user=self._demo_hint[0], password=self._demo_hint[1])
            )
        elif self._locked:
            self.ui.demoLabel.setText(
                translate(
                    "SignInDialog",
                    "privacydesk is locked. You or another staff member may sign in.",
                )
            )
        else:
            self.ui.demoLabel.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._refresh_texts()
        super().changeEvent(event)

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passwordEdit.setEchoMode(mode)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("SignInDialog", "Open a database"),
            str(self.db_path.parent),
        )
        if name:
            self.db_path = Path(name)
            self._refresh_texts()

    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def try_sign_in(self, override_stale: bool = False) -> None:
        if self.busy():
            return
        user, password = self.ui.userEdit.text(), self.ui.passwordEdit.text()
        self.ui.messageLabel.setText(translate("SignInDialog", "Signing in…"))
        self.ui.signInButton.setEnabled(False)
        path = self.db_path

        def work(_cancel: object, _progress: object) -> Desk:
            return auth.sign_in(path, user, password, override_stale_lock=override_stale)

        self._task = tasks.start(work, self._done, self._error, self)

    def _done(self, desk: Desk) -> None:
        self._start_wait("", 0)
        self.desk = desk
        self.ui.passwordEdit.clear()
        self.ui.signInButton.setEnabled(True)
        self.signed_in.emit(desk)
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self.ui.signInButton.setEnabled(True)
        self.ui.passwordEdit.selectAll()
        if isinstance(exc, InUse) and exc.code in OVERRIDABLE:
            answer = QMessageBox.question(
                self,
                translate("SignInDialog", "Take over the lock?"),
                i18n.error_text(exc)
                + "\n\n"
                + translate(
                    "SignInDialog",
                    "Take over only if that person has really stopped. This is recorded in "
                    "the audit log.",
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.try_sign_in(override_stale=True)
                return
        self.ui.rebuildKeysButton.setVisible(isinstance(exc, KeyFileProblem))
        message = i18n.error_text(exc)
        self.ui.messageLabel.setText(message)
        wait = exc.seconds if isinstance(exc, SignInThrottled) else exc_seconds(exc)
        self._start_wait(exc.code if wait else "", wait)
        self.failed.emit(message)

    def _start_wait(self, code: str, seconds: int) -> None:
        self.wait_left = seconds
        self._wait_code = code
        if seconds > 0:
            self._countdown.start()
        else:
            self._countdown.stop()

    def _tick(self) -> None:
        """One second of the wait has passed: show what is left, then that it is over."""
        self.wait_left = max(0, self.wait_left - 1)
        if self.wait_left:
            self.ui.messageLabel.setText(i18n.text(self._wait_code, seconds=self.wait_left))
            return
        self._countdown.stop()
        self.ui.messageLabel.setText(translate("SignInDialog", "You can try again now."))

    def _recover(self) -> None:
        secret, ok = QInputDialog.getMultiLineText(
            self,
            translate("SignInDialog", "Recovery sheet"),
            translate("SignInDialog", "Type the recovery secret from the sheet (PD1-…):"),
        )
        if not ok or not secret.strip():
            return
        from privacydesk.ui.dialogs.account import AccountDialog

        dialog = AccountDialog(AccountDialog.Mode.RECOVER, self)
        dialog.ui.userEdit.setText(self.ui.userEdit.text())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            desk = auth.recover(
                self.db_path, secret, dialog.ui.userEdit.text(), dialog.ui.passwordEdit.text()
            )
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self._done(desk)

    def _rebuild_keys(self) -> None:
        try:
            folder = auth.rebuild_key_file(self.db_path)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self.ui.rebuildKeysButton.hide()
        self.ui.messageLabel.setText(i18n.text("cli.keys_rebuilt", folder=str(folder)))
