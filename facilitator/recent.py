"""What the app remembers between starts about the files it opened (kept in QSettings).

Start-up reads the last workshop's title before the database stack is loaded, so this module
imports only QtCore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_RECENT_FILES = "files/recent"
_LAST_TITLE = "files/last_title"
_LAST_TITLE_FILE = "files/last_title_file"


def remember_file(settings: QSettings, path: Path) -> None:
    """Put ``path`` first in the recent files (ten are kept)."""
    recent = [str(path)] + [p for p in settings.value(_RECENT_FILES, [], list) if p != str(path)]
    settings.setValue(_RECENT_FILES, recent[:10])


def remember_title(settings: QSettings, path: Path, title: str) -> None:
    """The title the window shows for the workshop of ``path``, for the next start's first paint."""
    settings.setValue(_LAST_TITLE_FILE, str(path.resolve()))
    settings.setValue(_LAST_TITLE, title)


def remembered_title(settings: QSettings, path: Path) -> str | None:
    """The title last shown for ``path``; None for another file (its title is not known yet)."""
    if settings.value(_LAST_TITLE_FILE) != str(path.resolve()):
        return None
    title = settings.value(_LAST_TITLE)
    return title if isinstance(title, str) and title else None
