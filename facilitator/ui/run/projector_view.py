"""Painting a slide so it reads from the back of the room.

Everything is sized in hundredths of the widget's height, so the same painter serves the
fullscreen projector and the console's small preview. Texts shrink to their box and wrap; what
still does not fit is clipped to the box, never drawn over its neighbours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.domain.countdown import Tone
from facilitator.ui.run.join_slide import paint_join
from facilitator.ui.run.projector_style import (
    ACO_COLOURS,
    BACKGROUND,
    BAR_COLOURS,
    MUTED,
    TEXT,
    TONE_COLOURS,
    TRACK,
    fitted_font,
)
from facilitator.ui.run.slide import Layout, Slide

WRAP = int(Qt.TextFlag.TextWordWrap)
COUNTDOWN_PX = 30  # in hundredths of the height: the digits stand over a fifth of the screen


class ProjectorView(QWidget):
    """Paints one :class:`Slide`; the projector window and the console preview both use it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slide = Slide(Layout.LOGO)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)
        self.drawn: dict[str, QRectF] = {}  # where each text landed, for tests and the screenshot

    @property
    def slide(self) -> Slide:
        return self._slide

    def set_slide(self, slide: Slide) -> None:
        if slide != self._slide:
            self._slide = slide
            self.update()

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        slide = self._slide
        painter.fillRect(self.rect(), Qt.GlobalColor.black if slide.layout is Layout.BLACK else BACKGROUND)
        self.drawn = {}
        {
            Layout.TIMER: self._paint_timer,
            Layout.GROUP: self._paint_group,
            Layout.ACO: self._paint_aco,
            Layout.BREAK: self._paint_break,
            Layout.DONE: self._paint_title,
            Layout.LOGO: self._paint_title,
            Layout.BLACK: lambda _p, _s: None,
            Layout.JOIN: self._paint_join,
        }[slide.layout](painter, slide)
        painter.end()

    def _u(self) -> float:
        return self.height() / 100

    def _box(self, top: float, bottom: float, left: float = 0.0, right: float = 1.0) -> QRectF:
        """A box between two heights (in hundredths) and two fractions of the usable width."""
        u, margin = self._u(), self._u() * 5
        usable = self.width() - 2 * margin
        return QRectF(margin + usable * left, top * u, usable * (right - left), (bottom - top) * u)

    def _text(self, painter: QPainter, key: str, text: str, box: QRectF, max_px: float,
              min_px: float, colour: QColor, *, bold: bool = False,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) -> None:
        if not text:
            return
        u = self._u()
        base = QFont(self.font())
        base.setBold(bold)
        flags = WRAP | int(align)
        font = fitted_font(base, text, box, max_px * u, min_px * u, flags)
        painter.setFont(font)
        painter.setPen(colour)
        painter.save()
        painter.setClipRect(box)
        painter.drawText(box, flags, text)
        painter.restore()
        self.drawn[key] = QFontMetricsF(font).boundingRect(box, flags, text).intersected(box)

    def _countdown(self, painter: QPainter, slide: Slide, top: float) -> None:
        """The big digits, the pause mark and the progress bar below them."""
        u = self._u()
        box = self._box(top, top + COUNTDOWN_PX + 2)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(round(COUNTDOWN_PX * u))
        if hasattr(QFont, "Tag"):
            font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: the time does not wobble
        colour = MUTED if slide.paused or slide.waiting else TONE_COLOURS[slide.tone]
        painter.setFont(font)
        painter.setPen(colour)
        centre = int(Qt.AlignmentFlag.AlignCenter)
        painter.drawText(box, centre, slide.countdown)
        metrics = QFontMetricsF(font)
        ink = metrics.tightBoundingRect(slide.countdown)
        ink.moveCenter(box.center())
        self.drawn["countdown"] = ink
        if slide.paused:
            self._text(painter, "paused", slide.paused_label, self._box(top - 5, top), 4, 2, MUTED, bold=True,
                       align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self._bar(painter, slide, self._box(top + COUNTDOWN_PX + 3.5, top + COUNTDOWN_PX + 4.7, 0.15, 0.85))

    @staticmethod
    def _bar(painter: QPainter, slide: Slide, bar: QRectF) -> None:
        """The progress bar: the track, filled as far as the item has run, in the tone's colour."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        radius = bar.height() / 2
        painter.drawRoundedRect(bar, radius, radius)
        if slide.progress > 0:
            filled = QRectF(bar.left(), bar.top(), bar.width() * slide.progress, bar.height())
            painter.setBrush(BAR_COLOURS[slide.tone])
            painter.drawRoundedRect(filled, radius, radius)

    def _header(self, painter: QPainter, slide: Slide, bottom: float, title_px: float) -> None:
        self._text(painter, "phase", slide.phase, self._box(4, 8.5), 3.4, 2, MUTED, bold=True)
        presenter_height = 5 if slide.presenter else 0
        self._text(painter, "heading", slide.heading, self._box(9, bottom - presenter_height),
                   title_px, 3, TEXT, bold=True)
        self._text(painter, "presenter", slide.presenter,
                   self._box(bottom - presenter_height + 0.5, bottom), 3.6, 2, MUTED)

    def _footer(self, painter: QPainter, slide: Slide) -> None:
        self._text(painter, "next", slide.next_up, self._box(92, 97, 0, 0.7), 3.2, 2, MUTED)
        self._text(painter, "footer", slide.footer, self._box(92.5, 97, 0.72, 1.0), 2.4, 1.6, MUTED,
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def _prompts(self, painter: QPainter, slide: Slide, box: QRectF, max_px: float) -> None:
        text = "\n".join(f"•  {line}" for line in slide.prompts) if len(slide.prompts) > 1 else (
            slide.prompts[0] if slide.prompts else ""
        )
        self._text(painter, "prompts", text, box, max_px, 2.4, TEXT)

    def _paint_timer(self, painter: QPainter, slide: Slide) -> None:
        self._header(painter, slide, 30, 7)
        self._countdown(painter, slide, 32 if slide.prompts else 42)  # alone, it sits lower
        self._prompts(painter, slide, self._box(72, 90), 4.2)
        self._footer(painter, slide)

    def _paint_group(self, painter: QPainter, slide: Slide) -> None:
        self._header(painter, slide, 21, 4.6)
        self._prompts(painter, slide, self._box(24, 48), 6.5)
        self._countdown(painter, slide, 51)
        self._footer(painter, slide)

    def _paint_aco(self, painter: QPainter, slide: Slide) -> None:
        if slide.proposal:  # the proposal is what the room responds to: it takes the title's place
            self._text(painter, "phase", slide.heading, self._box(4, 8.5), 3.4, 2, MUTED, bold=True)
            self._text(painter, "proposal", slide.proposal, self._box(9, 21), 5.2, 3, TEXT, bold=True)
        else:
            self._header(painter, slide, 19, 4.6)
        count = max(1, len(slide.columns))
        for index, (name, question) in enumerate(slide.columns):
            left, right = index / count + 0.01, (index + 1) / count - 0.01
            colour = ACO_COLOURS[index % len(ACO_COLOURS)]
            painter.fillRect(self._box(23, 23.6, left, right), colour)
            self._text(painter, f"column{index}", name, self._box(25, 33, left, right), 6, 3, colour,
                       bold=True)
            self._text(painter, f"question{index}", question, self._box(34, 52, left, right), 3.8, 2.2,
                       TEXT)
        self._countdown(painter, slide, 55)
        self._footer(painter, slide)

    def _paint_break(self, painter: QPainter, slide: Slide) -> None:
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        self._text(painter, "heading", slide.heading, self._box(7, 19), 6, 3, MUTED, bold=True,
                   align=centre)
        self._text(painter, "resume", slide.resume_at, self._box(21, 34), 8.5, 4, TEXT, bold=True,
                   align=centre)
        self._countdown(painter, slide, 40)
        self._footer(painter, slide)

    def _paint_join(self, painter: QPainter, slide: Slide) -> None:
        self.drawn.update(paint_join(painter, self.width(), self.height(), self.font(), slide))

    def _paint_title(self, painter: QPainter, slide: Slide) -> None:
        centre = Qt.AlignmentFlag.AlignCenter
        self._text(painter, "heading", slide.heading, self._box(30, 64), 9, 4, TEXT, bold=True,
                   align=centre)
        painter.fillRect(self._box(67, 67.5, 0.42, 0.58), BAR_COLOURS[Tone.NORMAL])
        self._text(painter, "footer", slide.footer, self._box(71, 80), 4, 2, MUTED, align=centre)
