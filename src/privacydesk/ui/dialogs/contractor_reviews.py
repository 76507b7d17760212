"""The contractor dialog's 点検 and 是正措置 tabs: reviews against the published checklist
(started by the office, or answered by the contractor on the printed form and entered here),
the printable checklist, and follow-ups with their closing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QHeaderView, QMessageBox

from privacydesk.errors import PrivacydeskError
from privacydesk.services import contractors as cs
from privacydesk.services import documents
from privacydesk.services.contractors import ContractorDetail, FollowUpRow, ReviewRow
from privacydesk.ui.dialogs import contractor_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.dialogs.contractor_review import ContractorReviewDialog
from privacydesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

if TYPE_CHECKING:
    from privacydesk.ui.dialogs.contractor import ContractorDialog

NO_REVIEW = 0


def review_name(r: ReviewRow) -> str:
    return f"{common.label(common.KINDS, r.kind)} {r.started_on.isoformat()}"


class ReviewsTab(QObject):
    """Drives the reviews and follow-ups tabs of a ContractorDialog (its `ui`)."""

    def __init__(self, dialog: ContractorDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        u = self.ui = dialog.ui
        self.review_dialog: ContractorReviewDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.reviews: RowTableModel[ReviewRow] = RowTableModel(
            "ContractorDialog",
            [
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Kind"),
                    lambda r: common.label(common.KINDS, r.kind),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Version"), lambda r: r.template_version
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Started"),
                    lambda r: r.started_on.isoformat(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Finished"),
                    lambda r: common.iso(r.finished_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Result"),
                    lambda r: common.label(common.RESULTS, r.result if r.finished_on else ""),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Answered"),
                    lambda r: f"{r.answered} / {r.questions}",
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Answered by"),
                    lambda r: common.label(common.ANSWERED_BY, r.answered_by),
                ),
            ],
            self,
        )
        u.reviewsView.setModel(self.reviews)
        u.reviewsView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        u.reviewsView.horizontalHeader().setStretchLastSection(True)
        u.reviewsView.doubleClicked.connect(lambda _i: self.open_review())
        u.reviewsView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._buttons())
        self.followups: RowTableModel[FollowUpRow] = RowTableModel(
            "ContractorDialog",
            [
                Column(QT_TRANSLATE_NOOP("ContractorDialog", "Action"), lambda f: f.action),
                Column(QT_TRANSLATE_NOOP("ContractorDialog", "Who"), lambda f: f.owner),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Due on"), lambda f: f.due_on.isoformat()
                ),
                Column(QT_TRANSLATE_NOOP("ContractorDialog", "From the review"), self._review_of),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "Done on"),
                    lambda f: common.iso(f.closed_on),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ContractorDialog", "What was done"),
                    lambda f: f.closing_note,
                ),
            ],
            self,
        )
        u.followupsView.setModel(self.followups)
        u.followupsView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        u.followupsView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        u.followupsView.selectionModel().currentRowChanged.connect(lambda _c, _p: self._buttons())
        u.startSelectionButton.clicked.connect(lambda: self.start("selection"))
        u.startPeriodicButton.clicked.connect(lambda: self.start("periodic"))
        u.startEquivalenceButton.clicked.connect(lambda: self.start("equivalence"))
        u.enterAnswersButton.clicked.connect(
            lambda: self.start(u.formKindCombo.currentData(), "contractor")
        )
        u.openReviewButton.clicked.connect(lambda: self.open_review())
        u.deleteReviewButton.clicked.connect(lambda: self.delete_review())
        u.printChecklistButton.clicked.connect(lambda: self.print_checklist())
        u.addFollowupButton.clicked.connect(lambda: self.add_followup())
        u.closeFollowupButton.clicked.connect(lambda: self.close_followup())
        self._by_id: dict[int, ReviewRow] = {}

    def _review_of(self, f: FollowUpRow) -> str:
        r = self._by_id.get(f.review_id) if f.review_id is not None else None
        return review_name(r) if r else ""

    def texts(self) -> None:
        common.fill(self.ui.formKindCombo, common.KINDS, cs.REVIEW_KINDS)
        self.reviews.retranslate()
        self.followups.retranslate()
        self._fill_review_combo()

    def gate(self) -> None:
        self._buttons()

    def _buttons(self) -> None:
        u, d = self.ui, self.dialog
        may_start = d.may(cs.start_review)
        for w in (u.startSelectionButton, u.startPeriodicButton, u.enterAnswersButton):
            w.setEnabled(may_start)
        data = d.detail.data if d.detail else None
        equivalent = bool(data and data.abroad and data.abroad_basis == "equivalent")
        u.startEquivalenceButton.setVisible(equivalent)
        u.startEquivalenceButton.setEnabled(may_start and equivalent)
        review = self.selected_review()
        u.openReviewButton.setEnabled(review is not None)
        u.deleteReviewButton.setEnabled(
            review is not None and review.finished_on is None and d.may(cs.delete_review)
        )
        may_add = d.may(cs.add_followup)
        for w in (u.actionEdit, u.ownerEdit, u.dueEdit):
            request_common.enable(w, may_add)
        u.followupReviewCombo.setEnabled(may_add)
        u.addFollowupButton.setEnabled(may_add)
        followup = self.followups.row_at(u.followupsView.currentIndex().row())
        may_close = d.may(cs.close_followup)
        for w in (u.closedOnEdit, u.closingNoteEdit):
            request_common.enable(w, may_close)
        u.closeFollowupButton.setEnabled(
            may_close and followup is not None and followup.closed_on is None
        )

    def load(self, detail: ContractorDetail) -> None:
        u = self.ui
        selected = self.selected_review()
        self._by_id = {r.id: r for r in detail.reviews}
        self.reviews.set_rows(list(detail.reviews))
        row = next((i for i, r in enumerate(detail.reviews) if selected and r.id == selected.id), 0)
        if detail.reviews:
            u.reviewsView.selectRow(row)
        due = detail.next_review_due
        u.nextReviewLabel.setText(
            translate("ContractorDialog", "Next review due: {date} (every {months} months)").format(
                date=common.day(due), months=detail.data.review_months
            )
            if due
            else translate(
                "ContractorDialog", "No review finished yet: start with a selection evaluation."
            )
        )
        self.followups.set_rows(list(detail.followups))
        self._fill_review_combo()
        today = (self.dialog.today or date.today()).isoformat()
        if not u.closedOnEdit.text():
            u.closedOnEdit.setText(today)
        self._buttons()

    def _fill_review_combo(self) -> None:
        combo = self.ui.followupReviewCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("ContractorDialog", "(none)"), NO_REVIEW)
        for r in self._by_id.values():
            combo.addItem(review_name(r), r.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def selected_review(self) -> ReviewRow | None:
        return self.reviews.row_at(self.ui.reviewsView.currentIndex().row())

    # -- reviews -------------------------------------------------------------------------------
    def start(self, kind: str, answered_by: str = "office", show: bool = True) -> int | None:
        """Start a review against the published checklist of its kind, and open its form."""
        d = self.dialog
        cid = d.contractor_id
        if cid is None:
            return None
        ok, rid = d.call(
            lambda: cs.start_review(d.desk, cid, kind, answered_by, today=d.today),
            translate("ContractorDialog", "The review was started."),
        )
        if not ok or not isinstance(rid, int):
            return None
        row = next((i for i, r in enumerate(self.reviews_rows()) if r.id == rid), None)
        if row is not None:
            self.ui.reviewsView.selectRow(row)
        self.open_review(rid, show)
        return rid

    def reviews_rows(self) -> list[ReviewRow]:
        return [r for i in range(self.reviews.rowCount()) if (r := self.reviews.row_at(i))]

    def open_review(
        self, review_id: int | None = None, show: bool = True
    ) -> ContractorReviewDialog | None:
        d = self.dialog
        if review_id is None:
            review = self.selected_review()
            if review is None:
                d.feedback.say(translate("ContractorDialog", "Choose a review first."))
                return None
            review_id = review.id
        try:
            dialog = ContractorReviewDialog(d.desk, review_id, d, today=d.today)
        except PrivacydeskError as exc:
            d.feedback.show(exc)
            return None
        self.review_dialog = dialog
        if show:
            dialog.exec()
            self.review_closed()
        return dialog

    def review_closed(self) -> None:
        """After the review form: its answers and result show in the table and the flags."""
        self.dialog.changed = True
        self.dialog.refresh()

    def delete_review(self, confirmed: bool = False) -> bool:
        d = self.dialog
        review = self.selected_review()
        if review is None:
            d.feedback.say(translate("ContractorDialog", "Choose a review first."))
            return False
        if not confirmed:
            answer = QMessageBox.question(
                d,
                translate("ContractorDialog", "Delete the review?"),
                translate(
                    "ContractorDialog",
                    "The unfinished review and its answers so far are deleted.",
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        rid = review.id
        return d.act(
            lambda: cs.delete_review(d.desk, rid),
            translate("ContractorDialog", "The review was deleted."),
        )

    def print_checklist(self, show: bool = True) -> PdfPreviewDialog | None:
        """The checklist as a form to send to the contractor: preview, print at 100% or save."""
        d = self.dialog
        cid = d.contractor_id
        kind = self.ui.formKindCombo.currentData() or "selection"
        if cid is None:
            return None
        desk = d.desk
        ok, pdf = d.feedback.run(lambda: cs.checklist_pdf(desk, cid, kind, today=d.today))
        if not ok or not isinstance(pdf, bytes):
            return None
        what = f"form.checklist-{kind}"

        def output(where: str, path: Path | None) -> None:
            if where == "print":
                d.feedback.run(lambda: documents.record_printed(desk, what))
            elif path is not None:
                d.feedback.run(lambda: cs.checklist_pdf(desk, cid, kind, out=path, today=d.today))

        title = common.label(common.KINDS, kind)
        dialog = PdfPreviewDialog(pdf, title, f"checklist_{kind}.pdf", output, d)
        self.preview_dialog = dialog
        if show:
            dialog.exec()
        return dialog

    # -- follow-ups ----------------------------------------------------------------------------
    def add_followup(self) -> bool:
        u, d = self.ui, self.dialog
        cid = d.contractor_id
        if cid is None:
            return False
        review = u.followupReviewCombo.currentData()
        action, owner, due = u.actionEdit.text(), u.ownerEdit.text(), u.dueEdit.text()
        ok = d.act(
            lambda: cs.add_followup(d.desk, cid, action, owner, due, review or None),
            translate("ContractorDialog", "The follow-up was added."),
            {
                "action": u.actionEdit,
                "owner": u.ownerEdit,
                "due_on": u.dueEdit,
                "review_id": u.followupReviewCombo,
            },
        )
        if ok:
            for w in (u.actionEdit, u.ownerEdit, u.dueEdit):
                w.clear()
        return ok

    def close_followup(self) -> bool:
        u, d = self.ui, self.dialog
        followup = self.followups.row_at(u.followupsView.currentIndex().row())
        if followup is None:
            d.feedback.say(translate("ContractorDialog", "Choose a follow-up first."))
            return False
        fid, closed, note = followup.id, u.closedOnEdit.text(), u.closingNoteEdit.text()
        ok = d.act(
            lambda: cs.close_followup(d.desk, fid, closed, note, today=d.today),
            translate("ContractorDialog", "The follow-up was closed."),
            {"closed_on": u.closedOnEdit, "closing_note": u.closingNoteEdit},
        )
        if ok:
            u.closingNoteEdit.clear()
        return ok
