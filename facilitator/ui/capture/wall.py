"""The projector's wall: the clusters' lists side by side, growing as they are typed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QShowEvent, QTextLayout
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from facilitator.domain.kinds import ContributionOrigin

from facilitator.services.capture import CaptureService
from facilitator.services.changes import Changes
from facilitator.ui.audience import AudienceWords, audience_words
from facilitator.ui.capture.list_model import TABLE_MARK_COLOUR, ContributionListModel, OriginRole, paint_phone
from facilitator.ui.capture.list_panel import list_title
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.run.wall_fit import MORE_GAP, ROW_GAP, newest_that_fit, text_layout

TEXT = QColor("#111111")
MUTED = QColor("#5b6470")
PAPER = QColor("white")
PADDING = 4.0  # left and right of the lines, as the heading has
# After a line written at a table: a stand-in glued to its last word (it wraps with it), drawn
# transparent; the phone mark is painted over it.
TABLE_TAIL = "\u00a00"
NOTE_SHARE = 0.55  # the phone mark's explanation beside the lines' size: small, a hint to the room


def by_table(model: ContributionListModel, row: int) -> bool:
    return model.data(model.index(row), OriginRole) == ContributionOrigin.TABLE


def wall_text(model: ContributionListModel, row: int) -> str:
    """The line as the wall lays it out: room for the phone mark after a table's line."""
    text = str(model.data(model.index(row)) or "")
    return text + TABLE_TAIL if by_table(model, row) else text


def paint_table_mark(painter: QPainter, layout: QTextLayout, origin: QPointF) -> QRectF:
    """The phone mark over the stand-in at the end of ``layout`` (drawn at ``origin``)."""
    position = len(layout.text()) - 1
    line = layout.lineForTextPosition(position)
    left = line.cursorToX(position)[0]
    right = line.cursorToX(position + 1)[0]
    height = QFontMetricsF(layout.font()).capHeight()
    box = QRectF(origin.x() + left, origin.y() + line.y() + line.ascent() - height, right - left, height)
    paint_phone(painter, box, TABLE_MARK_COLOUR)
    return box


class TableMarkNote(QWidget):
    """One small line under the lists, "▯ written at the table", shown while any line has the mark."""

    def __init__(self, words: AudienceWords, point_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font = QFont()
        self._font.setItalic(True)
        self.text = ""
        self.set_words(words)
        self.follow_size(point_size)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def follow_size(self, point_size: int) -> None:
        """A little over half the lines' size: the console's small preview scales it with them."""
        self._font.setPointSize(max(1, round(point_size * NOTE_SHARE)))
        self.updateGeometry()
        self.update()

    def set_words(self, words: AudienceWords) -> None:
        self.text = words.translate("Wall", "written at the table")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        metrics = QFontMetricsF(self._font)
        return QSize(int(metrics.horizontalAdvance(self.text) + 3 * metrics.height()), int(metrics.height() + 4))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """Right-aligned on a white pill: readable on the stage's dark margin as on white."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        mark = metrics.capHeight() * 1.3
        width = metrics.horizontalAdvance(self.text)
        pill = QRectF(self.width() - PADDING - width - mark - 3 * PADDING, 0, width + mark + 3 * PADDING, self.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PAPER)
        painter.drawRoundedRect(pill, 4, 4)
        baseline = 2 + metrics.ascent()
        paint_phone(painter, QRectF(pill.left() + PADDING, baseline - mark, mark * 0.7, mark), MUTED)
        painter.setPen(MUTED)
        painter.drawText(QPointF(pill.right() - PADDING - width, baseline), self.text)
        painter.end()


class WallLines(QWidget):
    """One list's lines: as many of the newest as fit, under "↑ N more lines" when not all do.

    Lines wrap at spaces and inside words too long for the column, so no text is cut off at the
    side; what does not fit at the bottom is never painted half: the oldest lines give way, and
    the marker says how many.

    Attributes:
        hidden: how many of the oldest lines the last paint left out.
        shown_rows: the rows the last paint showed, oldest first.
        drawn: where the last paint put the marker ("more"), each line ("line<row>") and the
            phone mark after each line written at a table ("mark<row>").
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
        return self._words.translate("Wall", "↑ %n more line(s)", None, count)

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self.update()

    def set_words(self, words: AudienceWords) -> None:
        self._words = words
        self.update()

    def laid_out_characters(self, row: int) -> int:
        """How many characters of ``row``'s text the layout places (all of them: nothing is cut)."""
        layout = self._layout(row, self._text_width())
        tail = len(TABLE_TAIL) if by_table(self._model, row) else 0
        return sum(layout.lineAt(i).textLength() for i in range(layout.lineCount())) - tail

    def _text_width(self) -> float:
        return max(1.0, self.width() - 2 * PADDING)

    def _layout(self, row: int, width: float) -> QTextLayout:
        tail = len(TABLE_TAIL) if by_table(self._model, row) else 0
        return text_layout(wall_text(self._model, row), self._line_font(row), width, tail)

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
            layout = self._layout(row, width)
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
            if by_table(self._model, row):
                self.drawn[f"mark{row}"] = paint_table_mark(painter, layout, QPointF(PADDING, y))
            y += heights[row - start]
        painter.end()


class WallWidget(QWidget):
    """Read-only lists of the current item in large type, for the projector.

    Embed it with ``WallWidget(capture, feed)`` and call :meth:`set_item` when the running item
    changes; it re-reads on every capture change on the feed. Lists without lines are left out
    so the wall uses its width for what has been said. Lines written on a table's phone end in a
    small phone mark, explained once under the lists while any is shown. Its own words (the
    plenary's heading, "↑ N more lines", "written at the table") are in the workshop's language,
    :meth:`set_language`.
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
        self.note = TableMarkNote(self._words, point_size, self)
        self.note.hide()
        self.setStyleSheet("background: white; color: black;")
        self._missed = False  # a change came while this wall was on a page not shown
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
        self.note.set_words(self._words)
        self._rebuild()

    @property
    def point_size(self) -> int:
        return self._font.pointSize()

    def set_point_size(self, point_size: int) -> None:
        """Re-size the text, so a board can fit the lists to the screen as they grow."""
        if point_size == self._font.pointSize():
            return
        self._font.setPointSize(point_size)
        self.note.follow_size(point_size)
        for label, lines, model in self.columns:
            label.setFont(self._heading_font())
            lines.set_font(self._font)
            model.font = QFont(self._font)

    def note_height(self) -> float:
        """The room the phone mark's explanation takes under the lists (0 while it is hidden)."""
        return self.note.sizeHint().height() + self._grid.verticalSpacing() if self.note.isVisibleTo(self) else 0.0

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
        self.note.hide()
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
        self._grid.removeWidget(self.note)
        self._grid.addWidget(self.note, 2, 0, 1, len(shown))
        self._show_note()

    def _show_note(self) -> None:
        marked = any(model.written_at_table() for _label, _lines, model in self.columns)
        if marked != self.note.isVisibleTo(self):
            self.note.setVisible(marked)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._missed:
            self._missed = False
            self._rebuild()
        super().showEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        """Rebuild when the lists may have changed; else re-read only the lists the change names.

        A wall on a page not shown (the console's preview while the capture screen is up) reads
        when it is shown again, so the screen the user looks at gets the line first.
        """
        if self._item_id is None:
            return
        if self.window().isVisible() and not self.isVisible():
            self._missed = True
            return
        if changes.clusters or (changes.agenda and changes.in_item(self._item_id)):
            self._rebuild()
        elif changes.capture and changes.in_item(self._item_id):
            for _label, _lines, model in self.columns:
                if changes.in_list(self._item_id, model.cluster_id, model.column_index):
                    model.reload()
            self._place()
            self._show_note()

