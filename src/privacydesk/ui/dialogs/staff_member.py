"""One member of staff (役職員等): name, kind, their part in handling personal data, the app
account they use, their dates and notes; the pledges they signed and the trainings they
attended, with what needs attention at the top. Every button calls one service and the
dialog reloads from services.staff.get; the rules are the services'."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import staff as st
from privacydesk.services.desk import Desk
from privacydesk.services.staff import AttendedRow, PledgeRow, StaffData, StaffDetail
from privacydesk.ui.dialogs import complaint_common, request_common
from privacydesk.ui.dialogs import internal_audit_common as audit_common
from privacydesk.ui.dialogs import staff_common as common
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.generated.ui_staff_member_dialog import Ui_StaffMemberDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

CTX = "StaffMemberDialog"


def _text(d: date | str | None) -> str:
    if d is None:
        return ""
    return d.isoformat() if isinstance(d, date) else str(d)


class StaffMemberDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        staff_id: int | None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffMemberDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.staff_id = staff_id
        self.today = today
        self.detail: StaffDetail | None = None
        self.saved_id: int | None = None
        self.changed = False
        u = self.ui
        self.fields = {
            "name": u.nameEdit,
            "kind": u.kindCombo,
            "role": u.roleEdit,
            "account_id": u.accountCombo,
            "start_on": u.startEdit,
            "end_on": u.endEdit,
            "notes": u.notesEdit,
        }
        self.feedback = Feedback(u.messageLabel, self.fields)
        self.pledges: RowTableModel[PledgeRow] = RowTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("StaffMemberDialog", "Signed on"),
                    lambda p: p.signed_on.isoformat(),
                ),
                Column(QT_TRANSLATE_NOOP("StaffMemberDialog", "Version"), lambda p: p.version),
                Column(
                    QT_TRANSLATE_NOOP("StaffMemberDialog", "Kept where"), lambda p: p.kept_where
                ),
                Column(
                    QT_TRANSLATE_NOOP("StaffMemberDialog", "Continues after leaving"),
                    lambda p: "●" if p.continues_after_leaving else "",
                ),
            ],
            self,
        )
        self.attended: RowTableModel[AttendedRow] = RowTableModel(
            CTX,
            [
                Column(
                    QT_TRANSLATE_NOOP("StaffMemberDialog", "Held on"),
                    lambda a: a.held_on.isoformat(),
                ),
                Column(QT_TRANSLATE_NOOP("StaffMemberDialog", "Topic"), lambda a: a.topic),
                Column(
                    QT_TRANSLATE_NOOP("StaffMemberDialog", "Understanding checked"),
                    lambda a: "●" if a.understanding_checked else "",
                ),
            ],
            self,
        )
        for view, model in ((u.pledgesView, self.pledges), (u.attendedView, self.attended)):
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().hide()
        u.pledgesView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._gate())
        u.saveButton.clicked.connect(lambda: self.save())
        u.closeButton.clicked.connect(self.reject)
        u.addPledgeButton.clicked.connect(lambda: self.add_pledge())
        u.removePledgeButton.clicked.connect(lambda: self.remove_pledge())
        u.signedEdit.setText((today or date.today()).isoformat())
        common.fill_kinds(u.kindCombo)
        self._linked: tuple[int, str] | None = None
        self.refresh(basic=True)
        u.nameEdit.setFocus()

    # -- roles and texts -----------------------------------------------------------------------
    def may(self, fn: object) -> bool:
        return complaint_common.may(self.desk, fn)

    def _gate(self) -> None:
        u = self.ui
        editable = self.may(st.create if self.staff_id is None else st.update)
        for widget in self.fields.values():
            request_common.enable(widget, editable)
        u.saveButton.setEnabled(editable)
        existing = self.staff_id is not None
        u.pledgesBox.setEnabled(existing)
        u.trainingsBox.setEnabled(existing)
        may_pledge = self.may(st.add_pledge)
        for w in (u.signedEdit, u.versionEdit, u.keptEdit):
            request_common.enable(w, may_pledge)
        u.continuesCheck.setEnabled(may_pledge)
        u.addPledgeButton.setEnabled(existing and may_pledge)
        selected = self.pledges.row_at(u.pledgesView.currentIndex().row())
        u.removePledgeButton.setEnabled(
            existing and self.may(st.remove_pledge) and selected is not None
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            common.fill_kinds(self.ui.kindCombo)
            self.pledges.retranslate()
            self.attended.retranslate()
            self._fill_accounts(self.ui.accountCombo.currentData())
            self._show_header()
        super().changeEvent(event)

    # -- loading -------------------------------------------------------------------------------
    def _fill_accounts(self, current: int | None) -> None:
        common.fill_accounts(
            self.ui.accountCombo, common.account_choices(self.desk, self._linked), current
        )

    def refresh(self, basic: bool = False) -> None:
        """Reload from services; `basic` also puts the saved fields back into the form."""
        if self.staff_id is None:
            self._fill_accounts(None)
            self._show_header()
            self._gate()
            return
        try:
            detail = st.get(self.desk, self.staff_id, today=self.today)
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            self._gate()
            return
        self.detail = detail
        if detail.data.account_id is not None:
            self._linked = (detail.data.account_id, detail.account_name)
        if basic:
            self.set_data(detail.data)
        self.pledges.set_rows(list(detail.pledges))
        self.attended.set_rows(list(detail.trainings))
        self._show_header()
        self._gate()

    def set_data(self, data: StaffData) -> None:
        u = self.ui
        u.nameEdit.setText(data.name)
        u.kindCombo.setCurrentIndex(max(u.kindCombo.findData(data.kind), 0))
        u.roleEdit.setText(data.role)
        self._fill_accounts(data.account_id)
        u.startEdit.setText(_text(data.start_on))
        u.endEdit.setText(_text(data.end_on))
        u.notesEdit.setPlainText(data.notes)

    def data(self) -> StaffData:
        u = self.ui
        account = u.accountCombo.currentData()
        return StaffData(
            name=u.nameEdit.text(),
            kind=u.kindCombo.currentData() or "employee",
            role=u.roleEdit.text(),
            account_id=account or None,
            start_on=u.startEdit.text().strip() or None,
            end_on=u.endEdit.text().strip() or None,
            notes=u.notesEdit.toPlainText(),
        )

    def _show_header(self) -> None:
        u, d = self.ui, self.detail
        if d is None:
            title = translate("StaffMemberDialog", "New staff member")
            u.headerLabel.setText(title)
            self.setWindowTitle(title)
            u.flagsLabel.setText(
                translate(
                    "StaffMemberDialog",
                    "Save the member first; then record their pledge.",
                )
            )
            return
        state = (
            translate("StaffMemberDialog", "active")
            if d.active
            else translate("StaffMemberDialog", "left")
        )
        u.headerLabel.setText(f"{d.data.name}　（{common.kind_text(d.data.kind)}・{state}）")
        self.setWindowTitle(
            translate("StaffMemberDialog", "Staff member: {name}").format(name=d.data.name)
        )
        u.flagsLabel.setText(
            audit_common.flags_html(
                d.flags, translate("StaffMemberDialog", "Nothing needs attention.")
            )
        )

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        data = self.data()
        if self.staff_id is None:
            ok, sid = self.feedback.run(
                lambda: st.create(self.desk, data),
                translate("StaffMemberDialog", "The staff member was added."),
            )
            if ok and isinstance(sid, int):
                self.staff_id = self.saved_id = sid
        else:
            sid = self.staff_id
            ok, _ = self.feedback.run(
                lambda: st.update(self.desk, sid, data),
                translate("StaffMemberDialog", "The changes were saved."),
            )
            if ok:
                self.saved_id = sid
        if ok:
            self.changed = True
            message = self.ui.messageLabel.text()
            self.refresh(basic=True)
            self.ui.messageLabel.setText(message)
        return ok

    def add_pledge(self) -> bool:
        u = self.ui
        if self.staff_id is None:
            return False
        sid = self.staff_id
        signed, version, kept = u.signedEdit.text(), u.versionEdit.text(), u.keptEdit.text()
        continues = u.continuesCheck.isChecked()
        ok, _ = self.feedback.run(
            lambda: st.add_pledge(
                self.desk, sid, signed, version, kept, continues, today=self.today
            ),
            translate("StaffMemberDialog", "The pledge was recorded."),
            {"signed_on": u.signedEdit, "version": u.versionEdit, "kept_where": u.keptEdit},
        )
        if ok:
            self.changed = True
            self._reload_keeping_message()
        return ok

    def remove_pledge(self, confirmed: bool = False) -> bool:
        pledge = self.pledges.row_at(self.ui.pledgesView.currentIndex().row())
        if pledge is None:
            self.feedback.say(translate("StaffMemberDialog", "Choose a pledge first."))
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self,
                translate("StaffMemberDialog", "Remove the pledge?"),
                translate(
                    "StaffMemberDialog",
                    "Only a pledge recorded by mistake should be removed: the signed paper "
                    "stays the record.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        pid = pledge.id
        ok, _ = self.feedback.run(
            lambda: st.remove_pledge(self.desk, pid),
            translate("StaffMemberDialog", "The pledge was removed."),
        )
        if ok:
            self.changed = True
            self._reload_keeping_message()
        return ok

    def _reload_keeping_message(self) -> None:
        message = self.ui.messageLabel.text()
        self.refresh()
        self.ui.messageLabel.setText(message)
