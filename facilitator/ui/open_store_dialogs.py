"""Opening a workshop file from the window: what the user is asked, and what they are told.

A lock left on another computer cannot be judged from here (a USB stick moved after a crash):
the user sees its host and time and may take the file over. While another program writes to the
file for a moment, the status bar says "busy, retrying" and is painted at once, because the
writing user action is waiting on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMessageBox, QWidget

from facilitator.storage.database import open_store
from facilitator.storage.errors import LockedError, busy_retrying
from facilitator.storage.store import Store

BUSY_MESSAGE_MS = 10_000


def open_store_asking(parent: QWidget | None, path: Path | str) -> Store:
    """``open_store(path)`` (a file or a server's URL); a lock from another computer is offered
    for taking over."""
    try:
        return open_store(path)
    except LockedError as error:
        if not error.may_take_over or not confirm_take_over(parent, error):
            raise
    return open_store(path, take_over_lock=True)


def ask_password(parent: QWidget | None, server: str) -> str | None:
    """The password for ``server`` (its address without one), or ``None`` when the user declines.
    The caller keeps it in memory only: it is never written anywhere."""
    password, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("OpenStore", "Password"),
        QCoreApplication.translate("OpenStore", "Password for {server}:").format(server=server),
        QLineEdit.EchoMode.Password)
    return password if ok else None


def confirm_take_over(parent: QWidget | None, error: LockedError) -> bool:
    """Ask whether the lock is stale; "Cancel" is the default, taking over must be chosen."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("OpenStore", "Workshop file in use"),
                      error.message(), QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate(
        "OpenStore",
        "Take the file over only if you are sure Facilitator is not running there any more: two "
        "Facilitators writing to the same file can lose work."))
    take_over = box.addButton(QCoreApplication.translate("OpenStore", "Take over the file"),
                              QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is take_over


def show_busy_in(window: QMainWindow, store: Store) -> None:
    """Let ``store`` say "busy, retrying" in ``window``'s status bar while a write waits."""

    def tell() -> None:
        window.statusBar().showMessage(busy_retrying(store.location), BUSY_MESSAGE_MS)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    store.set_busy_notice(tell)
