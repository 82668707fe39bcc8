"""Choosing who speaks next from the participants, by keyboard: type to filter, Enter to take.

A name that is not on the list is taken as typed, so a guest speaker needs no set-up first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from facilitator.domain.notes import Speaker


class SpeakerPicker(QFrame):
    """A small popup with a filter line over the participants.

    Signals:
        chosen(object): the :class:`Speaker` picked (or typed).
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("speakerPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Speaker: type a name, Enter to insert"))
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.people = QListWidget()
        self.people.itemActivated.connect(lambda _item: self._take())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.people)
        self.resize(420, 300)

    def open_for(self, speakers: Sequence[Speaker], anchor: QWidget) -> None:
        """Show the popup below ``anchor``'s text cursor with ``speakers`` to choose from."""
        self.people.clear()
        for speaker in speakers:
            item = QListWidgetItem(speaker.label)
            item.setData(Qt.ItemDataRole.UserRole, speaker)
            self.people.addItem(item)
        self.filter.clear()
        self._filter("")
        viewport = getattr(anchor, "viewport", None)
        if callable(viewport):  # a text editor: below its text cursor
            self.move(viewport().mapToGlobal(anchor.cursorRect().bottomLeft()))  # type: ignore[attr-defined]
        else:
            self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.people.count()):
            item = self.people.item(row)
            shown = all(word in item.text().casefold() for word in words)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        self.people.setCurrentItem(first)

    def _take(self) -> None:
        item = self.people.currentItem()
        if item is not None and not item.isHidden():
            speaker = item.data(Qt.ItemDataRole.UserRole)
        else:
            typed = self.filter.text().strip()
            if not typed:
                self.close()
                return
            speaker = Speaker(typed)
        self.close()
        self.chosen.emit(speaker)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.filter and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._take()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _step(self, delta: int) -> None:
        rows = [r for r in range(self.people.count()) if not self.people.item(r).isHidden()]
        if not rows:
            return
        current = self.people.currentRow()
        index = rows.index(current) if current in rows else -1
        self.people.setCurrentRow(rows[max(0, min(len(rows) - 1, index + delta))])
