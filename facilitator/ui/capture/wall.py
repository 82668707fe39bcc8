"""The projector's wall: the clusters' lists side by side, growing as they are typed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QTextLayout
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from facilitator.services.capture import CaptureService
from facilitator.services.changes import Changes
from facilitator.ui.audience import AudienceWords, audience_words
from facilitator.ui.capture.list_model import ContributionListModel
from facilitator.ui.capture.list_panel import list_title
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.run.wall_fit import MORE_GAP, ROW_GAP, newest_that_fit, text_layout

TEXT = QColor("#111111")
MUTED = QColor("#5b6470")
PAPER = QColor("white")
PADDING = 4.0  # left and right of the lines, as the heading has


class WallLines(QWidget):
    """One list's lines: as many of the newest as fit, under "↑ N more lines" when not all do.

    Lines wrap at spaces and inside words too long for the column, so no text is cut off at the
    side; what does not fit at the bottom is never painted half: the oldest lines give way, and
    the marker says how many.

    Attributes:
        hidden: how many of the oldest lines the last paint left out.
        shown_rows: the rows the last paint showed, oldest first.
        drawn: where the last paint put the marker ("more") and each line ("line<row>").
    """

    def __init__(self, model: ContributionListModel, font: QFont, words: AudienceWords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._font = QFont(font)
        self._words = words
        self.hidden = 0
        self.shown_rows: list[int] = []
        self.drawn: dict[str, QRectF] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self.update)  # the model announces typed lines as inserted rows

    @property
    def more_text(self) -> str:
        return self.more_for(self.hidden) if self.hidden else ""

    def more_for(self, count: int) -> str:
        """The marker for ``count`` hidden lines, in the workshop's language."""
        if count == 1:
            return self._words.translate("Wall", "↑ 1 more line")
        return self._words.translate("Wall", "↑ {count} more lines").format(count=count)

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self.update()

    def set_words(self, words: AudienceWords) -> None:
        self._words = words
        self.update()

    def laid_out_characters(self, row: int) -> int:
        """How many characters of ``row`` the layout places (all of them: nothing is cut)."""
        layout = text_layout(self._text(row), self._line_font(row), self._text_width())
        return sum(layout.lineAt(i).textLength() for i in range(layout.lineCount()))

    def _text_width(self) -> float:
        return max(1.0, self.width() - 2 * PADDING)

    def _text(self, row: int) -> str:
        return str(self._model.data(self._model.index(row)) or "")

    def _line_font(self, row: int) -> QFont:
        marked = self._model.data(self._model.index(row), Qt.ItemDataRole.FontRole)
        if isinstance(marked, QFont):
            font = QFont(marked)
            font.setPointSize(self._font.pointSize())
            return font
        return self._font

    def _newest_layouts(self, width: float, available: float) -> tuple[int, list[QTextLayout]]:
        """The newest lines laid out, back to the first that no longer fits (older ones cannot).

        Returns the row of the first line laid out and the layouts, oldest first.
        """
        layouts: list[QTextLayout] = []
        used, row = 0.0, self._model.rowCount()
        while row > 0 and used <= available:
            row -= 1
            layout = text_layout(self._text(row), self._line_font(row), width)
            used += layout.boundingRect().height() + ROW_GAP
            layouts.append(layout)
        layouts.reverse()
        return row, layouts

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), PAPER)
        width = self._text_width()
        available = float(self.height())
        marker_font = QFont(self._font)
        marker_font.setItalic(True)
        marker = text_layout(self.more_for(self._model.rowCount()), marker_font, width).boundingRect().height()
        marker += MORE_GAP
        start, layouts = self._newest_layouts(width, available)
        heights = [layout.boundingRect().height() + ROW_GAP for layout in layouts]
        first = start + newest_that_fit(heights, available, marker)
        self.hidden, self.shown_rows, self.drawn = first, list(range(first, self._model.rowCount())), {}
        y = 0.0
        if first:
            marker_layout = text_layout(self.more_text, marker_font, width)
            painter.setPen(MUTED)
            marker_layout.draw(painter, QPointF(PADDING, y))
            self.drawn["more"] = marker_layout.boundingRect().translated(PADDING, y)
            y += marker
        for row in self.shown_rows:
            colour = self._model.data(self._model.index(row), Qt.ItemDataRole.ForegroundRole)
            painter.setPen(colour if isinstance(colour, QColor) else TEXT)
            layout = layouts[row - start]
            layout.draw(painter, QPointF(PADDING, y))
            self.drawn[f"line{row}"] = layout.boundingRect().translated(PADDING, y)
            y += heights[row - start]
        painter.end()


class WallWidget(QWidget):
    """Read-only lists of the current item in large type, for the projector.

    Embed it with ``WallWidget(capture, feed)`` and call :meth:`set_item` when the running item
    changes; it re-reads on every capture change on the feed. Lists without lines are left out
    so the wall uses its width for what has been said. Its own words (the plenary's heading,
    "↑ N more lines") are in the workshop's language, :meth:`set_language`.
    """

    def __init__(
        self,
        capture: CaptureService,
        feed: ChangeFeed,
        item_id: int | None = None,
        parent: QWidget | None = None,
        point_size: int = 20,
    ) -> None:
        super().__init__(parent)
        self._capture = capture
        self._item_id: int | None = None
        self._font = QFont()
        self._font.setPointSize(point_size)
        self._words = audience_words("da")
        self._grid = QGridLayout(self)
        self.columns: list[tuple[QLabel, WallLines, ContributionListModel]] = []
        self._placed: tuple[int, ...] = ()  # the line views in the grid now, left to right
        self.setStyleSheet("background: white; color: black;")
        feed.changed.connect(self._on_changed)
        self.set_item(item_id)

    @property
    def item_id(self) -> int | None:
        return self._item_id

    def set_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        self._rebuild()

    def set_language(self, language: str) -> None:
        """Write the wall's own words in ``language`` (the workshop's); cheap when unchanged."""
        if language == self._words.language:
            return
        self._words = audience_words(language)
        self._rebuild()

    @property
    def point_size(self) -> int:
        return self._font.pointSize()

    def set_point_size(self, point_size: int) -> None:
        """Re-size the text, so a board can fit the lists to the screen as they grow."""
        if point_size == self._font.pointSize():
            return
        self._font.setPointSize(point_size)
        for label, lines, model in self.columns:
            label.setFont(self._heading_font())
            lines.set_font(self._font)
            model.font = QFont(self._font)

    def _heading_font(self) -> QFont:
        heading = QFont(self._font)
        heading.setBold(True)
        return heading

    def _rebuild(self) -> None:
        for label, lines, _model in self.columns:
            for widget in (label, lines):
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.columns = []
        self._placed = ()
        if self._item_id is None:
            return
        translate = self._words.translate
        for capture_list in self._capture.capture_lists(self._item_id):
            model = ContributionListModel(self._capture, capture_list.cluster_id, capture_list.column_index)
            model.font = QFont(self._font)
            model.set_item(self._item_id)
            label = QLabel(list_title(capture_list, translate))
            label.setFont(self._heading_font())
            label.setWordWrap(True)
            label.setStyleSheet(f"border-bottom: 4px solid {capture_list.colour}; padding: 4px;")
            lines = WallLines(model, self._font, self._words)
            model.setParent(lines)
            self.columns.append((label, lines, model))
        self._place()

    def _place(self) -> None:
        """Only lists with lines take a column; with none at all every list is shown empty.

        Nothing moves while the same lists stay shown: a line added to a list that already had
        lines (twenty tables typing at once) re-lays out nothing.
        """
        shown = [c for c in self.columns if c[2].rowCount()] or self.columns
        placed = tuple(id(lines) for _label, lines, _model in shown)
        if placed == self._placed:
            return
        self._placed = placed
        for label, lines, _model in self.columns:
            label.setVisible(False)
            lines.setVisible(False)
            self._grid.removeWidget(label)
            self._grid.removeWidget(lines)
        for column, (label, lines, _model) in enumerate(shown):
            self._grid.addWidget(label, 0, column)
            self._grid.addWidget(lines, 1, column)
            self._grid.setColumnStretch(column, 1)
            label.setVisible(True)
            lines.setVisible(True)
        for column in range(len(shown), self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)

    def _on_changed(self, changes: Changes) -> None:
        """Rebuild when the lists may have changed; else re-read only the lists the change names."""
        if self._item_id is None:
            return
        if changes.clusters or (changes.agenda and changes.in_item(self._item_id)):
            self._rebuild()
        elif changes.capture and changes.in_item(self._item_id):
            for _label, _lines, model in self.columns:
                if changes.in_list(self._item_id, model.cluster_id, model.column_index):
                    model.reload()
            self._place()

