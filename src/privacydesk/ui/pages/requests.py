"""開示等請求: the requests as a status table (overdue rows in red), with receipt, the request
dialog and the mailing log."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import requests as rq
from privacydesk.services.requests import RequestRow
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import request_common as common
from privacydesk.ui.dialogs.request import RequestDialog
from privacydesk.ui.dialogs.request_mailing_log import RequestMailingLogDialog
from privacydesk.ui.dialogs.request_receive import RequestReceiveDialog
from privacydesk.ui.generated.ui_requests_page import Ui_RequestsPage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel
from privacydesk.ui.pages.base import Page

CTX = "RequestsPage"
FILTERS = [
    ("open", QT_TRANSLATE_NOOP("RequestsPage", "Open requests")),
    ("all", QT_TRANSLATE_NOOP("RequestsPage", "All requests, closed too")),
]
OVERDUE_TEXT = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7e9")


def _types(r: RequestRow) -> str:
    return "、".join(common.label(common.TYPES, t) for t in r.types)


def _due(r: RequestRow) -> str:
    return common.due_text(r.due_on, r.stopped_since, r.stop_reason)


class RequestTableModel(RowTableModel[RequestRow]):
    """The status table: overdue rows in the warning colour."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or not row.overdue or index.column() >= self.columnCount():
                return None
            colour = OVERDUE_TEXT if role == Qt.ItemDataRole.ForegroundRole else OVERDUE_BACKGROUND
            return QBrush(colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or index.column() >= self.columnCount():
                return None
            tips = []
            if row.overdue:
                tips.append(translate("RequestsPage", "Past the target date"))
            if row.protected:
                tips.append(translate("RequestsPage", "Whereabouts protected (所在秘匿)"))
            return "\n".join(tips) or None
        return super().data(index, role)


class RequestsPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestsPage()
        self.ui.setupUi(self)
        self.model = RequestTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("RequestsPage", "Number"), lambda r: r.number),
                Column(
                    QT_TRANSLATE_NOOP("RequestsPage", "Received"),
                    lambda r: r.received_on.isoformat(),  # compact: the due date carries 和暦
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestsPage", "Person"),
                    lambda r: f"● {r.person_name}" if r.protected else r.person_name,
                ),
                Column(QT_TRANSLATE_NOOP("RequestsPage", "Type"), _types),
                Column(
                    QT_TRANSLATE_NOOP("RequestsPage", "Made by"),
                    lambda r: common.label(common.REQUESTERS, r.requester_kind),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestsPage", "Status"),
                    lambda r: common.label(common.STATES, r.state),
                ),
                Column(QT_TRANSLATE_NOOP("RequestsPage", "Due"), _due),
                Column(
                    QT_TRANSLATE_NOOP("RequestsPage", "Next"), lambda r: i18n.text(r.next_action)
                ),
            ],
            self,
        )
        view = self.ui.requestsView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.doubleClicked.connect(lambda _i: self.open())
        self.ui.filterCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.newButton.clicked.connect(lambda: self.receive())
        self.ui.openButton.clicked.connect(lambda: self.open())
        self.ui.mailingLogButton.clicked.connect(lambda: self.mailing_log())
        self.ui.disposeButton.clicked.connect(lambda: self.dispose_old())
        self._fill_filters()

    def _fill_filters(self) -> None:
        combo = self.ui.filterCombo
        current = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        for key, label in FILTERS:
            combo.addItem(translate("RequestsPage", label), key)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    def set_desk(self, desk: object) -> None:
        super().set_desk(desk)  # type: ignore[arg-type]
        if self.desk is not None:
            allowed = actions_for(self.desk.context.role)
            self.ui.newButton.setVisible(rq.receive.action_name in allowed)  # type: ignore[attr-defined]
            self.ui.disposeButton.setVisible(rq.dispose.action_name in allowed)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        if self.desk is None:
            return
        selected = self.selected_id()
        include_closed = self.ui.filterCombo.currentData() == "all"
        try:
            rows = rq.list_requests(self.desk, include_closed=include_closed)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        self.model.set_rows(rows)
        self.ui.countLabel.setText(translate("RequestsPage", "{n} requests").format(n=len(rows)))
        match = next((i for i, r in enumerate(rows) if r.id == selected), 0 if rows else None)
        if match is not None:
            self.ui.requestsView.selectRow(match)

    def retranslate(self) -> None:
        self._fill_filters()
        self.model.retranslate()
        self.ui.countLabel.setText(
            translate("RequestsPage", "{n} requests").format(n=self.model.rowCount())
        )

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.ui.requestsView.currentIndex().row())
        return row.id if row else None

    def receive(self, dialog: RequestReceiveDialog | None = None) -> int | None:
        """A new request: the receipt dialog, then the request itself to carry on with."""
        if self.desk is None:
            return None
        try:
            dialog = dialog or RequestReceiveDialog(self.desk, self)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_id is None:
            return None
        self.ui.messageLabel.setText(translate("RequestsPage", "The request was received."))
        self.refresh()
        found = [self.model.row_at(i) for i in range(self.model.rowCount())]
        row = next((i for i, r in enumerate(found) if r and r.id == dialog.saved_id), None)
        if row is not None:
            self.ui.requestsView.selectRow(row)
        return dialog.saved_id

    def open(self, request_id: int | None = None, dialog: RequestDialog | None = None) -> None:
        if self.desk is None:
            return
        request_id = request_id if request_id is not None else self.selected_id()
        if request_id is None and dialog is None:
            self.ui.messageLabel.setText(translate("RequestsPage", "Choose a request first."))
            return
        dialog = dialog or RequestDialog(self.desk, request_id, self)  # type: ignore[arg-type]
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def mailing_log(self, dialog: RequestMailingLogDialog | None = None) -> None:
        if self.desk is None:
            return
        try:
            dialog = dialog or RequestMailingLogDialog(self.desk, self)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return
        dialog.exec()

    def dispose_old(self, confirmed: bool = False, today: date | None = None) -> int:
        """A manager deletes the closed requests kept past the retention years, with their
        letters and mailing log, after seeing which ones; returns how many went."""
        if self.desk is None:
            return 0
        desk = self.desk
        try:
            due = rq.past_retention(desk, today=today)
            rows = {r.id: r for r in rq.list_requests(desk, include_closed=True, today=today)}
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return 0
        if not due:
            self.ui.messageLabel.setText(
                translate("RequestsPage", "No request is past its retention years.")
            )
            return 0
        if not confirmed:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("RequestsPage", "Dispose of the requests?"),
                translate(
                    "RequestsPage",
                    "{n} closed requests have been kept for the retention years. They are "
                    "deleted with their letters and mailing log; this cannot be undone.",
                ).format(n=len(due)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            box.setDetailedText(
                "\n".join(
                    f"{r.number}　{r.received_on.isoformat()}　{_types(r)}"
                    for i in due
                    if (r := rows.get(i)) is not None
                )
            )
            if box.exec() != QMessageBox.StandardButton.Yes:
                return 0
        try:
            counts = rq.dispose(desk, due, today=today)
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return 0
        self.ui.messageLabel.setText(
            translate("RequestsPage", "{n} requests were disposed of.").format(
                n=counts.get("requests", 0)
            )
        )
        self.refresh()
        return int(counts.get("requests", 0))
