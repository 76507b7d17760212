"""Importing the office's Excel or CSV: read the file, check each column's field (change it
where the guess is wrong), see the first rows as they will be read, check, then import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from privacydesk.errors import PrivacydeskError
from privacydesk.services import transfer
from privacydesk.services.desk import Desk
from privacydesk.services.transfer import ColumnMatch, FieldSpec, ImportRefused, Preview
from privacydesk.ui import i18n, tasks
from privacydesk.ui.generated.ui_import_dialog import Ui_ImportDialog
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex
NONE = ""  # "this column is not imported"


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its letter, its header, and the field it fills."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[ColumnMatch] = []
        self.fields: list[FieldSpec] = []
        self.chosen: dict[int, str] = {}

    def set_columns(self, columns: list[ColumnMatch], fields: list[FieldSpec]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.fields = list(fields)
        self.chosen = {c.index: c.field or NONE for c in columns}
        self.endResetModel()

    def label(self, field: str) -> str:
        spec = next((f for f in self.fields if f.name == field), None)
        if spec is None:
            return translate("ImportDialog", "(not imported)")
        return spec.header if i18n.current() == "ja" else spec.english

    def mapping(self) -> dict[str, str | None]:
        """For the service: every column by its letter, so equal headers stay apart."""
        return {c.letter: (self.chosen[c.index] or None) for c in self.columns}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.columns):
            return None
        c = self.columns[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return c.letter
            if index.column() == 1:
                return c.header
            if index.column() == 2:
                field = self.chosen.get(c.index, NONE)
                return field if role == Qt.ItemDataRole.EditRole else self.label(field)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 2 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 2:
            return False
        if not 0 <= index.row() < len(self.columns):
            return False
        self.chosen[self.columns[index.row()].index] = str(value or NONE)
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            translate("ImportDialog", "Column"),
            translate("ImportDialog", "Header"),
            translate("ImportDialog", "Fills"),
        )
        return titles[section] if 0 <= section < 3 else None


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the kind's fields, and "not imported"."""

    def __init__(self, model: MappingModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.model.label(NONE), NONE)
        for spec in self.model.fields:
            combo.addItem(self.model.label(spec.name), spec.name)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    finished_work = Signal(object)  # an ImportReport, or the error

    def __init__(self, desk: Desk, kind: str = "subjects", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.preview: Preview | None = None
        self.report: object | None = None
        for k in transfer.IMPORT_KINDS:
            self.ui.kindCombo.addItem(i18n.text(transfer.KIND_LABELS[k]), k)
        self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(kind), 0))
        self.mapping = MappingModel(self)
        self.ui.mappingView.setModel(self.mapping)
        self.ui.mappingView.setItemDelegateForColumn(2, FieldDelegate(self.mapping, self))
        self.ui.mappingView.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.rows: RowTableModel[Any] = RowTableModel("ImportDialog", [], self)
        self.ui.previewView.setModel(self.rows)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.readButton.clicked.connect(self.read)
        self.ui.checkButton.clicked.connect(lambda: self.run(dry_run=True))
        self.ui.importButton.clicked.connect(lambda: self.run(dry_run=False))
        self.ui.cancelButton.clicked.connect(self._cancel)
        self.ui.closeButton.clicked.connect(self.accept)
        self._task: tasks.TaskHandle | None = None
        self._busy(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def kind(self) -> str:
        return str(self.ui.kindCombo.currentData())

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "File to import"),
            "",
            "Excel / CSV (*.xlsx *.xlsm *.csv)",
        )
        if name:
            self.ui.fileEdit.setText(name)
            self.read()

    def read(self) -> bool:
        """Read the header and first rows; the columns' fields are the service's guess."""
        try:
            preview = transfer.preview_import(self.desk, self.kind(), Path(self.ui.fileEdit.text()))
        except PrivacydeskError as exc:
            self.ui.reportText.setPlainText(i18n.error_text(exc))
            return False
        self.preview = preview
        self.mapping.set_columns(preview.columns, transfer.fields_for(self.kind()))
        fields = [c.field for c in preview.columns if c.field]
        self.rows.beginResetModel()
        self.rows._columns = [
            Column(self.mapping.label(f), lambda r, f=f: r.values.get(f, "")) for f in fields
        ]
        self.rows._rows = list(preview.rows)
        self.rows.endResetModel()
        notes = [transfer.describe(f, i18n.current()) for f in preview.findings]
        self.ui.reportText.setPlainText("\n".join(notes))
        return True

    def _busy(self, busy: bool) -> None:
        for w in (
            self.ui.readButton,
            self.ui.checkButton,
            self.ui.importButton,
            self.ui.kindCombo,
            self.ui.browseButton,
        ):
            w.setEnabled(not busy)
        self.ui.cancelButton.setVisible(busy)
        self.ui.progressBar.setVisible(busy)

    def run(self, dry_run: bool) -> None:
        if self.preview is None and not self.read():
            return
        work = transfer.import_task(
            self.desk,
            self.kind(),
            Path(self.ui.fileEdit.text()),
            self.mapping.mapping(),
            dry_run=dry_run,
        )
        self._busy(True)
        self.ui.progressBar.setRange(0, 0)
        self._task = tasks.start(
            lambda c, p: self.desk.run(work, p, c), self._done, self._failed, self, self._progress
        )

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(done)

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _done(self, report: Any) -> None:
        self._busy(False)
        self.report = report
        lines = transfer.report_lines(report, i18n.current())
        kind = i18n.text(transfer.KIND_LABELS[report.kind])
        if report.dry_run:
            head = i18n.text(
                "cli.import_checked", kind=kind, rows=report.rows, records=report.checked
            )
        else:
            head = i18n.text("cli.imported", kind=kind, rows=report.rows, records=report.created)
        self.ui.reportText.setPlainText("\n".join([head, *lines]))
        self.finished_work.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, ImportRefused):
            lines = transfer.report_lines(exc.report, i18n.current())
            self.ui.reportText.setPlainText(
                "\n".join([i18n.error_text(exc).split("\n")[0], *lines])
            )
        else:
            self.ui.reportText.setPlainText(i18n.error_text(exc))
        self.report = exc
        self.finished_work.emit(exc)
