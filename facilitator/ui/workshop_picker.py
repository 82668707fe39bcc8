"""Choosing the workshop to work on: recent ones, new (blank or from a template), another file."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.changes import Changes
from facilitator.services.copying import CopiedWorkshop, CopyOut
from facilitator.services.templates import TemplateInfo, TemplateService
from facilitator.services.workshops import WorkshopService, WorkshopView
from facilitator.storage.errors import PasswordNeeded, StoreError
from facilitator.storage.urls import is_server_url, with_password, without_password
from facilitator.ui.change_feed import ChangeFeed, perform, perform_returning, show_store_error
from facilitator.ui.open_store_dialogs import ask_password
from facilitator.ui.waiting import Cancelled, wait_for

WORKSHOP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class WorkshopListModel(QAbstractListModel):
    """The file's workshops, most recently opened first."""

    def __init__(self, workshops: WorkshopService, feed: ChangeFeed, parent: QWidget) -> None:
        super().__init__(parent)
        self._workshops = workshops
        self._rows: list[WorkshopView] = []
        feed.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._workshops.list()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        workshop = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = workshop.title or self.tr("Untitled workshop")
            when = workshop.date.strftime("%d.%m.%Y") if workshop.date else ""
            return " — ".join(part for part in (title, when, workshop.venue) if part)
        if role == WORKSHOP_ID_ROLE:
            return workshop.id
        return None

    def _on_changed(self, changes: Changes) -> None:
        if changes.workshops:
            self.reload()


class WorkshopPicker(QDialog):
    """Signals:
        workshop_chosen(int): open this workshop of the current file.
        file_chosen(Path): switch to another workshop file.
        server_chosen(str): switch to a workshop database on a server (``postgresql://`` URL).
    """

    workshop_chosen = Signal(int)
    file_chosen = Signal(Path)
    server_chosen = Signal(str)

    def __init__(self, workshops: WorkshopService, templates: TemplateService,
                 template_infos: list[TemplateInfo], feed: ChangeFeed, language: str,
                 current_id: int | None, parent: QWidget | None = None,
                 servers: list[str] | None = None, copies: CopyOut | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshops"))
        self._servers = servers or []
        self._typed_server = ""  # the address typed last in this picker
        self._copies = copies
        self._workshops = workshops
        self._templates = templates
        self._feed = feed
        self._current_id = current_id
        self.model = WorkshopListModel(workshops, feed, self)
        self.list = QListView(objectName="workshop_list")
        self.list.setModel(self.model)
        self.list.activated.connect(self.open_selected)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self._chosen_before_reload: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_choice)
        self.model.modelReset.connect(self._restore_choice)
        self.template = QComboBox(objectName="template")
        self.template.addItem(self.tr("Blank workshop"), None)
        for info in template_infos:
            self.template.addItem(info.name(language), info.key)
        buttons = QVBoxLayout()
        choices = [
            (self.tr("Open"), self.open_selected, "open"),
            (self.tr("New…"), self.create, "new"),
            (self.tr("Open file…"), self.choose_file, "open_file"),
            (self.tr("Connect to a server…"), self.choose_server, "connect"),
        ]
        if copies is not None and copies.on_server:
            choices.append((self.tr("Save a copy to this laptop…"), self.copy_to_laptop, "copy_here"))
        elif copies is not None:
            choices.append((self.tr("Put on the server…"), self.put_on_server, "put_on_server"))
        choices.append((self.tr("Delete…"), self.delete_selected, "delete"))
        for text, slot, name in choices:
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if name == "open":
                button.setDefault(True)
            if name == "new":
                buttons.addWidget(self.template)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.resize(720, 420)

    def _remember_choice(self) -> None:
        self._chosen_before_reload = self.selected_id()

    def _restore_choice(self) -> None:
        """The list was re-read (a change elsewhere): the same workshop stays chosen, if it is there."""
        for row in range(self.model.rowCount()):
            if self.model.index(row).data(WORKSHOP_ID_ROLE) == self._chosen_before_reload:
                self.list.setCurrentIndex(self.model.index(row))
                return

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(WORKSHOP_ID_ROLE) if index.isValid() else None

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None:
            self.workshop_chosen.emit(workshop_id)
            self.accept()

    def create(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New workshop"), self.tr("Title:"))
        if not ok:
            return
        key = self.template.currentData()
        if key is None:
            workshop_id = perform_returning(self, self._feed, self._workshops.create, title)
        else:
            workshop_id = perform_returning(self, self._feed, self._templates.create_from_template,
                                            key, title=title or None)
        if workshop_id is not None:
            self.workshop_chosen.emit(workshop_id)
            self.accept()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Open or create a workshop file"), "",
            self.tr("Workshop files (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file_chosen.emit(Path(path))
            self.accept()

    def choose_server(self) -> None:
        """A server's address, typed or picked from the recent ones (several stations share it).

        The app closes the picker once it has connected; if it could not (or the user cancelled
        the wait), the picker stays and offers the typed address first next time.
        """
        url = self._ask_server(self.tr("Connect to a server"))
        if url is not None:
            self.server_chosen.emit(url)

    def _ask_server(self, title: str) -> str | None:
        offered = [self._typed_server] if self._typed_server else []
        offered += [url for url in self._servers if url != self._typed_server]
        url, ok = QInputDialog.getItem(
            self, title, self.tr("Address of the workshop database (postgresql://user@host:port/name):"),
            offered or ["postgresql://facilitator@server:5432/workshops"], 0, True)
        url = url.strip()
        if not ok or not url:
            return None
        self._typed_server = url  # nothing typed is lost: a failed connect keeps it for the next try
        if not is_server_url(url):
            QMessageBox.information(self, title, self.tr("An address starts with postgresql://, e.g. "
                                                         "postgresql://facilitator@192.168.8.10:5432/temadag"))
            return None
        return url

    def copy_to_laptop(self) -> None:
        """The selected workshop of the server, copied into a workshop file on this laptop."""
        workshop_id = self.selected_id()
        if workshop_id is None or self._copies is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy to this laptop"), "", self.tr("Workshop files (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # an existing file gets one workshop more
        if path:
            self._copy(workshop_id, Path(path))

    def put_on_server(self) -> None:
        """The selected workshop of this file, copied to a server for the stations of the day."""
        workshop_id = self.selected_id()
        if workshop_id is None or self._copies is None:
            return
        url = self._ask_server(self.tr("Put on the server"))
        if url is not None:
            self._copy(workshop_id, url)

    def _copy(self, workshop_id: int, target: Path | str) -> None:
        try:
            try:
                copied = self._copy_waiting(workshop_id, target)
            except PasswordNeeded:
                password = ask_password(self, str(target))  # asked once for this copy
                if password is None:
                    return
                copied = self._copy_waiting(workshop_id, with_password(str(target), password))
        except Cancelled:
            return
        except StoreError as error:
            show_store_error(self, error, self.tr("Not copied"))
            return
        QMessageBox.information(self, self.tr("Copied"), self.tr(
            "“{title}” is copied to {target}: open it there with “Open file…” or “Connect to a server…”."
        ).format(title=copied.title, target=target))

    def _copy_waiting(self, workshop_id: int, target: Path | str) -> CopiedWorkshop:
        """The copy off the GUI thread: a server that does not answer keeps the picker alive.

        Cancel while it connects ends it before anything is written to ``target``.
        """
        assert self._copies is not None
        copies = self._copies
        going_on = threading.Event()
        going_on.set()
        text = (self.tr("Connecting to {server}…").format(server=without_password(target))
                if isinstance(target, str) else self.tr("Copying to {file}…").format(file=target))
        try:
            return wait_for(self, text, lambda: copies.to(target, workshop_id, going_on=going_on.is_set))
        except Cancelled:
            going_on.clear()
            raise

    def delete_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        if workshop_id == self._current_id:
            QMessageBox.information(self, self.tr("Delete workshop"),
                                    self.tr("Open another workshop before deleting this one."))
            return
        title = self.list.currentIndex().data() or ""
        answer = QMessageBox.warning(
            self, self.tr("Delete workshop"),
            self.tr("Delete “{title}” and everything captured in it? This cannot be undone.").format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            perform(self, self._feed, self._workshops.delete, workshop_id)
