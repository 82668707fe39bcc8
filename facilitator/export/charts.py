"""Charts for the minutes, drawn with QPainter into PNG bytes.

Only QtGui is used (QImage, QPainter), never widgets, so the CLI draws them with the
``offscreen`` platform and no display. Text needs a :class:`QGuiApplication` (the font database);
:func:`ensure_gui_application` provides one when the caller has none.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter

from facilitator.fonts import ensure_fonts

WIDTH = 1600
ROW = 80
MARGIN = 24
LABEL_SHARE = 0.5  # of the width, for the option labels left of the bars
NEUTRAL = "#9d9d9d"
PALETTE = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d")
"""Used instead of the clusters' own colours when those do not tell the clusters apart."""


def distinct_colours(colours: Sequence[str]) -> list[str]:
    """``colours`` if they are all different, otherwise a palette colour per position."""
    if len(set(c.lower() for c in colours)) == len(colours):
        return list(colours)
    return [PALETTE[index % len(PALETTE)] for index in range(len(colours))]


class ChartUnavailableError(RuntimeError):
    """A plain QCoreApplication exists: text cannot be drawn and a GUI application cannot be made."""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one for headless use (CLI, tests)."""
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise ChartUnavailableError("a QCoreApplication without GUI support is running")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(["facilitator"])
    ensure_fonts()
    return app


@dataclass(frozen=True)
class Segment:
    """Part of one bar: dots from one source (a cluster), drawn in its colour."""

    value: int
    colour: str


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> int:
        return sum(s.value for s in self.segments)


@dataclass(frozen=True)
class LegendEntry:
    label: str
    colour: str


def bar_chart_png(bars: Sequence[Bar], legend: Sequence[LegendEntry] = ()) -> bytes:
    """A horizontal stacked bar chart: one row per option, its total at the end of the bar."""
    ensure_gui_application()
    legend_height = ROW if legend else 0
    height = MARGIN * 2 + ROW * max(len(bars), 1) + legend_height
    image = QImage(WIDTH, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(34)
        painter.setFont(font)
        _draw_bars(painter, bars)
        if legend:
            _draw_legend(painter, legend, top=MARGIN + ROW * max(len(bars), 1))
    finally:
        painter.end()
    return _png(image)


def _draw_bars(painter: QPainter, bars: Sequence[Bar]) -> None:
    metrics = QFontMetricsF(painter.font())
    label_width = WIDTH * LABEL_SHARE
    total_width = metrics.horizontalAdvance("0000") + MARGIN
    bar_area = WIDTH - label_width - MARGIN * 3 - total_width
    largest = max((bar.total for bar in bars), default=0) or 1
    for row, bar in enumerate(bars):
        top = MARGIN + row * ROW
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - MARGIN)
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(MARGIN, top, label_width - MARGIN, ROW),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
            label,
        )
        x = label_width + MARGIN
        for segment in bar.segments:
            width = bar_area * segment.value / largest
            painter.fillRect(QRectF(x, top + ROW * 0.18, width, ROW * 0.64), QColor(segment.colour))
            x += width
        painter.drawText(
            QRectF(x + MARGIN / 2, top, total_width, ROW),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            str(bar.total),
        )


def _draw_legend(painter: QPainter, legend: Sequence[LegendEntry], top: float) -> None:
    metrics = QFontMetricsF(painter.font())
    x = MARGIN
    swatch = ROW * 0.4
    for entry in legend:
        painter.fillRect(QRectF(x, top + (ROW - swatch) / 2, swatch, swatch), QColor(entry.colour))
        x += swatch + MARGIN / 2
        text = metrics.elidedText(entry.label, Qt.TextElideMode.ElideRight, WIDTH / 3)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x, top, WIDTH - x, ROW), int(Qt.AlignmentFlag.AlignVCenter), text)
        x += metrics.horizontalAdvance(text) + MARGIN * 1.5
        if x > WIDTH - MARGIN:
            break


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
