"""発送簿: every letter sent for a request, newest first, as a table."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import requests as rq
from privacydesk.services.desk import Desk
from privacydesk.services.requests import MailingRow
from privacydesk.ui import i18n
from privacydesk.ui.dialogs.request_letters import mailing_columns
from privacydesk.ui.generated.ui_request_mailing_log_dialog import Ui_RequestMailingLogDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import RowTableModel


class RequestMailingLogDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestMailingLogDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.model: RowTableModel[MailingRow] = RowTableModel(
            "RequestDialog", mailing_columns(), self
        )
        self.ui.mailingsView.setModel(self.model)
        self.ui.mailingsView.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        self.ui.closeButton.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = rq.mailing_log(self.desk)
        except PrivacydeskError as exc:
            self.ui.countLabel.setText(i18n.error_text(exc))
            return
        self.model.set_rows(rows)
        self._count()

    def _count(self) -> None:
        self.ui.countLabel.setText(
            translate("RequestMailingLogDialog", "{n} mailings").format(n=self.model.rowCount())
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._count()
        super().changeEvent(event)
