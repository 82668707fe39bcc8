"""Choosing a backup and putting it in place of the open workshop file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.backups import BackupInfo, BackupService
from facilitator.storage.errors import StoreError
from facilitator.ui.backups.backup_model import BackupModel


class RestoreDialog(QDialog):
    """Lists the open file's backups; restoring one asks first and keeps the current file.

    ``restore`` puts the named backup in place of the open file (the app binds it to its store,
    whose connections it closes); the app then reopens the file.

    Signals:
        restored(str): the name of the backup now in place.
    """

    restored = Signal(str)

    def __init__(self, service: BackupService, workshop: Path, restore: Callable[[str], BackupInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self._restore = restore
        self.model = BackupModel(service, workshop, self)
        self.table = QTableView()
        self.table.setObjectName("backups")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(
            lambda: self.restore_button.setEnabled(self._selected_row() is not None)
        )
        explanation = QLabel(self.tr(
            "Backups are taken when a workshop file is opened and every few minutes while it is "
            "in use. Restoring one replaces the file; the file as it is now is kept as a backup "
            "first, so a restore can be undone."))
        explanation.setWordWrap(True)
        empty = QLabel(self.tr("There are no backups of this file yet."))
        empty.setVisible(self.model.rowCount() == 0)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(640, 420)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def restore_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        info = self.model.backup(row)
        when = QLocale().toString(info.taken_at, QLocale.FormatType.ShortFormat)
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr("Replace the workshop file with the backup taken {when}? "
                    "The file as it is now is kept as a backup.").format(when=when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._restore(info.name)
        except StoreError as error:
            QMessageBox.critical(self, self.tr("Not restored"), error.message())
            self.model.reload()
            return
        self.restored.emit(info.name)
        self.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.restore_selected()
            return
        super().keyPressEvent(event)
