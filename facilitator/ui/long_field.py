"""A warning under a text that passes 100 KB: kept whole, but slow in Word and LibreOffice.

Found by an adversarial run: one 1 MB field exported in a second, but LibreOffice took minutes to
lay it out. Nothing is refused or cut (the text is the user's); the note says what to expect while
there is still time to move the text into an attachment.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

LONG_FIELD_BYTES = 100_000


def field_size(text: str) -> int:
    """The text's size as stored (UTF-8 bytes)."""
    return len(text.encode("utf-8", "surrogatepass"))


def long_field_warning(text: str, field: str = "") -> str | None:
    """The warning for ``text`` (in the user's language), or None while it is below 100 KB."""
    size = field_size(text)
    if size < LONG_FIELD_BYTES:
        return None
    kb = round(size / 1000)
    if field:
        return QCoreApplication.translate(
            "LongField", "“{field}” is {kb} KB long. It is kept whole, but minutes with it will be "
            "slow to open in Word and LibreOffice: an attachment suits a text this long.").format(field=field, kb=kb)
    return QCoreApplication.translate(
        "LongField", "The text is {kb} KB long. It is kept whole, but minutes with it will be slow to "
        "open in Word and LibreOffice: an attachment suits a text this long.").format(kb=kb)


class LongFieldNote(QLabel):
    """Shows :func:`long_field_warning` for the texts it is told of, hidden while none is long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("longFieldNote")
        self.setWordWrap(True)
        self.setStyleSheet("color: #9a5b00;")
        self.hide()

    def check(self, texts: dict[str, str]) -> None:
        """``texts`` by the name the user knows them by; the first long one is told of."""
        warning = next((w for w in (long_field_warning(t, f) for f, t in texts.items()) if w), None)
        self.setText(warning or "")
        self.setVisible(warning is not None)
