"""A Qt list model over one captured list, re-read from the service after every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from functools import cache

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from facilitator.domain.kinds import ContributionKind, ContributionOrigin
from facilitator.services.capture import CaptureService, ContributionView

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
OriginRole = Qt.ItemDataRole.UserRole + 3

_MARKS = {ContributionKind.DECISION: "✔ ", ContributionKind.QUESTION: "? "}
_COLOURS = {ContributionKind.DECISION: QColor("#1b6e20"), ContributionKind.QUESTION: QColor("#1f4e9c")}
TABLE_MARK_COLOUR = QColor("#5b6470")  # muted: the mark is a hint, not part of the text

Index = QModelIndex | QPersistentModelIndex


def paint_phone(painter: QPainter, box: QRectF, colour: QColor) -> None:
    """A small phone outline filling the height of ``box``: the mark of a line written at the table."""
    height = box.height()
    width = min(box.width(), height * 0.54)
    body = QRectF(box.center().x() - width / 2, box.top(), width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, max(1.2, height / 9)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = painter.pen().widthF() / 2
    body = body.adjusted(inset, inset, -inset, -inset)
    painter.drawRoundedRect(body, width * 0.22, width * 0.22)
    speaker_y = body.bottom() - body.height() * 0.16
    painter.drawLine(QPointF(body.center().x() - body.width() * 0.15, speaker_y),
                     QPointF(body.center().x() + body.width() * 0.15, speaker_y))
    painter.restore()


@cache
def table_icon() -> QIcon:
    """The phone mark as a list's icon (drawn, no image file)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_phone(painter, QRectF(1, 1, 14, 14), TABLE_MARK_COLOUR)
    painter.end()
    return QIcon(pixmap)


def numbered(lines: list[ContributionView]) -> list[str]:
    """The lines as shown: top-level lines numbered "1.", sub-points as indented bullets."""
    shown, number = [], 0
    for line in lines:
        mark = _MARKS.get(ContributionKind(line.kind), "")
        if line.parent_id is None:
            number += 1
            shown.append(f"{number}. {mark}{line.text}")
        else:
            shown.append(f"      · {mark}{line.text}")
    return shown


class ContributionListModel(QAbstractListModel):
    """The live lines of (item, cluster, column); ``edit`` is how in-place edits are saved."""

    def __init__(
        self,
        capture: CaptureService,
        cluster_id: int | None,
        column_index: int = 0,
        edit: Callable[[int, str, str], None] | None = None,
    ) -> None:
        super().__init__()
        self._capture = capture
        self._item_id: int | None = None
        self.cluster_id = cluster_id
        self.column_index = column_index
        self._edit = edit
        self._lines: list[ContributionView] = []
        self._shown: list[str] = []
        self.font = QFont()  # marked lines are this font in bold or italic (the wall's is large)

    @property
    def item_id(self) -> int | None:
        return self._item_id

    def set_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        self.reload()

    def reload(self) -> None:
        """Re-read the list; tell the views only what differs (a typed line is one inserted row).

        A reset makes a word-wrapping view measure every line again, which on a long list cost
        more than the read itself; appended lines and edited lines are announced as such.
        """
        lines = (
            self._capture.lines(self._item_id, self.cluster_id, self.column_index)
            if self._item_id is not None
            else []
        )
        shown = numbered(lines)
        old, kept = self._lines, len(self._lines)
        if len(lines) >= kept and [line.id for line in lines[:kept]] == [line.id for line in old]:
            changed = [row for row in range(kept) if lines[row] != old[row] or shown[row] != self._shown[row]]
            self._lines, self._shown = lines[:kept], shown[:kept]
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            if len(lines) > kept:
                self.beginInsertRows(QModelIndex(), kept, len(lines) - 1)
                self._lines, self._shown = lines, shown
                self.endInsertRows()
            return
        self.beginResetModel()
        self._lines, self._shown = lines, shown
        self.endResetModel()

    def append(self, line: ContributionView) -> None:
        """Show a line just stored at the end of this list at once, before any re-read.

        The re-read that follows the change finds it there and announces nothing.
        """
        if line.item_id != self._item_id or any(known.id == line.id for known in self._lines[-1:]):
            return
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines = [*self._lines, line]
        self._shown = [*self._shown, numbered(self._lines)[-1]]
        self.endInsertRows()

    def written_at_table(self) -> bool:
        """Whether any line of the list came from the table's phone."""
        return any(line.origin == ContributionOrigin.TABLE for line in self._lines)

    def line(self, row: int) -> ContributionView:
        return self._lines[row]

    def row_of(self, contribution_id: int) -> int | None:
        return next((row for row, line in enumerate(self._lines) if line.id == contribution_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        kind = ContributionKind(line.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return line.text
        by_table = line.origin == ContributionOrigin.TABLE
        if role == Qt.ItemDataRole.ToolTipRole:
            if by_table:
                return f"{line.text}\n({QCoreApplication.translate('CaptureList', 'written at the table')})"
            return line.text
        if role == Qt.ItemDataRole.DecorationRole and by_table:
            return table_icon()
        if role == Qt.ItemDataRole.FontRole and kind in _MARKS:
            font = QFont(self.font)
            font.setBold(kind == ContributionKind.DECISION)
            font.setItalic(kind == ContributionKind.QUESTION)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and kind in _COLOURS:
            return _COLOURS[kind]
        if role == IdRole:
            return line.id
        if role == KindRole:
            return line.kind
        if role == OriginRole:
            return line.origin
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self._edit is not None else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._edit is None or not index.isValid():
            return False
        line = self._lines[index.row()]
        if str(value).strip() and str(value) != line.text:
            self._edit(line.id, line.text, str(value))
        return True
