"""Printed pages of the Qt document kept the way Word keeps them: headings with what follows,
table rows whole.

Qt's QTextDocument breaks a page anywhere: a heading can end a page alone, and a table row is cut
between two of its lines with the header repeated above the second half. Word keeps both together
(keep-with-next, rows that cannot split). The PDF writer lays the document out, finds the first
place that breaks these rules, and builds the document again with a page starting there
(:class:`~facilitator.export.qt_writer.PageBreaks`); each pass settles one page break, so a
document needs about as many passes as it has awkward page ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPagedPaintDevice, QTextTable

from facilitator.export.document import DocumentPlan
from facilitator.export.qt_writer import PageBreaks, Placed, QtLayout, qt_layout

MAX_PASSES = 60
"""A bound on rebuilds for a very long document; past it the rest keeps Qt's own page ends."""
MAX_KEPT_SHARE = 0.5
"""A row (or a heading with its first line) taller than this share of a page may split."""

Layout = Callable[[PageBreaks], QtLayout]


def paged_layout(plan: DocumentPlan, width: float, page_height: float, device: QPagedPaintDevice,
                 page_width: float) -> QtLayout:
    """The plan laid out on pages of ``page_height``, with no heading or table row split off."""

    def lay_out(breaks: PageBreaks) -> QtLayout:
        layout = qt_layout(plan, width, breaks)
        layout.document.documentLayout().setPaintDevice(device)
        layout.document.setPageSize(QSizeF(page_width, page_height))
        return layout

    return settle(lay_out, page_height)


def settle(lay_out: Layout, page_height: float) -> QtLayout:
    breaks = PageBreaks()
    layout = lay_out(breaks)
    for _ in range(MAX_PASSES):
        found = first_bad_page_end(layout, page_height, breaks)
        if found is None:
            break
        index, row = found
        if row:
            breaks = PageBreaks(breaks.before, breaks.rows | {(index, row)})
        else:
            breaks = PageBreaks(breaks.before | {index}, breaks.rows)
        layout = lay_out(breaks)
    return layout


def first_bad_page_end(layout: QtLayout, page_height: float, breaks: PageBreaks) -> tuple[int, int] | None:
    """(plan block, body row) where a page should start instead, or ``None`` when all is well.

    Row 0 means "before the block": a heading or label alone at a page's end (with the headings
    and labels right above it on the same page), or a table whose first row would be cut.
    """
    pages = _Pages(layout, page_height)
    placed = layout.placed
    for n, place in enumerate(placed):
        if place.table is not None:
            for row in range(1, place.table.rows()):
                top, bottom = pages.row_extent(place.table, row)
                if row == 1:  # the header goes with the first row
                    top = pages.row_extent(place.table, 0)[0]
                if pages.page(top) == pages.page(bottom - 1) or bottom - top > page_height * MAX_KEPT_SHARE:
                    continue
                found = (place.index, place.first_row + row - 1) if row > 1 else pages.chain_start(placed, n)
                if found not in _asked(breaks) and not pages.starts_page(found, placed):
                    return found
        elif place.keep_with_next and n + 1 < len(placed):
            top = pages.top(place)
            following = pages.first_line_bottom(placed[n + 1])
            if pages.page(top) == pages.page(following - 1) or following - top > page_height * MAX_KEPT_SHARE:
                continue
            found = pages.chain_start(placed, n)
            if found not in _asked(breaks) and not pages.starts_page(found, placed):
                return found
    return None


def _asked(breaks: PageBreaks) -> set[tuple[int, int]]:
    return {(index, 0) for index in breaks.before} | set(breaks.rows)


class _Pages:
    """Positions of placed blocks in the laid-out document, in layout units from its top."""

    def __init__(self, layout: QtLayout, page_height: float) -> None:
        self.layout = layout.document.documentLayout()
        self.page_height = page_height

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

    def starts_page(self, found: tuple[int, int], placed: list[Placed]) -> bool:
        """Whether a page starts there already (a break would only leave an empty page)."""
        index, row = found
        if row:
            return False
        place = next(p for p in placed if p.index == index)
        return self.top(place) % self.page_height < 2

    def chain_start(self, placed: list[Placed], n: int) -> tuple[int, int]:
        """The first of the headings and labels right above ``placed[n]`` on its page."""
        page = self.page(self.top(placed[n]))
        while n > 0 and placed[n - 1].keep_with_next and self.page(self.top(placed[n - 1])) == page:
            n -= 1
        return placed[n].index, 0
