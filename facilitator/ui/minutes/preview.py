"""The live preview of the minutes: the Qt writer's document in a read-only, scrollable view."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from facilitator.export.document import DocumentPlan
from facilitator.export.qt_writer import TEXT_WIDTH, qt_document

PAGE_MARGIN = 36  # around the text, like a page's margin on screen


class MinutesPreview(QTextBrowser):
    """Shows a plan as the minutes will look; keeps the reader's place across refreshes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesPreview")
        self.setOpenLinks(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(int(TEXT_WIDTH) + 2 * PAGE_MARGIN)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("white"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#262626"))
        self.setPalette(palette)
        self.plan: DocumentPlan | None = None
        self._document: QTextDocument | None = None  # ours; the browser's first one is its own

    def show_plan(self, plan: DocumentPlan) -> None:
        bar = self.verticalScrollBar()
        place = bar.value() / bar.maximum() if bar.maximum() else 0.0
        old = self._document
        document = qt_document(plan)
        document.setDocumentMargin(PAGE_MARGIN)
        document.setParent(self)
        self.setDocument(document)
        self._document = document
        if old is not None:
            old.deleteLater()
        self.plan = plan
        bar.setValue(round(place * bar.maximum()))

    def plain_text(self) -> str:
        return self.document().toPlainText()

    def scroll_to_part(self, number: int) -> None:
        """Bring the ``number``-th part's heading (0 = the first level-1 heading) to the top."""
        block = self.document().begin()
        seen = -1
        while block.isValid():
            if block.blockFormat().headingLevel() == 1:
                seen += 1
                if seen == number:
                    top = self.document().documentLayout().blockBoundingRect(block).top()
                    self.verticalScrollBar().setValue(round(top))
                    return
            block = block.next()

