"""Qt models of the synthesis screen: the contributions to gather and the themes they go into.

Both speak one drag-and-drop format, a JSON list of contribution ids, so lines can be dragged
from the clusters' lists into a theme and from one theme to another.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from facilitator.services.synthesis import SourceLine, ThemeView

MIME = "application/x-facilitator-contributions"
ContributionIdRole = Qt.ItemDataRole.UserRole + 11
ThemeIdRole = Qt.ItemDataRole.UserRole + 12
TitleRole = Qt.ItemDataRole.UserRole + 13  # QStandardItem keeps one text for display and edit

Index = QModelIndex | QPersistentModelIndex


def ids_mime(ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, json.dumps(list(ids)).encode())
    return data


def ids_from_mime(data: QMimeData) -> list[int]:
    if not data.hasFormat(MIME):
        return []
    try:
        return [int(x) for x in json.loads(bytes(data.data(MIME).data()).decode())]
    except (ValueError, TypeError):
        return []


def owner_name(cluster_name: str) -> str:
    return cluster_name or QCoreApplication.translate("CaptureList", "Plenary")


class SourceModel(QAbstractListModel):
    """Contributions to gather: "Klynge Syd · text", with the theme each already sits in."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[SourceLine] = []
        self._theme_of: dict[int, str] = {}

    def reset(self, lines: list[SourceLine], themes: list[ThemeView]) -> None:
        self.beginResetModel()
        self.lines = lines
        self._theme_of = {c.id: t.title for t in themes for c in t.contributions}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def row_of(self, contribution_id: int) -> int | None:
        return next((row for row, line in enumerate(self.lines) if line.contribution.id == contribution_id), None)

    def next_without_theme(self, after_row: int, assigned: set[int]) -> int | None:
        """The first line below ``after_row`` in no theme (``assigned`` ones just got one)."""
        for line in self.lines[after_row + 1 :]:
            line_id = line.contribution.id
            if line_id not in self._theme_of and line_id not in assigned:
                return line_id
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        theme = self._theme_of.get(line.contribution.id)
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{owner_name(line.cluster_name)} · {line.contribution.text}"
            return f"{text}   → {theme}" if theme else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{line.item_title}\n{line.contribution.text}"
        if role == Qt.ItemDataRole.ForegroundRole and theme:
            return Qt.GlobalColor.darkGray
        if role == ContributionIdRole:
            return line.contribution.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return ids_mime([self.lines[i.row()].contribution.id for i in indexes])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class ThemeModel(QStandardItemModel):
    """Themes with their contributions as children; drops and renames go to the callbacks."""

    def __init__(
        self,
        assign: Callable[[list[int], int], None],
        rename: Callable[[int, str], None],
    ) -> None:
        super().__init__()
        self._assign = assign
        self._rename = rename

    def reset(self, themes: list[ThemeView], cluster_names: dict[int | None, str]) -> None:
        self.clear()
        for number, theme in enumerate(themes, start=1):
            clusters = ", ".join(owner_name(cluster_names.get(c, "")) for c in theme.cluster_ids)
            row = QStandardItem(f"{number}. {theme.title}" + (f"   ({clusters})" if clusters else ""))
            row.setData(theme.title, TitleRole)
            row.setData(theme.id, ThemeIdRole)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsDropEnabled)
            font = row.font()
            font.setBold(True)
            row.setFont(font)
            for contribution in theme.contributions:
                child = QStandardItem(
                    f"{owner_name(cluster_names.get(contribution.cluster_id, ''))} · {contribution.text}"
                )
                child.setData(contribution.id, ContributionIdRole)
                child.setData(theme.id, ThemeIdRole)
                child.setFlags(
                    (child.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsEditable
                )
                row.appendRow(child)
            self.appendRow(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and not index.parent().isValid():
            return super().data(index, TitleRole)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        theme_id = index.data(ThemeIdRole)
        if role == Qt.ItemDataRole.EditRole and not index.parent().isValid() and theme_id is not None:
            self._rename(int(theme_id), str(value))
            return True
        return super().setData(index, value, role)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return ids_mime([int(i.data(ContributionIdRole)) for i in indexes if i.data(ContributionIdRole)])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Copy only: the feed re-reads the themes, so the view must never remove rows itself."""
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return bool(ids_from_mime(data)) and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = ids_from_mime(data)
        theme_id = parent.data(ThemeIdRole) if parent.isValid() else None
        if not ids or theme_id is None:
            return False
        self._assign(ids, int(theme_id))
        return True
