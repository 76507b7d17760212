"""苦情: the complaint log as a table filtered by status, category and period (open complaints
past their target in red), with the keyboard-first entry dialog and the complaint dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QMessageBox, QWidget

from privacydesk.errors import InvalidInput, PrivacydeskError
from privacydesk.services import complaints as cp
from privacydesk.services import dates
from privacydesk.services.complaints import ComplaintFilter, ComplaintRow
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import complaint_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.dialogs.complaint import ComplaintDialog
from privacydesk.ui.dialogs.complaint_receive import ComplaintReceiveDialog
from privacydesk.ui.generated.ui_complaints_page import Ui_ComplaintsPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel
from privacydesk.ui.pages.base import Page

CTX = "ComplaintsPage"
ALL = ""  # the filters' "any" choice
OVERDUE_TEXT = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7e9")


class ComplaintTableModel(RowTableModel[ComplaintRow]):
    """The complaint log: open complaints past their target in the warning colour."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or not row.overdue or index.column() >= self.columnCount():
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("ComplaintsPage", "Past the target reply date")
            colour = OVERDUE_TEXT if role == Qt.ItemDataRole.ForegroundRole else OVERDUE_BACKGROUND
            return QBrush(colour)
        return super().data(index, role)


class ComplaintsPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintsPage()
        self.ui.setupUi(self)
        self.today: date | None = None  # tests fix the day; None is today
        self.model = ComplaintTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Number"), lambda r: r.number),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintsPage", "Received"),
                    lambda r: common.when_text(r.received_at),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintsPage", "Received by"),
                    lambda r: common.label(common.CHANNELS, r.channel),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintsPage", "Category"),
                    lambda r: common.label(common.CATEGORIES, r.category),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintsPage", "Complainant"),
                    lambda r: common.anonymous(r.complainant),
                ),
                Column(QT_TRANSLATE_NOOP("ComplaintsPage", "Handler"), lambda r: r.handler),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintsPage", "Target reply date"),
                    lambda r: dates.display(r.target_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ComplaintsPage", "Status"),
                    lambda r: common.label(common.STATUSES, r.status),
                ),
            ],
            self,
        )
        u = self.ui
        view = u.complaintsView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(lambda _i: self.open())
        self.feedback = request_common.Feedback(
            u.messageLabel, {"start": u.startEdit, "end": u.endEdit}
        )
        u.statusCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        u.categoryCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        u.overdueCheck.toggled.connect(lambda _on: self.refresh())
        u.startEdit.editingFinished.connect(self.refresh)
        u.endEdit.editingFinished.connect(self.refresh)
        u.newButton.clicked.connect(lambda: self.receive())
        u.openButton.clicked.connect(lambda: self.open())
        u.disposeButton.clicked.connect(lambda: self.dispose_old())
        self._fill_filters()

    def _fill_filters(self) -> None:
        for combo, labels in (
            (self.ui.statusCombo, common.STATUSES),
            (self.ui.categoryCombo, common.CATEGORIES),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("ComplaintsPage", "All"), ALL)
            for code in labels:
                combo.addItem(common.label(labels, code), code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def set_desk(self, desk: object) -> None:
        super().set_desk(desk)  # type: ignore[arg-type]
        if self.desk is not None:
            self.ui.newButton.setEnabled(common.may(self.desk, cp.receive))
            self.ui.disposeButton.setVisible(common.may(self.desk, cp.dispose))

    def _date(self, edit: QLineEdit, field: str) -> tuple[bool, date | None]:
        text = edit.text()

        def read() -> date | None:
            try:
                return dates.parse_optional(text)
            except InvalidInput as exc:  # named after this field, to be shown beside it
                problems = exc.problems or [(field, exc.code, dict(exc.params))]
                raise InvalidInput(
                    "input.problems",
                    problems=[(field, c, p) for _f, c, p in problems],
                    count=len(problems),
                ) from exc

        ok, value = self.feedback.run(read)
        return ok, value if isinstance(value, date) else None

    def filters(self) -> ComplaintFilter | None:
        """The filters as chosen; None (and the problem shown) when a date cannot be read."""
        u = self.ui
        ok_start, start = self._date(u.startEdit, "start")
        if not ok_start:
            return None
        ok_end, end = self._date(u.endEdit, "end")
        if not ok_end:
            return None
        return ComplaintFilter(
            status=u.statusCombo.currentData() or None,
            category=u.categoryCombo.currentData() or None,
            start=start,
            end=end,
            overdue_only=u.overdueCheck.isChecked(),
        )

    def refresh(self) -> None:
        if self.desk is None:
            return
        filters = self.filters()
        if filters is None:
            return
        selected = self.selected_id()
        ok, rows = self.feedback.run(
            lambda: cp.list_complaints(self.desk, filters, today=self.today)  # type: ignore[arg-type]
        )
        if not ok or not isinstance(rows, list):
            return
        self.model.set_rows(rows)
        self._count()
        self.select(selected)

    def _count(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        overdue = sum(1 for r in rows if r is not None and r.overdue)
        self.ui.countLabel.setText(
            translate("ComplaintsPage", "{n} complaints, {overdue} past the target date").format(
                n=len(rows), overdue=overdue
            )
        )

    def retranslate(self) -> None:
        self._fill_filters()
        self.model.retranslate()
        self._count()

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.ui.complaintsView.currentIndex().row())
        return row.id if row else None

    def select(self, complaint_id: int | None) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        match = next((i for i, r in enumerate(rows) if r and r.id == complaint_id), None)
        if match is None and rows:
            match = 0
        if match is not None:
            self.ui.complaintsView.selectRow(match)

    def receive(self, dialog: ComplaintReceiveDialog | None = None) -> int | None:
        """A new complaint through the entry dialog; the new row is selected."""
        if self.desk is None:
            return None
        try:
            dialog = dialog or ComplaintReceiveDialog(self.desk, self)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return None
        self.refresh()
        self.select(dialog.saved_id)
        self.feedback.say(translate("ComplaintsPage", "The complaint was received."))
        return dialog.saved_id

    def open(self, complaint_id: int | None = None, dialog: ComplaintDialog | None = None) -> None:
        if self.desk is None:
            return
        complaint_id = complaint_id if complaint_id is not None else self.selected_id()
        if complaint_id is None and dialog is None:
            self.feedback.say(translate("ComplaintsPage", "Choose a complaint first."))
            return
        try:
            dialog = dialog or ComplaintDialog(self.desk, complaint_id, self, today=self.today)  # type: ignore[arg-type]
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def dispose_old(self, confirmed: bool = False) -> int:
        """A manager deletes the closed complaints kept past the retention years, with their
        timelines, after seeing which ones; the counts by category stay in the audit log."""
        if self.desk is None:
            return 0
        desk = self.desk
        ok, due = self.feedback.run(lambda: cp.past_retention(desk, today=self.today))
        if not ok or not isinstance(due, list):
            return 0
        if not due:
            self.feedback.say(
                translate("ComplaintsPage", "No complaint is past its retention years.")
            )
            return 0
        if not confirmed:
            ok, listed = self.feedback.run(
                lambda: cp.list_complaints(desk, ComplaintFilter(), today=self.today)
            )
            rows = {r.id: r for r in listed} if ok and isinstance(listed, list) else {}
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("ComplaintsPage", "Dispose of the complaints?"),
                translate(
                    "ComplaintsPage",
                    "{n} closed complaints have been kept for the retention years. They are "
                    "deleted with their timelines; the counts by category stay in the audit "
                    "log. This cannot be undone.",
                ).format(n=len(due)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setDetailedText(
                "\n".join(
                    f"{r.number}　{common.when_text(r.received_at)}　"
                    f"{common.label(common.CATEGORIES, r.category)}"
                    for i in due
                    if (r := rows.get(i)) is not None
                )
            )
            if box.exec() != QMessageBox.StandardButton.Yes:
                return 0
        ok, counts = self.feedback.run(lambda: cp.dispose(desk, due, today=self.today))
        if not ok or not isinstance(counts, dict):
            return 0
        self.refresh()
        self.feedback.say(
            translate("ComplaintsPage", "{n} complaints were disposed of.").format(
                n=counts.get("complaints", 0)
            )
        )
        return int(counts.get("complaints", 0))
