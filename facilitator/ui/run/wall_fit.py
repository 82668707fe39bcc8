"""How the wall's lists are measured: the text size that fits, and which lines fit at it.

A few short lines early in the group work are shown big; as the lists grow the text shrinks,
but never below a floor that still reads from the back of the room. Past that, each list shows
its newest lines under a "↑ N more lines" marker, so nothing disappears without a sign. A word
too long for its column breaks where the column ends instead of being cut off: lines are laid
out with :func:`text_layout` for measuring and for painting alike, so the two always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextCharFormat, QTextLayout, QTextOption

WRAP = int(Qt.TextFlag.TextWordWrap)
ROW_GAP = 4.0  # between two lines of a list
HEADING_PADDING = 16.0  # the heading's padding and coloured rule
WALL_MARGINS = 22.0  # the wall's layout margins around the lists
MORE_GAP = 6.0  # under the "↑ N more lines" marker


@dataclass(frozen=True)
class WallColumn:
    heading: str
    lines: tuple[str, ...]


def text_layout(text: str, font: QFont, width: float, hidden_tail: int = 0) -> QTextLayout:
    """``text`` laid out in ``width``: wrapped at spaces, and inside a word longer than the width.

    The last ``hidden_tail`` characters take their room but are drawn transparent (a mark is
    painted over them).
    """
    layout = QTextLayout(text, font)
    if hidden_tail:
        hidden = QTextLayout.FormatRange()
        hidden.start, hidden.length = len(text) - hidden_tail, hidden_tail
        hidden.format = QTextCharFormat()
        hidden.format.setForeground(QColor(Qt.GlobalColor.transparent))
        layout.setFormats([hidden])
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1.0))
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    layout.endLayout()
    return layout


def text_height(text: str, font: QFont, width: float) -> float:
    return text_layout(text, font, width).boundingRect().height()


def column_height(font: QFont, column: WallColumn, width: float, limit: float = float("inf")) -> float:
    """Pixels the heading and every wrapped line of ``column`` need at ``width``.

    Measuring stops once ``limit`` is passed (a long list is not laid out line by line for a
    size it cannot have): the result is then some height above ``limit``.
    """
    heading_font = QFont(font)
    heading_font.setBold(True)
    box = QRectF(0, 0, max(width, 1.0), 1e7)
    height = QFontMetricsF(heading_font).boundingRect(box, WRAP, column.heading).height() + HEADING_PADDING
    for line in column.lines:
        if height > limit:
            break
        height += text_height(line, font, width) + ROW_GAP
    return height


def column_width(width: float, count: int) -> float:
    """The width of one of ``count`` lists sharing the wall's ``width`` (less the layout's gaps)."""
    return (width - WALL_MARGINS - 6 * (count - 1)) / max(count, 1) - 8


def fitting_point_size(columns: Sequence[WallColumn], width: float, height: float, base: QFont,
                       smallest: int, largest: int) -> int:
    """The largest point size in [smallest, largest] at which every column fits ``height``.

    The columns share ``width`` equally; ``smallest`` when none fits (the lists then show their
    newest lines under a marker, :func:`newest_that_fit`).
    """
    if not columns:
        return largest
    each = column_width(width, len(columns))
    font = QFont(base)

    def fits(size: int) -> bool:
        font.setPointSize(size)
        limit = height - WALL_MARGINS
        return all(column_height(font, column, each, limit) <= limit for column in columns)

    low, high = smallest, largest  # bisect: a long wall is measured a few times, not once per size
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def newest_that_fit(heights: Sequence[float], available: float, marker: float) -> int:
    """The first line to show so that the newest lines fit ``available`` pixels.

    When older lines are left out, the "↑ N more lines" marker (``marker`` pixels) takes room
    above them too. The newest line is always shown, even when it alone is taller than the list.
    ``heights`` may start with lines already known not to fit: only the newest are read.
    """
    first, used = len(heights), 0.0
    while first > 0 and used + heights[first - 1] <= available:
        first -= 1
        used += heights[first]
    if first == 0:
        return 0
    while first < len(heights) and used + marker > available:
        used -= heights[first]
        first += 1
    return min(first, len(heights) - 1)
