"""Where workshop files and backups live by default."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from facilitator.storage.disk import private_folder

APP_NAME = "Facilitator"
DEFAULT_FILE_NAME = "workshops.sqlite"


def data_folder() -> Path:
    """The user's data folder for the app (created on first use), readable by the user only:
    workshop files hold participants' names and e-mail addresses."""
    return private_folder(user_data_path(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_folder() / DEFAULT_FILE_NAME


def backup_folder() -> Path:
    return private_folder(data_folder() / "backups")
