"""QR codes as Qt paints them: segno makes the module matrix, a painter draws it crisp at any size."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.ui.scribes.join_screen import Matrix

QUIET_ZONE = 4  # modules of light margin around the code: scanners need it (ISO 18004)


@lru_cache(maxsize=64)
def qr_matrix(text: str) -> Matrix:
    """The dark modules of ``text``'s QR code, quiet zone included (error correction M)."""
    import segno  # only once a code is drawn: not part of every start-up

    code = segno.make(text, error="m", micro=False)
    return tuple(tuple(bool(module) for module in row) for row in code.matrix_iter(border=QUIET_ZONE))


def paint_qr(painter: QPainter, box: QRectF, matrix: Matrix) -> QRectF:
    """Draw ``matrix`` as the largest whole-pixel square centred in ``box``; returns where."""
    count = len(matrix)
    if count == 0:
        return QRectF()
    module = max(1, int(min(box.width(), box.height()) // count))
    side = module * count
    left = round(box.center().x() - side / 2)
    top = round(box.center().y() - side / 2)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left, top, side, side), QColor("white"))
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        x = 0
        while x < count:  # one rectangle per run of dark modules: fewer, crisper strokes
            if row[x]:
                start = x
                while x < count and row[x]:
                    x += 1
                painter.drawRect(left + start * module, top + y * module, (x - start) * module, module)
            else:
                x += 1
    painter.restore()
    return QRectF(left, top, side, side)


class QrWidget(QWidget):
    """A QR code in the console, as large as its space allows."""

    def __init__(self, parent: QWidget | None = None, side: int = 180) -> None:
        super().__init__(parent)
        self._matrix: Matrix = ()
        self._side = side
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(side, side)

    @property
    def text(self) -> str:
        return self._text if self._matrix else ""

    def set_text(self, text: str) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else ()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        paint_qr(painter, QRectF(self.rect()), self._matrix)
        painter.end()
