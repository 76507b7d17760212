"""The organisation profile form, shared by the first-run dialog and Settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from privacydesk.services.profile import ProfileData
from privacydesk.ui.generated.ui_profile_form import Ui_ProfileForm


class ProfileForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileForm()
        self.ui.setupUi(self)
        self._methods = {
            "postal_stamps": self.ui.stampsCheck,
            "money_order": self.ui.moneyOrderCheck,
            "cash": self.ui.cashCheck,
        }

    def set_data(self, data: ProfileData) -> None:
        u = self.ui
        u.nameEdit.setText(data.name)
        u.postalEdit.setText(data.postal_code)
        u.addressEdit.setText(data.address)
        u.representativeEdit.setText(data.representative)
        u.managerTitleEdit.setText(data.manager_title)
        u.managerNameEdit.setText(data.manager_name)
        u.deskEdit.setText(data.desk_department)
        u.phoneEdit.setText(data.desk_phone)
        u.faxEdit.setText(data.desk_fax)
        u.emailEdit.setText(data.desk_email)
        u.feeSpin.setValue(data.fee_yen)
        u.retentionSpin.setValue(data.retention_years)
        for code, box in self._methods.items():
            box.setChecked(code in data.payment_methods)

    def data(self) -> ProfileData:
        u = self.ui
        return ProfileData(
            name=u.nameEdit.text(),
            postal_code=u.postalEdit.text(),
            address=u.addressEdit.text(),
            representative=u.representativeEdit.text(),
            manager_title=u.managerTitleEdit.text(),
            manager_name=u.managerNameEdit.text(),
            desk_department=u.deskEdit.text(),
            desk_phone=u.phoneEdit.text(),
            desk_fax=u.faxEdit.text(),
            desk_email=u.emailEdit.text(),
            fee_yen=u.feeSpin.value(),
            payment_methods=[c for c, box in self._methods.items() if box.isChecked()],
            retention_years=u.retentionSpin.value(),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
