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


def _key(path: Path | str) -> str:
    """A file by its resolved path; a server by its URL (without a password)."""
    return str(path.resolve()) if isinstance(path, Path) else path


def remember_file(settings: QSettings, path: Path | str) -> None:
    """Put ``path`` first in the recent files (ten are kept)."""
    recent = [str(path)] + [p for p in settings.value(_RECENT_FILES, [], list) if p != str(path)]
    settings.setValue(_RECENT_FILES, recent[:10])


def recent_servers(settings: QSettings) -> list[str]:
    """The servers (``postgresql://`` URLs, never with a password) opened lately, newest first."""
    from facilitator.storage.urls import is_server_url

    return [p for p in settings.value(_RECENT_FILES, [], list) if is_server_url(p)]


def remember_title(settings: QSettings, path: Path | str, title: str) -> None:
    """The title the window shows for the workshop of ``path``, for the next start's first paint."""
    settings.setValue(_LAST_TITLE_FILE, _key(path))
    settings.setValue(_LAST_TITLE, title)


def remembered_title(settings: QSettings, path: Path | str) -> str | None:
    """The title last shown for ``path``; None for another file (its title is not known yet)."""
    if settings.value(_LAST_TITLE_FILE) != _key(path):
        return None
    title = settings.value(_LAST_TITLE)
    return title if isinstance(title, str) and title else None
