"""Opening an exported file in the program the system uses for it (Word, LibreOffice)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

FileOpener = Callable[[Path], bool]


def open_with_desktop(path: Path) -> bool:
    """Open ``path`` in the program the system uses for .docx (Word, LibreOffice)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
