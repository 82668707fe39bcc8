"""The Q&A form of a presentation: question, who asked, answer; the pairs listed below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.changes import Changes
from facilitator.services.qa import QaPair, QaService
from facilitator.ui.capture.idle_reload import IdleReload
from facilitator.ui.change_feed import ChangeFeed, perform

Index = QModelIndex | QPersistentModelIndex


class QaModel(QAbstractTableModel):
    """Question, asked by, answer — each cell edited in place through the Q&A service."""

    def __init__(self, qa: QaService, feed: ChangeFeed, owner: QWidget) -> None:
        super().__init__()
        self._qa, self._feed, self._owner = qa, feed, owner
        self._item_id: int | None = None
        self._pairs: list[QaPair] = []

    def set_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pairs = self._qa.pairs(self._item_id) if self._item_id is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Question"), self.tr("Asked by"), self.tr("Answer")][section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        pair = self._pairs[index.row()]
        answer = pair.answer.text if pair.answer else ""
        return [pair.question.text, pair.question.author, answer][index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        question_id = self._pairs[index.row()].question.id
        setters = [self._qa.edit_question, self._qa.set_asked_by, self._qa.set_answer]
        return perform(self._owner, self._feed, setters[index.column()], question_id, str(value))


class QaForm(QWidget):
    """Type the question, who asked and the answer; Ctrl+Enter (or the button) stores the pair.

    Anything typed is stored when the form is hidden or the item changes, so nothing is lost.
    """

    def __init__(self, qa: QaService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._qa, self._feed = qa, feed
        self._item_id: int | None = None
        self.question = QLineEdit()
        self.asked_by = QLineEdit()
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add question (Ctrl+Enter)"))
        self.add_button.setShortcut("Ctrl+Return")
        self.add_button.clicked.connect(self.commit)
        self.question.returnPressed.connect(self.asked_by.setFocus)
        self.asked_by.returnPressed.connect(self.answer.setFocus)
        form = QFormLayout()
        form.addRow(self.tr("&Question"), self.question)
        form.addRow(self.tr("Asked &by"), self.asked_by)
        form.addRow(self.tr("&Answer"), self.answer)
        self.model = QaModel(qa, feed, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 380)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.table, 1)
        self._idle_reload = IdleReload([self.table], self.model.reload, self)
        self._stale = False
        feed.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        """Re-read while on screen; hidden, only remember (the plenary's lines change often)."""
        if not self._concerns(changes):
            return
        if self.isVisible():
            self._idle_reload.request()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._idle_reload.request()

    def _concerns(self, changes: Changes) -> bool:
        """Questions and answers are the plenary's lines of the item."""
        return changes.capture and changes.in_item(self._item_id) and (
            changes.list_key is None or changes.list_key.cluster_id is None
        )

    def set_item(self, item_id: int | None) -> None:
        self.commit()
        self._item_id = item_id
        self._stale = False
        self.model.set_item(item_id)

    def commit(self) -> None:
        """Store the typed question (with its asker and answer) and clear the form."""
        if self._item_id is None or not self.question.text().strip():
            return
        saved = perform(
            self, self._feed, self._qa.add, self._item_id,
            self.question.text(), self.answer.toPlainText(), self.asked_by.text(),
        )
        if saved:
            self.question.clear()
            self.asked_by.clear()
            self.answer.clear()
            self.question.setFocus()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.commit()
        super().hideEvent(event)
