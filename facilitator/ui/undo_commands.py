"""Undoable edits (agenda, capture, themes): every step calls a service, so it is stored at once.

Undo calls the inverse service method (restore what was deleted, set the old value back); the
views then re-read through the change feed like after any other edit. Redo of a command that
made rows restores those same rows, never makes new ones, so later steps still find them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack

from facilitator.services.changes import Changes

# Redo is Ctrl+Shift+Z and Ctrl+Y on every platform, each once. Qt's StandardKey.Redo already is
# Ctrl+Shift+Z on X11: adding it again bound the key twice to one action, which Qt treats as
# ambiguous, so redo never fired on Linux (seen with xdotool on the desktop, not offscreen).
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def redo_shortcuts() -> list[QKeySequence]:
    return [QKeySequence(key) for key in REDO_KEYS]


def is_redo_key(event: QKeyEvent) -> bool:
    return any(event.keyCombination() == sequence[0] for sequence in redo_shortcuts())


def stack_actions(stack: QUndoStack, parent: QObject, undo_label: str, redo_label: str) -> tuple[QAction, QAction]:
    """Undo and redo of ``stack`` under fixed labels, with Ctrl+Z and the redo keys.

    Not QUndoStack.createUndoAction: that puts the step's name into the action's text
    ("Undo Edit phases"), so a toolbar button grew and shrank with every edit and pushed the
    pane beside it about. Here the name is in the tooltip.
    """
    undo = _StackAction(undo_label, parent, stack.undo, stack.canUndo(), stack.undoText(),
                        stack.canUndoChanged, stack.undoTextChanged)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = _StackAction(redo_label, parent, stack.redo, stack.canRedo(), stack.redoText(),
                        stack.canRedoChanged, stack.redoTextChanged)
    redo.setShortcuts(redo_shortcuts())
    return undo, redo


class _StackAction(QAction):
    """Follows the stack through its signals' values, so it never asks a stack being destroyed."""

    def __init__(self, label: str, parent: QObject, run: Callable[[], None], possible: bool, step: str,
                 possible_changed: SignalInstance, step_changed: SignalInstance) -> None:
        super().__init__(label, parent)
        self._label = label
        self.triggered.connect(run)
        possible_changed.connect(self.setEnabled)
        step_changed.connect(self._name_step)
        self.setEnabled(possible)
        self._name_step(step)

    def _name_step(self, step: str) -> None:
        self.setToolTip(f"{self._label}: {step}" if step else self._label)


Action = Callable[[], Changes]
Runner = Callable[[Action], bool]  # runs a service call, publishes its Changes, says if it was stored


class ServiceCommand(QUndoCommand):
    """An edit whose redo and undo are service calls.

    ``merge_key`` lets consecutive edits of the same field of the same item become one undo
    step (typing pauses commit the text several times).
    """

    MERGE_ID = 5001

    def __init__(self, text: str, run: Runner, redo: Action, undo: Action, merge_key: object = None) -> None:
        super().__init__(text)
        self._run = run
        self._redo = redo
        self._undo = undo
        self._merge_key = merge_key

    def redo(self) -> None:
        if not self._run(self._redo):
            self.setObsolete(True)

    def undo(self) -> None:
        self._run(self._undo)

    def id(self) -> int:
        return self.MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ServiceCommand) or other._merge_key != self._merge_key:
            return False
        self._redo = other._redo
        return True


class CreateCommand(QUndoCommand):
    """An edit that makes rows (insert, duplicate, import, a typed or pasted line): undo
    soft-deletes them, redo restores them, each in one transaction.

    ``create`` runs once and returns the new ids (none: nothing was made, the step is dropped);
    ``after_create`` (optional) receives them, so the view can select the new row.
    """

    def __init__(
        self,
        text: str,
        run: Runner,
        create: Callable[[], tuple[list[int], Changes]],
        delete: Callable[[Sequence[int]], Changes],
        restore: Callable[[Sequence[int]], Changes],
        after_create: Callable[[list[int]], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._run = run
        self._create = create
        self._delete = delete
        self._restore = restore
        self._after_create = after_create
        self.ids: list[int] | None = None
        self.failed = False  # the first redo could not store (the user was told)

    def redo(self) -> None:
        if self.ids is None:
            created: list[int] = []

            def create() -> Changes:
                ids, changes = self._create()
                created.extend(ids)
                return changes

            stored = self._run(create)
            if not stored or not created:
                self.failed = not stored
                self.setObsolete(True)
                return
            self.ids = created
            if self._after_create is not None:
                self._after_create(created)
            return
        ids = self.ids
        self._run(lambda: self._restore(ids))

    def undo(self) -> None:
        if self.ids is not None:
            ids = self.ids
            self._run(lambda: self._delete(ids))
