"""The request dialog's 本人確認 and 手数料 tabs: documents received, the check's result, the
fee received. Suggestions and refusals come from the services."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QCheckBox, QHeaderView, QMessageBox

from privacydesk.errors import PrivacydeskError
from privacydesk.services import dates, profile
from privacydesk.services import requests as rq
from privacydesk.services.requests import DocumentRow, RequestView
from privacydesk.ui.dialogs import request_common as common
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

if TYPE_CHECKING:
    from privacydesk.ui.dialogs.request import RequestDialog

MATCH_VALUE: dict[str, bool | None] = {"": None, "yes": True, "no": False}


class IdentityTab(QObject):
    """Drives the identity and fee tabs of a RequestDialog (its `ui`)."""

    def __init__(self, dialog: RequestDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        u = self.ui = dialog.ui
        self.documents: RowTableModel[DocumentRow] = RowTableModel(
            "RequestDialog",
            [
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Whose"),
                    lambda r: common.label(common.WHOSE, r.whose),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Document"),
                    lambda r: common.label(common.DOC_KINDS, r.kind),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Received"),
                    lambda r: dates.display(r.received_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("RequestDialog", "Issued"),
                    lambda r: dates.display(r.issued_on),
                ),
                Column(QT_TRANSLATE_NOOP("RequestDialog", "Note"), lambda r: r.note),
            ],
            self,
        )
        u.documentsView.setModel(self.documents)
        u.documentsView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.missing: dict[str, QCheckBox] = {}
        for i, code in enumerate(rq.MISSING_CODES):
            box = QCheckBox(u.missingBox)
            u.missingGrid.addWidget(box, i // 2, i % 2)
            self.missing[code] = box
        u.addDocButton.clicked.connect(self.add_document)
        u.removeDocButton.clicked.connect(self.remove_document)
        u.recordIdentityButton.clicked.connect(self.record_identity)
        u.lapsedButton.clicked.connect(lambda: self.lapsed())
        u.recordFeeButton.clicked.connect(self.record_fee)
        u.setFeeDueButton.clicked.connect(self.set_fee_due)
        u.confirmedRadio.toggled.connect(lambda _on: self._result_fields())
        self._loaded_id: int | None = None

    def texts(self) -> None:
        u = self.ui
        common.fill(u.whoseCombo, common.WHOSE, rq.WHOSE)
        common.fill(u.docKindCombo, common.DOC_KINDS, rq.DOC_KINDS)
        common.fill(u.matchCombo, common.MATCH)
        common.fill(u.feeMethodCombo, common.PAYMENT, ("", *profile.PAYMENT_METHODS))
        for code, box in self.missing.items():
            box.setText(common.label(common.MISSING, code))
        self.documents.retranslate()

    def gate(self) -> None:
        u, may = self.ui, self.dialog.may
        for widget, fn in (
            (u.addDocButton, rq.add_document),
            (u.removeDocButton, rq.remove_document),
            (u.whoseCombo, rq.add_document),
            (u.docKindCombo, rq.add_document),
            (u.docReceivedEdit, rq.add_document),
            (u.docIssuedEdit, rq.add_document),
            (u.recordIdentityButton, rq.record_identity),
            (u.resultBox, rq.record_identity),
            (u.lapsedButton, rq.identity_lapsed),
            (u.recordFeeButton, rq.record_fee),
            (u.setFeeDueButton, rq.set_fee_due),
            (u.feeDueSpin, rq.set_fee_due),
            (u.feeAmountSpin, rq.record_fee),
            (u.feeDateEdit, rq.record_fee),
            (u.feeMethodCombo, rq.record_fee),
            (u.feeDeadlineEdit, rq.record_fee),
        ):
            common.enable(widget, may(fn))
        # The result box holds the lapsed button: keep it usable on its own terms.
        u.lapsedButton.setEnabled(may(rq.identity_lapsed))

    def _today(self) -> date:
        return self.dialog.today or date.today()

    def _wait_days(self, key: str) -> int:
        try:
            return int(profile.get_settings(self.dialog.desk).get(key, 14))
        except PrivacydeskError:
            return 14

    def _result_fields(self) -> None:
        confirmed = self.ui.confirmedRadio.isChecked()
        u = self.ui
        for w in (u.confirmedPostalEdit, u.confirmedAddressEdit, u.matchCombo):
            w.setEnabled(confirmed)
        u.missingBox.setEnabled(not confirmed)
        u.deadlineEdit.setEnabled(not confirmed)

    def load(self, v: RequestView) -> None:
        u = self.ui
        today = self._today()
        self.documents.set_rows(list(v.documents))
        try:
            gaps = rq.identity_gaps(self.dialog.desk, v.id, today=self.dialog.today)
        except PrivacydeskError:
            gaps = []
        if gaps:
            text = translate("RequestDialog", "Possibly missing: {items}").format(
                items="、".join(common.label(common.MISSING, c) for c in gaps)
            )
        else:
            text = translate("RequestDialog", "The documents listed seem to be enough.")
        u.gapsLabel.setText(text)
        fresh = self._loaded_id != v.id
        self._loaded_id = v.id
        if fresh or not u.docReceivedEdit.text():
            u.docReceivedEdit.setText(today.isoformat())
        u.docIssuedEdit.clear()
        u.confirmedRadio.setChecked(v.identity_status == "confirmed")
        u.missingRadio.setChecked(v.identity_status != "confirmed")
        for code, box in self.missing.items():
            box.setChecked(code in v.identity_missing)
        # A protected person's address is masked for staff: never send the mask back.
        for edit, value in (
            (u.confirmedPostalEdit, v.confirmed_postal_code),
            (u.confirmedAddressEdit, v.confirmed_address),
        ):
            masked = value == rq.MASK
            edit.setText("" if masked else value)
            edit.setPlaceholderText(
                translate("RequestDialog", "Protected: shown to managers only") if masked else ""
            )
        match = {True: "yes", False: "no"}.get(v.address_matches_register, "")  # type: ignore[call-overload]
        common.select(u.matchCombo, match)
        deadline = v.identity_deadline or today + timedelta(
            days=self._wait_days("requests.identity_wait_days")
        )
        u.deadlineEdit.setText(deadline.isoformat())
        self._result_fields()
        # The fee
        u.feeDueLabel.setText(common.yen(v.fee_due))
        u.feeDueSpin.setValue(v.fee_due)
        u.feeAmountSpin.setValue(v.fee_received)
        u.feeDateEdit.setText((v.fee_received_on or today).isoformat())
        common.select(u.feeMethodCombo, v.fee_method)
        fee_deadline = v.fee_deadline
        if fee_deadline is None and v.fee_due > v.fee_received:
            fee_deadline = today + timedelta(days=self._wait_days("requests.fee_wait_days"))
        u.feeDeadlineEdit.setText(fee_deadline.isoformat() if fee_deadline else "")

    # -- actions -------------------------------------------------------------------------------
    def add_document(self) -> bool:
        u, d = self.ui, self.dialog
        return d.act(
            lambda: rq.add_document(
                d.desk,
                d.request_id,
                u.whoseCombo.currentData(),
                u.docKindCombo.currentData(),
                u.docReceivedEdit.text(),
                u.docIssuedEdit.text() or None,
                today=d.today,
            ),
            translate("RequestDialog", "The document was added."),
            {
                "whose": u.whoseCombo,
                "kind": u.docKindCombo,
                "received_on": u.docReceivedEdit,
                "issued_on": u.docIssuedEdit,
            },
        )

    def remove_document(self) -> bool:
        d = self.dialog
        row = self.documents.row_at(self.ui.documentsView.currentIndex().row())
        if row is None:
            d.feedback.say(translate("RequestDialog", "Choose a document first."))
            return False
        return d.act(
            lambda: rq.remove_document(d.desk, d.request_id, row.id),
            translate("RequestDialog", "The document was removed."),
        )

    def record_identity(self) -> bool:
        u, d = self.ui, self.dialog
        confirmed = u.confirmedRadio.isChecked()
        missing = [code for code, box in self.missing.items() if box.isChecked()]
        return d.act(
            lambda: rq.record_identity(
                d.desk,
                d.request_id,
                confirmed=confirmed,
                missing=[] if confirmed else missing,
                deadline=None if confirmed else u.deadlineEdit.text(),
                confirmed_postal_code=u.confirmedPostalEdit.text() if confirmed else "",
                confirmed_address=u.confirmedAddressEdit.text() if confirmed else "",
                address_matches_register=MATCH_VALUE.get(u.matchCombo.currentData() or "")
                if confirmed
                else None,
                today=d.today,
            ),
            translate("RequestDialog", "The result of the identity check was recorded."),
            {
                "missing": u.missingBox,
                "deadline": u.deadlineEdit,
                "confirmed_postal_code": u.confirmedPostalEdit,
                "confirmed_address": u.confirmedAddressEdit,
            },
        )

    def lapsed(self, confirmed: bool = False) -> bool:
        d = self.dialog
        if not confirmed:
            answer = QMessageBox.question(
                d,
                translate("RequestDialog", "Refuse for want of documents?"),
                translate(
                    "RequestDialog",
                    "The documents did not arrive by the date given. Every type not yet "
                    "decided is refused on procedural grounds; the decision letters follow.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return d.act(
            lambda: rq.identity_lapsed(d.desk, d.request_id, today=d.today),
            translate("RequestDialog", "Recorded as refused: identity not confirmed."),
        )

    def record_fee(self) -> bool:
        u, d = self.ui, self.dialog
        return d.act(
            lambda: rq.record_fee(
                d.desk,
                d.request_id,
                amount=u.feeAmountSpin.value(),
                received_on=u.feeDateEdit.text() or None,
                method=u.feeMethodCombo.currentData() or "",
                deadline=u.feeDeadlineEdit.text() or None,
                today=d.today,
            ),
            translate("RequestDialog", "The fee was recorded."),
            {
                "amount": u.feeAmountSpin,
                "received_on": u.feeDateEdit,
                "method": u.feeMethodCombo,
                "deadline": u.feeDeadlineEdit,
            },
        )

    def set_fee_due(self) -> bool:
        """Change the fee asked (only notification of purpose and disclosure carry one)."""
        u, d = self.ui, self.dialog
        amount = u.feeDueSpin.value()
        return d.act(
            lambda: rq.set_fee_due(d.desk, d.request_id, amount),
            translate("RequestDialog", "The fee asked was changed."),
            {"amount": u.feeDueSpin},
        )
