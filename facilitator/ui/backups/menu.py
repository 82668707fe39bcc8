"""The main window's menu entry for restoring a backup (its text is translated with this area)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def restore_backup_action(parent: QWidget, requested: SignalInstance) -> QAction:
    """"Restore a backup…", emitting ``requested`` when chosen."""
    action = QAction(QCoreApplication.translate("BackupMenu", "Restore a &backup…"), parent)
    action.setObjectName("restore_backup")
    action.triggered.connect(requested)
    return action
