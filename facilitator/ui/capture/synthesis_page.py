"""Plenary synthesis ("Opsamling i plenum"): gather the clusters' lines into themes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.capture import CaptureService
from facilitator.services.changes import Changes
from facilitator.services.synthesis import SynthesisService
from facilitator.ui.capture.idle_reload import IdleReload
from facilitator.ui.capture.panes import side_by_side, stack
from facilitator.ui.capture.synthesis_models import ContributionIdRole, SourceModel, ThemeIdRole, ThemeModel
from facilitator.ui.change_feed import ChangeFeed, perform, perform_returning
from facilitator.ui.undo_commands import ServiceCommand


class KeyedView:
    """Mixin: a view whose keys go first to ``handle_key`` unless it is editing."""

    handle_key: Callable[[QKeyEvent], bool] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState  # type: ignore[attr-defined]
        if not editing and self.handle_key is not None and self.handle_key(event):
            return
        super().keyPressEvent(event)  # type: ignore[misc]


class SourceView(KeyedView, QListView):
    pass


class ThemeView(KeyedView, QTreeView):
    pass


class SynthesisPage(QWidget):
    """Contributions on the left, themes of the current item on the right.

    On the left, select lines (Shift/Ctrl for many) and press 1–9 to put them into that theme,
    Enter for the theme selected on the right, N for a new theme named after the first line,
    Delete to take them out of their theme; or drag them onto a theme. After a theme is given
    the cursor moves on to the next line without one (it stays when there is none), so the next
    digit goes to the line the user looks at; re-reading never moves it. On the right: F2
    renames, Ctrl+Up/Down reorders, Ctrl+M merges the selected themes into the current one,
    Delete deletes a theme (Ctrl+Z brings it back) or takes a line out of its theme.
    """

    def __init__(
        self,
        synthesis: SynthesisService,
        capture: CaptureService,
        feed: ChangeFeed,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._synthesis, self._capture, self._feed = synthesis, capture, feed
        self._item_id: int | None = None
        self._workshop_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.source_box = QComboBox()
        self.source_box.activated.connect(lambda _i: self.reload())
        self.new_theme = QLineEdit()
        self.new_theme.setPlaceholderText(self.tr("New theme: type a title and press Enter"))
        self.new_theme.returnPressed.connect(self._create_typed_theme)
        self.sources = SourceModel()
        self.source_view = SourceView()
        self.source_view.setModel(self.sources)
        self.source_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.source_view.setDragEnabled(True)
        self.source_view.setWordWrap(True)
        self.source_view.handle_key = self._source_key
        self.themes = ThemeModel(self._assign, self._rename)
        self.theme_view = ThemeView()
        self.theme_view.setModel(self.themes)
        self.theme_view.setHeaderHidden(True)
        self.theme_view.setWordWrap(True)
        self.theme_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.theme_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.theme_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.theme_view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.theme_view.handle_key = self._theme_key
        self._idle_reload = IdleReload([self.theme_view], self._reload, self)
        self._stale = False
        self._cursor_to: int | None = None  # the line the cursor goes to after the next re-read
        source_row = QHBoxLayout()
        source_label = QLabel(self.tr("&Gather from:"))
        source_label.setBuddy(self.source_box)
        source_row.addWidget(source_label)
        source_row.addWidget(self.source_box, 1)
        left = stack(source_row, (self.source_view, 1))
        right = stack(self.new_theme, (self.theme_view, 1))
        QVBoxLayout(self).addWidget(side_by_side(left, right))
        feed.changed.connect(self._on_changed)

    # --- showing ------------------------------------------------------------------------------

    def set_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        item = self._capture.item(item_id) if item_id is not None else None
        workshop_id = item.workshop_id if item is not None else None
        if workshop_id != self._workshop_id:
            self._workshop_id = workshop_id
            self.undo_stack.clear()
        self._fill_sources()
        self.reload()

    def _fill_sources(self) -> None:
        chosen = self.source_box.currentData()
        self.source_box.clear()
        self.source_box.addItem(self.tr("All items"), None)
        if self._workshop_id is not None:
            for item in self._capture.items(self._workshop_id):
                self.source_box.addItem(f"{item.position + 1}. {item.title}", item.id)
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(chosen)))

    def reload(self) -> None:
        """Re-read now when on screen; otherwise when next shown.

        The page reads every line of the workshop, and the feed announces every line typed on the
        other tabs: re-reading while hidden put that whole read on the typing path.
        """
        if self.isVisible():
            self._stale = False
            self._idle_reload.request()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _reload(self) -> None:
        if self._item_id is None or self._workshop_id is None:
            self.sources.reset([], [])
            self.themes.reset([], {})
            return
        themes = self._synthesis.themes(self._item_id)
        lines = self._synthesis.source_lines(self._workshop_id, self.source_box.currentData())
        cursor, selected = self._cursor_to, self.selected_contributions()
        if cursor is None and self.source_view.currentIndex().isValid():
            cursor = self.sources.lines[self.source_view.currentIndex().row()].contribution.id
        self.sources.reset(lines, themes)
        self._restore_cursor(cursor, [] if self._cursor_to is not None else selected)
        lists = self._capture.capture_lists(self._item_id)
        names: dict[int | None, str] = {lst.cluster_id: lst.cluster_name for lst in lists}
        current = self._current_theme()
        self.themes.reset(themes, names)
        self.theme_view.expandAll()
        if current is not None:
            self.select_theme(current)

    def _on_changed(self, changes: Changes) -> None:
        if not changes.in_workshop(self._workshop_id):
            return
        if changes.agenda:
            self._fill_sources()
        if changes.capture or changes.clusters or changes.agenda:
            self.reload()

    # --- actions ------------------------------------------------------------------------------

    def _assign(self, ids: list[int], theme_id: int | None) -> None:
        perform(self, self._feed, self._synthesis.assign, ids, theme_id)

    def _rename(self, theme_id: int, title: str) -> None:
        perform(self, self._feed, self._synthesis.rename_theme, theme_id, title)

    def create_theme(self, title: str) -> int | None:
        if self._item_id is None:
            return None
        return perform_returning(self, self._feed, self._synthesis.create_theme, self._item_id, title)

    def _create_typed_theme(self) -> None:
        theme_id = self.create_theme(self.new_theme.text())
        if theme_id is not None:
            self.new_theme.clear()
            self.select_theme(theme_id)

    def _restore_cursor(self, cursor: int | None, selected: list[int]) -> None:
        """Put the cursor (and the selection) back on the same lines after a reset."""
        selection = self.source_view.selectionModel()
        row = self.sources.row_of(cursor) if cursor is not None else None
        if row is None:
            return
        index = self.sources.index(row)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        for other in selected:
            other_row = self.sources.row_of(other)
            if other_row is not None:
                selection.select(self.sources.index(other_row), QItemSelectionModel.SelectionFlag.Select)
        self.source_view.scrollTo(index)

    def _give_theme(self, ids: list[int], theme_id: int) -> None:
        """Put the lines into a theme and move the cursor on to the next line without one."""
        last_row = max((self.sources.row_of(i) or 0) for i in ids)
        self._cursor_to = self.sources.next_without_theme(last_row, set(ids))
        if self._cursor_to is None:
            self._cursor_to = self.sources.lines[last_row].contribution.id
        try:
            self._assign(ids, theme_id)
            self._restore_cursor(self._cursor_to, [])  # also when nothing was re-read
        finally:
            self._cursor_to = None

    def selected_contributions(self) -> list[int]:
        rows = sorted(i.row() for i in self.source_view.selectionModel().selectedIndexes())
        return [self.sources.lines[row].contribution.id for row in rows]

    def theme_ids(self) -> list[int]:
        return [int(self.themes.item(row).data(ThemeIdRole)) for row in range(self.themes.rowCount())]

    def _current_theme(self) -> int | None:
        value = self.theme_view.currentIndex().data(ThemeIdRole)
        return int(value) if value is not None else None

    def select_theme(self, theme_id: int) -> None:
        if theme_id in self.theme_ids():
            self.theme_view.setCurrentIndex(self.themes.index(self.theme_ids().index(theme_id), 0))

    def _source_key(self, event: QKeyEvent) -> bool:
        ids = self.selected_contributions()
        current = self.source_view.currentIndex()
        if not ids and current.isValid():  # the cursor's line, when nothing is selected
            ids = [self.sources.lines[current.row()].contribution.id]
        key, text = event.key(), event.text()
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if not ids or event.modifiers() not in plain:
            return False
        themes = self.theme_ids()
        current_theme = self._current_theme()
        if text.isdigit() and 1 <= int(text) <= len(themes):
            self._give_theme(ids, themes[int(text) - 1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current_theme is not None:
            self._give_theme(ids, current_theme)
        elif key == Qt.Key.Key_N:
            first = next(l for l in self.sources.lines if l.contribution.id == ids[0])
            theme_id = self.create_theme(first.contribution.text)
            if theme_id is not None:
                self._give_theme(ids, theme_id)
                self.select_theme(theme_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._assign(ids, None)
        else:
            return False
        return True

    def _theme_key(self, event: QKeyEvent) -> bool:
        index = self.theme_view.currentIndex()
        theme_id = index.data(ThemeIdRole)
        if theme_id is None:
            return False
        ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            perform(self, self._feed, self._synthesis.move_theme, theme_id, -1 if key == Qt.Key.Key_Up else 1)
            self.select_theme(theme_id)
        elif ctrl and key == Qt.Key.Key_M:
            chosen = {i.data(ThemeIdRole) for i in self.theme_view.selectionModel().selectedRows()}
            perform(self, self._feed, self._synthesis.merge_themes, sorted(chosen | {theme_id}), theme_id)
        elif key == Qt.Key.Key_Delete and index.parent().isValid():
            self._assign([int(index.data(ContributionIdRole))], None)
        elif key == Qt.Key.Key_Delete:
            self.undo_stack.push(ServiceCommand(
                self.tr("Delete theme"),
                lambda call: perform(self, self._feed, call),
                lambda: self._synthesis.delete_theme(theme_id),
                lambda: self._synthesis.restore_theme(theme_id),
            ))
        elif ctrl and key == Qt.Key.Key_Z:
            self.undo_stack.undo()
        else:
            return False
        return True
