"""Render resources/icons/facilitator.svg to the PNG sizes and the Windows .ico the app ships.

Run after changing the SVG: ``QT_QPA_PLATFORM=offscreen python3 tools/make_icons.py``. The PNGs
are the window icon and the freedesktop icon; PyInstaller makes the macOS .icns from the 512 px
PNG; the .ico carries several sizes for Explorer.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "facilitator.svg"))
    if not renderer.isValid():
        raise SystemExit("facilitator.svg could not be read")
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"facilitator-{size}.png"))
    # Written here, not by Qt's ico plugin: that one stores one size per file.
    frames = []
    for size in ICO_SIZES:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(renderer, size).save(buffer, "PNG")
        frames.append((size, bytes(data)))
    (ICONS / "facilitator.ico").write_bytes(_ico(frames))
    return 0


def _ico(frames: list[tuple[int, bytes]]) -> bytes:
    """An ICO file holding PNG-compressed frames (supported since Windows Vista)."""
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(frames).to_bytes(2, "little")
    offset = 6 + 16 * len(frames)
    entries, payload = b"", b""
    for size, png in frames:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(png).to_bytes(4, "little") + (offset + len(payload)).to_bytes(4, "little")
        payload += png
    return header + entries + payload


if __name__ == "__main__":
    sys.exit(main())
