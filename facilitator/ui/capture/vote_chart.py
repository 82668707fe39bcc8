"""The dot-vote result as horizontal bars, drawn with QPainter (no chart library)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from facilitator.services.changes import Changes
from facilitator.services.voting import ResultRow, VotingService
from facilitator.ui.change_feed import ChangeFeed

BAR = QColor("#4c78a8")
TIED = QColor("#e45756")


def rank_label(row: ResultRow) -> str:
    """"1." for a clear place, "2.=" for a place shared with another option."""
    return f"{row.rank}.=" if row.tied else f"{row.rank}."


def paint_bars(painter: QPainter, area: QRectF, rows: list[ResultRow], font: QFont) -> None:
    """Draw ``rows`` (already sorted) filling ``area``: each label on its own line, its bar below.

    Labels get the full width so long options stay readable on a projector; tied bars are red.
    """
    if not rows:
        return
    painter.save()
    painter.setFont(font)
    metrics = QFontMetrics(font)
    text_height = metrics.height() * 1.2
    slot = min(area.height() / len(rows), text_height * 2.6)
    bar_height = max(slot - text_height - 8, 6.0)
    count_width = metrics.horizontalAdvance("0000") + 8
    bar_space = max(area.width() - count_width, 10.0)
    top = max(r.dots for r in rows) or 1
    for index, row in enumerate(rows):
        y = area.top() + index * slot
        label = metrics.elidedText(
            f"{rank_label(row)} {row.label}", Qt.TextElideMode.ElideRight, int(area.width())
        )
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(area.left(), y, area.width(), text_height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        length = bar_space * row.dots / top
        bar_top = y + text_height
        painter.fillRect(QRectF(area.left(), bar_top, length, bar_height), TIED if row.tied else BAR)
        painter.drawText(QRectF(area.left() + length + 6, bar_top, count_width, bar_height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(row.dots))
    painter.restore()


class VoteChartWidget(QWidget):
    """Bars of the current vote item's results, most dots first; ties in red marked "=".

    Embed it with ``VoteChartWidget(voting, feed)`` and call :meth:`set_item`; it repaints on
    every capture change on the feed.
    """

    def __init__(
        self,
        voting: VotingService,
        feed: ChangeFeed,
        item_id: int | None = None,
        parent: QWidget | None = None,
        point_size: int = 14,
    ) -> None:
        super().__init__(parent)
        self._voting = voting
        self._item_id = item_id
        self.rows: list[ResultRow] = []
        self._font = QFont()
        self._font.setPointSize(point_size)
        self.setMinimumHeight(120)
        feed.changed.connect(self._on_changed)
        self.set_item(item_id)

    @property
    def item_id(self) -> int | None:
        return self._item_id

    def set_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        self.reload()

    def reload(self) -> None:
        self.rows = self._voting.results(self._item_id) if self._item_id is not None else []
        self.update()

    def _on_changed(self, changes: Changes) -> None:
        if changes.capture and changes.beyond_lists(self._item_id):
            self.reload()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        paint_bars(painter, QRectF(self.rect()).adjusted(12, 12, -12, -12), self.rows, self._font)
        painter.end()
