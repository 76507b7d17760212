"""The keyboard-first checklist form shared by the contractor review (点検票) and the
self-check (自己点検票): one category at a time, answered from the keyboard (1/Y 適合,
2/N 不適合, 3/A 該当なし, Delete clears; ↑↓ between questions; Tab to the comment;
PageDown/PageUp or Ctrl+→/← between categories), every answer and comment saved at once.
Each dialog adds its own header, service calls and finishing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from privacydesk.errors import PrivacydeskError
from privacydesk.services.contractors import CATEGORIES, QuestionRow, TemplateRow
from privacydesk.ui.dialogs import contractor_common as labels
from privacydesk.ui.dialogs.request_common import Feedback
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import RowTableModel

ANSWER_KEYS = {
    Qt.Key.Key_1: "yes",
    Qt.Key.Key_Y: "yes",
    Qt.Key.Key_2: "no",
    Qt.Key.Key_N: "no",
    Qt.Key.Key_3: "na",
    Qt.Key.Key_A: "na",
}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0)
MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
NO_TEXT = QColor("#b00020")
SAVED_STYLE = "color: #666;"


class Answer(Protocol):
    """What the form reads of a stored answer (a review's or a self-check's)."""

    @property
    def answer(self) -> str: ...
    @property
    def comment(self) -> str: ...
    @property
    def evidence(self) -> str: ...


A = TypeVar("A", bound=Answer)


def counts(questions: Sequence[QuestionRow], answers: Mapping[int, Answer]) -> dict[str, int]:
    """How many questions are answered yes / no / na, and how many are open."""
    out = {"yes": 0, "no": 0, "na": 0, "": 0}
    for q in questions:
        given = answers.get(q.id)
        value = given.answer if given else ""
        out[value if value in out else ""] += 1
    return out


def ordered_categories(template: TemplateRow) -> list[str]:
    """The template's categories in the guideline's order, any unknown one after them."""
    present = list(dict.fromkeys(q.category for q in template.questions))
    return [c for c in CATEGORIES if c in present] + [c for c in present if c not in CATEGORIES]


@dataclass(frozen=True)
class FormTexts:
    """A form's own sentences. Each dialog marks them with QT_TRANSLATE_NOOP under its own
    context, so the translation file keeps the entries it had before the form was shared."""

    context: str
    scores: str  # "Yes {yes} · No {no} · Not applicable {na} · Open {open}"
    answered: str  # "Answered {answered} of {total}"
    last_category: str  # "This is the last category. Finish… records the result."
    saved: str  # "Saved ({time})."

    def score_text(self, c: dict[str, int]) -> str:
        return translate(self.context, self.scores).format(
            yes=c["yes"], no=c["no"], na=c["na"], open=c[""]
        )


class FinishDialog(Protocol):
    """The finish dialog of a checklist: it shows the scores and says whether it finished."""

    finished: bool

    def show_scores(self, scores: dict[str, int]) -> None: ...

    def exec(self) -> int: ...


class FormUi(Protocol):
    """The widgets both Designer forms name alike."""

    headerLabel: QLabel
    statusLabel: QLabel
    categoryLabel: QLabel
    progressLabel: QLabel
    previousButton: QToolButton
    nextButton: QToolButton
    questionsView: QTableView
    commentEdit: QLineEdit
    evidenceEdit: QLineEdit
    scoreLabel: QLabel
    totalLabel: QLabel
    savedLabel: QLabel
    keysLabel: QLabel
    finishButton: QPushButton
    closeButton: QPushButton

    def retranslateUi(self, dialog: Any) -> None: ...


class ChecklistForm(QDialog, Generic[A]):
    """The answering part of a checklist dialog. A subclass passes its `FormTexts`, sets
    `ui`, `feedback` and `model`, calls `_setup_form()` then `_open()`, and provides what is
    its own: `load` (which sets `template`, `answers`, `categories` and `read_only`, then
    calls `_texts` and `_gate`), `_texts`, `_fetch_answers`, `_store`, `_show_answers`,
    `_refused_read_only`, `_is_finished`, `_finish_dialog` and `_finished_text`; `_show_note`
    if it shows more about the current question."""

    ui: FormUi
    feedback: Feedback
    model: RowTableModel[QuestionRow]
    template: TemplateRow
    read_only: bool

    def __init__(
        self, texts: FormTexts, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.texts = texts
        self.today = today
        self.changed = False
        self.answers: dict[int, A] = {}
        self.categories: list[str] = []
        self.category = 0
        self._edit_question: int | None = None  # the question the comment fields belong to

    def _setup_form(self) -> None:
        u = self.ui
        u.questionsView.setModel(self.model)
        header = u.questionsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
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

    def _open(self) -> None:
        """Load, show the first category with an open question, and take the keys."""
        self.load()
        self.show_category(self._first_open_category())
        self.ui.questionsView.setFocus()

    # -- what each dialog provides ------------------------------------------------------------
    def load(self) -> None:
        raise NotImplementedError

    def _texts(self) -> None:
        raise NotImplementedError

    def _fetch_answers(self) -> dict[int, A]:
        """The answers as stored now."""
        raise NotImplementedError

    def _store(self, question_id: int, value: str, comment: str, evidence: str) -> None:
        """Save one answer through the dialog's service."""
        raise NotImplementedError

    def _show_answers(self) -> None:
        """Hand `answers` to the table model."""
        raise NotImplementedError

    def _refused_read_only(self) -> None:
        raise NotImplementedError

    def _is_finished(self) -> bool:
        raise NotImplementedError

    def _finish_dialog(self) -> FinishDialog:
        """A new finish dialog for this checklist."""
        raise NotImplementedError

    def _finished_text(self) -> str:
        """Said once the checklist is finished (translated in the subclass's context)."""
        raise NotImplementedError

    # -- finishing -----------------------------------------------------------------------------
    def finish(self, dialog: FinishDialog | None = None) -> bool:
        """Save what is typed, show the scores in the finish dialog; when it finished, reload
        and say so, otherwise go back to the first open question. Tests pass a dialog."""
        if self.read_only or self._is_finished():
            self._refused_read_only()
            return False
        self.save_edits()
        dialog = dialog or self._finish_dialog()
        dialog.show_scores(counts(self.template.questions, self.answers))
        dialog.exec()
        if not dialog.finished:
            self._go_to_open_question()
            return False
        self.changed = True
        self.load()
        self.show_category(self.category, self.ui.questionsView.currentIndex().row())
        self._say(self._finished_text())
        return True

    def _show_note(self, q: QuestionRow | None) -> None:
        """Whatever a dialog shows about the current question besides its comment fields."""

    # -- loading -------------------------------------------------------------------------------
    def _gate(self, finished: bool, may_finish: bool) -> None:
        u = self.ui
        for w in (u.commentEdit, u.evidenceEdit):
            w.setReadOnly(self.read_only)
        u.finishButton.setVisible(not finished)
        u.finishButton.setEnabled(not self.read_only and may_finish)
        u.keysLabel.setVisible(not self.read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.categories:
                self._texts()
                self._show_category_texts()
                self.model.retranslate()
                self._show_note(self.current_question())
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
        self._show_answers()
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
        u.scoreLabel.setText(self.texts.score_text(counts(self._questions(category), self.answers)))
        overall = counts(self.template.questions, self.answers)
        answered = len(self.template.questions) - overall[""]
        u.totalLabel.setText(
            translate(self.texts.context, self.texts.answered).format(
                answered=answered, total=len(self.template.questions)
            )
        )

    def next_category(self) -> bool:
        if self.category >= len(self.categories) - 1:
            self._say(translate(self.texts.context, self.texts.last_category))
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
        """The comment fields (and the dialog's note) follow the current question."""
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
        self._show_note(q)

    def _go_to_open_question(self) -> None:
        """After a refusal, the first unanswered question (if any) is where to carry on."""
        for i, category in enumerate(self.categories):
            for row, q in enumerate(self._questions(category)):
                given = self.answers.get(q.id)
                if not given or not given.answer:
                    self.show_category(i, row)
                    return

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

    def _save(self, question_id: int, value: str, comment: str, evidence: str) -> bool:
        ok, _ = self.feedback.run(lambda: self._store(question_id, value, comment, evidence))
        if not ok:
            return False
        self.changed = True
        try:
            self.answers = self._fetch_answers()
        except PrivacydeskError as exc:
            self.feedback.show(exc)
            return False
        self._show_answers()
        self._show_scores()
        self._show_note(self.current_question())
        self._say(
            translate(self.texts.context, self.texts.saved).format(
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
