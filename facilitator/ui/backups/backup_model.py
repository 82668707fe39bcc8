"""Table model of the backups of one workshop file, newest first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from facilitator.services.backups import BackupInfo, BackupService

TAKEN, REASON, SIZE = range(3)
Index = QModelIndex | QPersistentModelIndex


class BackupModel(QAbstractTableModel):
    """Rows are the backups the service lists for ``workshop``; read-only."""

    def __init__(self, service: BackupService, workshop: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._workshop = workshop
        self._rows: list[BackupInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._service.backups(self._workshop)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if index.column() == TAKEN:
                return locale.toString(info.taken_at, QLocale.FormatType.ShortFormat)
            if index.column() == REASON:
                return info.reason.label()
            return locale.formattedDataSize(info.size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.name
        return None
