"""The Plan section: programme table, detail pane, day times, import and export.

Every edit goes through :class:`AgendaEditor` as an undoable command that is stored at once.
Keyboard: Insert adds an item below, Ctrl+D duplicates, Delete removes, Ctrl+Up/Down moves,
Ctrl+Z / Ctrl+Shift+Z undo and redo, Ctrl+Shift+V pastes a programme.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.export.atomic import write_atomically
from facilitator.export.errors import ExportError
from facilitator.services.bundle import Services
from facilitator.services.changes import Changes
from facilitator.services.input_errors import InputError
from facilitator.ui.agenda.agenda_model import DAY, KIND, NOTICE, TITLE, AgendaModel
from facilitator.ui.agenda.detail_pane import DetailPane
from facilitator.ui.agenda.editing import AgendaEditor
from facilitator.ui.agenda.kind_delegate import KindDelegate
from facilitator.ui.agenda.pin_conflict import PinConflictBar
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.date_time_fields import ClockField
from facilitator.ui.undo_commands import stack_actions

if TYPE_CHECKING:
    from facilitator.ui.agenda.import_dialog import ImportDialog

# The programme readers and the text printer (a few hundred regular expressions) load when a
# programme is first pasted, opened or saved as text, not at start-up (facilitator.startup).

SHORTCUT_SCOPE = Qt.ShortcutContext.WidgetWithChildrenShortcut


class AgendaView(QWidget):
    """The timed programme editor of one workshop."""

    def __init__(self, services: Services, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.editor = AgendaEditor(services.agenda, services.workshops, services.attachments, feed, self)
        self.model = AgendaModel(self.editor)
        self._selected_id: int | None = None
        self.table = self._build_table()
        self.pane = DetailPane(self.editor)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.pin_conflict = PinConflictBar(self.editor)
        self.day_start = ClockField()
        self.day_end = ClockField()
        self.has_end = QCheckBox(self.tr("Planned end"))
        self._build_layout()
        self.model.reloaded.connect(self._after_reload)
        self.model.input_rejected.connect(self.message.setText)
        self.pane.phases.input_rejected.connect(self.message.setText)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor.created.connect(self.select_item)
        self.pin_conflict.resolved.connect(self._back_to_item)
        feed.changed.connect(self._on_changed)
        for widget in (self.day_start, self.day_end):
            widget.edited.connect(self._day_edited)
            widget.rejected.connect(self.message.setText)
        self.has_end.toggled.connect(self._day_edited)

    # Building -------------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("agenda")
        table.setModel(self.model)
        table.setItemDelegateForColumn(KIND, KindDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTICE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NOTICE, 200)
        header.moveSection(header.visualIndex(DAY), 0)
        header.setSectionResizeMode(DAY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DAY, 130)
        table.setColumnHidden(DAY, True)
        return table

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None,  # type: ignore[no-untyped-def]
                scope: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(SHORTCUT_SCOPE)
        action.triggered.connect(slot)
        (scope or self).addAction(action)
        return action

    def _build_layout(self) -> None:
        table = self.table
        self.insert_action = self._action(self.tr("Insert"), self.insert_below, Qt.Key.Key_Insert)
        self.duplicate_action = self._action(self.tr("Duplicate"), self.duplicate_current, "Ctrl+D")
        self.delete_action = self._action(self.tr("Delete"), self.delete_current, QKeySequence.StandardKey.Delete,
                                          scope=table)
        self.up_action = self._action(self.tr("Move up"), lambda: self.move_current(-1), "Ctrl+Up", scope=table)
        self.down_action = self._action(self.tr("Move down"), lambda: self.move_current(1), "Ctrl+Down", scope=table)
        self.undo_action, self.redo_action = stack_actions(self.editor.stack, self, self.tr("Undo"), self.tr("Redo"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(SHORTCUT_SCOPE)
            self.addAction(action)
        self.paste_action = self._action(self.tr("Paste programme…"), self.paste_programme, "Ctrl+Shift+V")
        self.open_action = self._action(self.tr("Open file…"), self.open_programme)
        export_menu = QMenu(self)
        export_menu.addAction(self._action(self.tr("Programme handout (Word)…"), lambda: self.export_word(False)))
        export_menu.addAction(self._action(self.tr("Facilitator's script (Word)…"), lambda: self.export_word(True)))
        export_menu.addAction(self._action(self.tr("Programme as text…"), self.export_text))
        export_button = QToolButton()
        export_button.setText(self.tr("Export"))
        export_button.setMenu(export_menu)
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        bar = QHBoxLayout()
        for action in (self.insert_action, self.duplicate_action, self.delete_action, self.up_action,
                       self.down_action, self.undo_action, self.redo_action, self.paste_action, self.open_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        bar.addWidget(export_button)
        bar.addStretch(1)
        day = QHBoxLayout()
        day.addWidget(QLabel(self.tr("Day starts")))
        day.addWidget(self.day_start)
        day.addWidget(self.has_end)
        day.addWidget(self.day_end)
        day.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addLayout(day)
        left_layout.addWidget(table, 1)
        left_layout.addWidget(self.pin_conflict)
        left_layout.addWidget(self.warnings)
        left_layout.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pane)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # Showing --------------------------------------------------------------------------------

    def show_workshop(self, workshop_id: int) -> None:
        self.pane.flush()
        self.editor.show_workshop(workshop_id)
        self._selected_id = None
        self.model.reload()
        if self.model.rowCount():
            self.select_row(0)

    def focus_work(self) -> None:
        """The programme's table, on the selected item (or the first)."""
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.select_row(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.select_row(row)

    def _back_to_item(self, item_id: int) -> None:
        """Cursor on the item again, so Ctrl+Z and the arrows go on working from the keyboard."""
        self.select_item(item_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_row(self) -> int | None:
        row = self.table.currentIndex().row()
        return row if 0 <= row < self.model.rowCount() else None

    def _after_reload(self) -> None:
        agenda = self.model.agenda
        self.table.setColumnHidden(DAY, not self.model.several_days())
        if agenda is not None:
            end = agenda.day_end if agenda.day_end is not None else agenda.day_start
            self.day_start.set_value(agenda.day_start)
            self.day_end.set_value(end)
            self.has_end.blockSignals(True)
            self.has_end.setChecked(agenda.day_end is not None)
            self.has_end.blockSignals(False)
            self.day_end.setEnabled(agenda.day_end is not None)
            day_warnings = [self.model.warning_text(w) for w in agenda.schedule.warnings if w.index is None]
            self.warnings.setText("\n".join("⚠ " + text[:1].upper() + text[1:] for text in day_warnings))
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.select_row(row)
        self._show_detail()

    def _current_changed(self) -> None:
        row = self.current_row()
        if row is not None:
            self._selected_id = self.model.item(row).id
        self._show_detail()

    def _show_detail(self) -> None:
        """The detail pane and the pin offer follow the selection."""
        self.pin_conflict.show_for(self.model.agenda, self.current_row())
        self._show_pane()

    def _show_pane(self) -> None:
        row = self.current_row()
        if row is None or self.editor.workshop_id is None:
            self.pane.show_item(None, None, [])
            return
        item = self.model.item(row)
        attachments = [a for a in self._services.attachments.attachments(self.editor.workshop_id)
                       if a.item_id == item.id]
        self.pane.show_item(item, self.model.scheduled(row), attachments)

    def _on_changed(self, changes: Changes) -> None:
        if not changes.in_workshop(self.editor.workshop_id):
            return
        if changes.attachments and not changes.agenda:
            self._show_detail()
        if changes.agenda or changes.attachments or changes.workshops:
            self.message.clear()

    # Editing --------------------------------------------------------------------------------

    def insert_below(self) -> None:
        if self.editor.workshop_id is None:
            return
        row = self.current_row()
        self.editor.insert(None if row is None else row + 1)

    def duplicate_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.editor.duplicate(self.model.item(row))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        following = self.model.item(row + 1).id if row + 1 < self.model.rowCount() else None
        previous = self.model.item(row - 1).id if row > 0 else None
        self.editor.delete([self.model.item(row)])
        if following or previous:
            self.select_item(following or previous)  # type: ignore[arg-type]

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        item = self.model.item(row)
        self.editor.move(item, row + step)
        self.select_item(item.id)

    def _day_edited(self) -> None:
        if self.editor.workshop_id is None:
            return
        self.day_end.setEnabled(self.has_end.isChecked())
        end = self.day_end.value() if self.has_end.isChecked() else None
        self.editor.set_day(self.day_start.value(), end)

    # Import and export ----------------------------------------------------------------------

    def paste_programme(self) -> None:
        from facilitator.ui.agenda.import_dialog import ImportDialog

        self.run_import(ImportDialog.from_clipboard(self._day_start(), self))

    def open_programme(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a programme"), "",
            self.tr("Programmes (*.txt *.md *.docx *.xlsx *.csv *.tsv *.html *.htm);;All files (*)"))
        if not path:
            return
        from facilitator.services.programme_files import read_programme_file
        from facilitator.ui.agenda.import_dialog import ImportDialog

        try:
            source = read_programme_file(Path(path))
        except InputError as error:
            QMessageBox.warning(self, self.tr("Cannot open"), error.message())
            return
        self.run_import(ImportDialog(source, self._day_start(), self))

    def run_import(self, dialog: ImportDialog) -> bool:
        """Show the preview; store only when the user presses Import."""
        if self.editor.workshop_id is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.editor.import_plan(dialog.plan(), dialog.replace_agenda())
        return True

    def _day_start(self) -> int:
        agenda = self.model.agenda
        return agenda.day_start if agenda is not None else 9 * 60

    def export_word(self, script: bool) -> None:
        if self.editor.workshop_id is None:
            return
        self.pane.flush()
        title = self.tr("Save the facilitator's script") if script else self.tr("Save the programme")
        path, _ = QFileDialog.getSaveFileName(self, title, "", self.tr("Word documents (*.docx)"))
        if path:
            if not path.lower().endswith(".docx"):
                path += ".docx"
            # python-docx loads only when a document is written, not at start-up.
            from facilitator.export.programme import build_programme, programme_data

            data = programme_data(self._services, self.editor.workshop_id)
            self._write(Path(path), lambda: build_programme(data, script=script))

    def export_text(self) -> None:
        self.pane.flush()
        if self.model.agenda is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the programme as text"), "",
                                              self.tr("Text files (*.txt)"))
        if path:
            from facilitator.export.programme_text import agenda_text

            text = agenda_text(self.model.agenda)
            self._write(Path(path), lambda: text.encode("utf-8"))

    def _write(self, path: Path, content: Callable[[], bytes]) -> None:
        try:
            write_atomically(path, content())
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error.message())
            return
        self.message.setText(self.tr("Saved {path}").format(path=path))

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.pane.flush()
        super().hideEvent(event)
