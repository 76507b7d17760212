"""ホーム: what the office must do next, read from services.dashboard."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from privacydesk.services import dashboard
from privacydesk.services.dashboard import DashboardItem
from privacydesk.ui import i18n
from privacydesk.ui.generated.ui_home_page import Ui_HomePage
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel
from privacydesk.ui.pages.base import Page

SEVERITY = {
    "danger": QT_TRANSLATE_NOOP("HomePage", "Urgent"),
    "warning": QT_TRANSLATE_NOOP("HomePage", "To do"),
    "info": QT_TRANSLATE_NOOP("HomePage", "For information"),
}

CTX = "HomePage"


def _severity(item: DashboardItem) -> str:
    return translate("HomePage", SEVERITY.get(item.severity, "For information"))


def _message(item: DashboardItem) -> str:
    return i18n.text(item.code, **item.params)


class HomePage(Page):
    # An item opened (double-click or Enter): the main window shows the area that deals with it.
    area_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.model: RowTableModel[DashboardItem] = RowTableModel(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("HomePage", "Priority"), _severity),
                Column(QT_TRANSLATE_NOOP("HomePage", "What"), _message),
            ],
            self,
        )
        self.ui.itemsView.setModel(self.model)
        self.ui.itemsView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.itemsView.activated.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row())
        if item is not None and item.area is not None:
            self.area_requested.emit(item.area)

    def refresh(self) -> None:
        if self.desk is None:
            return
        items = dashboard.items(self.desk)
        self.model.set_rows(items)
        self.retranslate()

    def retranslate(self) -> None:
        if self.desk is not None:
            name = self.desk.context.username
            if self.model.rowCount():
                text = translate("HomePage", "Hello, {name}. These need your attention:")
            else:
                text = translate(
                    "HomePage", "Hello, {name}. Nothing needs your attention right now."
                )
            self.ui.greetingLabel.setText(text.format(name=name))
        self.model.retranslate()
