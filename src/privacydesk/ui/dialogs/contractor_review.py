"""The review form (点検票): the checklist one category at a time, answered from the keyboard
(1/Y 適合, 2/N 不適合, 3/A 該当なし, Delete clears; ↑↓ between questions; Tab to the comment;
PageDown/PageUp or Ctrl+→/← between categories). Every answer and comment is saved at once
through services.answer, so there is no Save button (the form is checklist_form's, shared
with the self-check); 完了… records the result. A finished review, and any review for a role
that may not answer, opens read-only."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import contractors as cs
from privacydesk.services.contractors import AnswerRow, QuestionRow, ReviewRow
from privacydesk.services.desk import Desk
from privacydesk.services.roles import actions_for
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import contractor_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.dialogs.checklist_form import (
    NO_TEXT,
    ChecklistForm,
    FormTexts,
    ordered_categories,
)
from privacydesk.ui.generated.ui_contractor_finish_dialog import Ui_ContractorFinishDialog
from privacydesk.ui.generated.ui_contractor_review_dialog import Ui_ContractorReviewDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel

CTX = "ContractorReviewDialog"
TEXTS = FormTexts(
    CTX,
    scores=QT_TRANSLATE_NOOP(
        "ContractorReviewDialog", "Yes {yes} · No {no} · Not applicable {na} · Open {open}"
    ),
    answered=QT_TRANSLATE_NOOP("ContractorReviewDialog", "Answered {answered} of {total}"),
    last_category=QT_TRANSLATE_NOOP(
        "ContractorReviewDialog", "This is the last category. Finish… records the result."
    ),
    saved=QT_TRANSLATE_NOOP("ContractorReviewDialog", "Saved ({time})."),
)


class QuestionModel(RowTableModel[QuestionRow]):
    """The questions of one category with their answers; 不適合 in the warning colour."""

    ANSWER = 2

    def __init__(self, parent: Any = None) -> None:
        self.answers: dict[int, AnswerRow] = {}
        super().__init__(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("ContractorReviewDialog", "No."), lambda q: q.position),
                Column(QT_TRANSLATE_NOOP("ContractorReviewDialog", "Question"), lambda q: q.text),
                Column(QT_TRANSLATE_NOOP("ContractorReviewDialog", "Answer"), self._answer),
                Column(QT_TRANSLATE_NOOP("ContractorReviewDialog", "Comment"), self._comment),
            ],
            parent,
        )

    def _answer(self, q: QuestionRow) -> str:
        given = self.answers.get(q.id)
        return common.label(common.ANSWERS, given.answer) if given and given.answer else ""

    def _comment(self, q: QuestionRow) -> str:
        given = self.answers.get(q.id)
        if given is None:
            return ""
        return " / ".join(t for t in (given.comment, given.evidence) if t)

    def set_answers(self, answers: dict[int, AnswerRow]) -> None:
        self.answers = dict(answers)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            q = self.row_at(index.row()) if index.isValid() else None
            if q is None or index.column() >= self.columnCount():
                return None
            given = self.answers.get(q.id)
            return QBrush(NO_TEXT) if given and given.answer == "no" else None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 1:
            q = self.row_at(index.row())
            return q.text if q else None
        return super().data(index, role)


class ContractorReviewDialog(ChecklistForm[AnswerRow]):
    def __init__(
        self,
        desk: Desk,
        review_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(TEXTS, parent, today)
        self.ui: Ui_ContractorReviewDialog = Ui_ContractorReviewDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.review_id = review_id
        self.allowed = actions_for(desk.context.role)
        u = self.ui
        self.feedback = request_common.Feedback(
            u.savedLabel, {"comment": u.commentEdit, "evidence": u.evidenceEdit}
        )
        self.model = QuestionModel(self)
        self._setup_form()
        self.row: ReviewRow
        self.contractor_name = ""
        self._open()

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        self.row, self.template, self.answers = cs.review(self.desk, self.review_id)
        if not self.contractor_name:
            try:
                self.contractor_name = cs.get(self.desk, self.row.contractor_id).data.name
            except PrivacydeskError:
                self.contractor_name = ""
        self.categories = ordered_categories(self.template)
        self.read_only = self.row.finished_on is not None or not self.may(cs.answer)
        self._texts()
        self._gate(self.row.finished_on is not None, self.may(cs.finish_review))

    def _texts(self) -> None:
        u, r = self.ui, self.row
        kind = common.label(common.KINDS, r.kind)
        title = translate("ContractorReviewDialog", "{name}: {kind} (version {version})").format(
            name=self.contractor_name, kind=kind, version=r.template_version
        )
        u.headerLabel.setText(title)
        self.setWindowTitle(kind)
        if r.finished_on is not None:
            status = translate(
                "ContractorReviewDialog",
                "Finished on {date}: {result}. The answers can no longer change.",
            ).format(date=common.day(r.finished_on), result=common.label(common.RESULTS, r.result))
            if r.summary:
                status += "\n" + r.summary
        elif self.read_only:
            status = translate(
                "ContractorReviewDialog", "Read only: your role cannot answer reviews."
            )
        else:
            status = translate(
                "ContractorReviewDialog", "Started on {date}; answered by {who}."
            ).format(
                date=common.day(r.started_on), who=common.label(common.ANSWERED_BY, r.answered_by)
            )
        u.statusLabel.setText(status)

    def may(self, fn: object) -> bool:
        return getattr(fn, "action_name", "") in self.allowed

    # -- saving --------------------------------------------------------------------------------
    def _fetch_answers(self) -> dict[int, AnswerRow]:
        _row, _template, answers = cs.review(self.desk, self.review_id)
        return answers

    def _store(self, question_id: int, value: str, comment: str, evidence: str) -> None:
        cs.answer(self.desk, self.review_id, question_id, value, comment, evidence)

    def _show_answers(self) -> None:
        self.model.set_answers(self.answers)

    def _refused_read_only(self) -> None:
        if self.row.finished_on is not None:
            self.feedback.say(i18n.text("contractors.review_finished"), error=True)
        else:
            self.feedback.say(
                translate("ContractorReviewDialog", "Read only: your role cannot answer reviews."),
                error=True,
            )

    # -- finishing -----------------------------------------------------------------------------
    def _is_finished(self) -> bool:
        return self.row.finished_on is not None

    def _finish_dialog(self) -> ContractorFinishDialog:
        return ContractorFinishDialog(self.desk, self.review_id, self, self.today)

    def _finished_text(self) -> str:
        return translate("ContractorReviewDialog", "The review was finished.")


class ContractorFinishDialog(QDialog):
    """完了: the result, the reasons and conditions, and the date; the service refuses while a
    question is unanswered or a result other than 適 has no reasons."""

    def __init__(
        self,
        desk: Desk,
        review_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContractorFinishDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.review_id = review_id
        self.today = today
        self.finished = False
        u = self.ui
        common.fill(u.resultCombo, common.RESULTS, cs.RESULTS)
        u.finishedEdit.setText((today or date.today()).isoformat())
        self.feedback = request_common.Feedback(
            u.messageLabel,
            {"result": u.resultCombo, "summary": u.summaryEdit, "finished_on": u.finishedEdit},
        )
        u.buttonBox.accepted.connect(lambda: self.save())
        u.buttonBox.rejected.connect(self.reject)

    def show_scores(self, c: dict[str, int]) -> None:
        self.ui.scoreLabel.setText(TEXTS.score_text(c))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            common.fill(self.ui.resultCombo, common.RESULTS, cs.RESULTS)
        super().changeEvent(event)

    def save(self) -> bool:
        u = self.ui
        result, summary, finished = (
            u.resultCombo.currentData(),
            u.summaryEdit.toPlainText(),
            u.finishedEdit.text(),
        )
        ok, _ = self.feedback.run(
            lambda: cs.finish_review(
                self.desk, self.review_id, result, summary, finished, today=self.today
            )
        )
        if ok:
            self.finished = True
            self.accept()
        return ok
