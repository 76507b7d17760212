"""差分: two versions of the privacy notice compared line by line, the added lines in green and
the removed ones in red, as the officer reads them side by side before publishing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from privacydesk.services import notice_check as nc
from privacydesk.services.desk import Desk
from privacydesk.services.notice_check import DiffLine, NoticeRow
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.generated.ui_notice_diff_dialog import Ui_NoticeDiffDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel

CTX = "NoticeDiffDialog"
ADDED_TEXT, ADDED_BACKGROUND = QColor("#0b5d1e"), QColor("#e3f6e6")
REMOVED_TEXT, REMOVED_BACKGROUND = QColor("#b00020"), QColor("#fde7e9")
SIGNS = {"+": "+", "-": "−", " ": ""}


class DiffModel(RowTableModel[DiffLine]):
    """The lines of the comparison: + green, − red, unchanged plain."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("NoticeDiffDialog", "±"), lambda d: SIGNS.get(d.op, "")),
                Column(QT_TRANSLATE_NOOP("NoticeDiffDialog", "Text"), lambda d: d.text),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            line = self.row_at(index.row()) if index.isValid() else None
            if line is None or index.column() >= self.columnCount() or line.op not in "+-":
                return None
            fore = role == Qt.ItemDataRole.ForegroundRole
            if line.op == "+":
                return QBrush(ADDED_TEXT if fore else ADDED_BACKGROUND)
            return QBrush(REMOVED_TEXT if fore else REMOVED_BACKGROUND)
        return super().data(index, role)


def version_text(v: NoticeRow) -> str:
    return f"{v.title}（{v.effective_date.isoformat()}）"


class NoticeDiffDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        versions: Sequence[NoticeRow],
        parent: QWidget | None = None,
        old_id: int | None = None,
        new_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticeDiffDialog()
        self.ui.setupUi(self)
        self.desk = desk
        u = self.ui
        self.feedback = Feedback(u.messageLabel)
        self.model = DiffModel(self)
        u.linesView.setModel(self.model)
        header = u.linesView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        u.linesView.verticalHeader().hide()
        newest_first = list(versions)
        for combo in (u.oldCombo, u.newCombo):
            for v in newest_first:
                combo.addItem(version_text(v), v.id)
        # By default the version before the newest, against the newest.
        new = new_id if new_id is not None else (newest_first[0].id if newest_first else None)
        old = (
            old_id if old_id is not None else (newest_first[1].id if len(newest_first) > 1 else new)
        )
        u.oldCombo.setCurrentIndex(max(u.oldCombo.findData(old), 0))
        u.newCombo.setCurrentIndex(max(u.newCombo.findData(new), 0))
        u.oldCombo.currentIndexChanged.connect(lambda _i: self.compare())
        u.newCombo.currentIndexChanged.connect(lambda _i: self.compare())
        u.buttonBox.rejected.connect(self.reject)
        u.buttonBox.accepted.connect(self.accept)
        self.compare()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._count()
        super().changeEvent(event)

    def compare(self) -> bool:
        old, new = self.ui.oldCombo.currentData(), self.ui.newCombo.currentData()
        if old is None or new is None:
            self.model.set_rows([])
            self._count()
            return False
        ok, lines = self.feedback.run(lambda: nc.differences(self.desk, old, new))
        self.model.set_rows(lines if ok and isinstance(lines, list) else [])
        self._count()
        return ok

    def _count(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        added = sum(1 for r in rows if r and r.op == "+")
        removed = sum(1 for r in rows if r and r.op == "-")
        self.ui.countLabel.setText(
            translate("NoticeDiffDialog", "{added} lines added, {removed} lines removed").format(
                added=added, removed=removed
            )
        )
