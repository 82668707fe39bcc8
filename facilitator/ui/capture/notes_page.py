"""The capture screen's "Minutes text" page: the item's prose, saved as it is typed.

Saving follows the typing: a second after the first unsaved keystroke (and then every second
while typing goes on), when the editor loses focus, when another item is chosen and when the
page is hidden, the whole text of the item is stored in one short transaction. A crash or kill
therefore loses at most the last second of typing; what is on screen is otherwise on disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from facilitator.domain.notes import Notes, Speaker
from facilitator.services.changes import Changes
from facilitator.services.notes import NotesService
from facilitator.services.setup import SetupService
from facilitator.storage.errors import StoreError
from facilitator.ui.capture.notes_document import read_notes, set_document_notes
from facilitator.ui.capture.notes_editor import BOLD, BULLETS, NUMBERS, SPEAKER_KEY, NotesEditor
from facilitator.ui.capture.speaker_picker import SpeakerPicker
from facilitator.ui.change_feed import ChangeFeed

SAVE_AFTER_MS = 1000
"""Longest time typed text stays only on screen."""


class _Editor(NotesEditor):
    """The notes editor that saves when it loses focus."""

    def __init__(self, page: NotesPage) -> None:
        super().__init__()
        self._page = page

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the speaker list is part of typing
            self._page.save()


class NotesPage(QWidget):
    """The editor of the chosen item's notes, a small toolbar and where saving stands."""

    def __init__(self, notes: NotesService, setup: SetupService, feed: ChangeFeed,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes, self._setup, self._feed = notes, setup, feed
        self._workshop_id: int | None = None
        self._item_id: int | None = None
        self._stored = Notes()
        self.editor = _Editor(self)
        self.editor.setPlaceholderText(self.tr(
            "What was said, for the minutes. Ctrl+Shift+S names the speaker; Ctrl+B bold; "
            "\"- \" or \"1. \" starts a list; Tab and Shift+Tab change its level."
        ))
        self.editor.textChanged.connect(self._typed)
        self.editor.speaker_requested.connect(self.pick_speaker)
        self.picker = SpeakerPicker(self)
        self.picker.chosen.connect(self._speaker_chosen)
        self.status = QLabel()
        self.status.setObjectName("notesStatus")
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save)
        feed.changed.connect(self._on_changed)
        self._layout()
        self.setEnabled(False)

    def _layout(self) -> None:
        tools = QHBoxLayout()
        for text, tip, key, action in (
            (self.tr("Speaker"), self.tr("Name who speaks next"), SPEAKER_KEY, self.pick_speaker),
            (self.tr("Bold"), self.tr("Bold"), BOLD, self.editor.toggle_bold),
            (self.tr("Bullets"), self.tr("Bulleted list"), BULLETS, lambda: self.editor.toggle_list(numbered=False)),
            (self.tr("Numbers"), self.tr("Numbered list"), NUMBERS, lambda: self.editor.toggle_list(numbered=True)),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(f"{tip} ({key.toString(key.SequenceFormat.NativeText)})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text keeps the keyboard
            button.clicked.connect(action)
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.editor, 1)

    # --- which item ------------------------------------------------------------------------

    def show_workshop(self, workshop_id: int) -> None:
        self.save()
        self._workshop_id = workshop_id

    def set_item(self, item_id: int | None) -> None:
        """Show ``item_id``'s notes; what was typed for the previous item is stored first."""
        if item_id == self._item_id:
            return
        self.save()
        self._item_id = item_id
        self._load()

    def _load(self) -> None:
        self._timer.stop()
        self._stored = self._notes.notes(self._item_id) if self._item_id is not None else Notes()
        self.editor.blockSignals(True)
        set_document_notes(self.editor.document(), self._stored)
        self.editor.blockSignals(False)
        self.setEnabled(self._item_id is not None)
        self.status.clear()

    def focus_work(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.ensureCursorVisible()

    # --- saving ----------------------------------------------------------------------------

    def _typed(self) -> None:
        if not self._timer.isActive():  # a second after the first unsaved key, not after the last
            self._timer.start()

    def dirty(self) -> bool:
        return self._timer.isActive()

    def save(self) -> bool:
        """Store the editor's notes now if they differ from what is stored; returns success."""
        self._timer.stop()
        if self._item_id is None:
            return True
        notes = read_notes(self.editor.document())
        if notes == self._stored:
            return True
        try:
            changes = self._notes.save(self._item_id, notes)
        except StoreError as error:
            self.status.setText(self.tr("Not saved: {reason} Trying again.").format(reason=error.message()))
            self._timer.start()  # keep trying; the text stays on screen meanwhile
            return False
        except LookupError:  # the item was deleted meanwhile (undo can bring it back)
            self.status.setText(self.tr("This item was removed; the text was not saved."))
            return False
        self._stored = notes
        self.status.setText(self.tr("Saved"))
        self._feed.publish(changes)
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.save()
        super().hideEvent(event)

    def _on_changed(self, changes: Changes) -> None:
        """Notes changed elsewhere (another window): shown unless the user is typing here."""
        if not changes.notes or self._item_id is None or not changes.in_item(self._item_id) \
                or self.dirty() or self.editor.hasFocus():
            return
        stored = self._notes.notes(self._item_id)
        if stored != self._stored:
            self._load()

    # --- speakers --------------------------------------------------------------------------

    def pick_speaker(self) -> None:
        people = self._setup.participants(self._workshop_id) if self._workshop_id is not None else []
        speakers = [Speaker(p.name, p.role, p.organisation) for p in people if p.name.strip()]
        self.picker.open_for(speakers, self.editor)

    def _speaker_chosen(self, speaker: Speaker) -> None:
        self.editor.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editor.insert_speaker(speaker)
