"""The contractor dialog's 取扱う台帳 tab: the register entries whose data the contractor
handles, each ticked with the items it handles, saved together through services.set_entries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QHeaderView

from privacydesk.errors import PrivacydeskError
from privacydesk.services import contractors as cs
from privacydesk.services import register
from privacydesk.services.contractors import ContractorDetail
from privacydesk.services.register import EntryFilter
from privacydesk.ui.i18n import translate
from privacydesk.ui.models import Index

if TYPE_CHECKING:
    from privacydesk.ui.dialogs.contractor import ContractorDialog

ENTRY_LIMIT = 1000  # a small office's register; the list is not paged


@dataclass(frozen=True)
class EntryChoice:
    id: int
    name: str
    sensitive: bool


class EntryLinksModel(QAbstractTableModel):
    """Register entries to tick (first column) with the items handled (second, editable while
    ticked) and whether the entry holds sensitive data (third)."""

    NAME, ITEMS, SENSITIVE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("ContractorDialog", "Register entry"),
        QT_TRANSLATE_NOOP("ContractorDialog", "Items handled"),
        QT_TRANSLATE_NOOP("ContractorDialog", "Sensitive data"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EntryChoice] = []
        self._items: dict[int, str] = {}  # ticked entry id -> items text
        self.editable = True

    def set_rows(self, rows: Sequence[EntryChoice], links: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._items = dict(links)
        self.endResetModel()

    def links(self) -> list[tuple[int, str]]:
        return [(r.id, self._items[r.id]) for r in self._rows if r.id in self._items]

    def row_at(self, row: int) -> EntryChoice | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        ticked = row.id in self._items
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return row.name
            if column == self.ITEMS:
                return self._items.get(row.id, "")
            if column == self.SENSITIVE:
                return "●" if row.sensitive else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None
        if self.editable and index.column() == self.NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if self.editable and index.column() == self.ITEMS and row and row.id in self._items:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not self.editable:
            return False
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.NAME:
            if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
                self._items.setdefault(row.id, "")
            else:
                self._items.pop(row.id, None)
            self.dataChanged.emit(index, self.index(index.row(), self.columnCount() - 1))
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.ITEMS:
            if row.id not in self._items:
                return False
            self._items[row.id] = str(value)
            self.dataChanged.emit(index, index)
            return True
        return False

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return translate("ContractorDialog", self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)


class EntriesTab(QObject):
    """Drives the entries tab of a ContractorDialog (its `ui`)."""

    def __init__(self, dialog: ContractorDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        u = self.ui = dialog.ui
        self.model = EntryLinksModel(self)
        u.entriesView.setModel(self.model)
        header = u.entriesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EntryLinksModel.ITEMS, QHeaderView.ResizeMode.Stretch)
        self.model.dataChanged.connect(lambda top, _bottom, _roles=(): self._ticked(top.row()))
        u.saveEntriesButton.clicked.connect(lambda: self.save())
        self._filling = False

    def texts(self) -> None:
        self.model.retranslate()

    def gate(self) -> None:
        may = self.dialog.may(cs.set_entries)
        self.model.editable = may
        self.ui.saveEntriesButton.setEnabled(may)

    def load(self, detail: ContractorDetail) -> None:
        try:
            page = register.list_entries(
                self.dialog.desk, EntryFilter(active=None), limit=ENTRY_LIMIT
            )
        except PrivacydeskError as exc:
            self.dialog.feedback.show(exc)
            return
        linked = {e.entry_id: e for e in detail.entries}
        rows = [EntryChoice(e.id, e.name, e.sensitive) for e in page.rows if e.active]
        rows += [
            EntryChoice(e.id, e.name, e.sensitive)
            for e in page.rows
            if not e.active and e.id in linked  # a retired entry stays while it is linked
        ]
        self._filling = True
        self.model.set_rows(rows, {i: e.items for i, e in linked.items()})
        self._filling = False

    def _ticked(self, row: int) -> None:
        """A newly ticked entry starts with its items from the register, to trim."""
        choice = self.model.row_at(row)
        if self._filling or choice is None:
            return
        links = dict(self.model.links())
        if choice.id not in links or links[choice.id]:
            return
        try:
            entry = register.get_entry(self.dialog.desk, choice.id)
        except PrivacydeskError:
            return
        names = "、".join(i.name for i in entry.items)
        if names:
            self._filling = True
            self.model.setData(self.model.index(row, EntryLinksModel.ITEMS), names)
            self._filling = False

    def save(self) -> bool:
        d = self.dialog
        cid = d.contractor_id
        if cid is None:
            return False
        links = self.model.links()
        return d.act(
            lambda: cs.set_entries(d.desk, cid, links),
            translate("ContractorDialog", "The register entries were saved."),
            {"entries": self.ui.entriesView, "items": self.ui.entriesView},
        )
