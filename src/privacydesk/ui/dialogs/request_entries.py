"""The register entries a request covers, changed after receipt (an entry found later, or one
ticked by mistake), saved through services.requests.set_entries."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from privacydesk.services import register
from privacydesk.services import requests as rq
from privacydesk.services.desk import Desk
from privacydesk.services.register import EntryFilter
from privacydesk.ui.check_model import CheckListModel
from privacydesk.ui.dialogs import request_common as common
from privacydesk.ui.generated.ui_request_entries_dialog import Ui_RequestEntriesDialog

ENTRY_LIMIT = 1000


class RequestEntriesDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        request_id: int,
        current: Iterable[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestEntriesDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.request_id = request_id
        self.saved = False
        u = self.ui
        self.entries = CheckListModel(self)
        u.entriesView.setModel(self.entries)
        u.entriesView.horizontalHeader().hide()
        u.entriesView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        current = list(current)
        rows = register.list_entries(desk, EntryFilter(active=None), limit=ENTRY_LIMIT).rows
        # Retired entries only while the request still covers them.
        self.entries.set_rows(
            [(e.id, e.name) for e in rows if e.active or e.id in current], current
        )
        self.feedback = common.Feedback(u.messageLabel, {"entry_ids": u.entriesView})
        u.buttonBox.accepted.connect(lambda: self.save())
        u.buttonBox.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def save(self) -> bool:
        ids = self.entries.checked_ids()
        ok, _ = self.feedback.run(lambda: rq.set_entries(self.desk, self.request_id, ids))
        if ok:
            self.saved = True
            self.accept()
        return ok
