"""First run: create the database and the manager, show the recovery sheet, ask the profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QVBoxLayout, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import auth, profile
from privacydesk.services.accounts import password_strength
from privacydesk.services.desk import Desk
from privacydesk.ui import i18n, tasks
from privacydesk.ui.dialogs.profile_form import ProfileForm
from privacydesk.ui.generated.ui_welcome_dialog import Ui_WelcomeDialog
from privacydesk.ui.i18n import translate

CREATE, SHEET, PROFILE = range(3)


class WelcomeDialog(QDialog):
    created = Signal(object)

    def __init__(
        self,
        default_path: Path,
        parent: QWidget | None = None,
        kdf: auth.KdfParams = auth.STRONG_KDF,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.desk: Desk | None = None
        self.sheet: auth.RecoverySheet | None = None
        self._kdf = kdf  # tests pass cheap parameters; the app always uses strong ones
        self._task: tasks.TaskHandle | None = None
        self.profile_form = ProfileForm(self.ui.profileHost)
        QVBoxLayout(self.ui.profileHost).addWidget(self.profile_form)
        self.ui.locationEdit.setText(str(default_path))
        self.ui.passwordEdit.textChanged.connect(
            lambda t: self.ui.strengthBar.setValue(password_strength(t))
        )
        self.ui.showButton.toggled.connect(self._show_password)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.nextButton.clicked.connect(self.next_step)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.printButton.clicked.connect(self._print)
        self.ui.keptCheck.toggled.connect(self._update_buttons)
        self.ui.steps.setCurrentIndex(CREATE)
        self._update_buttons()

    def _step_title(self) -> str:
        return [
            translate("WelcomeDialog", "Step 1 of 3: the database and the manager"),
            translate("WelcomeDialog", "Step 2 of 3: the recovery sheet"),
            translate("WelcomeDialog", "Step 3 of 3: the organisation"),
        ][self.ui.steps.currentIndex()]

    def _update_buttons(self) -> None:
        step = self.ui.steps.currentIndex()
        self.ui.stepLabel.setText(self._step_title())
        self.ui.nextButton.setText(
            translate("WelcomeDialog", "Finish")
            if step == PROFILE
            else translate("WelcomeDialog", "Next")
        )
        self.ui.nextButton.setEnabled(step != SHEET or self.ui.keptCheck.isChecked())
        self.ui.cancelButton.setVisible(step == CREATE)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_buttons()
        super().changeEvent(event)

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passwordEdit.setEchoMode(mode)
        self.ui.confirmEdit.setEchoMode(mode)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("WelcomeDialog", "Database file"),
            self.ui.locationEdit.text(),
        )
        if name:
            self.ui.locationEdit.setText(name)

    def next_step(self) -> None:
        step = self.ui.steps.currentIndex()
        if step == CREATE:
            self._create()
        elif step == SHEET:
            self.ui.steps.setCurrentIndex(PROFILE)
            self._update_buttons()
        else:
            self._save_profile()

    def _create(self) -> None:
        u = self.ui
        if u.passwordEdit.text() != u.confirmEdit.text():
            u.messageLabel.setText(i18n.text("cli.passwords_differ"))
            return
        path = Path(u.locationEdit.text().strip())
        name, password, display = u.managerEdit.text(), u.passwordEdit.text(), u.displayEdit.text()
        kdf = self._kdf
        u.nextButton.setEnabled(False)
        u.messageLabel.setText(translate("WelcomeDialog", "Creating the encrypted database…"))

        def work(_c: object, _p: object) -> tuple[Desk, auth.RecoverySheet]:
            path.parent.mkdir(parents=True, exist_ok=True)
            return auth.create_database(path, name, password, kdf=kdf, display_name=display)

        self._task = tasks.start(work, self._created, self._failed, self)

    def _created(self, result: tuple[Desk, auth.RecoverySheet]) -> None:
        self.desk, self.sheet = result
        self.ui.passwordEdit.clear()
        self.ui.confirmEdit.clear()
        self.ui.messageLabel.clear()
        self.ui.sheetText.setPlainText(self.sheet_text())
        self.ui.steps.setCurrentIndex(SHEET)
        self._update_buttons()
        self.created.emit(self.desk)

    def _failed(self, exc: BaseException) -> None:
        self.ui.nextButton.setEnabled(True)
        self.ui.messageLabel.setText(i18n.error_text(exc))

    def sheet_text(self) -> str:
        assert self.sheet is not None
        s = self.sheet
        return i18n.text(
            "cli.recovery_sheet",
            secret=s.secret,
            database_id=s.database_id,
            created=s.created,
            path=s.database_path,
        )

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setDefaultFont(self.font())
            document.setPlainText(self.sheet_text())
            document.print_(printer)

    def _save_profile(self) -> None:
        assert self.desk is not None
        try:
            profile.save_profile(self.desk, self.profile_form.data())
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self.accept()
