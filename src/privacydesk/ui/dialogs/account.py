"""One dialog for accounts: add, reset a password, change one's own, set one after recovery."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from privacydesk.services.accounts import Role, password_strength
from privacydesk.ui import i18n
from privacydesk.ui.generated.ui_account_dialog import Ui_AccountDialog
from privacydesk.ui.i18n import translate

MIN_LENGTH = 12


class AccountDialog(QDialog):
    class Mode(Enum):
        ADD = "add"
        RESET = "reset"
        CHANGE_OWN = "change_own"
        RECOVER = "recover"

    def __init__(self, mode: AccountDialog.Mode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        u = self.ui
        show_identity = mode in (self.Mode.ADD, self.Mode.RECOVER, self.Mode.RESET)
        for w in (u.userCaption, u.userEdit):
            w.setVisible(show_identity)
        u.userEdit.setReadOnly(mode == self.Mode.RESET)
        for w in (u.displayCaption, u.displayEdit, u.roleCaption, u.roleCombo):
            w.setVisible(mode == self.Mode.ADD)
        for w in (u.oldCaption, u.oldEdit):
            w.setVisible(mode == self.Mode.CHANGE_OWN)
        for role in Role:
            u.roleCombo.addItem(i18n.text("role." + role.value), role.value)
        u.roleCombo.setCurrentIndex(1)  # staff: the least surprising default
        u.passwordEdit.textChanged.connect(self._strength)
        u.buttonBox.accepted.connect(self._accept)
        u.buttonBox.rejected.connect(self.reject)
        self._titles()

    def _titles(self) -> None:
        titles = {
            self.Mode.ADD: translate("AccountDialog", "Add an account"),
            self.Mode.RESET: translate("AccountDialog", "Reset a password"),
            self.Mode.CHANGE_OWN: translate("AccountDialog", "Change my password"),
            self.Mode.RECOVER: translate("AccountDialog", "New manager password"),
        }
        self.setWindowTitle(titles[self.mode])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._titles()
        super().changeEvent(event)

    def _strength(self, text: str) -> None:
        self.ui.strengthBar.setValue(password_strength(text))

    def _accept(self) -> None:
        u = self.ui
        if u.userEdit.isVisible() and not u.userEdit.text().strip():
            u.messageLabel.setText(i18n.text("accounts.username_empty"))
            return
        if len(u.passwordEdit.text()) < MIN_LENGTH:
            u.messageLabel.setText(i18n.text("accounts.password_too_short", min=MIN_LENGTH))
            return
        if u.passwordEdit.text() != u.confirmEdit.text():
            u.messageLabel.setText(i18n.text("cli.passwords_differ"))
            return
        self.accept()

    def role(self) -> str:
        return str(self.ui.roleCombo.currentData())

    def ok_button(self) -> QWidget:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
