"""Choose the person a leak notice (お詫びとお知らせ) goes to: a search of the register."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from privacydesk.errors import InvalidInput
from privacydesk.services.desk import Desk
from privacydesk.services.subjects import SubjectRow
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.dialogs.complaint_common import PersonSearch
from privacydesk.ui.generated.ui_incident_notice_dialog import Ui_IncidentNoticeDialog
from privacydesk.ui.i18n import translate


class IncidentNoticeDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentNoticeDialog()
        self.ui.setupUi(self)
        u = self.ui
        self.feedback = request_common.Feedback(u.messageLabel, {"subject_id": u.personSearchEdit})
        self.search = PersonSearch(
            desk, u.personSearchEdit, u.personView, self._chosen, self.feedback.show
        )
        u.buttonBox.accepted.connect(self.choose)
        u.buttonBox.rejected.connect(self.reject)
        self.search.search()
        u.personSearchEdit.setFocus()

    @property
    def subject_id(self) -> int | None:
        return self.search.chosen_id

    def _chosen(self, person: SubjectRow) -> None:
        self.ui.personLabel.setText(
            translate("IncidentNoticeDialog", "The notice goes to: {name}").format(
                name=person.legal_name
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.search.retranslate()
        super().changeEvent(event)

    def choose(self) -> bool:
        if self.subject_id is None:
            self.feedback.show(
                InvalidInput(
                    "input.problems",
                    problems=[("subject_id", "requests.unknown_subject", {})],
                    count=1,
                )
            )
            return False
        self.accept()
        return True
