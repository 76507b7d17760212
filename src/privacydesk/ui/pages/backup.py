"""バックアップ: back up now (in the background), the list of backups, restore to a new file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import backup
from privacydesk.services.backup import BackupRow
from privacydesk.ui import i18n, tasks
from privacydesk.ui.generated.ui_backup_page import Ui_BackupPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel
from privacydesk.ui.pages.base import Page

KIND = {
    "manual": QT_TRANSLATE_NOOP("BackupPage", "By hand"),
    "on_close": QT_TRANSLATE_NOOP("BackupPage", "When closing"),
    "key_change": QT_TRANSLATE_NOOP("BackupPage", "Key change"),
}

CTX = "BackupPage"


class BackupPage(Page):
    backup_finished = Signal(object)
    task_started = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        self.model: RowTableModel[BackupRow] = RowTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("BackupPage", "Made (UTC)"),
                    lambda r: r.made_at[:19].replace("T", " "),
                ),
                Column(
                    QT_TRANSLATE_NOOP("BackupPage", "Kind"),
                    lambda r: translate("BackupPage", KIND.get(r.kind, r.kind)),
                ),
                Column(
                    QT_TRANSLATE_NOOP("BackupPage", "Audit entries"),
                    lambda r: r.audit_count,
                ),
                Column(
                    QT_TRANSLATE_NOOP("BackupPage", "Size (KB)"),
                    lambda r: r.size_bytes // 1024,
                ),
                Column(QT_TRANSLATE_NOOP("BackupPage", "Folder"), lambda r: r.folder.name),
            ],
            self,
        )
        self.ui.backupsView.setModel(self.model)
        self.ui.backupsView.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch
        )
        self.ui.backupButton.clicked.connect(self.back_up_now)
        self.ui.restoreButton.clicked.connect(lambda: self.restore_selected())
        self._task: tasks.TaskHandle | None = None

    def refresh(self) -> None:
        if self.desk is None:
            return
        self.model.set_rows(backup.list_backups(self.desk))
        self.retranslate()

    def retranslate(self) -> None:
        self.model.retranslate()
        if self.desk is None:
            return
        self.ui.folderLabel.setText(
            translate("BackupPage", "Backup folder: {folder}").format(
                folder=backup.backup_root(self.desk)
            )
        )
        last = backup.last_good_backup(self.desk)
        self.ui.lastLabel.setText(
            translate("BackupPage", "Last good backup: {date}").format(
                date=last.strftime("%Y-%m-%d %H:%M") if last else "—"
            )
        )

    def back_up_now(self) -> None:
        if self.desk is None or (self._task and not self._task.done):
            return
        desk = self.desk
        self.ui.backupButton.setEnabled(False)
        self._task = tasks.start(
            lambda c, p: desk.run(lambda c2, p2: backup.backup_now(desk)),
            self._done,
            self._failed,
            self,
        )
        self.task_started.emit(self._task, translate("BackupPage", "Backing up…"))

    def _done(self, row: BackupRow) -> None:
        self.ui.backupButton.setEnabled(True)
        self.ui.messageLabel.setText(
            i18n.text("cli.backup_made", folder=str(row.folder), count=row.audit_count)
        )
        self.refresh()
        self.backup_finished.emit(row)

    def _failed(self, exc: BaseException) -> None:
        self.ui.backupButton.setEnabled(True)
        self.ui.messageLabel.setText(i18n.error_text(exc))
        self.backup_finished.emit(exc)

    def selected(self) -> BackupRow | None:
        rows = self.ui.backupsView.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def restore_selected(self, target: Path | None = None, confirmed: bool = False) -> None:
        row = self.selected()
        if row is None or self.desk is None:
            self.ui.messageLabel.setText(
                translate("BackupPage", "Choose a backup in the list first.")
            )
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("BackupPage", "Restore into a new file"),
                str(self.desk.path.with_name("restored-" + self.desk.path.name)),
            )
            if not name:
                return
            target = Path(name)
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("BackupPage", "Restore the backup?"),
                translate(
                    "BackupPage",
                    "The backup is copied to {path}. The database in use is not changed.",
                ).format(path=target),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            backup.restore_backup(self.desk, row.folder, target)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self.ui.messageLabel.setText(i18n.text("cli.restored", path=str(target)))
