"""Where workshop files and backups live by default."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Facilitator"
DEFAULT_FILE_NAME = "workshops.sqlite"


def data_folder() -> Path:
    """The user's data folder for the app (created on first use)."""
    folder = user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    return data_folder() / DEFAULT_FILE_NAME


def backup_folder() -> Path:
    folder = data_folder() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
