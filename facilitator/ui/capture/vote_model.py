"""The dot-count grid: options down, voters across, totals last; counts typed in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from facilitator.services.voting import OptionView, Voter, VotingService

Index = QModelIndex | QPersistentModelIndex
LABEL_CHARS = 34  # longer option labels are cut in the grid's row header (the tooltip is whole)


class VoteGridModel(QAbstractTableModel):
    """Cells are dots per (option, voter); the last column is the option's total.

    ``set_dots(option_id, voter, count)`` saves a typed count; text that is not a whole number
    is handed on as -1 so the service's message explains what is allowed.
    """

    def __init__(self, voting: VotingService, set_dots: Callable[[int, Voter, int], None]) -> None:
        super().__init__()
        self._voting = voting
        self._set_dots = set_dots
        self.options: list[OptionView] = []
        self.voters: list[Voter] = []
        self._dots: dict[tuple[int, tuple[str, int]], int] = {}
        self._allowed = 0
        self._used: dict[tuple[str, int], int] = {}

    def reload(self, item_id: int | None) -> None:
        self.beginResetModel()
        if item_id is None:
            self.options, self.voters, self._dots, self._used = [], [], {}, {}
        else:
            self.options = self._voting.options(item_id)
            self.voters = self._voting.voters(item_id)
            self._dots = self._voting.dots(item_id)
            self._used = self._voting.dots_used(item_id)
            self._allowed = self._voting.settings(item_id).dots_per_voter
        self.endResetModel()

    def over_budget(self) -> list[Voter]:
        return [v for v in self.voters if self._used.get((str(v.kind), v.id), 0) > self._allowed]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.voters) + 1

    def _total(self, row: int) -> int:
        option_id = self.options[row].id
        return sum(n for (o, _v), n in self._dots.items() if o == option_id)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.ToolTipRole and vertical:
            return self.options[section].label
        if role == Qt.ItemDataRole.ForegroundRole and not vertical:
            if section < len(self.voters) and self.voters[section] in self.over_budget():
                return QColor("#c62828")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if vertical:
            label = self.options[section].label
            return f"{section + 1}. {label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + '…'}"
        if section == len(self.voters):
            return self.tr("Total")
        voter = self.voters[section]
        used = self._used.get((str(voter.kind), voter.id), 0)
        return f"{voter.name}\n{used}/{self._allowed}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == len(self.voters):
            return self._total(row)
        voter = self.voters[column]
        count = self._dots.get((self.options[row].id, (str(voter.kind), voter.id)), 0)
        return count if role == Qt.ItemDataRole.EditRole else (count or "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base if index.column() == len(self.voters) else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= len(self.voters):
            return False
        text = str(value).strip()
        count = int(text) if text.isdigit() else (0 if text == "" else -1)
        self._set_dots(self.options[index.row()].id, self.voters[index.column()], count)
        return True
