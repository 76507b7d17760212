"""The self-check form (安全管理措置の自己点検票): the published checklist one category at a
time, answered from the keyboard in the form it shares with the contractor review
(checklist_form: 1/Y 適合, 2/N 不適合, 3/A 該当なし, Delete clears; ↑↓; Tab to the comment;
PageDown/PageUp between categories), every answer saved at once through
services.self_check.answer. The technical measures the app carries out
come pre-answered and are marked 「アプリから」 with their evidence; a light check's left-out
questions are marked as such. 完了… records the result. A finished check, and any check for a
role that may not answer, opens read-only."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from privacydesk.services import self_check as sc
from privacydesk.services.desk import Desk
from privacydesk.services.self_check import AnswerRow, QuestionRow, SelfCheckRow
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import complaint_common
from privacydesk.ui.dialogs import contractor_common as labels
from privacydesk.ui.dialogs.checklist_form import (
    NO_TEXT,
    ChecklistForm,
    FormTexts,
    ordered_categories,
)
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.generated.ui_self_check_dialog import Ui_SelfCheckDialog
from privacydesk.ui.generated.ui_self_check_finish_dialog import Ui_SelfCheckFinishDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel

CTX = "SelfCheckDialog"
TEXTS = FormTexts(
    CTX,
    scores=QT_TRANSLATE_NOOP(
        "SelfCheckDialog", "Yes {yes} · No {no} · Not applicable {na} · Open {open}"
    ),
    answered=QT_TRANSLATE_NOOP("SelfCheckDialog", "Answered {answered} of {total}"),
    last_category=QT_TRANSLATE_NOOP(
        "SelfCheckDialog", "This is the last category. Finish… records the result."
    ),
    saved=QT_TRANSLATE_NOOP("SelfCheckDialog", "Saved ({time})."),
)
APP_TEXT = QColor("#1f4e8c")
NOTES_SHOWN = 30  # characters of the comment and evidence shown in the table


RESULT_CODES = {
    "fit": "self_check.result.fit",
    "conditional": "self_check.result.conditional",
    "unfit": "self_check.result.unfit",
}


def result_text(result: str) -> str:
    return i18n.text(RESULT_CODES[result]) if result in RESULT_CODES else result


def source_text(given: AnswerRow | None, light: bool) -> str:
    """Who gave the answer: the app (pre-answered, not changed since), a light check's
    left-out question, or the office (blank)."""
    if given is None or not given.prefilled:
        return ""
    if light and given.answer == "na":
        return translate("SelfCheckDialog", "Left out (light measures)")
    return translate("SelfCheckDialog", "From the app")


class SelfCheckQuestionModel(RowTableModel[QuestionRow]):
    """The questions of one category with their answers; 不適合 in the warning colour, the
    app's answers in blue."""

    SOURCE = 3

    def __init__(self, parent: Any = None) -> None:
        self.answers: dict[int, AnswerRow] = {}
        self.light = False
        super().__init__(
            CTX,
            [
                Column(QT_TRANSLATE_NOOP("SelfCheckDialog", "No."), lambda q: q.position),
                Column(QT_TRANSLATE_NOOP("SelfCheckDialog", "Question"), lambda q: q.text),
                Column(QT_TRANSLATE_NOOP("SelfCheckDialog", "Answer"), self._answer),
                Column(QT_TRANSLATE_NOOP("SelfCheckDialog", "Answered by"), self._source),
                Column(QT_TRANSLATE_NOOP("SelfCheckDialog", "Comment and evidence"), self._notes),
            ],
            parent,
        )

    def _answer(self, q: QuestionRow) -> str:
        given = self.answers.get(q.id)
        return labels.label(labels.ANSWERS, given.answer) if given and given.answer else ""

    def _source(self, q: QuestionRow) -> str:
        return source_text(self.answers.get(q.id), self.light)

    def _notes(self, q: QuestionRow) -> str:
        given = self.answers.get(q.id)
        if given is None:
            return ""
        text = " / ".join(t for t in (given.comment, given.evidence) if t)
        # One line in the table; the whole evidence is in the tooltip and below the table.
        return text if len(text) <= NOTES_SHOWN else text[: NOTES_SHOWN - 1] + "…"

    def set_answers(self, answers: dict[int, AnswerRow], light: bool) -> None:
        self.answers = dict(answers)
        self.light = light
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            q = self.row_at(index.row()) if index.isValid() else None
            if q is None or index.column() >= self.columnCount():
                return None
            given = self.answers.get(q.id)
            if given is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                if index.column() == self.SOURCE and given.prefilled:
                    font = QFont()
                    font.setBold(True)
                    return font
                return None
            if given.answer == "no":
                return QBrush(NO_TEXT)
            return QBrush(APP_TEXT) if given.prefilled else None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            q = self.row_at(index.row())
            if q is None or index.column() >= self.columnCount():
                return None
            given = self.answers.get(q.id)
            if index.column() in (self.SOURCE, 4) and given and given.evidence:
                return given.evidence
            return q.text if index.column() == 1 else None
        return super().data(index, role)


class SelfCheckDialog(ChecklistForm[AnswerRow]):
    def __init__(
        self,
        desk: Desk,
        self_check_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(TEXTS, parent, today)
        self.ui: Ui_SelfCheckDialog = Ui_SelfCheckDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.self_check_id = self_check_id
        u = self.ui
        self.feedback = Feedback(
            u.savedLabel, {"comment": u.commentEdit, "evidence": u.evidenceEdit}
        )
        self.model = SelfCheckQuestionModel(self)
        self._setup_form()
        header = u.questionsView.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 220)
        self.row: SelfCheckRow
        self._open()

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        detail = sc.get(self.desk, self.self_check_id, today=self.today)
        self.row, self.template, self.answers = detail.row, detail.template, detail.answers
        self.categories = ordered_categories(self.template)
        self.read_only = self.row.finished_on is not None or not self.may(sc.answer)
        self._texts()
        self._gate(self.row.finished_on is not None, self.may(sc.finish))

    def _texts(self) -> None:
        u, r = self.ui, self.row
        kind = (
            translate("SelfCheckDialog", "Self-check of security measures (light measures)")
            if r.light
            else translate("SelfCheckDialog", "Self-check of security measures")
        )
        u.headerLabel.setText(
            translate("SelfCheckDialog", "{kind} (checklist version {version})").format(
                kind=kind, version=r.template_version
            )
        )
        self.setWindowTitle(kind)
        if r.finished_on is not None:
            status = translate(
                "SelfCheckDialog", "Finished on {date}: {result}. The answers can no longer change."
            ).format(date=labels.day(r.finished_on), result=result_text(r.result))
            if r.summary:
                status += "\n" + r.summary
        elif self.read_only:
            status = translate(
                "SelfCheckDialog", "Read only: your role cannot answer the self-check."
            )
        else:
            status = translate(
                "SelfCheckDialog",
                "Started on {date}. {prefilled} answers were given by the app: check them.",
            ).format(date=labels.day(r.started_on), prefilled=r.prefilled)
        u.statusLabel.setText(status)

    def may(self, fn: object) -> bool:
        return complaint_common.may(self.desk, fn)

    # -- the app's answers ---------------------------------------------------------------------
    def _show_note(self, q: QuestionRow | None) -> None:
        """The app's note on the current question: its evidence, or why it is left out."""
        given = self.answers.get(q.id) if q else None
        label = self.ui.appLabel
        if given is None or not given.prefilled:
            label.hide()
            label.setText("")
            return
        if self.row.light and given.answer == "na":
            text = translate(
                "SelfCheckDialog",
                "Left out: the office chose the light measures, so this question is not asked.",
            )
        elif given.answer:
            text = translate("SelfCheckDialog", "From the app: {evidence}").format(
                evidence=given.evidence
            )
        else:
            text = translate(
                "SelfCheckDialog", "The app could not answer this one: {evidence}"
            ).format(evidence=given.evidence)
        label.setText(text)
        label.show()

    # -- saving --------------------------------------------------------------------------------
    def _fetch_answers(self) -> dict[int, AnswerRow]:
        return sc.get(self.desk, self.self_check_id, today=self.today).answers

    def _store(self, question_id: int, value: str, comment: str, evidence: str) -> None:
        sc.answer(self.desk, self.self_check_id, question_id, value, comment, evidence)

    def _show_answers(self) -> None:
        self.model.set_answers(self.answers, self.row.light)

    def _refused_read_only(self) -> None:
        if self.row.finished_on is not None:
            self.feedback.say(i18n.text("self_check.already_finished"), error=True)
        else:
            self.feedback.say(
                translate("SelfCheckDialog", "Read only: your role cannot answer the self-check."),
                error=True,
            )

    # -- finishing -----------------------------------------------------------------------------
    def _is_finished(self) -> bool:
        return self.row.finished_on is not None

    def _finish_dialog(self) -> SelfCheckFinishDialog:
        return SelfCheckFinishDialog(self.desk, self.self_check_id, self, self.today)

    def _finished_text(self) -> str:
        return translate("SelfCheckDialog", "The self-check was finished.")


class SelfCheckFinishDialog(QDialog):
    """完了: the result, what is missing and what will be done, and the date; the service
    refuses while a question is unanswered or a result other than 適合 has no summary."""

    def __init__(
        self,
        desk: Desk,
        self_check_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SelfCheckFinishDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.self_check_id = self_check_id
        self.today = today
        self.finished = False
        u = self.ui
        self._fill_results()
        u.finishedEdit.setText((today or date.today()).isoformat())
        self.feedback = Feedback(
            u.messageLabel,
            {"result": u.resultCombo, "summary": u.summaryEdit, "finished_on": u.finishedEdit},
        )
        u.buttonBox.accepted.connect(lambda: self.save())
        u.buttonBox.rejected.connect(self.reject)

    def _fill_results(self) -> None:
        combo = self.ui.resultCombo
        current = combo.currentData()
        combo.clear()
        for code in sc.RESULTS:
            combo.addItem(result_text(code), code)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def show_scores(self, c: dict[str, int]) -> None:
        self.ui.scoreLabel.setText(TEXTS.score_text(c))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_results()
        super().changeEvent(event)

    def save(self) -> bool:
        u = self.ui
        result, summary, finished = (
            u.resultCombo.currentData(),
            u.summaryEdit.toPlainText(),
            u.finishedEdit.text(),
        )
        ok, _ = self.feedback.run(
            lambda: sc.finish(
                self.desk, self.self_check_id, result, summary, finished, today=self.today
            )
        )
        if ok:
            self.finished = True
            self.accept()
        return ok
