"""Attached pictures made fit for a document: a format every writer takes, a sensible size.

Word takes PNG and JPEG (not WebP), a phone photo of 4000 pixels would make the file huge, and a
file that only claims to be a picture must not break the export: it is listed by title instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from facilitator.export.charts import ensure_gui_application

MAX_PIXELS = 1800
"""Widest picture kept: sharp at 16 cm when printed at about 280 dpi."""
FULL_WIDTH_PIXELS = 945
"""A picture this wide (16 cm at 150 dpi) or wider fills the text width; narrower ones keep their size."""


@dataclass(frozen=True)
class DocumentPicture:
    data: bytes  # PNG or JPEG
    width: float  # share of the text width


def document_picture(data: bytes | None) -> DocumentPicture | None:
    """``data`` as PNG or JPEG of at most MAX_PIXELS wide, or ``None`` when it is no picture."""
    if not data:
        return None
    ensure_gui_application()
    image = QImage.fromData(data)
    if image.isNull() or image.width() == 0:
        return None
    jpeg = data[:3] == b"\xff\xd8\xff"
    png = data[:8] == b"\x89PNG\r\n\x1a\n"
    if image.width() > MAX_PIXELS:
        image = image.scaledToWidth(MAX_PIXELS, Qt.TransformationMode.SmoothTransformation)
    elif jpeg or png:
        return DocumentPicture(data, min(1.0, image.width() / FULL_WIDTH_PIXELS))
    return DocumentPicture(_encode(image, "JPG" if jpeg else "PNG"), min(1.0, image.width() / FULL_WIDTH_PIXELS))


def _encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 88 if fmt == "JPG" else -1)
    buffer.close()
    return bytes(data.data())
