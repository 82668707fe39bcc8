"""What the room looked like, kept as it changes, so that a restart mid-run puts it back.

A crash or a kill gives no chance to save on the way out, so the window's geometry (maximised or
not, on which screen), the section shown and whether the projector is open are written to the
settings and synced to disk when they change. On the next start the window takes its old
geometry before it is first painted; once the workshop is shown, a run in progress opens on the
Run section with the projector reopened (if it was open) on the screen F5 would choose, the
remembered one first. Outside a run the window comes back on the section it was left on.

This module imports only Qt: start-up uses it before the database stack is loaded.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QWidget

GEOMETRY = "window/geometry"
SECTION = "window/section"
PROJECTOR_OPEN = "run/projector_open"
SAVE_DELAY_MS = 250  # a window dragged across the screen is written once it rests, not per pixel
_GEOMETRY_EVENTS = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowStateChange)


class RoomWindow(Protocol):
    """What the memory needs of the main window."""

    def show_section(self, key: str) -> None: ...

    def section_keys(self) -> list[str]: ...


class RunRoom(Protocol):
    """What the memory needs of the run console."""

    def run_in_progress(self) -> bool: ...

    def open_projector(self) -> None: ...


def restore_geometry(settings: QSettings, window: QWidget) -> None:
    """Give ``window`` the geometry it had when the app last ended (before it is shown)."""
    saved = settings.value(GEOMETRY)
    if isinstance(saved, QByteArray | bytes) and saved:
        window.restoreGeometry(QByteArray(saved))


class RoomMemory(QObject):
    """Reads what the room looked like at start, then keeps the settings up to date.

    Create it before anything changes the window (its constructor reads the section and the
    projector as they were), :meth:`watch` the window and the console, then :meth:`restore`.
    """

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.section = str(settings.value(SECTION, "") or "")
        self.projector_was_open = _flag(settings.value(PROJECTOR_OPEN, False))
        self._window: QWidget | None = None
        self._save_later = QTimer(self)
        self._save_later.setSingleShot(True)
        self._save_later.setInterval(SAVE_DELAY_MS)
        self._save_later.timeout.connect(self._save_geometry)

    def watch(self, window: QWidget) -> None:
        """Write ``window``'s geometry whenever it has moved, been resized, maximised or restored."""
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window
        window.installEventFilter(self)

    def remember_section(self, key: str) -> None:
        self._write(SECTION, key)

    def remember_projector(self, is_open: bool) -> None:
        """The user opened or closed the projector (closing with the app is not closing it)."""
        self._write(PROJECTOR_OPEN, is_open)

    def restore(self, window: RoomWindow, run: RunRoom) -> None:
        """Put back the section, and in a run in progress the Run section and the projector."""
        if run.run_in_progress():
            window.show_section("run")
            if self.projector_was_open:
                run.open_projector()
        elif self.section in window.section_keys():
            window.show_section(self.section)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._window and event.type() in _GEOMETRY_EVENTS:
            self._save_later.start()
        return False

    def _save_geometry(self) -> None:
        if self._window is not None:
            self._write(GEOMETRY, self._window.saveGeometry())

    def _write(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()  # on disk now: a kill -9 a second later must not lose it


def _flag(value: object) -> bool:
    """A boolean read back from the settings (INI files give the string "true")."""
    return value is True or str(value).lower() == "true"
