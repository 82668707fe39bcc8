"""Files shipped in ``resources/``, found the same way from a source tree and an installed wheel.

A wheel carries them as the package ``facilitator.resources`` (pyproject maps the folder); a source
checkout has them beside the package. Files are read one by one: ``as_file`` on a directory needs
Python 3.12.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtGui import QIcon


def resource_root() -> Traversable:
    """The ``resources`` folder, wherever this copy of the app keeps it."""
    try:
        return files("facilitator.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    """One file or folder below ``resources``."""
    node = resource_root()
    for part in parts:
        node = node / part
    return node


def listing(folder: str, suffix: str) -> list[Traversable]:
    """The files in ``resources/<folder>`` ending in ``suffix``, sorted by name."""
    directory = resource(folder)
    if not directory.is_dir():
        return []
    return sorted(
        (entry for entry in directory.iterdir() if entry.name.endswith(suffix)),
        key=lambda entry: entry.name,
    )


def app_icon() -> QIcon:
    """The app's icon in every shipped size (files are read when a size is first drawn)."""
    icon = QIcon()
    for entry in listing("icons", ".png"):
        icon.addFile(str(entry))
    return icon
