"""The contractor dialog's 認証・終了 tab: certifications with their expiry, the deletion
certificates received, and the end of the contract (the data returned or deleted)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QHeaderView, QMessageBox

from privacydesk.services import contractors as cs
from privacydesk.services.contractors import CertRow, ContractorDetail, DeletionRow
from privacydesk.ui.dialogs import contractor_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

if TYPE_CHECKING:
    from privacydesk.ui.dialogs.contractor import ContractorDialog


class RecordsTab(QObject):
    """Drives the certifications-and-end tab of a ContractorDialog (its `ui`)."""

    def __init__(self, dialog: ContractorDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        u = self.ui = dialog.ui
        self.certs: RowTableModel[CertRow] = RowTableModel(
            "ContractorDialog",
            [
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Certification"),
                    lambda c: common.label(common.CERT_KINDS, c.kind),
                ),
                Column(QT_TRANSLATE_NOOP("ContractorDialog", "Name or number"), lambda c: c.name),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Valid until"),
                    lambda c: common.iso(c.expires_on),
                ),
            ],
            self,
        )
        u.certsView.setModel(self.certs)
        u.certsView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.deletions: RowTableModel[DeletionRow] = RowTableModel(
            "ContractorDialog",
            [
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Received on"),
                    lambda r: r.received_on.isoformat(),
                ),
                Column(QT_TRANSLATE_NOOP("ContractorDialog", "What it covers"), lambda r: r.covers),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Where it is kept"),
                    lambda r: r.kept_where,
                ),
            ],
            self,
        )
        u.deletionsView.setModel(self.deletions)
        u.deletionsView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        u.addCertButton.clicked.connect(lambda: self.add_certification())
        u.removeCertButton.clicked.connect(lambda: self.remove_certification())
        u.addDeletionButton.clicked.connect(lambda: self.add_deletion_certificate())
        u.endButton.clicked.connect(lambda: self.end_contract())
        self._ended = False

    def texts(self) -> None:
        common.fill(self.ui.certKindCombo, common.CERT_KINDS, cs.CERT_KINDS)
        common.fill(self.ui.disposalCombo, common.DISPOSALS, cs.DISPOSALS)
        self.certs.retranslate()
        self.deletions.retranslate()

    def gate(self) -> None:
        u, may = self.ui, self.dialog.may
        for widget, fn in (
            (u.certKindCombo, cs.add_certification),
            (u.certNameEdit, cs.add_certification),
            (u.certExpiryEdit, cs.add_certification),
            (u.addCertButton, cs.add_certification),
            (u.removeCertButton, cs.remove_certification),
            (u.receivedEdit, cs.add_deletion_certificate),
            (u.coversEdit, cs.add_deletion_certificate),
            (u.keptWhereEdit, cs.add_deletion_certificate),
            (u.addDeletionButton, cs.add_deletion_certificate),
            (u.endedOnEdit, cs.end_contract),
            (u.disposalCombo, cs.end_contract),
            (u.endButton, cs.end_contract),
        ):
            request_common.enable(widget, may(fn))

    def load(self, detail: ContractorDetail) -> None:
        u = self.ui
        self.certs.set_rows(list(detail.certifications))
        self.deletions.set_rows(list(detail.deletion_certificates))
        self._ended = detail.data.status == "ended"
        if detail.ended_on is not None:
            u.endedLabel.setText(
                translate("ContractorDialog", "Ended on {date}; the data was {disposal}.").format(
                    date=common.day(detail.ended_on),
                    disposal=common.label(common.DISPOSALS, detail.data_disposal),
                )
            )
            u.endedOnEdit.setText(detail.ended_on.isoformat())
            request_common.select(u.disposalCombo, detail.data_disposal)
        else:
            u.endedLabel.setText(
                translate(
                    "ContractorDialog",
                    "When the contract ends, record how the data came back or was deleted, "
                    "then the deletion certificate.",
                )
            )
            if not u.endedOnEdit.text():
                u.endedOnEdit.setText((self.dialog.today or date.today()).isoformat())
        if not u.receivedEdit.text():
            u.receivedEdit.setText((self.dialog.today or date.today()).isoformat())
        u.endButton.setEnabled(self.dialog.may(cs.end_contract) and detail.ended_on is None)

    def add_certification(self) -> bool:
        u, d = self.ui, self.dialog
        cid = d.contractor_id
        if cid is None:
            return False
        kind, name, expires = (
            u.certKindCombo.currentData(),
            u.certNameEdit.text(),
            u.certExpiryEdit.text(),
        )
        ok = d.act(
            lambda: cs.add_certification(d.desk, cid, kind, name, expires or None),
            translate("ContractorDialog", "The certification was added."),
            {"kind": u.certKindCombo, "cert_name": u.certNameEdit, "expires_on": u.certExpiryEdit},
        )
        if ok:
            u.certNameEdit.clear()
            u.certExpiryEdit.clear()
        return ok

    def remove_certification(self) -> bool:
        u, d = self.ui, self.dialog
        cid = d.contractor_id
        cert = self.certs.row_at(u.certsView.currentIndex().row())
        if cid is None or cert is None:
            d.feedback.say(translate("ContractorDialog", "Choose a certification first."))
            return False
        cert_id = cert.id
        return d.act(
            lambda: cs.remove_certification(d.desk, cid, cert_id),
            translate("ContractorDialog", "The certification was removed."),
        )

    def add_deletion_certificate(self) -> bool:
        u, d = self.ui, self.dialog
        cid = d.contractor_id
        if cid is None:
            return False
        received, covers, kept = u.receivedEdit.text(), u.coversEdit.text(), u.keptWhereEdit.text()
        ok = d.act(
            lambda: cs.add_deletion_certificate(d.desk, cid, received, covers, kept, today=d.today),
            translate("ContractorDialog", "The deletion certificate was recorded."),
            {"received_on": u.receivedEdit, "covers": u.coversEdit, "kept_where": u.keptWhereEdit},
        )
        if ok:
            u.coversEdit.clear()
            u.keptWhereEdit.clear()
        return ok

    def end_contract(self, confirmed: bool = False) -> bool:
        u, d = self.ui, self.dialog
        cid = d.contractor_id
        if cid is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                d,
                translate("ContractorDialog", "End the contract?"),
                translate(
                    "ContractorDialog",
                    "The contractor is marked as ended. Ask for a deletion certificate if the "
                    "data was deleted.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ended, disposal = u.endedOnEdit.text(), u.disposalCombo.currentData()
        clean = not d.has_changes()
        ok = d.act(
            lambda: cs.end_contract(d.desk, cid, ended, disposal, today=d.today),
            translate("ContractorDialog", "The contract was recorded as ended."),
            {"ended_on": u.endedOnEdit, "data_disposal": u.disposalCombo},
        )
        if ok and clean:
            d.refresh(basic=True)  # the status in the basic information is now 終了
        elif ok:  # keep what the user is typing there, with the new status
            request_common.select(d.ui.statusCombo, "ended")
        return ok
