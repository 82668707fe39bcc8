"""The Minutes section: an overview of what the minutes hold, their live preview, the export
and the send package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.export.minutes import build_plan
from facilitator.services.changes import Changes
from facilitator.services.reading import ReadingService
from facilitator.services.workshops import WorkshopService
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.minutes.file_opener import FileOpener, open_with_desktop
from facilitator.ui.minutes.outline_model import OutlineModel
from facilitator.ui.minutes.preview import MinutesPreview

if TYPE_CHECKING:
    from facilitator.ui.minutes.export_dialog import ExportDialog
    from facilitator.ui.minutes.package_dialog import PackageDialog

REFRESH_MS = 300
"""A change is shown this long after it was stored, at most: several changes cost one rebuild."""


class MinutesView(QWidget):
    """An overview and a live preview of the minutes, the export (Ctrl+E) and the last file.

    Moving to a row of the overview scrolls the preview to that part.

    Both are rebuilt from the stored workshop when the section is shown and, while it is visible,
    after stored data changes; hidden, the section costs nothing during the day.
    """

    def __init__(self, reading: ReadingService, workshops: WorkshopService, feed: ChangeFeed,
                 parent: QWidget | None = None, open_file: FileOpener = open_with_desktop) -> None:
        super().__init__(parent)
        self._reading = reading
        self._workshops = workshops
        self._open_file = open_file
        self._workshop_id: int | None = None
        self._last: Path | None = None
        self.outline = OutlineModel(self)
        self.outline_view = QTreeView(objectName="minutesOutline")
        self.outline_view.setModel(self.outline)
        self.outline_view.setRootIsDecorated(False)
        self.outline_view.setAlternatingRowColors(True)
        self.outline_view.setWordWrap(True)
        self.preview = MinutesPreview()
        # Moving through the overview (keys or mouse) shows that part in the preview.
        self.outline_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: current.isValid() and self.preview.scroll_to_part(current.row()))
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        feed.changed.connect(self._on_changed)
        self.export_button = QPushButton(self.tr("&Export minutes…"))
        self.export_button.clicked.connect(self.open_export_dialog)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_export_dialog)
        self.package_button = QPushButton(self.tr("Prepare for &sending…"))
        self.package_button.setToolTip(self.tr("The minutes as Word and PDF, the attachments and an e-mail draft"))
        self.package_button.clicked.connect(self.open_package_dialog)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, self.open_package_dialog)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.open_last_button = QPushButton(self.tr("&Open the last exported file"))
        self.open_last_button.clicked.connect(lambda: self._last and self._open_file(self._last))
        self.open_last_button.setEnabled(False)
        self._layout()

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.outline_view, 1)
        for button in (self.export_button, self.package_button, self.open_last_button):
            column.addWidget(button)
        column.addWidget(self.last_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    def focus_work(self) -> None:
        """The export button: Space or Enter writes the minutes."""
        self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_workshop(self, workshop_id: int) -> None:
        self._workshop_id = workshop_id
        self._last = None
        self.last_label.clear()
        self.open_last_button.setEnabled(False)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the workshop and show what its minutes will hold, and how."""
        self._refresh_timer.stop()
        if self._workshop_id is None:
            return
        try:
            reading = self._reading.read(self._workshop_id)
        except LookupError:  # the workshop was deleted meanwhile; the picker will move on
            self.outline.clear()
            return
        plan = build_plan(reading)
        self.outline.show(plan)
        self.outline_view.resizeColumnToContents(0)
        self.preview.show_plan(plan)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible() and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def make_dialog(self) -> ExportDialog:
        assert self._workshop_id is not None
        # The exporter (and python-docx) load when first needed, not at start-up.
        from facilitator.ui.minutes.export_dialog import ExportDialog

        dialog = ExportDialog(self._reading, self._workshops.get(self._workshop_id), self, self._open_file)
        dialog.exported.connect(self._remember)
        return dialog

    def make_package_dialog(self) -> PackageDialog:
        assert self._workshop_id is not None
        from facilitator.export.minutes import MinutesOptions
        from facilitator.ui.minutes.package_dialog import PackageDialog

        dialog = PackageDialog(self._reading, self._workshops.get(self._workshop_id), MinutesOptions(), self,
                               self._open_file)
        dialog.written.connect(self._remember)
        return dialog

    def open_package_dialog(self) -> None:
        if self._workshop_id is not None:
            self.make_package_dialog().exec()

    def open_export_dialog(self) -> None:
        if self._workshop_id is not None:
            self.make_dialog().exec()

    def _remember(self, path: str) -> None:
        self._last = Path(path)
        self.last_label.setText(self.tr("Last exported: {path}").format(path=path))
        self.open_last_button.setEnabled(True)
