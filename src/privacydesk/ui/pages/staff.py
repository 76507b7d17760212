"""職員: staff accounts (managers only): add, reset a password, disable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import accounts
from privacydesk.services.accounts import AccountRow
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.account import AccountDialog
from privacydesk.ui.generated.ui_staff_page import Ui_StaffPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel
from privacydesk.ui.pages.base import Page

CTX = "StaffPage"


def _state(row: AccountRow) -> str:
    return i18n.text("cli.active" if row.active else "cli.disabled")


class StaffPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffPage()
        self.ui.setupUi(self)
        self.model: RowTableModel[AccountRow] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("StaffPage", "User name"), lambda r: r.username),
                Column(
                    QT_TRANSLATE_NOOP("StaffPage", "Full name"),
                    lambda r: r.display_name,
                ),
                Column(
                    QT_TRANSLATE_NOOP("StaffPage", "Role"),
                    lambda r: i18n.text("role." + r.role.value),
                ),
                Column(QT_TRANSLATE_NOOP("StaffPage", "State"), _state),
                Column(
                    QT_TRANSLATE_NOOP("StaffPage", "Created"),
                    lambda r: r.created_at.strftime("%Y-%m-%d"),
                ),
            ],
            self,
        )
        self.ui.accountsView.setModel(self.model)
        self.ui.addButton.clicked.connect(self.add_account)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.disableButton.clicked.connect(self.disable_account)

    def refresh(self) -> None:
        if self.desk is None:
            return
        self.model.set_rows(accounts.list_users(self.desk))
        self.ui.accountsView.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.model.retranslate()

    def selected(self) -> AccountRow | None:
        rows = self.ui.accountsView.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _run(self, call: object) -> bool:
        try:
            call()  # type: ignore[operator]
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return False
        self.refresh()
        return True

    def add_account(self, dialog: AccountDialog | None = None) -> None:
        dialog = dialog or AccountDialog(AccountDialog.Mode.ADD, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.desk is None:
            return
        desk, u = self.desk, dialog.ui
        if self._run(
            lambda: accounts.add_user(
                desk, u.userEdit.text(), dialog.role(), u.passwordEdit.text(), u.displayEdit.text()
            )
        ):
            self.ui.messageLabel.setText(translate("StaffPage", "The account was added."))

    def reset_password(self, dialog: AccountDialog | None = None) -> None:
        row = self.selected()
        if row is None or self.desk is None:
            return
        dialog = dialog or AccountDialog(AccountDialog.Mode.RESET, self)
        dialog.ui.userEdit.setText(row.username)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        desk, password = self.desk, dialog.ui.passwordEdit.text()
        if self._run(lambda: accounts.reset_password(desk, row.username, password)):
            self.ui.messageLabel.setText(
                translate(
                    "StaffPage", "The password was reset. Tell the person in person, not by email."
                )
            )

    def disable_account(self, confirmed: bool = False) -> None:
        row = self.selected()
        if row is None or self.desk is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("StaffPage", "Disable the account?"),
                translate(
                    "StaffPage",
                    "{name} will no longer be able to sign in. Their past actions "
                    "stay in the audit log.",
                ).format(name=row.username),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        desk = self.desk
        if self._run(lambda: accounts.disable_user(desk, row.username)):
            self.ui.messageLabel.setText(translate("StaffPage", "The account was disabled."))
