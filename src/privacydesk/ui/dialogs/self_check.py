"""The self-check form (安全管理措置の自己点検票): the published checklist one category at a
time, answered from the keyboard as in the contractor review (1/Y 適合, 2/N 不適合, 3/A 該当なし,
Delete clears; ↑↓; Tab to the comment; PageDown/PageUp between categories), every answer
saved at once through services.self_check.answer. The technical measures the app carries out
come pre-answered and are marked 「アプリから」 with their evidence; a light check's left-out
questions are marked as such. 完了… records the result. A finished check, and any check for a
role that may not answer, opens read-only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from privacydesk.errors import PrivacydeskError
from privacydesk.services import self_check as sc
from privacydesk.services.desk import Desk
from privacydesk.services.self_check import AnswerRow, QuestionRow, SelfCheckRow, TemplateRow
from privacydesk.ui import i18n
from privacydesk.ui.dialogs import complaint_common
from privacydesk.ui.dialogs import contractor_common as labels
from privacydesk.ui.dialogs.contractor_review import (
    ANSWER_KEYS,
    CLEAR_KEYS,
    MODIFIERS,
    NO_TEXT,
    SAVED_STYLE,
)
from privacydesk.ui.dialogs.internal_audit_common import Feedback
from privacydesk.ui.generated.ui_self_check_dialog import Ui_SelfCheckDialog
from privacydesk.ui.generated.ui_self_check_finish_dialog import Ui_SelfCheckFinishDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, Index, RowTableModel

CTX = "SelfCheckDialog"
APP_TEXT = QColor("#1f4e8c")
NOTES_SHOWN = 30  # characters of the comment and evidence shown in the table


def counts(questions: Sequence[QuestionRow], answers: dict[int, AnswerRow]) -> dict[str, int]:
    """How many questions are answered yes / no / na, and how many are open."""
    out = {"yes": 0, "no": 0, "na": 0, "": 0}
    for q in questions:
        given = answers.get(q.id)
        value = given.answer if given else ""
        out[value if value in out else ""] += 1
    return out


def score_text(c: dict[str, int]) -> str:
    return translate(
        "SelfCheckDialog", "Yes {yes} · No {no} · Not applicable {na} · Open {open}"
    ).format(yes=c["yes"], no=c["no"], na=c["na"], open=c[""])


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


class SelfCheckDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        self_check_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SelfCheckDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.self_check_id = self_check_id
        self.today = today
        self.changed = False
        u = self.ui
        self.feedback = Feedback(
            u.savedLabel, {"comment": u.commentEdit, "evidence": u.evidenceEdit}
        )
        self.model = SelfCheckQuestionModel(self)
        u.questionsView.setModel(self.model)
        header = u.questionsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 220)
        u.questionsView.verticalHeader().hide()
        u.questionsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        u.questionsView.installEventFilter(self)
        u.questionsView.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_question(cur.row())
        )
        u.commentEdit.returnPressed.connect(self._edits_done)
        u.evidenceEdit.returnPressed.connect(self._edits_done)
        u.commentEdit.editingFinished.connect(self.save_edits)
        u.evidenceEdit.editingFinished.connect(self.save_edits)
        u.previousButton.clicked.connect(lambda: self.previous_category())
        u.nextButton.clicked.connect(lambda: self.next_category())
        u.finishButton.clicked.connect(lambda: self.finish())
        u.closeButton.clicked.connect(self.accept)
        self.row: SelfCheckRow
        self.template: TemplateRow
        self.answers: dict[int, AnswerRow] = {}
        self.categories: list[str] = []
        self.category = 0
        self._edit_question: int | None = None  # the question the comment fields belong to
        self.load()
        self.show_category(self._first_open_category())
        u.questionsView.setFocus()

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        detail = sc.get(self.desk, self.self_check_id, today=self.today)
        self.row, self.template, self.answers = detail.row, detail.template, detail.answers
        present = list(dict.fromkeys(q.category for q in self.template.questions))
        self.categories = [c for c in labels.CATEGORIES if c in present] + [
            c for c in present if c not in labels.CATEGORIES
        ]
        self.read_only = self.row.finished_on is not None or not self.may(sc.answer)
        self._texts()
        self._gate()

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

    def _gate(self) -> None:
        u = self.ui
        for w in (u.commentEdit, u.evidenceEdit):
            w.setReadOnly(self.read_only)
        u.finishButton.setVisible(self.row.finished_on is None)
        u.finishButton.setEnabled(not self.read_only and self.may(sc.finish))
        u.keysLabel.setVisible(not self.read_only)

    def may(self, fn: object) -> bool:
        return complaint_common.may(self.desk, fn)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.categories:
                self._texts()
                self._show_category_texts()
                self.model.retranslate()
                row = self.ui.questionsView.currentIndex().row()
                self._show_app_note(self.model.row_at(row))
        super().changeEvent(event)

    def _first_open_category(self) -> int:
        for i, category in enumerate(self.categories):
            if counts(self._questions(category), self.answers)[""]:
                return i
        return 0

    def _questions(self, category: str) -> list[QuestionRow]:
        return [q for q in self.template.questions if q.category == category]

    # -- categories and questions --------------------------------------------------------------
    def show_category(self, index: int, row: int = 0) -> None:
        if not self.categories:
            return
        self.save_edits()
        self.category = max(0, min(index, len(self.categories) - 1))
        questions = self._questions(self.categories[self.category])
        self.model.set_answers(self.answers, self.row.light)
        self.model.set_rows(questions)
        self._show_category_texts()
        if questions:
            row = max(0, min(row, len(questions) - 1))
            self.ui.questionsView.setCurrentIndex(self.model.index(row, 0))
            self.ui.questionsView.selectRow(row)
            self._show_question(row)

    def _show_category_texts(self) -> None:
        u = self.ui
        category = self.categories[self.category]
        u.categoryLabel.setText(labels.label(labels.CATEGORIES, category))
        u.progressLabel.setText(f"{self.category + 1} / {len(self.categories)}")
        u.previousButton.setEnabled(self.category > 0)
        u.nextButton.setEnabled(self.category < len(self.categories) - 1)
        self._show_scores()

    def _show_scores(self) -> None:
        u = self.ui
        category = self.categories[self.category]
        u.scoreLabel.setText(score_text(counts(self._questions(category), self.answers)))
        overall = counts(self.template.questions, self.answers)
        answered = len(self.template.questions) - overall[""]
        u.totalLabel.setText(
            translate("SelfCheckDialog", "Answered {answered} of {total}").format(
                answered=answered, total=len(self.template.questions)
            )
        )

    def next_category(self) -> bool:
        if self.category >= len(self.categories) - 1:
            self._say(
                translate(
                    "SelfCheckDialog", "This is the last category. Finish… records the result."
                )
            )
            return False
        self.show_category(self.category + 1)
        return True

    def previous_category(self) -> bool:
        if self.category == 0:
            return False
        self.show_category(self.category - 1)
        return True

    def current_question(self) -> QuestionRow | None:
        return self.model.row_at(self.ui.questionsView.currentIndex().row())

    def _show_question(self, row: int) -> None:
        """The comment fields and the app's note follow the current question."""
        self.save_edits()
        q = self.model.row_at(row)
        self._edit_question = q.id if q else None
        given = self.answers.get(q.id) if q else None
        for edit, text in (
            (self.ui.commentEdit, given.comment if given else ""),
            (self.ui.evidenceEdit, given.evidence if given else ""),
        ):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        self._show_app_note(q)

    def _show_app_note(self, q: QuestionRow | None) -> None:
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

    # -- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.questionsView and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self.key(event)
        return super().eventFilter(watched, event)

    def key(self, event: QKeyEvent) -> bool:
        """A key pressed on the questions; True when the form used it."""
        key = event.key()
        mods = event.modifiers() & MODIFIERS
        plain = mods == Qt.KeyboardModifier.NoModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_PageDown or (ctrl and key == Qt.Key.Key_Right):
            self.next_category()
            return True
        if key == Qt.Key.Key_PageUp or (ctrl and key == Qt.Key.Key_Left):
            self.previous_category()
            return True
        if not plain:
            return False
        if key in ANSWER_KEYS:
            self.set_answer(ANSWER_KEYS[Qt.Key(key)])
            return True
        if key in CLEAR_KEYS:
            self.set_answer("")
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.ui.commentEdit.setFocus(Qt.FocusReason.TabFocusReason)
            self.ui.commentEdit.selectAll()
            return True
        return False

    def _edits_done(self) -> None:
        self.save_edits()
        self.ui.questionsView.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving --------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.feedback.say(text)
        self.ui.savedLabel.setStyleSheet(SAVED_STYLE)

    def _refused_read_only(self) -> None:
        if self.row.finished_on is not None:
            self.feedback.say(i18n.text("self_check.already_finished"), error=True)
        else:
            self.feedback.say(
                translate("SelfCheckDialog", "Read only: your role cannot answer the self-check."),
                error=True,
            )

    def _save(self, question_id: int, value: str, comment: str, evidence: str) -> bool:
        ok, _ = self.feedback.run(
            lambda: sc.answer(self.desk, self.self_check_id, question_id, value, comment, evidence)
        )
        if not ok:
            return False
        self.changed = True
        try:
            self.answers = sc.get(self.desk, self.self_check_id, today=self.today).answers
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return False
        self.model.set_answers(self.answers, self.row.light)
        self._show_scores()
        self._show_app_note(self.current_question())
        self._say(
            translate("SelfCheckDialog", "Saved ({time}).").format(
                time=datetime.now().strftime("%H:%M:%S")
            )
        )
        return True

    def set_answer(self, value: str, advance: bool = True) -> bool:
        """Answer the current question (saved at once) and go on to the next one."""
        q = self.current_question()
        if q is None:
            return False
        if self.read_only:
            self._refused_read_only()
            return False
        given = self.answers.get(q.id)
        comment = given.comment if given else ""
        evidence = given.evidence if given else ""
        if self._edit_question == q.id:  # what is typed there is saved with the answer
            comment, evidence = self.ui.commentEdit.text(), self.ui.evidenceEdit.text()
        if not self._save(q.id, value, comment, evidence):
            return False
        row = self.ui.questionsView.currentIndex().row()
        if advance and value and row + 1 < self.model.rowCount():
            self.ui.questionsView.setCurrentIndex(self.model.index(row + 1, 0))
            self.ui.questionsView.selectRow(row + 1)
        return True

    def save_edits(self) -> bool:
        """The comment and evidence of the question they belong to, when they changed."""
        qid = self._edit_question
        if qid is None or self.read_only:
            return False
        comment, evidence = self.ui.commentEdit.text(), self.ui.evidenceEdit.text()
        given = self.answers.get(qid)
        stored = (given.comment, given.evidence) if given else ("", "")
        if stored == (comment, evidence):
            return False
        return self._save(qid, given.answer if given else "", comment, evidence)

    def done(self, result: int) -> None:
        """Closing saves a comment still being typed (the answers are saved already)."""
        self.save_edits()
        super().done(result)

    # -- finishing -----------------------------------------------------------------------------
    def finish(self, dialog: SelfCheckFinishDialog | None = None) -> bool:
        if self.read_only or self.row.finished_on is not None:
            self._refused_read_only()
            return False
        self.save_edits()
        dialog = dialog or SelfCheckFinishDialog(self.desk, self.self_check_id, self, self.today)
        dialog.show_scores(counts(self.template.questions, self.answers))
        dialog.exec()
        if not dialog.finished:
            self._go_to_open_question()
            return False
        self.changed = True
        self.load()
        self.show_category(self.category, self.ui.questionsView.currentIndex().row())
        self._say(translate("SelfCheckDialog", "The self-check was finished."))
        return True

    def _go_to_open_question(self) -> None:
        """After a refusal, the first unanswered question (if any) is where to carry on."""
        for i, category in enumerate(self.categories):
            for row, q in enumerate(self._questions(category)):
                given = self.answers.get(q.id)
                if not given or not given.answer:
                    self.show_category(i, row)
                    return


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
        self.ui.scoreLabel.setText(score_text(c))

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
