"""The main window: navigation between the sections of the workshop day.

The window is built and shown before the workshop file is opened (start-up shows it first):
it starts with the navigation and an "opening" page, and :meth:`MainWindow.install` puts the
sections in once the services exist. Nothing here imports the database stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMenu,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.i18n import LANGUAGES
from facilitator.ui.backups.menu import restore_backup_action
from facilitator.ui.opening_page import OpeningPage
from facilitator.ui.section import NAVIGATION, Section, section_title

if TYPE_CHECKING:
    from facilitator.services.changes import Changes
    from facilitator.services.workshops import WorkshopService
    from facilitator.ui.change_feed import ChangeFeed


class MainWindow(QMainWindow):
    """Sections in a sidebar (Ctrl+1…9), the workshop's title in the window title.

    Entering a section (a click in the sidebar, Enter on it, Ctrl+1…9) puts the focus where work
    happens there, so the next key does something; moving through the sidebar with the arrow keys
    keeps the focus in the sidebar. The sections' "anywhere" actions work in every section.

    Signals:
        open_workshops_requested(): the user asked for the workshop picker.
        restore_backup_requested(): the user asked for the restore dialog.
        language_chosen(str): the user chose an interface language.
        title_shown(str): the window now shows this workshop title (remembered for the next start).
        section_shown(str): the section now shown (its key), once the sections are in.

    Closing the window (Ctrl+Q, the title bar) first asks every section's ``may_close``, so a
    run in progress is never left by accident; :meth:`close_quietly` closes without asking.
    """

    open_workshops_requested = Signal()
    restore_backup_requested = Signal()
    language_chosen = Signal(str)
    title_shown = Signal(str)
    section_shown = Signal(str)

    def __init__(self, language: str, title: str | None = None) -> None:
        super().__init__()
        self._workshops: WorkshopService | None = None
        self._sections: list[Section] = []
        self._workshop_id: int | None = None
        self._quiet = False  # closing without asking the sections (close_quietly)
        self._actions_when_open: list[QAction] = []  # usable only once the file is open
        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setIconSize(QSize(24, 24))
        self._navigation.setMaximumWidth(200)
        self._navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 13pt; }"
            "QListWidget#navigation::item { padding: 10px 8px; }"
        )
        for key, _ in NAVIGATION:
            self._navigation.addItem(QListWidgetItem(section_title(key)))
        self.opening: OpeningPage | None = OpeningPage(title)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.opening)
        self._navigation.currentRowChanged.connect(self._show_row)
        self._navigation.clicked.connect(lambda index: self._focus_section(index.row()))
        self._navigation.activated.connect(lambda index: self._focus_section(index.row()))
        splitter = QSplitter()
        splitter.addWidget(self._navigation)
        splitter.addWidget(self._stack)
        splitter.setStretchFactor(1, 1)
        # A store that cannot be reached (a server, the network) says so here until it can again.
        self.store_problem = QLabel()
        self.store_problem.setObjectName("store_problem")
        self.store_problem.setWordWrap(True)
        self.store_problem.setStyleSheet(
            "QLabel#store_problem { background: #b3261e; color: white; font-size: 13pt; font-weight: bold;"
            " padding: 10px; }")
        self.store_problem.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.store_problem)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._build_menus(language)
        self._navigation.setCurrentRow(0)
        self.setWindowTitle(f"{title} — Facilitator" if title else "Facilitator")
        self.resize(1280, 800)
        self.opening.setFocus()

    def is_ready(self) -> bool:
        """Whether the sections are in and filled (until then the window shows the opening page)."""
        return self.opening is None

    def install(self, workshops: WorkshopService, feed: ChangeFeed, sections: Sequence[Section]) -> None:
        """Add ``sections`` (put in navigation order); the first :meth:`show_workshop` shows them."""
        assert not self._sections, "sections are installed once per window"
        by_key = {section.key: section for section in sections}
        self._sections = [by_key[key] for key, _ in NAVIGATION if key in by_key]
        self._workshops = workshops
        for row, section in enumerate(self._sections):
            if section.icon is not None:
                self._navigation.item(row).setIcon(section.icon)
            self._stack.addWidget(section.widget)
            if section.actions:
                menu = QMenu(section.title, self)
                self.menuBar().insertMenu(self._language_menu.menuAction(), menu)
                for action in section.actions:
                    menu.addAction(action)
                    self.addAction(action)  # their keys work whichever section is shown
        feed.changed.connect(self._on_changed)

    def _finish_opening(self) -> None:
        """The sections are filled: show the chosen one instead of the opening page, hand on keys."""
        opening, self.opening = self.opening, None
        assert opening is not None
        had_focus = opening.hasFocus()
        self._show_row(self._navigation.currentRow())
        self._stack.removeWidget(opening)
        for action in self._actions_when_open:
            action.setEnabled(True)
        if had_focus:
            self._focus_section(self._navigation.currentRow())
        opening.hand_on_keys(self.focusWidget() or self)
        opening.deleteLater()

    def _show_row(self, row: int) -> None:
        if self._sections and 0 <= row < len(self._sections):
            self._stack.setCurrentWidget(self._sections[row].widget)
            if self.opening is None:
                self.section_shown.emit(self._sections[row].key)

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    def section_keys(self) -> list[str]:
        return [key for key, _ in NAVIGATION]

    def show_section(self, key: str) -> None:
        """Enter the section ``key``: show it and focus its work."""
        self._enter(self.section_keys().index(key))

    def _enter(self, row: int) -> None:
        self._navigation.setCurrentRow(row)
        self._focus_section(row)

    def _focus_section(self, row: int) -> None:
        if self.opening is None and 0 <= row < len(self._sections):
            self._sections[row].widget.focus_work()  # type: ignore[attr-defined]

    def current_section(self) -> str:
        return NAVIGATION[self._navigation.currentRow()][0]

    def show_store_problem(self, message: str) -> None:
        """The bar over every section: the workshop's store cannot be reached right now."""
        self.store_problem.setText(message)
        self.store_problem.show()

    def hide_store_problem(self) -> None:
        self.store_problem.hide()

    def show_workshop(self, workshop_id: int) -> None:
        """Point every section at ``workshop_id``."""
        self._workshop_id = workshop_id
        for section in self._sections:
            section.widget.show_workshop(workshop_id)  # type: ignore[attr-defined]
        self._update_title()
        if self.opening is not None:
            self._finish_opening()

    def _build_menus(self, language: str) -> None:
        workshop_menu = self.menuBar().addMenu(self.tr("&Workshop"))
        open_action = QAction(self.tr("&Workshops…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_workshops_requested)
        restore_action = restore_backup_action(self, self.restore_backup_requested)
        workshop_menu.addActions([open_action, restore_action])
        self._actions_when_open += [open_action, restore_action]
        workshop_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # Explicitly: StandardKey.Quit has no key on Windows, nor on X11 without a desktop's theme.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        workshop_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, (key, _) in enumerate(NAVIGATION[:9]):
            action = QAction(section_title(key), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, row=index: self._enter(row))
            view_menu.addAction(action)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        self._language_menu = language_menu
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == language)
            action.triggered.connect(lambda _=False, chosen=code: self._choose_language(chosen))
            group.addAction(action)
            language_menu.addAction(action)
            self._actions_when_open.append(action)
        for action in self._actions_when_open:
            action.setEnabled(False)

    def _choose_language(self, language: str) -> None:
        self.language_chosen.emit(language)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Facilitator starts."),
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshops and changes.in_workshop(self._workshop_id):
            self._update_title()

    def _update_title(self) -> None:
        if self._workshop_id is None:
            self.setWindowTitle("Facilitator")
            return
        assert self._workshops is not None
        title = self._workshops.get(self._workshop_id).title or self.tr("Untitled workshop")
        self.setWindowTitle(f"{title} — Facilitator")
        self.title_shown.emit(title)

    def close_quietly(self) -> None:
        """Close without asking the sections (the app switches file or quits after a restore)."""
        self._quiet = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._quiet and not all(
            section.may_close() for section in self._sections if section.may_close is not None
        ):
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

