"""One captured list on the console: its heading, its numbered lines and the entry line."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QVBoxLayout, QWidget

from facilitator.domain.kinds import ContributionKind
from facilitator.domain.paste import PastedLine
from facilitator.services.capture import CaptureList, CaptureService
from facilitator.services.changes import Changes
from facilitator.services.offline_lines import OfflineLines
from facilitator.ui.capture.entry_line import EntryLine, PasteBar
from facilitator.ui.capture.idle_reload import IdleReload
from facilitator.ui.capture.list_model import ContributionListModel
from facilitator.ui.undo_commands import Action, CreateCommand, Runner, ServiceCommand


def list_title(capture_list: CaptureList,
               translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """"Klynge Syd", "Plenum", or "Klynge Syd — Lokale ønsker" for a custom column.

    ``translate`` is the interface's unless told (the projector's wall writes the workshop's).
    """
    owner = capture_list.cluster_name or translate("CaptureList", "Plenary")
    return f"{owner} — {capture_list.column_label}" if capture_list.column_label else owner


class LineView(QListView):
    """The numbered lines; ``handle_key`` gets each key first unless a line is being edited."""

    def __init__(self, handle_key: Callable[[QKeyEvent], bool]) -> None:
        super().__init__()
        self._handle_key = handle_key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self._handle_key(event):
            return
        super().keyPressEvent(event)


class CaptureListPanel(QWidget):
    """Heading, lines and entry of one list; every change is one service call, undoable.

    Keys on a line: Enter or F2 edit, Delete deletes, Ctrl+Up/Down move, Ctrl+Right/Left indent
    and outdent, Ctrl+D decision, Ctrl+T question, Down past the last line back to the entry.

    Signals:
        leave(int): Tab (+1) or Shift+Tab (-1) from the entry line.
    """

    leave = Signal(int)

    def __init__(
        self,
        capture: CaptureService,
        capture_list: CaptureList,
        undo: QUndoStack,
        run: Runner,
        parent: QWidget | None = None,
        offline: OfflineLines | None = None,
    ) -> None:
        super().__init__(parent)
        self._capture = capture
        self._offline = offline or OfflineLines(capture, None)
        self.capture_list = capture_list
        self._undo = undo
        self._run = run
        self.model = ContributionListModel(
            capture, capture_list.cluster_id, capture_list.column_index, self._edit
        )
        self.heading = QLabel(list_title(capture_list))
        self.heading.setStyleSheet("font-weight: bold; padding: 4px;")
        band = QFrame()  # the cluster's colour, as on the projector's wall
        band.setFixedHeight(4)
        band.setStyleSheet(f"background: {capture_list.colour};")
        self.view = LineView(self._handle_view_key)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._idle_reload = IdleReload([self.view], self._reload, self)
        self.waiting = QLabel()  # lines typed while the server was away, not on it yet
        self.waiting.setWordWrap(True)
        self.waiting.setTextFormat(Qt.TextFormat.PlainText)
        self.waiting.setStyleSheet("color: #8a5a00; background: #fff4d6; padding: 4px;")
        self.waiting.hide()
        self.paste_bar = PasteBar()
        self.paste_bar.accepted.connect(self._add_many)
        self.entry = EntryLine(self.paste_bar)
        self.entry.setPlaceholderText(QCoreApplication.translate("CaptureList", "Type and press Enter"))
        self.entry.submitted.connect(self._add)
        self.entry.leave.connect(self.leave)
        self.entry.undo_requested.connect(undo.undo)
        self.entry.key_for_list.connect(self._on_entry_key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.heading)
        layout.addWidget(band)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.waiting)
        layout.addWidget(self.paste_bar)
        layout.addWidget(self.entry)

    # --- adding -------------------------------------------------------------------------------

    def _add(self, text: str) -> None:
        item_id = self.model.item_id
        if item_id is None:
            return

        def add() -> tuple[list[int], Changes]:
            view, changes, kept = self._offline.add(
                item_id, self.capture_list.cluster_id, text, column_index=self.capture_list.column_index,
                client_id=uuid.uuid4().hex,  # this line's own id: a resend never stores it twice
            )
            if view is not None and view.parent_id is None:
                self.model.append(view)  # on screen now; the change feed's re-read confirms it
            if kept:  # the server is away: in this station's journal, sent when it is back
                self._show_waiting()
            return ([view.id] if view is not None else []), changes

        if not self._push_create(QCoreApplication.translate("CaptureList", "Add line"), add):
            self.entry.keep()  # not stored: the line stays in the field for another Enter
        self._select_last()

    def _show_waiting(self) -> None:
        """The list's lines still in this station's journal, under the stored ones."""
        item_id = self.model.item_id
        pending = self._offline.pending(item_id, self.capture_list.cluster_id,
                                        self.capture_list.column_index) if item_id is not None else []
        if not pending:
            self.waiting.hide()
            return
        heading = QCoreApplication.translate(
            "CaptureList", "Kept on this laptop, sent when the server answers again:")
        rows = [f"• {line.text}" + (QCoreApplication.translate("CaptureList", " (refused by the server: {reason})")
                                     .format(reason=line.refused) if line.refused else "")
                for line in pending]
        self.waiting.setText("\n".join([heading, *rows]))
        self.waiting.show()

    def _add_many(self, lines: list[PastedLine]) -> None:
        item_id = self.model.item_id
        if item_id is None:
            return

        def add() -> tuple[list[int], Changes]:
            views, changes = self._capture.add_many(
                item_id, self.capture_list.cluster_id, lines, column_index=self.capture_list.column_index
            )
            return [v.id for v in views], changes

        self._push_create(QCoreApplication.translate("CaptureList", "Paste lines"), add)
        self._select_last()

    def _push_create(self, text: str, create: Callable[[], tuple[list[int], Changes]]) -> bool:
        """Undo deletes the new lines, redo brings back the same rows, one transaction each.

        Returns False when the lines could not be stored (the user has been told why).
        """
        command = CreateCommand(text, self._run, create, self._capture.delete_many, self._capture.restore_many)
        self._undo.push(command)
        return not command.failed

    def _push(self, text: str, redo: Action, undo: Action) -> None:
        self._undo.push(ServiceCommand(text, self._run, redo, undo))

    def _select_last(self) -> None:
        if self.model.rowCount():
            last = self.model.index(self.model.rowCount() - 1)
            self.view.setCurrentIndex(last)
            self.view.scrollTo(last)

    # --- acting on the current line -----------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.line(index.row()).id if index.isValid() else None

    def _edit(self, contribution_id: int, old: str, new: str) -> None:
        self._push(
            QCoreApplication.translate("CaptureList", "Edit line"),
            lambda: self._capture.edit_text(contribution_id, new),
            lambda: self._capture.edit_text(contribution_id, old),
        )

    def _toggle_kind(self, kind: ContributionKind) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        line = self.model.line(index.row())
        new = ContributionKind.IDEA if line.kind == kind else kind
        self._push(
            QCoreApplication.translate("CaptureList", "Mark line"),
            lambda: self._capture.set_kind(line.id, new),
            lambda: self._capture.set_kind(line.id, line.kind),
        )

    def _move(self, delta: int) -> None:
        contribution_id = self.current_id()
        if contribution_id is None:
            return
        self._push(
            QCoreApplication.translate("CaptureList", "Move line"),
            lambda: self._capture.move(contribution_id, delta),
            lambda: self._capture.move(contribution_id, -delta),
        )
        self.select(contribution_id)

    def _indent(self, inward: bool) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        line = self.model.line(index.row())
        if (line.parent_id is None) != inward:
            return
        indent = lambda: self._capture.indent(line.id)  # noqa: E731
        outdent = lambda: self._capture.outdent(line.id)  # noqa: E731
        redo, undo = (indent, outdent) if inward else (outdent, indent)
        self._push(QCoreApplication.translate("CaptureList", "Indent line"), redo, undo)
        self.select(line.id)

    def _delete(self) -> None:
        contribution_id = self.current_id()
        if contribution_id is None:
            return
        row = self.view.currentIndex().row()
        self._push(
            QCoreApplication.translate("CaptureList", "Delete line"),
            lambda: self._capture.delete(contribution_id),
            lambda: self._capture.restore(contribution_id),
        )
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def select(self, contribution_id: int) -> None:
        row = self.model.row_of(contribution_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))

    # --- keys ---------------------------------------------------------------------------------

    def _on_entry_key(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Up:
            if self.model.rowCount():
                self._select_last()
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._on_kind_key(event)

    def _on_kind_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return False
        if event.key() == Qt.Key.Key_D:
            self._toggle_kind(ContributionKind.DECISION)
        elif event.key() == Qt.Key.Key_T:
            self._toggle_kind(ContributionKind.QUESTION)
        else:
            return False
        return True

    def _handle_view_key(self, event: QKeyEvent) -> bool:
        key, ctrl = event.key(), event.modifiers() == Qt.KeyboardModifier.ControlModifier
        actions: dict[tuple[Qt.Key, bool], Callable[[], None]] = {
            (Qt.Key.Key_Up, True): lambda: self._move(-1),
            (Qt.Key.Key_Down, True): lambda: self._move(1),
            (Qt.Key.Key_Right, True): lambda: self._indent(True),
            (Qt.Key.Key_Left, True): lambda: self._indent(False),
            (Qt.Key.Key_Delete, False): self._delete,
            (Qt.Key.Key_Return, False): lambda: self.view.edit(self.view.currentIndex()),
            (Qt.Key.Key_Enter, False): lambda: self.view.edit(self.view.currentIndex()),
        }
        if (key, ctrl) in actions:
            actions[(key, ctrl)]()
            return True
        if self._on_kind_key(event):
            return True
        last = self.view.currentIndex().row() == self.model.rowCount() - 1
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape) or (key == Qt.Key.Key_Down and last):
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.matches(QKeySequence.StandardKey.Undo):
            self._undo.undo()
            return True
        return False

    def set_item(self, item_id: int | None) -> None:
        self.model.set_item(item_id)
        self._show_waiting()

    def reload(self) -> None:
        self._idle_reload.request()

    def _reload(self) -> None:
        current = self.current_id()
        self.model.reload()
        self._show_waiting()
        if current is not None:
            self.select(current)
