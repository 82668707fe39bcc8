"""The progress bar and status line of the dialogs that write files (minutes, send package)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QWidget


def show_progress(bar: QProgressBar, done: int, total: int) -> None:
    """Repaint the bar while the file is written, but let no click start a second write meanwhile."""
    bar.setMaximum(total)
    bar.setValue(done)
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def show_failure(parent: QWidget, bar: QProgressBar, status: QLabel, title: str, message: str) -> None:
    """Clear the half-done progress and say in a warning why nothing was written."""
    status.setText("")
    bar.setValue(0)
    QMessageBox.warning(parent, title, message)
