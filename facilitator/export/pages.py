"""Printed pages of the Qt document kept the way Word keeps them: headings with what follows,
table rows whole.

Qt's QTextDocument breaks a page anywhere: a heading can end a page alone, and a table row is cut
between two of its lines with the header repeated above the second half. Word keeps both together
(keep-with-next, rows that cannot split). Here the laid-out document is walked from the top; where
a page ends badly a page break goes in (before the heading, or the table is cut before the row and
goes on under its header). Qt lays out again from the change only, so a long document costs about
one layout, not one per page break.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QTextTable

from facilitator.export.document import DocumentPlan
from facilitator.export.qt_writer import Placed, QtLayout

MAX_KEPT_SHARE = 0.5
"""A row (or a heading with the first line after it) taller than this share of a page may split."""


def paged_layout(plan: DocumentPlan, width: float, page: QSizeF, device: QPagedPaintDevice) -> QtLayout:
    """The plan laid out on pages of ``page`` size for ``device``, no heading or table row split off."""
    layout = QtLayout(plan, width)
    layout.document.documentLayout().setPaintDevice(device)
    layout.document.setPageSize(page)
    keep_pages(layout, page.height())
    return layout


def keep_pages(layout: QtLayout, page_height: float) -> None:
    """Put page breaks where pages would end badly, from the top down."""
    pages = _Pages(layout, page_height)
    started: set[int] = set()  # ids of the placed elements given a page break: each once
    n = 0
    while n < len(layout.placed):
        bad = pages.bad_end(n)
        if bad is None:
            n += 1
        elif bad[1]:  # a row of the table piece placed[n]
            layout.split_table(n, bad[1])
            n += 1  # the rest of the table, now on the next page
        elif id(layout.placed[bad[0]]) in started:
            n += 1  # broken before already: what is left does not fit on one page
        else:
            started.add(id(layout.placed[bad[0]]))
            layout.start_page(layout.placed[bad[0]])
            n = bad[0]


def first_bad_page_end(layout: QtLayout, page_height: float) -> tuple[int, int] | None:
    """The first place (placed element, table row) where a page ends badly; ``None`` when none."""
    pages = _Pages(layout, page_height)
    return next((bad for n in range(len(layout.placed)) if (bad := pages.bad_end(n)) is not None), None)


class _Pages:
    """Positions of placed blocks in the laid-out document, in layout units from its top."""

    def __init__(self, layout: QtLayout, page_height: float) -> None:
        self.placed = layout.placed
        self.layout = layout.document.documentLayout()
        self.page_height = page_height

    def bad_end(self, n: int) -> tuple[int, int] | None:
        """Where a page should start for ``placed[n]`` to sit well: (placed element, 0) for before
        it (or before the headings above it), (n, row) to cut its table before ``row``."""
        place = self.placed[n]
        if place.table is not None:
            for row in range(1, place.table.rows()):
                top, bottom = self.row_extent(place.table, row)
                if row == 1:  # the header goes with the first row
                    top = self.row_extent(place.table, 0)[0]
                if self._apart(top, bottom):
                    found = (n, row) if row > 1 else self.chain_start(n)
                    if not self.starts_page(found):
                        return found
            return None
        if place.keep_with_next and n + 1 < len(self.placed):
            if self._apart(self.top(place), self.first_line_bottom(self.placed[n + 1])):
                found = self.chain_start(n)
                if not self.starts_page(found):
                    return found
        return None

    def _apart(self, top: float, bottom: float) -> bool:
        """Whether top and bottom lie on different pages, for something short enough to keep."""
        return self.page(top) != self.page(bottom - 1) and bottom - top <= self.page_height * MAX_KEPT_SHARE

    def page(self, y: float) -> int:
        return int(y // self.page_height)

    def top(self, place: Placed) -> float:
        if place.table is not None:
            return self.row_extent(place.table, 0)[0]
        return self.layout.blockBoundingRect(place.block).top()

    def first_line_bottom(self, place: Placed) -> float:
        """Where the first line of what follows ends (a table's: its first row under the header)."""
        if place.table is not None:
            return self.row_extent(place.table, min(1, place.table.rows() - 1))[1]
        rect = self.layout.blockBoundingRect(place.block)
        lines = place.block.layout()
        if lines is not None and lines.lineCount():
            return rect.top() + lines.lineAt(0).rect().bottom()
        return rect.bottom()

    def row_extent(self, table: QTextTable, row: int) -> tuple[float, float]:
        tops, bottoms = [], []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            tops.append(self.layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
            bottoms.append(self.layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
        return min(tops), max(bottoms)

    def starts_page(self, found: tuple[int, int]) -> bool:
        """Whether a page starts there already (a break would only leave an empty page)."""
        n, row = found
        return not row and self.top(self.placed[n]) % self.page_height < 2

    def chain_start(self, n: int) -> tuple[int, int]:
        """The first of the headings and labels right above ``placed[n]`` on its page."""
        page = self.page(self.top(self.placed[n]))
        while n > 0 and self.placed[n - 1].keep_with_next and self.page(self.top(self.placed[n - 1])) == page:
            n -= 1
        return n, 0
