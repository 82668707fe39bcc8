"""One "Table scribes" window per open file, opened from the console or the capture screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from facilitator.services.workshops import WorkshopService
from facilitator.ui.scribes.host import ScribeHost


class ScribesOpener(QObject):
    """Shows the (one) scribes dialog for a workshop, building it the first time.

    Signals:
        join_screen_requested(): the dialog's "Join screen on the projector" was pressed.
    """

    join_screen_requested = Signal()

    def __init__(self, host: ScribeHost, workshops: WorkshopService, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self._workshops = workshops
        self._parent = parent
        self.dialog = None

    def open(self, workshop_id: int | None) -> None:
        if workshop_id is None:
            return
        from facilitator.ui.scribes.dialog import ScribesDialog  # loads the web stack: not at start-up

        if self.dialog is None or self.dialog.workshop_id != workshop_id:
            if self.dialog is not None:
                self.dialog.close()
                self.dialog.deleteLater()
            self.dialog = ScribesDialog(self.host, self._workshops, workshop_id, self._parent)
            self.dialog.join_screen_requested.connect(self.join_screen_requested)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
