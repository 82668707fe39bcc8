"""Undoable capture actions: each redo and undo is one service call, so undo is stored too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from facilitator.services.changes import Changes

Call = Callable[[], Changes]


class ServiceCommand(QUndoCommand):
    """An undo step made of two service calls; ``run`` publishes their Changes (and shows errors)."""

    def __init__(self, text: str, redo: Call, undo: Call, run: Callable[[Call], bool]) -> None:
        super().__init__(text)
        self._redo, self._undo, self._run = redo, undo, run

    def redo(self) -> None:
        if not self._run(self._redo):
            self.setObsolete(True)

    def undo(self) -> None:
        self._run(self._undo)

