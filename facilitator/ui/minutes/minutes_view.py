"""The Minutes section of the main window: what the minutes will hold, and the export button."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from facilitator.export.errors import ExportError
from facilitator.export.minutes_read import read_minutes_data
from facilitator.services.changes import Changes
from facilitator.services.workshops import WorkshopService
from facilitator.storage.database import Store
from facilitator.ui.changes_bus import ChangesBus
from facilitator.ui.minutes.file_opener import FileOpener, open_with_desktop
from facilitator.ui.minutes.outline_model import OutlineModel

if TYPE_CHECKING:
    from facilitator.ui.minutes.export_dialog import ExportDialog


class MinutesView(QWidget):
    """An outline of the minutes, the export (button or Ctrl+E) and the last file written.

    The outline is re-read when the section is shown and, while it is visible, when stored data
    changes; hidden, it costs nothing during the day.
    """

    def __init__(self, store: Store, workshops: WorkshopService, bus: ChangesBus,
                 parent: QWidget | None = None, open_file: FileOpener = open_with_desktop) -> None:
        super().__init__(parent)
        self._store = store
        self._workshops = workshops
        self._open_file = open_file
        self._workshop_id: int | None = None
        self._last: Path | None = None
        self.outline = OutlineModel(self)
        self.outline_view = QTreeView(objectName="minutesOutline")
        self.outline_view.setModel(self.outline)
        self.outline_view.setRootIsDecorated(False)
        self.outline_view.setAlternatingRowColors(True)
        bus.changed.connect(self._on_changed)
        intro = QLabel(self.tr(
            "The minutes are a Word document shaped like a consultant's referat: title block, "
            "participants by cluster, the programme with planned and actual times, one numbered "
            "section per agenda item with each cluster's list, Q&A, themes, votes and "
            "accept-criticise-offer, then the evaluation and the next steps."
        ))
        intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export minutes…"))
        self.export_button.clicked.connect(self.open_export_dialog)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_export_dialog)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.open_last_button = QPushButton(self.tr("&Open the last exported file"))
        self.open_last_button.clicked.connect(lambda: self._last and self._open_file(self._last))
        self.open_last_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.outline_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_last_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.last_label)

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
        """Re-read the workshop and show what its minutes will hold."""
        if self._workshop_id is None:
            return
        try:
            data = read_minutes_data(self._store, self._workshop_id)
        except ExportError:  # the workshop was deleted meanwhile; the picker will move on
            self.outline.clear()
            return
        self.outline.show(data)
        self.outline_view.resizeColumnToContents(0)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def make_dialog(self) -> ExportDialog:
        assert self._workshop_id is not None
        # The exporter (and python-docx) load when first needed, not at start-up.
        from facilitator.ui.minutes.export_dialog import ExportDialog

        dialog = ExportDialog(self._store, self._workshops.get(self._workshop_id), self, self._open_file)
        dialog.exported.connect(self._remember)
        return dialog

    def open_export_dialog(self) -> None:
        if self._workshop_id is not None:
            self.make_dialog().exec()

    def _remember(self, path: str) -> None:
        self._last = Path(path)
        self.last_label.setText(self.tr("Last exported: {path}").format(path=path))
        self.open_last_button.setEnabled(True)
