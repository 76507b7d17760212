"""A step of an incident recorded as done (速報, 本人への通知 with how the persons were told,
確報): the date, checked by the service."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from privacydesk.services import incidents as inc
from privacydesk.services.desk import Desk
from privacydesk.ui.dialogs import incident_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.generated.ui_incident_step_dialog import Ui_IncidentStepDialog
from privacydesk.ui.i18n import translate


class IncidentStepDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        incident_id: int,
        step: str,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentStepDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.incident_id = incident_id
        self.step = step
        self.today = today
        self.saved = False
        u = self.ui
        self.feedback = request_common.Feedback(
            u.messageLabel,
            {"done_on": u.doneEdit, "notice_method": u.methodCombo, "step": u.stepLabel},
        )
        u.doneEdit.setText((today or date.today()).isoformat())
        notice = step == "notice"
        u.methodCombo.setVisible(notice)
        u.methodComboCaption.setVisible(notice)
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        self._texts()
        u.doneEdit.setFocus()

    def _texts(self) -> None:
        common.fill(self.ui.methodCombo, common.NOTICE_METHODS, inc.NOTICE_METHODS)
        self.ui.stepLabel.setText(
            translate("IncidentStepDialog", "{step}: done on").format(
                step=common.step_text(self.step)
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
        super().changeEvent(event)

    def save(self) -> bool:
        u = self.ui
        on = u.doneEdit.text()
        method = (u.methodCombo.currentData() or "") if self.step == "notice" else ""
        ok, _ = self.feedback.run(
            lambda: inc.record_step(
                self.desk, self.incident_id, self.step, on, method, today=self.today
            )
        )
        if ok:
            self.saved = True
            self.accept()
        return ok
