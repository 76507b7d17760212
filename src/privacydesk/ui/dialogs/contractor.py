"""One contractor (委託先): its basic information and contract with the flags and their reasons
at the top, the register entries it handles, its reviews, follow-ups, certifications and the
end of the contract. Every button calls one service and the dialog reloads the contractor from
services.get; every rule is the services'."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import astuple
from datetime import date
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import contractors as cs
from privacydesk.services.contractors import ContractorData, ContractorDetail
from privacydesk.services.desk import Desk
from privacydesk.services.roles import actions_for
from privacydesk.ui.dialogs import contractor_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.dialogs.contractor_entries import EntriesTab
from privacydesk.ui.dialogs.contractor_records import RecordsTab
from privacydesk.ui.dialogs.contractor_reviews import ReviewsTab
from privacydesk.ui.generated.ui_contractor_dialog import Ui_ContractorDialog
from privacydesk.ui.i18n import translate

NO_PRINCIPAL = 0  # the principal combo's "none" (ids start at 1)


class ContractorDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        contractor_id: int | None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContractorDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.contractor_id = contractor_id
        self.today = today
        self.detail: ContractorDetail | None = None
        self.saved_id: int | None = None  # set when the basic information was saved
        self.changed = False  # the page reloads its list when something was recorded
        self.allowed = actions_for(desk.context.role)
        u = self.ui
        self.feedback = request_common.Feedback(u.messageLabel)
        self.fields: dict[str, QWidget] = {
            "name": u.nameEdit,
            "postal_code": u.postalEdit,
            "address": u.addressEdit,
            "representative": u.representativeEdit,
            "contact_person": u.contactEdit,
            "phone": u.phoneEdit,
            "email": u.emailEdit,
            "services": u.servicesEdit,
            "status": u.statusCombo,
            "contract_start": u.startEdit,
            "contract_end": u.endEdit,
            "clauses": u.clausesBox,
            "principal_id": u.principalCombo,
            "subcontract_approved_on": u.approvedEdit,
            "abroad": u.abroadCheck,
            "country": u.countryEdit,
            "abroad_info": u.abroadInfoEdit,
            "abroad_basis": u.basisCombo,
            "review_months": u.reviewMonthsSpin,
            "notes": u.notesEdit,
        }
        self.clauses: dict[str, QCheckBox] = {}
        for i, code in enumerate(cs.CLAUSES):
            box = QCheckBox(u.clausesBox)
            u.clausesGrid.addWidget(box, i, 0)
            self.clauses[code] = box
        self.entries = EntriesTab(self)
        self.reviews = ReviewsTab(self)
        self.records = RecordsTab(self)
        u.saveButton.clicked.connect(lambda: self.save())
        u.closeButton.clicked.connect(self.close_dialog)
        u.abroadCheck.toggled.connect(lambda _on: self._abroad_fields())
        self._texts()
        self._fill_principals()
        self._loaded = astuple(self.data())
        self.refresh(basic=True)
        self._gate()
        u.nameEdit.setFocus()

    # -- texts and roles -----------------------------------------------------------------------
    def _texts(self) -> None:
        u = self.ui
        common.fill(u.statusCombo, common.STATUSES, cs.STATUSES)
        common.fill(u.basisCombo, common.ABROAD_BASES, cs.ABROAD_BASES)
        for code, box in self.clauses.items():
            box.setText(common.label(common.CLAUSES, code))
        if self.principal_count():
            u.principalCombo.setItemText(0, translate("ContractorDialog", "(none)"))
        self.entries.texts()
        self.reviews.texts()
        self.records.texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._texts()
            if self.detail is not None:
                self._show_header(self.detail)
                self.reviews.load(self.detail)
                self.records.load(self.detail)
            else:
                self._show_header(None)
        super().changeEvent(event)

    def may(self, fn: object) -> bool:
        """Whether the signed-in role may call a service function (the window only mirrors
        the services' own check, which refuses anyway)."""
        return getattr(fn, "action_name", "") in self.allowed

    def _gate(self) -> None:
        u = self.ui
        editable = self.may(cs.create if self.contractor_id is None else cs.update)
        for widget in (*self.fields.values(), *self.clauses.values()):
            request_common.enable(widget, editable)
        u.clausesBox.setEnabled(True)  # its boxes are gated one by one
        u.saveButton.setEnabled(editable)
        if editable:
            self._abroad_fields()
        existing = self.contractor_id is not None
        for tab in (u.entriesTab, u.reviewsTab, u.followupsTab, u.certsTab):
            u.tabs.setTabEnabled(u.tabs.indexOf(tab), existing)
        self.entries.gate()
        self.reviews.gate()
        self.records.gate()

    def _abroad_fields(self) -> None:
        on = self.ui.abroadCheck.isChecked() and self.ui.saveButton.isEnabled()
        for w in (self.ui.countryEdit, self.ui.basisCombo, self.ui.abroadInfoEdit):
            w.setEnabled(on)

    # -- loading -------------------------------------------------------------------------------
    def principal_count(self) -> int:
        return self.ui.principalCombo.count()

    def _fill_principals(self) -> None:
        combo = self.ui.principalCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("ContractorDialog", "(none)"), NO_PRINCIPAL)
        try:
            rows = cs.list_contractors(self.desk, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            rows = []
        for r in rows:
            if r.id != self.contractor_id:
                combo.addItem(r.name, r.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def refresh(self, basic: bool = False) -> None:
        """Reload from services.get; `basic` also puts the saved basic information back into
        the form (otherwise what the user is typing there stays)."""
        if self.contractor_id is None:
            self._show_header(None)
            return
        try:
            detail = cs.get(self.desk, self.contractor_id, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return
        self.detail = detail
        self._show_header(detail)
        if basic:
            self.set_data(detail.data)
            self._loaded = astuple(self.data())
        self.entries.load(detail)
        self.reviews.load(detail)
        self.records.load(detail)

    def _show_header(self, d: ContractorDetail | None) -> None:
        u = self.ui
        if d is None:
            u.headerLabel.setText(translate("ContractorDialog", "New contractor"))
            self.setWindowTitle(translate("ContractorDialog", "New contractor"))
            u.flagsLabel.setText("")
            return
        u.headerLabel.setText(f"{d.data.name}　（{common.label(common.STATUSES, d.data.status)}）")
        self.setWindowTitle(
            translate("ContractorDialog", "Contractor: {name}").format(name=d.data.name)
        )
        if d.flags:
            lines = "<br>".join(f"⚠ {escape(common.flag_text(f))}" for f in d.flags)
            u.flagsLabel.setText(f"<span style='color:#7a4b00'>{lines}</span>")
        else:
            u.flagsLabel.setText(escape(translate("ContractorDialog", "Nothing needs attention.")))
        subs = "、".join(name for _id, name in d.subcontractors)
        u.subcontractorsLabel.setText(
            translate("ContractorDialog", "Its subcontractors: {names}").format(names=subs)
            if subs
            else ""
        )

    def set_data(self, d: ContractorData) -> None:
        u = self.ui
        u.nameEdit.setText(d.name)
        u.postalEdit.setText(d.postal_code)
        u.addressEdit.setText(d.address)
        u.representativeEdit.setText(d.representative)
        u.contactEdit.setText(d.contact_person)
        u.phoneEdit.setText(d.phone)
        u.emailEdit.setText(d.email)
        u.servicesEdit.setPlainText(d.services)
        request_common.select(u.statusCombo, d.status)
        u.startEdit.setText(common.iso(d.contract_start))
        u.endEdit.setText(common.iso(d.contract_end))
        for code, box in self.clauses.items():
            box.setChecked(code in d.clauses)
        self._fill_principals()
        request_common.select(u.principalCombo, d.principal_id or NO_PRINCIPAL)
        u.approvedEdit.setText(common.iso(d.subcontract_approved_on))
        u.abroadCheck.setChecked(d.abroad)
        u.countryEdit.setText(d.country)
        u.abroadInfoEdit.setPlainText(d.abroad_info)
        request_common.select(u.basisCombo, d.abroad_basis)
        u.reviewMonthsSpin.setValue(d.review_months)
        u.notesEdit.setPlainText(d.notes)

    def data(self) -> ContractorData:
        u = self.ui
        principal = u.principalCombo.currentData()
        return ContractorData(
            name=u.nameEdit.text(),
            postal_code=u.postalEdit.text(),
            address=u.addressEdit.text(),
            representative=u.representativeEdit.text(),
            contact_person=u.contactEdit.text(),
            phone=u.phoneEdit.text(),
            email=u.emailEdit.text(),
            services=u.servicesEdit.toPlainText(),
            status=u.statusCombo.currentData() or "",
            contract_start=u.startEdit.text(),
            contract_end=u.endEdit.text(),
            clauses=[code for code, box in self.clauses.items() if box.isChecked()],
            principal_id=principal if principal else None,
            subcontract_approved_on=u.approvedEdit.text(),
            abroad=u.abroadCheck.isChecked(),
            country=u.countryEdit.text(),
            abroad_info=u.abroadInfoEdit.toPlainText(),
            abroad_basis=u.basisCombo.currentData() or "",
            review_months=u.reviewMonthsSpin.value(),
            notes=u.notesEdit.toPlainText(),
        )

    def has_changes(self) -> bool:
        return astuple(self.data()) != self._loaded

    # -- actions -------------------------------------------------------------------------------
    def call(
        self,
        call: Callable[[], object],
        done: str = "",
        fields: Mapping[str, QWidget] | None = None,
    ) -> tuple[bool, object]:
        """Run one service call for a button; reload the contractor when it succeeded (on a
        refusal the typed values stay, so the user can correct them)."""
        ok, result = self.feedback.run(call, done, fields)
        if ok:
            self.changed = True
            self.refresh()
        return ok, result

    def act(
        self,
        call: Callable[[], object],
        done: str = "",
        fields: Mapping[str, QWidget] | None = None,
    ) -> bool:
        return self.call(call, done, fields)[0]

    def save(self) -> bool:
        """The basic information: a new contractor is created (and the other tabs open), an
        existing one updated."""
        data = self.data()
        desk = self.desk
        if self.contractor_id is None:
            ok, result = self.feedback.run(
                lambda: cs.create(desk, data),
                translate(
                    "ContractorDialog",
                    "The contractor was registered. The other tabs can now be filled in.",
                ),
                self.fields,
            )
            if not ok or not isinstance(result, int):
                return False
            self.contractor_id = result
            self._gate()
        else:
            cid = self.contractor_id
            ok, _ = self.feedback.run(
                lambda: cs.update(desk, cid, data),
                translate("ContractorDialog", "Saved."),
                self.fields,
            )
            if not ok:
                return False
        self.saved_id = self.contractor_id
        self.changed = True
        self.refresh(basic=True)
        return True

    def _may_leave(self) -> bool:
        """Unsaved basic information is only dropped when the user says so."""
        if not (self.has_changes() and self.ui.saveButton.isEnabled()):
            return True
        answer = QMessageBox.question(
            self,
            translate("ContractorDialog", "Discard the changes?"),
            translate("ContractorDialog", "What you typed in the basic information is not saved."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def close_dialog(self) -> None:
        if self._may_leave():
            self.accept()

    def reject(self) -> None:
        if self._may_leave():
            super().reject()
