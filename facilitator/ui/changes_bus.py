"""The one notification that a user action changed stored data (Anki's operation_did_execute)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.services.changes import Changes
from facilitator.storage.errors import StoreError

P = ParamSpec("P")
R = TypeVar("R")


class ChangesBus(QObject):
    """Carries the :class:`Changes` of every service call to the views that show that data.

    Signals:
        changed(Changes): stored data changed; views re-read what the flags name.
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)


def perform(parent: QWidget, bus: ChangesBus, action: Callable[P, Changes], *args: P.args,
            **kwargs: P.kwargs) -> bool:
    """Run a service call that returns :class:`Changes`; tell the user if it could not be saved.

    Returns whether it was saved. The service rolled back on failure, so what is on disk is
    still consistent; the user's text stays in the widget for another try.
    """
    try:
        changes = action(*args, **kwargs)
    except StoreError as error:
        show_store_error(parent, error)
        return False
    bus.publish(changes)
    return True


def perform_returning(parent: QWidget, bus: ChangesBus, action: Callable[P, tuple[R, Changes]],
                      *args: P.args, **kwargs: P.kwargs) -> R | None:
    """Like :func:`perform` for service calls that also return a value (a new row's id)."""
    try:
        value, changes = action(*args, **kwargs)
    except StoreError as error:
        show_store_error(parent, error)
        return None
    bus.publish(changes)
    return value


def show_store_error(parent: QWidget | None, error: StoreError) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("ChangesBus", "Not saved"), error.message())
