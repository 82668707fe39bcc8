"""PDF from a document plan through Qt: QPdfWriter, page numbers, fonts embedded, pages kept
the way Word keeps them (:mod:`facilitator.export.pages`).

No Word and no display are needed (the offscreen platform will do), so ``export-minutes -o
minutes.pdf`` works on a server. The QTextDocument is laid out in pages of the body's size and
each page is drawn with its footer ("Side 2 af 7"); Qt repeats table header rows on each page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)

from facilitator.export.charts import ensure_gui_application
from facilitator.export.document import DocumentPlan
from facilitator.export.pages import paged_layout
from facilitator.export.qt_writer import FONT_FAMILIES, LAYOUT_DPI

Progress = Callable[[int, int], None]

MARGINS_MM = QMarginsF(25, 22, 25, 18)  # left, top, right, bottom
FOOTER = 28.0  # layout units kept below the body for the page number
FOOTER_COLOUR = QColor("#7f7f7f")


def write_pdf(plan: DocumentPlan, progress: Progress | None = None) -> bytes:
    """The plan as the bytes of an A4 PDF with "page of pages" in every footer."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(int(LAYOUT_DPI))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(plan.title)
    writer.setCreator("Facilitator")
    body = writer.pageLayout().paintRectPixels(int(LAYOUT_DPI))
    page = QSizeF(body.width(), body.height() - FOOTER)
    document = paged_layout(plan, body.width(), page, writer).document
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        footer_font = QFont()
        footer_font.setFamilies(FONT_FAMILIES)
        footer_font.setPointSizeF(9)
        for number in range(pages):
            if number:
                writer.newPage()
            _draw_page(painter, document, number, page)
            painter.setFont(footer_font)
            painter.setPen(FOOTER_COLOUR)
            text = plan.footer.replace("{pages}", str(pages)).replace("{page}", str(number + 1))
            painter.drawText(QRectF(0, page.height(), page.width(), FOOTER),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), text)
            if progress is not None:
                progress(number + 1, pages + 1)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _draw_page(painter: QPainter, document: object, number: int, page: QSizeF) -> None:
    painter.save()
    painter.translate(0, -number * page.height())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, number * page.height(), page.width(), page.height())
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    context.palette = palette
    painter.setClipRect(context.clip)
    document.documentLayout().draw(painter, context)  # type: ignore[attr-defined]
    painter.restore()
