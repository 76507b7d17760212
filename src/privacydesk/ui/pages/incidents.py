"""漏えい等: the leak incidents with whether each is reportable and its next deadline (red when
due within a day or past), and the incident dialog."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates
from privacydesk.services import incidents as inc
from privacydesk.services.incidents import IncidentRow
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import incident_common as common
from privacydesk.ui.dialogs.incident import IncidentDialog
from privacydesk.ui.generated.ui_incidents_page import Ui_IncidentsPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel
from privacydesk.ui.pages.base import Page

CTX = "IncidentsPage"
URGENT_TEXT = QColor("#b00020")
URGENT_BACKGROUND = QColor("#fde7e9")
REPORT_COLUMN = 4
NEXT_COLUMN = 5


def next_text(r: IncidentRow) -> str:
    if r.next is None:
        return "—"
    return translate("IncidentsPage", "{date} {step}").format(
        date=dates.display(r.next.due), step=common.step_text(r.next.step)
    )


class IncidentTableModel(RowTableModel[IncidentRow]):
    """The incidents: the next deadline in red when urgent, the reasons in the tooltip of the
    report column."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if row is None or index.column() >= self.columnCount():
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                if index.column() == REPORT_COLUMN:
                    return common.reasons_text(row.reasons)
                if index.column() == NEXT_COLUMN and row.urgent:
                    return translate("IncidentsPage", "Due within one day or past")
                return None
            if row.urgent and index.column() == NEXT_COLUMN:
                if role == Qt.ItemDataRole.FontRole:
                    font = QFont()
                    font.setBold(True)
                    return font
                colour = (
                    URGENT_TEXT if role == Qt.ItemDataRole.ForegroundRole else URGENT_BACKGROUND
                )
                return QBrush(colour)
            reportable = row.reportable and index.column() == REPORT_COLUMN
            if reportable and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(URGENT_TEXT)
            return None
        return super().data(index, role)


class IncidentsPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentsPage()
        self.ui.setupUi(self)
        self.today: date | None = None  # tests fix the day; None is today
        self.model = IncidentTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("IncidentsPage", "Number"), lambda r: r.number),
                Column(
                    QT_TRANSLATE_NOOP("IncidentsPage", "Kind"),
                    lambda r: common.kind_text(r.kind, r.possible),
                ),
                Column(
                    QT_TRANSLATE_NOOP("IncidentsPage", "Known on"),
                    lambda r: dates.display(r.known_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("IncidentsPage", "Persons"),
                    lambda r: common.persons_text(r.persons),
                    Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    QT_TRANSLATE_NOOP("IncidentsPage", "Report"),
                    lambda r: common.reportable_text(r.reportable),
                ),
                Column(QT_TRANSLATE_NOOP("IncidentsPage", "Next deadline"), next_text),
                Column(
                    QT_TRANSLATE_NOOP("IncidentsPage", "Status"),
                    lambda r: common.label(common.STATUSES, r.status),
                ),
            ],
            self,
        )
        view = self.ui.incidentsView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(lambda _i: self.open())
        self.ui.openOnlyCheck.toggled.connect(lambda _on: self.refresh())
        self.ui.newButton.clicked.connect(lambda: self.new_incident())
        self.ui.openButton.clicked.connect(lambda: self.open())

    def set_desk(self, desk: object) -> None:
        super().set_desk(desk)  # type: ignore[arg-type]
        if self.desk is not None:
            self.ui.newButton.setEnabled(common.may(self.desk, inc.create))

    def refresh(self) -> None:
        if self.desk is None:
            return
        selected = self.selected_id()
        try:
            rows = inc.list_incidents(
                self.desk, today=self.today, open_only=self.ui.openOnlyCheck.isChecked()
            )
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self.model.set_rows(rows)
        self._count()
        self.select(selected)

    def _count(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        urgent = sum(1 for r in rows if r is not None and r.urgent)
        self.ui.countLabel.setText(
            translate("IncidentsPage", "{n} incidents, {urgent} with a deadline due").format(
                n=len(rows), urgent=urgent
            )
        )

    def retranslate(self) -> None:
        self.model.retranslate()
        self._count()

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.ui.incidentsView.currentIndex().row())
        return row.id if row else None

    def select(self, incident_id: int | None) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        match = next((i for i, r in enumerate(rows) if r and r.id == incident_id), None)
        if match is None and rows:
            match = 0
        if match is not None:
            self.ui.incidentsView.selectRow(match)

    def new_incident(self, dialog: IncidentDialog | None = None) -> int | None:
        if self.desk is None:
            return None
        dialog = dialog or IncidentDialog(self.desk, None, self, today=self.today)
        dialog.exec()
        if dialog.saved_id is None:
            return None
        self.refresh()
        self.select(dialog.saved_id)
        return dialog.saved_id

    def open(self, incident_id: int | None = None, dialog: IncidentDialog | None = None) -> None:
        if self.desk is None:
            return
        incident_id = incident_id if incident_id is not None else self.selected_id()
        if incident_id is None and dialog is None:
            self.ui.messageLabel.setText(translate("IncidentsPage", "Choose an incident first."))
            return
        try:
            dialog = dialog or IncidentDialog(self.desk, incident_id, self, today=self.today)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        dialog.exec()
        if dialog.changed:
            self.refresh()
