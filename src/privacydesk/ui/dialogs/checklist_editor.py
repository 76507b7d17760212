"""A new version of a checklist: its questions as an editable table (category, code, text) with
rows added, removed and moved; saved as a draft through services.save_checklist_draft. The
version in use stays as it is until the draft is published."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from privacydesk.services import contractors as cs
from privacydesk.services.contractors import TemplateRow
from privacydesk.services.desk import Desk
from privacydesk.ui.dialogs import contractor_common as common
from privacydesk.ui.dialogs import request_common
from privacydesk.ui.generated.ui_checklist_editor_dialog import Ui_ChecklistEditorDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Index

Question = tuple[str, str, str]  # (category, code, text), as save_checklist_draft takes them


class QuestionsEditModel(QAbstractTableModel):
    """The questions being edited; the category shows in words and edits as its code."""

    CATEGORY, CODE, TEXT = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistEditorDialog", "Category"),
        QT_TRANSLATE_NOOP("ChecklistEditorDialog", "Code"),
        QT_TRANSLATE_NOOP("ChecklistEditorDialog", "Question"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []

    def set_questions(self, questions: Sequence[Question]) -> None:
        self.beginResetModel()
        self._rows = [list(q) for q in questions]
        self.endResetModel()

    def questions(self) -> list[Question]:
        return [(r[0], r[1], r[2]) for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.HEADERS):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.CATEGORY:
                return common.label(common.CATEGORIES, value)
            return value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.HEADERS):
            return False
        self._rows[index.row()][index.column()] = "" if value is None else str(value)
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return translate("ChecklistEditorDialog", self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def add(self, after: int, category: str) -> int:
        """A new empty question below `after` (-1: at the end), with a code of its own."""
        row = len(self._rows) if after < 0 else min(after + 1, len(self._rows))
        used = {r[1] for r in self._rows}
        n = len(self._rows) + 1
        while f"q{n}" in used:
            n += 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, [category, f"q{n}", ""])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        return True

    def move(self, row: int, delta: int) -> int:
        """Move a question up (-1) or down (+1); returns where it is now."""
        target = row + delta
        if not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows):
            return row
        # beginMoveRows takes the row the moved one goes *before*
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (1 if delta > 0 else 0))
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))


class CategoryDelegate(QStyledItemDelegate):
    """Edits a question's category with a combo of the guideline's categories."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        common.fill(combo, common.CATEGORIES, cs.CATEGORIES)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        request_common.select(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ChecklistEditorDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        kind: str,
        base: TemplateRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistEditorDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.kind = kind
        self.saved_id: int | None = None
        u = self.ui
        self.model = QuestionsEditModel(self)
        u.questionsView.setModel(self.model)
        self.delegate = CategoryDelegate(self)
        u.questionsView.setItemDelegateForColumn(QuestionsEditModel.CATEGORY, self.delegate)
        header = u.questionsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QuestionsEditModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.feedback = request_common.Feedback(
            u.messageLabel, {"title": u.titleEdit, "questions": u.questionsView}
        )
        u.kindLabel.setText(common.label(common.KINDS, kind))
        if base is not None:
            u.titleEdit.setText(base.title)
            self.model.set_questions([(q.category, q.code, q.text) for q in base.questions])
        u.addButton.clicked.connect(lambda: self.add())
        u.removeButton.clicked.connect(lambda: self.remove())
        u.upButton.clicked.connect(lambda: self.move(-1))
        u.downButton.clicked.connect(lambda: self.move(1))
        u.buttonBox.accepted.connect(lambda: self.save())
        u.buttonBox.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.kindLabel.setText(common.label(common.KINDS, self.kind))
            self.model.retranslate()
        super().changeEvent(event)

    def current_row(self) -> int:
        return self.ui.questionsView.currentIndex().row()

    def _select(self, row: int, column: int = QuestionsEditModel.TEXT) -> None:
        if 0 <= row < self.model.rowCount():
            self.ui.questionsView.setCurrentIndex(self.model.index(row, column))

    def add(self) -> int:
        row = self.current_row()
        questions = self.model.questions()
        category = questions[row][0] if 0 <= row < len(questions) else cs.CATEGORIES[0]
        new = self.model.add(row, category)
        self._select(new)
        self.ui.questionsView.edit(self.model.index(new, QuestionsEditModel.TEXT))
        return new

    def remove(self) -> bool:
        row = self.current_row()
        done = self.model.remove(row)
        self._select(min(row, self.model.rowCount() - 1))
        return done

    def move(self, delta: int) -> int:
        index = self.ui.questionsView.currentIndex()
        row = self.model.move(index.row(), delta)
        self._select(row, max(index.column(), 0))
        return row

    def save(self) -> bool:
        """Saved as a new draft version (the version in use stays until it is published)."""
        title, questions = self.ui.titleEdit.text(), self.model.questions()
        fields: dict[str, QWidget] = {
            "title": self.ui.titleEdit,
            "questions": self.ui.questionsView,
        }
        fields.update({f"questions.{i}": self.ui.questionsView for i in range(len(questions))})
        for i in range(len(questions)):
            for part in ("category", "code", "text"):
                fields[f"questions.{i}.{part}"] = self.ui.questionsView
        ok, result = self.feedback.run(
            lambda: cs.save_checklist_draft(self.desk, self.kind, title, questions),
            translate("ChecklistEditorDialog", "Saved as a draft."),
            fields,
        )
        if not ok or not isinstance(result, int):
            return False
        self.saved_id = result
        self.accept()
        return True
