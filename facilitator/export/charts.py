"""Charts for the minutes, drawn with QPainter into PNG bytes.

Only QtGui is used (QImage, QPainter), never widgets, so the CLI draws them with the
``offscreen`` platform and no display. Text needs a :class:`QGuiApplication` (the font database);
:func:`ensure_gui_application` provides one when the caller has none.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
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
    """A horizontal stacked bar chart: one row per option, its total at the end of the bar; the
    legend wraps onto as many lines as its entries need (eight clusters take two)."""
    ensure_gui_application()
    lines = _legend_lines(QFontMetricsF(_font(34)), legend)
    with _canvas(MARGIN * 2 + ROW * (max(len(bars), 1) + len(lines)), 34) as (image, painter):
        _draw_bars(painter, bars)
        for number, line in enumerate(lines):
            _draw_legend(painter, line, top=MARGIN + ROW * (max(len(bars), 1) + number))
    return _png(image)


def _font(pixel_size: int) -> QFont:
    font = QFont()
    font.setPixelSize(pixel_size)
    return font


@contextmanager
def _canvas(height: int, pixel_size: int) -> Iterator[tuple[QImage, QPainter]]:
    """A white chart image of the charts' width and a painter on it, ended afterwards."""
    ensure_gui_application()
    image = QImage(WIDTH, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(_font(pixel_size))
        yield image, painter
    finally:
        painter.end()


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


_LegendLine = list[tuple[LegendEntry, str]]


def _legend_lines(metrics: QFontMetricsF, legend: Sequence[LegendEntry]) -> list[_LegendLine]:
    """The legend's entries (with their labels cut to a third of the width) broken into lines."""
    swatch = ROW * 0.4
    lines: list[_LegendLine] = []
    x = WIDTH  # forces a first line
    for entry in legend:
        text = metrics.elidedText(entry.label, Qt.TextElideMode.ElideRight, WIDTH / 3)
        width = swatch + MARGIN / 2 + metrics.horizontalAdvance(text) + MARGIN * 1.5
        if x + width > WIDTH - MARGIN:
            lines.append([])
            x = MARGIN
        lines[-1].append((entry, text))
        x += width
    return lines


def _draw_legend(painter: QPainter, line: _LegendLine, top: float) -> None:
    metrics = QFontMetricsF(painter.font())
    x = MARGIN
    swatch = ROW * 0.4
    for entry, text in line:
        painter.fillRect(QRectF(x, top + (ROW - swatch) / 2, swatch, swatch), QColor(entry.colour))
        x += swatch + MARGIN / 2
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x, top, WIDTH - x, ROW), int(Qt.AlignmentFlag.AlignVCenter), text)
        x += metrics.horizontalAdvance(text) + MARGIN * 1.5


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


@dataclass(frozen=True)
class ScheduleRow:
    """One item of the day in minutes after midnight; actual ``None`` where it was not held."""

    label: str
    planned_start: float
    planned_end: float
    actual_start: float | None = None
    actual_end: float | None = None


PLANNED = "#b8c4d6"
ACTUAL = "#4c78a8"
OVERRUN = "#e45756"
_SCHEDULE_ROW = 64
_AXIS = 56


def schedule_chart_png(
    rows: Sequence[ScheduleRow], legend: tuple[str, str, str], clock: Callable[[int], str]
) -> bytes:
    """The day's planned and actual times: per item a planned bar with the actual bar below it.

    The part of an actual bar past the item's planned length is drawn in red, so an overrun shows
    at a glance. ``legend`` names (planned, actual, overrun); ``clock`` writes a time of day.
    """
    top = MARGIN + _AXIS + _SCHEDULE_ROW * max(len(rows), 1)
    ensure_gui_application()
    entries = [LegendEntry(legend[0], PLANNED), LegendEntry(legend[1], ACTUAL), LegendEntry(legend[2], OVERRUN)]
    lines = _legend_lines(QFontMetricsF(_font(28)), entries)
    with _canvas(top + MARGIN + ROW * len(lines), 28) as (image, painter):
        _draw_schedule(painter, rows, clock)
        for number, line in enumerate(lines):
            _draw_legend(painter, line, top=top + ROW * number)
    return _png(image)


def _draw_schedule(painter: QPainter, rows: Sequence[ScheduleRow], clock: Callable[[int], str]) -> None:
    metrics = QFontMetricsF(painter.font())
    times = [t for r in rows for t in (r.planned_start, r.planned_end, r.actual_start, r.actual_end) if t is not None]
    first = math.floor((min(times, default=540)) / 30) * 30
    last = math.ceil((max(times, default=600)) / 30) * 30
    last = max(last, first + 30)
    label_width = WIDTH * 0.34
    left, right = label_width + MARGIN, WIDTH - MARGIN * 2
    scale = (right - left) / (last - first)

    def x(minutes: float) -> float:
        return left + (minutes - first) * scale

    axis_top = MARGIN
    step = 30 if last - first <= 6 * 60 else 60
    painter.setPen(QColor("#dddddd"))
    bottom = axis_top + _AXIS + _SCHEDULE_ROW * len(rows)
    for tick in range(int(first), int(last) + 1, step):
        painter.drawLine(int(x(tick)), int(axis_top + _AXIS - 8), int(x(tick)), int(bottom))
    painter.setPen(QColor("#555555"))
    for tick in range(int(first), int(last) + 1, step):
        text = clock(tick)
        width = metrics.horizontalAdvance(text)
        painter.drawText(QRectF(x(tick) - width / 2, axis_top, width + 2, _AXIS - 12),
                         int(Qt.AlignmentFlag.AlignCenter), text)
    for index, row in enumerate(rows):
        top = axis_top + _AXIS + index * _SCHEDULE_ROW
        label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - MARGIN)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(MARGIN, top, label_width - MARGIN, _SCHEDULE_ROW),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), label)
        bar = _SCHEDULE_ROW * 0.32
        planned_width = max(x(row.planned_end) - x(row.planned_start), 2)
        painter.fillRect(QRectF(x(row.planned_start), top + _SCHEDULE_ROW * 0.12, planned_width, bar),
                         QColor(PLANNED))
        if row.actual_start is None:
            continue
        end = row.actual_end if row.actual_end is not None else row.actual_start
        allowed = row.actual_start + (row.planned_end - row.planned_start)
        y = top + _SCHEDULE_ROW * 0.12 + bar + 4
        on_time_end = min(end, allowed)
        painter.fillRect(QRectF(x(row.actual_start), y, max(x(on_time_end) - x(row.actual_start), 2), bar),
                         QColor(ACTUAL))
        if end > allowed:
            painter.fillRect(QRectF(x(allowed), y, x(end) - x(allowed), bar), QColor(OVERRUN))
