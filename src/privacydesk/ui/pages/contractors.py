"""委託先: the contractors with what needs attention and why (coloured rows, every reason in
the tooltip), the contractor dialog, likely duplicates to merge, and the checklists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import contractors as cs
from privacydesk.services.contractors import ContractorRow
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import contractor_common as common
from privacydesk.ui.dialogs.checklist import ChecklistDialog
from privacydesk.ui.dialogs.contractor import ContractorDialog
from privacydesk.ui.dialogs.contractor_duplicates import ContractorDuplicatesDialog
from privacydesk.ui.generated.ui_contractors_page import Ui_ContractorsPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel
from privacydesk.ui.pages.base import Page

CTX = "ContractorsPage"
FILTERS = [
    ("", QT_TRANSLATE_NOOP("ContractorsPage", "All")),
    ("selecting", QT_TRANSLATE_NOOP("ContractorsPage", "Being selected")),
    ("active", QT_TRANSLATE_NOOP("ContractorsPage", "Under contract")),
    ("ended", QT_TRANSLATE_NOOP("ContractorsPage", "Ended")),
]
ATTENTION_TEXT = QColor("#7a4b00")
ATTENTION_BACKGROUND = QColor("#fff1d6")


def _country(r: ContractorRow) -> str:
    return r.country if r.abroad else ""


class ContractorTableModel(RowTableModel[ContractorRow]):
    """The list: rows with flags coloured, every reason in the tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or not row.flags or index.column() >= self.columnCount():
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return common.flags_full(row.flags)
            colour = (
                ATTENTION_TEXT if role == Qt.ItemDataRole.ForegroundRole else ATTENTION_BACKGROUND
            )
            return QBrush(colour)
        return super().data(index, role)


class ContractorsPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContractorsPage()
        self.ui.setupUi(self)
        self.model = ContractorTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ContractorsPage", "Name"), lambda r: r.name),
                Column(
                    QT_TRANSLATE_NOOP("ContractorsPage", "Status"),
                    lambda r: common.label(common.STATUSES, r.status),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorsPage", "What is entrusted"),
                    lambda r: r.services.splitlines()[0] if r.services.strip() else "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorsPage", "Contract until"),
                    lambda r: common.iso(r.contract_end),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorsPage", "Next review due"),
                    lambda r: common.iso(r.next_review_due),
                ),
                Column(QT_TRANSLATE_NOOP("ContractorsPage", "Abroad"), _country),
                Column(
                    QT_TRANSLATE_NOOP("ContractorsPage", "Needs attention"),
                    lambda r: common.flags_short(r.flags),
                ),
            ],
            self,
        )
        view = self.ui.contractorsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.doubleClicked.connect(lambda _i: self.open())
        self.ui.statusCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.flaggedCheck.toggled.connect(lambda _on: self.refresh())
        self.ui.newButton.clicked.connect(lambda: self.new_contractor())
        self.ui.openButton.clicked.connect(lambda: self.open())
        self.ui.duplicatesButton.clicked.connect(lambda: self.duplicates())
        self.ui.checklistsButton.clicked.connect(lambda: self.checklists())
        self._fill_filters()

    def _fill_filters(self) -> None:
        combo = self.ui.statusCombo
        current = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        for key, text in FILTERS:
            combo.addItem(translate("ContractorsPage", text), key)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    def set_desk(self, desk: object) -> None:
        super().set_desk(desk)  # type: ignore[arg-type]
        if self.desk is not None:
            allowed = actions_for(self.desk.context.role)
            self.ui.newButton.setEnabled(cs.create.action_name in allowed)  # type: ignore[attr-defined]
            self.ui.duplicatesButton.setEnabled(cs.merge.action_name in allowed)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        if self.desk is None:
            return
        selected = self.selected_id()
        status = self.ui.statusCombo.currentData() or None
        try:
            rows = cs.list_contractors(
                self.desk, status=status, flagged_only=self.ui.flaggedCheck.isChecked()
            )
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self.model.set_rows(rows)
        self._count()
        self.select(selected)

    def _count(self) -> None:
        flagged = sum(1 for i in range(self.model.rowCount()) if self.model.row_at(i).flags)  # type: ignore[union-attr]
        self.ui.countLabel.setText(
            translate("ContractorsPage", "{n} contractors, {flagged} needing attention").format(
                n=self.model.rowCount(), flagged=flagged
            )
        )

    def retranslate(self) -> None:
        self._fill_filters()
        self.model.retranslate()
        self._count()

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.ui.contractorsView.currentIndex().row())
        return row.id if row else None

    def select(self, contractor_id: int | None) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        match = next((i for i, r in enumerate(rows) if r and r.id == contractor_id), None)
        if match is None and rows:
            match = 0
        if match is not None:
            self.ui.contractorsView.selectRow(match)

    def new_contractor(self, dialog: ContractorDialog | None = None) -> int | None:
        if self.desk is None:
            return None
        dialog = dialog or ContractorDialog(self.desk, None, self)
        dialog.exec()
        if dialog.saved_id is None:
            return None
        self.refresh()
        self.select(dialog.saved_id)
        return dialog.saved_id

    def open(
        self, contractor_id: int | None = None, dialog: ContractorDialog | None = None
    ) -> None:
        if self.desk is None:
            return
        contractor_id = contractor_id if contractor_id is not None else self.selected_id()
        if contractor_id is None and dialog is None:
            self.ui.messageLabel.setText(translate("ContractorsPage", "Choose a contractor first."))
            return
        try:
            dialog = dialog or ContractorDialog(self.desk, contractor_id, self)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def duplicates(self, dialog: ContractorDuplicatesDialog | None = None) -> None:
        if self.desk is None:
            return
        try:
            dialog = dialog or ContractorDuplicatesDialog(self.desk, self)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        dialog.exec()
        if dialog.merged:
            self.refresh()

    def checklists(self, dialog: ChecklistDialog | None = None) -> None:
        if self.desk is None:
            return
        try:
            dialog = dialog or ChecklistDialog(self.desk, parent=self)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        dialog.exec()
