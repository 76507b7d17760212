"""A table model over a query that sorts and filters in SQL and fetches in pages.

Loading 100,000 rows to sort them in a proxy is not an option: the view asks for more rows as
it scrolls (canFetchMore / fetchMore), and sorting re-runs the query with another order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from privacydesk.ui.i18n import translate
from privacydesk.ui.models import ROW_ROLE, Column

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
# fetch(offset, limit, sort_key, ascending) -> rows
Fetch = Callable[[int, int, str, bool], Sequence[Any]]

PAGE = 200


class PagedTableModel(QAbstractTableModel, Generic[R]):
    def __init__(
        self,
        context: str,
        columns: Sequence[Column[R]],
        sort_keys: Sequence[str | None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = list(columns)
        self._sort_keys = list(sort_keys)  # per column: the SQL sort key, or None (not sortable)
        self._rows: list[R] = []
        self._fetch: Fetch | None = None
        self._more = False
        self.sort_key = next((k for k in sort_keys if k), "")
        self.ascending = True

    def set_query(self, fetch: Fetch | None) -> None:
        """A new query (a new search text or filter): start again from the first page."""
        # The first page is read inside the reset, so views never see a half-built model.
        rows = list(fetch(0, PAGE, self.sort_key, self.ascending)) if fetch is not None else []
        self.beginResetModel()
        self._fetch = fetch
        self._rows = rows
        self._more = fetch is not None and len(rows) == PAGE
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._fetch)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        rows = list(self._fetch(len(self._rows), PAGE, self.sort_key, self.ascending))
        self._more = len(rows) == PAGE
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._sort_keys) or not self._sort_keys[column]:
            return
        self.sort_key = self._sort_keys[column] or ""
        self.ascending = order == Qt.SortOrder.AscendingOrder
        self.refresh()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._columns[index.column()].value(row)
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return translate(self._context, self._columns[section].title)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
