"""The Minutes section of the main window: what the minutes hold, and the export button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.services.workshops import WorkshopService
from facilitator.storage.database import Store
from facilitator.ui.minutes.export_dialog import ExportDialog, FileOpener, open_with_desktop


class MinutesView(QWidget):
    """Starts the export (button or Ctrl+E) and offers to open the last file written."""

    def __init__(self, store: Store, workshops: WorkshopService, parent: QWidget | None = None,
                 open_file: FileOpener = open_with_desktop) -> None:
        super().__init__(parent)
        self._store = store
        self._workshops = workshops
        self._open_file = open_file
        self._workshop_id: int | None = None
        self._last: Path | None = None
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
        layout.addWidget(self.export_button)
        layout.addWidget(self.last_label)
        layout.addWidget(self.open_last_button)
        layout.addStretch(1)

    def show_workshop(self, workshop_id: int) -> None:
        self._workshop_id = workshop_id
        self._last = None
        self.last_label.clear()
        self.open_last_button.setEnabled(False)

    def make_dialog(self) -> ExportDialog:
        assert self._workshop_id is not None
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
