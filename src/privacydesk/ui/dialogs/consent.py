"""Recording a consent (同意) or its withdrawal for a person."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import consent, dates, register
from privacydesk.services.consent import ConsentInput, Withdrawal
from privacydesk.services.desk import Desk
from privacydesk.ui import i18n
from privacydesk.ui.generated.ui_consent_dialog import Ui_ConsentDialog
from privacydesk.ui.i18n import translate

SCOPES = {
    "purpose": QT_TRANSLATE_NOOP("ConsentDialog", "A purpose of use"),
    "third_party": QT_TRANSLATE_NOOP("ConsentDialog", "Provision to a third party"),
    "abroad": QT_TRANSLATE_NOOP("ConsentDialog", "Provision to a third party abroad"),
    "sensitive": QT_TRANSLATE_NOOP("ConsentDialog", "Acquiring sensitive information"),
}
METHODS = {
    "paper": QT_TRANSLATE_NOOP("ConsentDialog", "In writing (書面)"),
    "web": QT_TRANSLATE_NOOP("ConsentDialog", "On the web"),
    "oral": QT_TRANSLATE_NOOP("ConsentDialog", "Orally (口頭)"),
    "email": QT_TRANSLATE_NOOP("ConsentDialog", "By email"),
}


class ConsentDialog(QDialog):
    def __init__(self, desk: Desk, subject_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.subject_id = subject_id
        self.saved_id: int | None = None
        u = self.ui
        for code, label in SCOPES.items():
            u.scopeCombo.addItem(translate("ConsentDialog", label), code)
        for code, label in METHODS.items():
            u.methodCombo.addItem(translate("ConsentDialog", label), code)
        u.purposeCombo.addItem("—", None)
        for p in register.list_purposes(desk):
            u.purposeCombo.addItem(f"{p.code} {p.text}"[:80], p.id)
        u.noticeCombo.addItem("—", None)
        for n in register.list_notices(desk):
            u.noticeCombo.addItem(f"{n.title}（{n.effective_date.isoformat()}）", n.id)
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def data(self) -> ConsentInput:
        u = self.ui
        return ConsentInput(
            subject_id=self.subject_id,
            scope=u.scopeCombo.currentData(),
            given_on=u.givenEdit.text(),
            method=u.methodCombo.currentData(),
            purpose_id=u.purposeCombo.currentData(),
            recipient=u.recipientEdit.text(),
            country=u.countryEdit.text(),
            notice_version_id=u.noticeCombo.currentData(),
            form_name=u.formEdit.text(),
            evidence_ref=u.evidenceEdit.text(),
            evidence_location=u.evidenceLocationEdit.text(),
            given_by="representative" if u.byRepresentativeCheck.isChecked() else "person",
            representative_name=u.representativeEdit.text(),
        )

    def save(self) -> bool:
        try:
            self.saved_id = consent.record_consent(self.desk, self.data()).id
        except PrivacydeskError as exc:
            self.ui.messageLabel.setText(i18n.error_text(exc))
            return False
        self.accept()
        return True


def ask_withdrawal(parent: QWidget) -> Withdrawal | None:
    """The date and what followed, asked in two short questions."""
    when, ok = QInputDialog.getText(
        parent,
        translate("ConsentDialog", "Withdrawal"),
        translate("ConsentDialog", "Date of the withdrawal (2026-11-23 or 令和8年11月23日):"),
    )
    if not ok:
        return None
    followup, ok = QInputDialog.getMultiLineText(
        parent,
        translate("ConsentDialog", "Withdrawal"),
        translate("ConsentDialog", "What followed (use stopped, recipient told …):"),
    )
    if not ok:
        return None
    return Withdrawal(withdrawn_on=when, method="paper", followup=followup)


__all__ = ["ConsentDialog", "ask_withdrawal", "dates"]
