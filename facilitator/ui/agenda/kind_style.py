"""Icons and translated names of the item kinds, drawn once per kind (no image files needed)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from facilitator.domain.kinds import ItemKind
from facilitator.export.kind_names import KIND_COLOURS, kind_name

ICON_SIZE = 32
# A glyph per kind, readable at 16 px and common to the fonts shipped on Windows, macOS and Linux.
GLYPHS: dict[ItemKind, str] = {
    ItemKind.PRESENTATION: "▶",
    ItemKind.PLENARY: "◎",
    ItemKind.GROUP_WORK: "⁂",
    ItemKind.SUMMARY: "Σ",
    ItemKind.ACO: "±",
    ItemKind.BREAK: "‖",
    ItemKind.NEXT_STEPS: "→",
    ItemKind.EVALUATION: "✓",
    ItemKind.OTHER: "•",
}


def kind_colour(kind: ItemKind) -> QColor:
    return QColor(KIND_COLOURS[kind])


def kind_label(kind: ItemKind) -> str:
    """The kind's name in the interface language."""
    return kind_name(kind, QCoreApplication.translate)


@cache
def kind_icon(kind: ItemKind) -> QIcon:
    """A rounded square in the kind's colour with its glyph in white."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_colour(kind))
    painter.drawRoundedRect(QRectF(1, 1, ICON_SIZE - 2, ICON_SIZE - 2), 6, 6)
    font = QFont()
    font.setPixelSize(int(ICON_SIZE * 0.6))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, ICON_SIZE, ICON_SIZE), Qt.AlignmentFlag.AlignCenter, GLYPHS[kind])
    painter.end()
    return QIcon(pixmap)
