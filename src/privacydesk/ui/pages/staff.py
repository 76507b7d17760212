"""職員: staff accounts (managers only): add, reset a password, disable, renew the key."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import accounts, rotation
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
        self.ui.disableButton.clicked.connect(lambda: self.disable_account())
        self.ui.rotateKeyButton.clicked.connect(lambda: self.rotate_key())

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

    def disable_account(self, confirmed: bool = False, rekey: bool | None = None) -> None:
        """Disable the selected account; then offer to renew the database key (`rekey`: the
        answer, asked when None)."""
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
        if not self._run(lambda: accounts.disable_user(desk, row.username)):
            return
        self.ui.messageLabel.setText(translate("StaffPage", "The account was disabled."))
        if rekey is None:
            rekey = (
                QMessageBox.question(
                    self,
                    translate("StaffPage", "Renew the database key?"),
                    translate(
                        "StaffPage",
                        "Re-key the database now, so that a copy of the key file that {name} "
                        "may have kept opens neither the database nor new backups? It takes a "
                        "few seconds and makes a backup.",
                    ).format(name=row.username),
                )
                == QMessageBox.StandardButton.Yes
            )
        if rekey:
            self.rotate_key(confirmed=True)

    def rotate_key(self, confirmed: bool = False, without: bool | None = None) -> bool:
        """鍵の更新: re-key the database (services/rotation.py). `without`: go on without the
        accounts that cannot be carried (asked when None). True when the key was renewed."""
        if self.desk is None:
            return False
        desk = self.desk
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("StaffPage", "Renew the database key?"),
                translate(
                    "StaffPage",
                    "Every remaining account keeps its password. Old copies of the key file "
                    "will open neither the database nor new backups; older backups keep "
                    "their own key file and still open with the recovery sheet. Other windows "
                    "signed in to this database will have to sign in again.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            unmigrated = rotation.unmigrated_accounts(desk)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return False
        if unmigrated and without is None:
            without = (
                QMessageBox.question(
                    self,
                    translate("StaffPage", "Renew the database key?"),
                    translate(
                        "StaffPage",
                        "These accounts have not signed in since this version and cannot be "
                        "carried to the new key: {names}. Renew without them? You will then "
                        "reset their passwords.",
                    ).format(names=", ".join(unmigrated)),
                )
                == QMessageBox.StandardButton.Yes
            )
            if not without:
                return False
        results: list[rotation.RotationResult] = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Not in a worker thread: nothing else may use this desk while its key changes.
            ok = self._run(
                lambda: results.append(rotation.rotate_key(desk, reset_unmigrated=bool(without)))
            )
        finally:
            QApplication.restoreOverrideCursor()
        if not ok:
            return False
        result = results[0]
        text = translate(
            "StaffPage",
            "The database key was renewed. Old copies of the key file no longer open it. A "
            "backup was made with the new key: {folder}",
        ).format(folder=str(result.backup_folder or "-"))
        if result.dropped:
            text += "\n" + translate("StaffPage", "Reset the passwords of: {names}").format(
                names=", ".join(result.dropped)
            )
        self.ui.messageLabel.setText(text)
        return True
