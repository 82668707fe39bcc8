"""Waiting on the network without freezing the window: a job in a thread, a calm busy dialog.

Connecting to a server (opening it, its password asked again, putting a workshop on it) can
wait up to the connect timeout on an address that does not answer. :func:`wait_for` runs such
a job in a thread of its own while the event loop keeps turning: the window repaints, the
projector's countdown goes on, and after a moment a small dialog says what is being waited for,
with Cancel (Esc). A quick job finishes before the dialog shows, so nothing flashes.

Cancel stops the waiting, not the job (a connect in progress cannot be interrupted): what the
job returns after Cancel is handed to ``discard`` (a store is closed), and it is never used.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget
from shiboken6 import isValid

R = TypeVar("R")
SHOW_AFTER_MS = 300  # a job done sooner shows no dialog at all
DONE_CHECK_MS = 15  # how often the GUI thread looks whether the job is done


class Cancelled(Exception):
    """The user stopped waiting (Cancel or Esc); nothing of the job is used."""


class _Job(Generic[R]):
    """One job's outcome, shared by the worker and the GUI thread under one lock."""

    def __init__(self, job: Callable[[], R], discard: Callable[[R], None] | None) -> None:
        self._job = job
        self._discard = discard
        self._lock = threading.Lock()
        self.finished = False
        self.cancelled = False
        self.value: R | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        """In the worker thread."""
        value: R | None = None
        error: BaseException | None = None
        try:
            value = self._job()
        except BaseException as exc:  # noqa: BLE001 (handed to the GUI thread, raised there)
            error = exc
        with self._lock:
            self.finished, self.value, self.error = True, value, error
            late = self.cancelled
        if late:
            self._throw_away(value)

    def cancel(self) -> None:
        """In the GUI thread: the outcome, now or later, is thrown away."""
        with self._lock:
            self.cancelled = True
            arrived = self.finished
        if arrived:
            self._throw_away(self.value)

    def _throw_away(self, value: R | None) -> None:
        if value is not None and self._discard is not None:
            self._discard(value)


class BusyDialog(QDialog):
    """"Connecting to …" with a moving bar and Cancel; Esc cancels as well.

    The dialog itself has the focus and Cancel is no default button, so a key typed while it
    shows (Enter, Space at the end of a sentence) never cancels by accident. ``keys_to`` is a
    widget that keeps typed keys for later (the opening page at start-up): they go there.
    """

    def __init__(self, text: str, parent: QWidget | None, keys_to: QWidget | None = None) -> None:
        super().__init__(parent, objectName="busy_dialog")
        self.setWindowTitle(self.tr("Please wait"))
        self.setModal(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._keys_to = keys_to
        self.label = QLabel(text, wordWrap=True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: no fraction to show
        bar.setTextVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._passed_on(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self._passed_on(event):
            super().keyReleaseEvent(event)

    def _passed_on(self, event: QKeyEvent) -> bool:
        """Send a typed key (any but Esc) to the widget that keeps keys; whether it went there."""
        if event.key() == Qt.Key.Key_Escape or self._keys_to is None or not isValid(self._keys_to):
            return False
        QApplication.sendEvent(self._keys_to, event)
        return True


def wait_for(parent: QWidget | None, text: str, job: Callable[[], R],
             discard: Callable[[R], None] | None = None, keys_to: QWidget | None = None) -> R:
    """``job()``'s result, run in a thread while the event loop turns; raises what it raised.

    ``text`` is what the busy dialog says. Raises :class:`Cancelled` when the user cancels;
    the job's late result then goes to ``discard``. Keyboard and mouse wait until the dialog
    shows (they are kept, not lost), so nothing else is started meanwhile; keys typed then go
    to ``keys_to`` if given (see :class:`BusyDialog`).
    """
    state: _Job[R] = _Job(job, discard)
    loop = QEventLoop()
    threading.Thread(target=state.run, name="wait-for", daemon=True).start()
    done = QTimer(interval=DONE_CHECK_MS)  # no Qt object is touched from the worker thread
    done.timeout.connect(lambda: state.finished and loop.quit())
    done.start()
    show = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    show.timeout.connect(loop.quit)
    show.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if not state.finished:
        before = QApplication.focusWidget()
        dialog = BusyDialog(text, parent, keys_to)
        cancelled: list[bool] = []
        dialog.rejected.connect(lambda: cancelled.append(True))
        dialog.rejected.connect(loop.quit)
        dialog.open()
        dialog.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        loop.exec()
        dialog.blockSignals(True)  # closed by the job's end: not a Cancel
        dialog.hide()
        dialog.deleteLater()
        _give_focus_back(before)
        if cancelled or not state.finished:
            done.stop()
            state.cancel()
            raise Cancelled
    show.stop()
    done.stop()
    if state.error is not None:
        raise state.error
    return state.value  # type: ignore[return-value]


def _give_focus_back(widget: QWidget | None) -> None:
    """Where the user was before the dialog: its window active again, the same field focused."""
    if widget is None or not isValid(widget) or not widget.isVisible():
        return
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
