"""The projector's join screen: the Wi-Fi to join and, per cluster, its colour, name and QR code.

The codes are drawn as large as the screen allows (a 1080-line projector gives each of eight
tables a code about a quarter of the screen high), white on the dark stage, with the short
address and the code to type underneath for a laptop without a camera.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from facilitator.ui.audience import audience_words
from facilitator.ui.run.projector_style import MUTED, TEXT, fitted_font
from facilitator.ui.run.slide import Slide
from facilitator.ui.scribes.join_screen import JoinScreen, JoinTile
from facilitator.ui.scribes.qr import paint_qr

TILE = QColor("#232a35")
WRAP = int(Qt.TextFlag.TextWordWrap)


def grid_shape(count: int) -> tuple[int, int]:
    """(columns, rows) for ``count`` tiles on a 16:9 screen: one row up to four, then two or more."""
    if count <= 4:
        return max(count, 1), 1
    columns = min(6, math.ceil(count / 2))
    return columns, math.ceil(count / columns)


def _text(painter: QPainter, base: QFont, text: str, box: QRectF, max_px: float, min_px: float,
          colour: QColor, flags: int, bold: bool = False) -> QRectF:
    font = QFont(base)
    font.setBold(bold)
    font = fitted_font(font, text, box, max_px, min_px, WRAP | flags)
    painter.setFont(font)
    painter.setPen(colour)
    painter.save()
    painter.setClipRect(box)
    painter.drawText(box, WRAP | flags, text)
    painter.restore()
    return QFontMetricsF(font).boundingRect(box, WRAP | flags, text).intersected(box)


def steps_text(network: str, translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """What the room does, in the workshop's language: join the Wi-Fi (when named), scan the code."""
    if not network:
        return translate("Projector", "Scan your table's code with the phone's camera")
    join = translate("Projector", "1. Join the Wi-Fi “{network}”").format(network=network)
    scan = translate("Projector", "2. Scan your table’s code with the phone’s camera")
    return f"{join}     {scan}"


def paint_join(painter: QPainter, width: float, height: float, base: QFont, slide: Slide) -> dict[str, QRectF]:
    """Paint the join slide into ``width`` × ``height``; returns where each part landed."""
    screen = slide.join
    drawn: dict[str, QRectF] = {}
    if not isinstance(screen, JoinScreen):
        return drawn
    u = height / 100
    margin = 4 * u
    left, usable = margin, width - 2 * margin
    top_align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    drawn["heading"] = _text(painter, base, slide.heading, QRectF(left, 3 * u, usable, 8 * u), 6.5 * u, 3 * u,
                             TEXT, top_align, bold=True)
    steps = steps_text(screen.network, audience_words(slide.language).translate) if slide.language else steps_text(
        screen.network)
    drawn["steps"] = _text(painter, base, steps, QRectF(left, 11.5 * u, usable, 6 * u),
                           3.6 * u, 2 * u, TEXT, top_align)
    tiles = screen.tiles
    columns, rows = grid_shape(len(tiles))
    area = QRectF(left, 19 * u, usable, 77 * u)
    gap = 1.6 * u
    tile_w = (area.width() - gap * (columns - 1)) / columns
    tile_h = (area.height() - gap * (rows - 1)) / rows
    for index, tile in enumerate(tiles):
        column, row = index % columns, index // columns
        box = QRectF(area.left() + column * (tile_w + gap), area.top() + row * (tile_h + gap), tile_w, tile_h)
        drawn.update(_paint_tile(painter, base, box, tile, index, u))
    return drawn


def _paint_tile(painter: QPainter, base: QFont, box: QRectF, tile: JoinTile, index: int,
                u: float) -> dict[str, QRectF]:
    """Name, code and the two lines to type, stacked and centred in the tile, the code largest."""
    inner = box.adjusted(1.2 * u, 2.2 * u, -1.2 * u, -1.2 * u)
    name_h, line_h, gap = min(6.5 * u, inner.height() * 0.15), min(2.8 * u, inner.height() * 0.07), 0.8 * u
    side = min(inner.width(), inner.height() - name_h - 2 * line_h - 2 * gap)
    content = name_h + side + 2 * line_h + 2 * gap
    top = inner.top() + (inner.height() - content) / 2
    card = QRectF(box.left(), top - 2.2 * u, box.width(), content + 3.4 * u)  # the tile hugs its content
    painter.fillRect(card, TILE)
    painter.fillRect(QRectF(card.left(), card.top(), card.width(), 1.2 * u), QColor(tile.colour))
    centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
    name = _text(painter, base, tile.name, QRectF(inner.left(), top, inner.width(), name_h), 4.6 * u, 2 * u,
                 TEXT, centre, bold=True)
    qr = paint_qr(painter, QRectF(inner.left(), top + name_h + gap, inner.width(), side), tile.matrix)
    below = top + name_h + side + 2 * gap
    lines = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    address = _text(painter, base, tile.address, QRectF(inner.left(), below, inner.width(), line_h), 2.4 * u,
                    1.2 * u, MUTED, lines)
    code = _text(painter, base, tile.code, QRectF(inner.left(), below + line_h, inner.width(), line_h), 2.1 * u,
                 1.0 * u, MUTED, lines)
    return {f"name{index}": name, f"qr{index}": qr, f"address{index}": address, f"code{index}": code}
