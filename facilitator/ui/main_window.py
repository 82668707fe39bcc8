"""The main window: navigation between the sections of the workshop day."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from facilitator.i18n import LANGUAGES
from facilitator.services.changes import Changes
from facilitator.services.workshops import WorkshopService
from facilitator.ui.backups.menu import restore_backup_action
from facilitator.ui.changes_bus import ChangesBus
from facilitator.ui.section import Section


class MainWindow(QMainWindow):
    """Sections in a sidebar (Ctrl+1…9), the workshop's title in the window title.

    Signals:
        open_workshops_requested(): the user asked for the workshop picker.
        restore_backup_requested(): the user asked for the restore dialog.
        language_chosen(str): the user chose an interface language.
    """

    open_workshops_requested = Signal()
    restore_backup_requested = Signal()
    language_chosen = Signal(str)

    def __init__(self, workshops: WorkshopService, bus: ChangesBus, sections: Sequence[Section],
                 language: str) -> None:
        super().__init__()
        self._workshops = workshops
        self._sections = list(sections)
        self._workshop_id: int | None = None
        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setIconSize(QSize(24, 24))
        self._navigation.setMaximumWidth(200)
        self._navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 13pt; }"
            "QListWidget#navigation::item { padding: 10px 8px; }"
        )
        self._stack = QStackedWidget()
        for section in self._sections:
            item = QListWidgetItem(section.title)
            if section.icon is not None:
                item.setIcon(section.icon)
            self._navigation.addItem(item)
            self._stack.addWidget(section.widget)
        self._navigation.currentRowChanged.connect(self._stack.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self._navigation)
        splitter.addWidget(self._stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_menus(language)
        self._navigation.setCurrentRow(0)
        bus.changed.connect(self._on_changed)
        self.resize(1280, 800)

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    def section_keys(self) -> list[str]:
        return [section.key for section in self._sections]

    def show_section(self, key: str) -> None:
        self._navigation.setCurrentRow(self.section_keys().index(key))

    def current_section(self) -> str:
        return self._sections[self._navigation.currentRow()].key

    def show_workshop(self, workshop_id: int) -> None:
        """Point every section at ``workshop_id``."""
        self._workshop_id = workshop_id
        for section in self._sections:
            section.widget.show_workshop(workshop_id)  # type: ignore[attr-defined]
        self._update_title()

    def _build_menus(self, language: str) -> None:
        workshop_menu = self.menuBar().addMenu(self.tr("&Workshop"))
        open_action = QAction(self.tr("&Workshops…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_workshops_requested)
        workshop_menu.addAction(open_action)
        workshop_menu.addAction(restore_backup_action(self, self.restore_backup_requested))
        workshop_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        workshop_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, section in enumerate(self._sections[:9]):
            action = QAction(section.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, row=index: self._navigation.setCurrentRow(row))
            view_menu.addAction(action)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == language)
            action.triggered.connect(lambda _=False, chosen=code: self._choose_language(chosen))
            group.addAction(action)
            language_menu.addAction(action)

    def _choose_language(self, language: str) -> None:
        self.language_chosen.emit(language)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Facilitator starts."),
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshops:
            self._update_title()

    def _update_title(self) -> None:
        if self._workshop_id is None:
            self.setWindowTitle("Facilitator")
            return
        title = self._workshops.get(self._workshop_id).title or self.tr("Untitled workshop")
        self.setWindowTitle(f"{title} — Facilitator")

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)
