"""重複の候補: pairs of contractors whose names probably mean the same organisation (the
register's free text becomes such pairs), merged by a manager after confirmation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import contractors as cs
from privacydesk.services.desk import Desk
from privacydesk.services.roles import actions_for
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.generated.ui_contractor_duplicates_dialog import (
    Ui_ContractorDuplicatesDialog,
)
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel


@dataclass(frozen=True)
class Pair:
    keep_id: int
    keep_name: str
    drop_id: int
    drop_name: str
    ratio: float

    def swapped(self) -> Pair:
        return Pair(self.drop_id, self.drop_name, self.keep_id, self.keep_name, self.ratio)


class ContractorDuplicatesDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContractorDuplicatesDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.merged = 0
        u = self.ui
        self.feedback = request_common.Feedback(u.messageLabel)
        self.model: RowTableModel[Pair] = RowTableModel(
            "ContractorDuplicatesDialog",
            [
                Column(
                    QT_TRANSLATE_NOOP("ContractorDuplicatesDialog", "Kept"), lambda p: p.keep_name
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDuplicatesDialog", "Merged into it and deleted"),
                    lambda p: p.drop_name,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDuplicatesDialog", "Similarity"),
                    lambda p: f"{p.ratio:.0%}",
                ),
            ],
            self,
        )
        u.pairsView.setModel(self.model)
        header = u.pairsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        u.swapButton.clicked.connect(lambda: self.swap())
        u.mergeButton.clicked.connect(lambda: self.merge())
        u.closeButton.clicked.connect(self.accept)
        may = cs.merge.action_name in actions_for(desk.context.role)  # type: ignore[attr-defined]
        u.mergeButton.setEnabled(may)
        u.swapButton.setEnabled(may)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        try:
            pairs = cs.duplicate_candidates(self.desk)
            names = {r.id: r.name for r in cs.list_contractors(self.desk)}
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        rows = [
            Pair(a, names.get(a, str(a)), b, names.get(b, str(b)), ratio) for a, b, ratio in pairs
        ]
        self.model.set_rows(rows)
        if rows:
            self.ui.pairsView.selectRow(0)
        else:
            self.feedback.say(translate("ContractorDuplicatesDialog", "No likely duplicates."))

    def selected(self) -> Pair | None:
        return self.model.row_at(self.ui.pairsView.currentIndex().row())

    def swap(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        row = self.ui.pairsView.currentIndex().row()
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        rows[row] = pair.swapped()
        self.model.set_rows([r for r in rows if r is not None])
        self.ui.pairsView.selectRow(row)

    def merge(self, confirmed: bool = False) -> bool:
        pair = self.selected()
        if pair is None:
            self.feedback.say(translate("ContractorDuplicatesDialog", "Choose a pair first."))
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("ContractorDuplicatesDialog", "Merge the contractors?"),
                translate(
                    "ContractorDuplicatesDialog",
                    "Everything recorded for {drop} moves to {keep}, and {drop} is deleted. "
                    "This cannot be undone.",
                ).format(drop=pair.drop_name, keep=pair.keep_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ok, _ = self.feedback.run(
            lambda: cs.merge(self.desk, pair.keep_id, pair.drop_id),
            translate("ContractorDuplicatesDialog", "Merged into {keep}.").format(
                keep=pair.keep_name
            ),
        )
        if ok:
            self.merged += 1
            message = self.ui.messageLabel.text()
            self.refresh()
            self.feedback.say(message)
        return ok
