"""The detail pane of the selected item: texts, phases and attachments, saved as they are typed."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.schedule import ScheduledItem
from facilitator.services.agenda import AttachmentCopy, ItemView
from facilitator.services.attachments import AttachmentView, read_attachment_file
from facilitator.services.input_errors import InputError
from facilitator.ui.agenda.editing import AgendaEditor
from facilitator.ui.agenda.kind_delegate import KindDelegate
from facilitator.ui.agenda.phase_model import KIND, LABEL, PhaseModel
from facilitator.ui.debounced_commit import DebouncedCommit
from facilitator.ui.long_field import LongFieldNote

TEXT_FIELDS = ("description", "prompts", "notes", "materials")


class DetailPane(QWidget):
    """Shows one item; every text box commits through the editor shortly after typing stops."""

    def __init__(self, editor: AgendaEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._item: ItemView | None = None
        self.texts: dict[str, QPlainTextEdit] = {}
        self._commits: dict[str, DebouncedCommit] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        form = QVBoxLayout()
        self.long_note = LongFieldNote()
        self._labels = labels = {
            "description": self.tr("Description"),
            "prompts": self.tr("Questions for the projector"),
            "notes": self.tr("Private notes (never projected)"),
            "materials": self.tr("Materials to bring"),
        }
        for name in TEXT_FIELDS:
            box = QPlainTextEdit()
            box.setObjectName(name)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(48)
            box.setMaximumHeight(80)
            commit = DebouncedCommit(partial(self._commit_text, name), self)
            box.textChanged.connect(commit.touch)
            self.texts[name] = box
            self._commits[name] = commit
            form.addWidget(_label(labels[name]))
            form.addWidget(box)
        self.phases = PhaseModel(editor)
        self.phase_table = QTableView()
        self.phase_table.setObjectName("phases")
        self.phase_table.setModel(self.phases)
        self.phase_table.setItemDelegateForColumn(KIND, KindDelegate(self.phase_table))
        self.phase_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.phase_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.phase_table.verticalHeader().hide()
        self.phase_table.setMaximumHeight(130)
        add_phase = QPushButton(self.tr("Add phase"))
        add_phase.clicked.connect(self.add_phase)
        remove_phase = QPushButton(self.tr("Remove phase"))
        remove_phase.clicked.connect(lambda: self.phases.remove_phase(self.phase_table.currentIndex().row()))
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setMaximumHeight(90)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        add_file = QPushButton(self.tr("Add file…"))
        add_file.clicked.connect(self._add_file)
        add_title = QPushButton(self.tr("Add title…"))
        add_title.clicked.connect(self._add_title)
        remove_attachment = QPushButton(self.tr("Remove"))
        remove_attachment.clicked.connect(self._remove_attachment)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.long_note)
        layout.addLayout(form)
        layout.addWidget(_label(self.tr("Phases (the item lasts as long as its phases together)")))
        layout.addWidget(self.phase_table)
        layout.addLayout(_row(add_phase, remove_phase))
        layout.addWidget(_label(self.tr("Attachments")))
        layout.addWidget(self.attachments)
        layout.addLayout(_row(add_file, add_title, remove_attachment))
        layout.addStretch(1)
        self.setEnabled(False)

    def add_phase(self) -> None:
        """A new last phase, its name open for typing (the edit re-read the item already)."""
        self.phases.add_phase()
        rows = self.phases.rowCount()
        if rows:
            index = self.phases.index(rows - 1, LABEL)
            self.phase_table.setCurrentIndex(index)
            self.phase_table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.phase_table.edit(index)

    def show_item(self, item: ItemView | None, scheduled: ScheduledItem | None,
                  attachments: list[AttachmentView]) -> None:
        """Show ``item`` (re-read after a change); a box being typed in keeps its text."""
        switching = item is None or self._item is None or item.id != self._item.id
        if switching:
            self.flush()
        self._item = item
        self.setEnabled(item is not None)
        self.heading.setText(item.title if item else self.tr("No item selected"))
        for name, box in self.texts.items():
            value = getattr(item, name) if item else ""
            if box.toPlainText() != value and (switching or not box.hasFocus()):
                box.blockSignals(True)
                box.setPlainText(value)
                box.blockSignals(False)
        self._check_lengths()
        self.phases.show_item(item, scheduled)
        self.attachments.clear()
        for attachment in attachments:
            label = attachment.title or attachment.filename
            if attachment.size:
                label += f"  ({attachment.filename}, {_size(attachment.size)})"
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, attachment.id)
            self.attachments.addItem(entry)

    def flush(self) -> None:
        """Commit any text still waiting for its typing pause (before switching item or section)."""
        for commit in self._commits.values():
            commit.flush()

    def _commit_text(self, name: str) -> None:
        if self._item is not None:
            self._editor.set_text(self._item, name, self.texts[name].toPlainText())
        self._check_lengths()

    def _check_lengths(self) -> None:
        self.long_note.check({self._labels[name]: box.toPlainText() for name, box in self.texts.items()})

    def _add_file(self) -> None:
        if self._item is None or self._editor.workshop_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not path:
            return
        try:
            data = read_attachment_file(Path(path))  # the size is checked before a byte is read
        except InputError as error:
            QMessageBox.warning(self, self.tr("Not attached"), error.message())
            return
        self._editor.add_attachment(
            AttachmentCopy(self._editor.workshop_id, self._item.id, Path(path).stem, Path(path).name, data)
        )

    def _add_title(self) -> None:
        if self._item is None or self._editor.workshop_id is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Attachment"), self.tr("Title of the attachment (bilag):"))
        if ok and title.strip():
            self._editor.add_attachment(AttachmentCopy(self._editor.workshop_id, self._item.id, title, "", None))

    def _remove_attachment(self) -> None:
        entry = self.attachments.currentItem()
        if entry is not None:
            self._editor.remove_attachment(int(entry.data(Qt.ItemDataRole.UserRole)))


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"
