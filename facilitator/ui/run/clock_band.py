"""The time beside the wall: a band over it (timer and wall) or a slim strip (wall only).

The facilitator and the room still see the time while the clusters' lists fill the screen. It
paints the same :class:`Slide` as the full projector view, sized to its own height.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.ui.run.projector_style import BACKGROUND, MUTED, TEXT, TONE_COLOURS
from facilitator.ui.run.projector_view import ProjectorView
from facilitator.ui.run.slide import Slide

MIN_TEXT_PX = 12
NOTE_ASPECT = 0.1  # a band at least this tall for its width has room for the phase above the title


class ClockBand(ProjectorView):
    """Heading on the left, the countdown on the right, the progress bar along the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), BACKGROUND)
        self.drawn = {}
        slide = self.slide
        height, width = float(self.height()), float(self.width())
        margin = height * 0.12
        bar_height = max(4.0, height * 0.06)
        inner = QRectF(margin, margin * 0.6, width - 2 * margin, height - margin * 1.2 - bar_height * 1.5)
        digits = self._digits_font(inner.height())
        digits_width = QFontMetricsF(digits).horizontalAdvance(slide.countdown or "00:00") + margin
        clock_box = QRectF(inner.right() - digits_width, inner.top(), digits_width, inner.height())
        painter.setFont(digits)
        painter.setPen(MUTED if slide.paused or slide.waiting else TONE_COLOURS[slide.tone])
        align = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(clock_box, align, slide.countdown)
        self.drawn["countdown"] = QFontMetricsF(digits).boundingRect(clock_box, align, slide.countdown)
        title_box = QRectF(inner.left(), inner.top(), clock_box.left() - inner.left() - margin, inner.height())
        self._heading(painter, slide, title_box)
        self._bar(painter, slide, QRectF(inner.left(), height - bar_height * 1.6, inner.width(), bar_height))
        painter.end()

    def _digits_font(self, box_height: float) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(1, round(box_height)))  # digits' ink is about 0.7 em: room above and below
        if hasattr(QFont, "Tag"):
            font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: the time does not wobble
        return font

    def _heading(self, painter: QPainter, slide: Slide, box: QRectF) -> None:
        """The item's title, and its phase or pause mark above it in a tall band.

        In the slim strip over the wall the note would be smaller than the wall's text, so the
        title takes the whole height there.
        """
        if box.width() <= 0:
            return
        note = slide.paused_label if slide.paused else slide.phase
        title_box = QRectF(box)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        u = self._u()  # the painter's sizes are in hundredths of this widget's height
        if note and self.height() >= self.width() * NOTE_ASPECT:
            note_box = QRectF(box.left(), box.top(), box.width(), box.height() * 0.3)
            self._text(painter, "phase", note, note_box, note_box.height() * 0.8 / u, MIN_TEXT_PX / u, MUTED,
                       bold=True, align=left)
            title_box.setTop(note_box.bottom())
        largest = min(title_box.height() * 0.8, self.height() * 0.3)
        self._text(painter, "heading", slide.heading, title_box, largest / u, MIN_TEXT_PX / u, TEXT, bold=True,
                   align=left)
