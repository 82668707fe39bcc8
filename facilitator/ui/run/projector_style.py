"""The projector's colours and the fitting of a text to its box, shared by every slide painter.

Dark ground, light text: it reads from the back of a lit conference room, and the countdown's
tone colours say "soon" and "over" to the facilitator across the room.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from facilitator.domain.countdown import Tone

BACKGROUND = QColor("#161a21")
TEXT = QColor("#f3f0e8")
MUTED = QColor("#9ba5b4")
TRACK = QColor("#2b323d")
TONE_COLOURS = {
    Tone.NORMAL: QColor("#f3f0e8"),
    Tone.WARNING: QColor("#f6b94a"),
    Tone.OVERTIME: QColor("#ff7062"),
}
BAR_COLOURS = {Tone.NORMAL: QColor("#5f9ed8"), **{t: TONE_COLOURS[t] for t in (Tone.WARNING, Tone.OVERTIME)}}
ACO_COLOURS = (QColor("#6cc08b"), QColor("#f6b94a"), QColor("#78a9e0"))


def fitted_font(base: QFont, text: str, box: QRectF, max_px: float, min_px: float, flags: int) -> QFont:
    """The largest pixel size between ``min_px`` and ``max_px`` at which ``text`` fits ``box``."""
    font = QFont(base)
    size = max_px
    while True:
        font.setPixelSize(max(1, round(size)))
        bounds = QFontMetricsF(font).boundingRect(box, flags, text)
        if (bounds.height() <= box.height() and bounds.width() <= box.width()) or size <= min_px:
            return font
        size = max(min_px, size * 0.92)
