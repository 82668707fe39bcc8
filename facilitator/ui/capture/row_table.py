"""A table model over rows a service returned, with one column spec per shown field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its translated title, how to show a row, and how to save an edit (None: read-only)."""

    title: str
    get: Callable[[Row], Any]
    save: Callable[[Row, str], None] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows re-read with ``reload``; an edited cell calls its column's ``save`` (a service call)."""

    def __init__(self, columns: Sequence[Column[Row]], read: Callable[[], list[Row]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._read = read
        self.rows: list[Row] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._read()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = self._columns[index.column()].get(self.rows[index.row()])
        return "" if value is None else str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        editable = self._columns[index.column()].save is not None
        return super().flags(index) | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        save = self._columns[index.column()].save
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or save is None:
            return False
        save(self.rows[index.row()], str(value))
        return True
