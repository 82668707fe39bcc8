"""The console's capture page: every cluster's list and the plenary's, side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from facilitator.services.capture import CaptureService
from facilitator.services.changes import Changes
from facilitator.services.offline_lines import OfflineLines
from facilitator.ui.capture.list_panel import CaptureListPanel
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.undo_commands import Action, stack_actions


class ContributionsPage(QWidget):
    """One panel per list of the current item; Tab and Shift+Tab (or Alt+1…9) move between them.

    Deleting, editing, moving and marking lines are undoable (Ctrl+Z, Ctrl+Shift+Z); the undo
    history belongs to the item and is cleared when another item is shown.
    """

    def __init__(self, capture: CaptureService, feed: ChangeFeed, parent: QWidget | None = None,
                 offline: OfflineLines | None = None) -> None:
        super().__init__(parent)
        self._capture = capture
        self._offline = offline or OfflineLines(capture, None)  # a server's journal, when there is one
        self._feed = feed
        self._item_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.panels: list[CaptureListPanel] = []
        self._last_list = 0  # the list whose entry line had the focus last, for coming back
        QApplication.instance().focusChanged.connect(self._remember_list)  # type: ignore[union-attr]
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self._row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._add_actions()
        feed.changed.connect(self._on_changed)

    def _add_actions(self) -> None:
        actions = list(stack_actions(self.undo_stack, self, self.tr("Undo"), self.tr("Redo")))
        for number in range(1, 10):
            jump = QAction(self)
            jump.setShortcut(QKeySequence(f"Alt+{number}"))
            jump.triggered.connect(lambda _=False, index=number - 1: self.focus_list(index))
            actions.append(jump)
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def run(self, call: Action) -> bool:
        """Run one service call, publish its Changes, show a storage error if it failed."""
        return perform(self, self._feed, call)

    def set_item(self, item_id: int | None) -> None:
        """Show ``item_id``'s lists; a half-typed line in the old item is stored first."""
        self.flush()
        if item_id == self._item_id and self.panels:
            return
        self.undo_stack.clear()
        self._item_id = item_id
        self._rebuild()

    def flush(self) -> None:
        """Store every half-typed line (switching item or screen must lose nothing)."""
        for panel in self.panels:
            panel.entry.commit()

    def _rebuild(self) -> None:
        for panel in self.panels:
            panel.entry.blockSignals(True)  # already flushed; deleting must not re-submit
            self._row.removeWidget(panel)
            panel.hide()  # deleteLater waits for the event loop; the new panels show at once
            panel.deleteLater()
        self.panels = []
        self._last_list = 0
        if self._item_id is None:
            return
        for capture_list in self._capture.capture_lists(self._item_id):
            panel = CaptureListPanel(self._capture, capture_list, self.undo_stack, self.run, offline=self._offline)
            panel.leave.connect(lambda step, source=panel: self._leave(source, step))
            panel.set_item(self._item_id)
            panel.setMinimumWidth(220)
            self._row.addWidget(panel, 1)
            self.panels.append(panel)

    def _leave(self, source: CaptureListPanel, step: int) -> None:
        self.focus_list((self.panels.index(source) + step) % len(self.panels))

    def focus_list(self, index: int) -> None:
        if 0 <= index < len(self.panels):
            self.panels[index].entry.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_work(self) -> bool:
        """The entry line typed in last for this item, else the first list's (the first cluster)."""
        if not self.panels:
            return False
        index = self._last_list if 0 <= self._last_list < len(self.panels) else 0
        self.panels[index].entry.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _remember_list(self, _old: QWidget | None, new: QWidget | None) -> None:
        for index, panel in enumerate(self.panels):
            if new is panel.entry:
                self._last_list = index

    def _on_changed(self, changes: Changes) -> None:
        """Rebuild when the item's lists changed; else re-read only the lists the change names."""
        if self._item_id is None:
            return
        if changes.clusters or (changes.agenda and changes.in_item(self._item_id)):
            lists = self._capture.capture_lists(self._item_id)
            if lists != [panel.capture_list for panel in self.panels]:
                self.flush()
                self._rebuild()
                return
        if changes.capture:
            for panel in self.panels:
                if changes.in_list(self._item_id, panel.capture_list.cluster_id, panel.capture_list.column_index):
                    panel.reload()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.flush()
        super().hideEvent(event)
