"""The status bar's word on backups: a failing backup stays in sight until one works again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from facilitator.ui.backups.backup_scheduler import BackupScheduler

RECOVERED_MESSAGE_MS = 10_000


def show_backup_status(scheduler: BackupScheduler, status_bar: QStatusBar) -> QLabel:
    """A permanent warning in ``status_bar`` while backups fail (messages come and go, this stays)."""
    warning = QLabel(status_bar)
    warning.setObjectName("backupWarning")
    warning.setStyleSheet("color: #b3261e;")
    warning.hide()
    status_bar.addPermanentWidget(warning)

    def failed(message: str) -> None:
        warning.setText("⚠ " + message)
        warning.setToolTip(message)
        warning.show()
        status_bar.showMessage(message)

    def recovered(message: str) -> None:
        warning.hide()
        status_bar.showMessage(message, RECOVERED_MESSAGE_MS)

    scheduler.failed.connect(failed)
    scheduler.recovered.connect(recovered)
    return warning
