"""Pages about the whole workshop: the day's evaluation, next steps and attachments ("bilag")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.export.attachments import save_attachment
from facilitator.export.errors import ExportError
from facilitator.services.attachments import AttachmentService, AttachmentView
from facilitator.services.evaluation import EntryView, EvaluationService
from facilitator.services.input_errors import InputError
from facilitator.services.next_steps import ActionView, NextStepsService
from facilitator.ui.capture.idle_reload import IdleReload
from facilitator.ui.capture.panes import side_by_side, stack
from facilitator.ui.capture.row_table import Column, RowTableModel
from facilitator.ui.change_feed import ChangeFeed, perform, perform_returning


class Table(QTableView):
    """A table where Ctrl+Delete removes the current row (a deliberate two-key chord).

    Signals:
        delete_row(int): the row to remove.
    """

    delete_row = Signal(int)

    def __init__(self, model: RowTableModel) -> None:  # type: ignore[type-arg]
        super().__init__()
        self.setModel(model)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class MessageLabel(QLabel):
    """Where a refused input is explained, in place of a dialog that would stop the typing."""

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #c62828;")
        self.setWordWrap(True)

    def run(self, owner: QWidget, feed: ChangeFeed, action, *args) -> bool:  # type: ignore[no-untyped-def]
        """``perform`` that shows an :class:`InputError` here instead of raising it."""
        try:
            saved = perform(owner, feed, action, *args)
        except InputError as error:
            self.setText(error.message())
            return False
        self.clear()
        return saved


def _rating(text: str) -> int | None:
    """A typed rating: empty is none; anything not a whole number is handed on as 0 (refused)."""
    text = text.strip()
    return None if not text else int(text) if text.isdigit() else 0


class EvaluationPage(QWidget):
    """Dimensions (names editable with F2) on the left, the chosen one's remarks on the right.

    Type a remark, optionally a rating 1–5, press Enter — in the remark, on the rating or in the
    dimension list: the remark goes under the dimension shown. PgUp/PgDown in the remark or on
    the rating go to the previous or next dimension; a remark not yet stored when the dimension
    changes is stored under the one it was typed for first, so nothing is lost or carried over.
    Ctrl+Delete removes a remark.
    """

    def __init__(self, evaluation: EvaluationService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evaluation, self._feed = evaluation, feed
        self._workshop_id: int | None = None
        self._shown: int | None = None  # the dimension whose remarks are shown and typed
        self.dimensions = QListWidget()
        self.dimensions.currentRowChanged.connect(self._dimension_changed)
        self.dimensions.itemChanged.connect(self._renamed)
        self.entries: RowTableModel[EntryView] = RowTableModel(
            [
                Column(self.tr("Remark"), lambda e: e.text, lambda e, v: self._edit(e, v, e.rating)),
                Column(
                    self.tr("Rating (1–5)"), lambda e: e.rating, lambda e, v: self._edit(e, e.text, _rating(v))
                ),
            ],
            self._read_entries,
        )
        self.table = Table(self.entries)
        self.table.delete_row.connect(
            lambda row: perform(self, feed, evaluation.delete_entry, self.entries.rows[row].id)
        )
        self.remark = QLineEdit()
        self.remark.setPlaceholderText(self.tr("Remark: type and press Enter · PgUp/PgDown: another dimension"))
        self.shown_name = QLabel()  # where Enter stores the remark, next to where it is typed
        self.shown_name.setStyleSheet("font-weight: bold;")
        self.rating = QSpinBox()
        self.rating.setRange(0, 5)
        self.rating.setSpecialValueText(self.tr("no rating"))
        for widget in (self.dimensions, self.remark, self.rating):
            widget.installEventFilter(self)
        self.message = MessageLabel()
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.shown_name)
        entry_row.addWidget(self.remark, 1)
        entry_row.addWidget(self.rating)
        right = stack((self.table, 1), entry_row, self.message)
        QVBoxLayout(self).addWidget(side_by_side(self.dimensions, right, 1, 3))
        # Tab goes where the typing is: dimension, remark, rating, then the stored remarks.
        QWidget.setTabOrder(self.dimensions, self.remark)
        QWidget.setTabOrder(self.remark, self.rating)
        QWidget.setTabOrder(self.rating, self.table)
        idle_reload = IdleReload([self.table, self.dimensions], self.reload, self)
        feed.changed.connect(
            lambda changes: changes.evaluation and changes.in_workshop(self._workshop_id) and idle_reload.request()
        )

    def show_workshop(self, workshop_id: int) -> None:
        self._store_typed()
        self._workshop_id = workshop_id
        perform(self, self._feed, self._evaluation.ensure_dimensions, workshop_id)
        self.reload()

    def reload(self) -> None:
        row = max(self.dimensions.currentRow(), 0)
        self.dimensions.blockSignals(True)
        self.dimensions.clear()
        for dimension in self._evaluation.dimensions(self._workshop_id) if self._workshop_id else []:
            item = QListWidgetItem(dimension.name)
            item.setData(Qt.ItemDataRole.UserRole, dimension.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, dimension.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.dimensions.addItem(item)
        self.dimensions.setCurrentRow(min(row, self.dimensions.count() - 1))
        self.dimensions.blockSignals(False)
        self._show_dimension()

    def current_dimension(self) -> int | None:
        item = self.dimensions.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_dimension_key(self) -> str | None:
        """The dimension's key (frame, content, …) whatever its name was changed to."""
        item = self.dimensions.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole + 1)) if item is not None else None

    def _dimension_changed(self, _row: int) -> None:
        self._store_typed()  # under the dimension it was typed for, before that one leaves
        self._show_dimension()

    def _show_dimension(self) -> None:
        self._shown = self.current_dimension()
        item = self.dimensions.currentItem()
        self.shown_name.setText(f"{item.text()}:" if item is not None else "")
        self.entries.reload()

    def _read_entries(self) -> list[EntryView]:
        dimension_id = self.current_dimension()
        if dimension_id is None or self._workshop_id is None:
            return []
        dimensions = self._evaluation.dimensions(self._workshop_id)
        return list(next((d.entries for d in dimensions if d.id == dimension_id), ()))

    def _renamed(self, item: QListWidgetItem) -> None:
        dimension_id = int(item.data(Qt.ItemDataRole.UserRole))
        perform(self, self._feed, self._evaluation.rename_dimension, dimension_id, item.text())

    def _edit(self, entry: EntryView, text: str, rating: int | None) -> None:
        self.message.run(self, self._feed, self._evaluation.edit_entry, entry.id, text, rating)

    def _store_typed(self) -> None:
        """Store the remark and rating being typed under the dimension shown, then clear them."""
        dimension_id = self._shown
        rating = self.rating.value() or None
        if dimension_id is None or (not self.remark.text().strip() and rating is None):
            return
        try:
            added = perform_returning(
                self, self._feed, self._evaluation.add_entry, dimension_id, self.remark.text(), rating
            )
        except InputError as error:
            self.message.setText(error.message())
            return
        if added is not None:
            self.message.clear()
            self.remark.clear()
            self.rating.setValue(0)

    def _step_dimension(self, step: int) -> None:
        row = self.dimensions.currentRow() + step
        if 0 <= row < self.dimensions.count():
            self.dimensions.setCurrentRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter stores (and goes to the remark); PgUp/PgDown in the entry row switch dimension."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._renaming():
            if watched is self.rating:
                self.rating.interpretText()  # a digit typed on the rating counts before Enter
            self._store_typed()
            self.remark.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and watched is not self.dimensions:
            self._step_dimension(-1 if key == Qt.Key.Key_PageUp else 1)
            return True
        return False

    def _renaming(self) -> bool:
        return self.dimensions.state() == QAbstractItemView.State.EditingState

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._store_typed()
        super().hideEvent(event)


class NextStepsPage(QWidget):
    """What, who, when: type in the three fields and press Enter; edit in place; Ctrl+Delete removes."""

    def __init__(self, steps: NextStepsService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps, self._feed = steps, feed
        self._workshop_id: int | None = None

        def saver(field: str):  # type: ignore[no-untyped-def]
            return lambda action, value: perform(self, feed, steps.edit, action.id, field, value)

        self.model: RowTableModel[ActionView] = RowTableModel(
            [
                Column(self.tr("What"), lambda a: a.what, saver("what")),
                Column(self.tr("Who"), lambda a: a.who, saver("who")),
                Column(self.tr("When"), lambda a: a.when, saver("when")),
            ],
            lambda: steps.actions(self._workshop_id) if self._workshop_id is not None else [],
        )
        self.table = Table(self.model)
        self.table.delete_row.connect(lambda row: perform(self, feed, steps.delete, self.model.rows[row].id))
        self.what, self.who, self.when = QLineEdit(), QLineEdit(), QLineEdit()
        self.what.setPlaceholderText(self.tr("What"))
        self.who.setPlaceholderText(self.tr("Who"))
        self.when.setPlaceholderText(self.tr("When"))
        entry_row = QHBoxLayout()
        for field, stretch in ((self.what, 3), (self.who, 1), (self.when, 1)):
            field.returnPressed.connect(self.commit)
            entry_row.addWidget(field, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry_row)
        idle_reload = IdleReload([self.table], self.model.reload, self)
        feed.changed.connect(
            lambda changes: changes.actions and changes.in_workshop(self._workshop_id) and idle_reload.request()
        )

    def show_workshop(self, workshop_id: int) -> None:
        self.commit()
        self._workshop_id = workshop_id
        self.model.reload()

    def commit(self) -> None:
        """Store the typed next step (Enter in any of its fields) and clear the fields."""
        if self._workshop_id is None:
            return
        fields = (self.what, self.who, self.when)
        if perform_returning(self, self._feed, self._steps.add, self._workshop_id, *(f.text() for f in fields)):
            for field in fields:
                field.clear()
            self.what.setFocus()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.commit()
        super().hideEvent(event)


def _size(view: AttachmentView) -> str:
    return "" if not view.size else f"{view.size / 1024:,.0f} KB"


class AttachmentsPage(QWidget):
    """Attachments kept inside the workshop file: add a file or just a title, save a copy out."""

    def __init__(self, attachments: AttachmentService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attachments, self._feed = attachments, feed
        self._workshop_id: int | None = None
        self.model: RowTableModel[AttachmentView] = RowTableModel(
            [
                Column(self.tr("Title"), lambda a: a.title,
                       lambda a, v: perform(self, feed, attachments.rename, a.id, v)),
                Column(self.tr("File"), lambda a: a.filename),
                Column(self.tr("Size"), _size),
            ],
            lambda: attachments.attachments(self._workshop_id) if self._workshop_id is not None else [],
        )
        self.table = Table(self.model)
        self.table.delete_row.connect(
            lambda row: perform(self, feed, attachments.delete, self.model.rows[row].id)
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title of an attachment without a file: type and press Enter"))
        self.title.returnPressed.connect(self._add_title)
        add_file = QPushButton(self.tr("Add file…"))
        add_file.clicked.connect(self._add_file)
        save = QPushButton(self.tr("Save copy as…"))
        save.clicked.connect(self._save_copy)
        self.message = MessageLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(add_file)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        idle_reload = IdleReload([self.table], self.model.reload, self)
        feed.changed.connect(
            lambda changes: changes.attachments and changes.in_workshop(self._workshop_id) and idle_reload.request()
        )

    def show_workshop(self, workshop_id: int) -> None:
        self._workshop_id = workshop_id
        self.model.reload()

    def _add_title(self) -> None:
        if self._workshop_id is not None and perform_returning(
            self, self._feed, self._attachments.add, self._workshop_id, self.title.text()
        ):
            self.title.clear()

    def add_file(self, path: Path) -> None:
        """Store the file at ``path`` (the file dialog's choice) inside the workshop file."""
        if self._workshop_id is None:
            return
        try:
            perform_returning(self, self._feed, self._attachments.add_file, self._workshop_id, path)
            self.message.clear()
        except InputError as error:
            self.message.setText(error.message())

    def save_copy(self, row: int, target: Path) -> None:
        try:
            save_attachment(self._attachments, self.model.rows[row].id, target)
            self.message.clear()
        except (InputError, ExportError) as error:
            self.message.setText(error.message())

    def _add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add attachment"))
        if path:
            self.add_file(Path(path))

    def _save_copy(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        view = self.model.rows[index.row()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment as"), view.filename or view.title)
        if path:
            self.save_copy(index.row(), Path(path))

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.title.text().strip():
            self._add_title()
        super().hideEvent(event)
