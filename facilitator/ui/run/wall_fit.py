"""The largest text size at which the wall's lists fit the screen.

A few short lines early in the group work are shown big; as the lists grow the text shrinks,
but never below a floor that still reads from the back of the room: past that, the wall shows
the newest lines (the board scrolls each list to its end).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

WRAP = int(Qt.TextFlag.TextWordWrap)
ROW_PADDING = 4.0  # what the list view adds around each wrapped line
HEADING_PADDING = 16.0  # the heading's padding and coloured rule


@dataclass(frozen=True)
class WallColumn:
    heading: str
    lines: tuple[str, ...]


def column_height(font: QFont, column: WallColumn, width: float) -> float:
    """Pixels the heading and every wrapped line of ``column`` need at ``width``."""
    heading_font = QFont(font)
    heading_font.setBold(True)
    box = QRectF(0, 0, max(width, 1.0), 1e7)
    height = QFontMetricsF(heading_font).boundingRect(box, WRAP, column.heading).height() + HEADING_PADDING
    metrics = QFontMetricsF(font)
    return height + sum(metrics.boundingRect(box, WRAP, line).height() + ROW_PADDING for line in column.lines)


def fitting_point_size(columns: Sequence[WallColumn], width: float, height: float, base: QFont,
                       smallest: int, largest: int) -> int:
    """The largest point size in [smallest, largest] at which every column fits ``height``.

    The columns share ``width`` equally (less the layout's gaps); ``smallest`` when none fits.
    """
    if not columns:
        return largest
    column_width = (width - 22 - 6 * (len(columns) - 1)) / len(columns) - 8
    font = QFont(base)

    def fits(size: int) -> bool:
        font.setPointSize(size)
        return all(column_height(font, column, column_width) <= height - 22 for column in columns)

    low, high = smallest, largest  # bisect: a long wall is measured a few times, not once per size
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low
