"""Files the export reads from ``resources/`` (the Word template, translations).

In a source checkout ``resources`` is a top-level package; in an installed wheel it is
``facilitator.resources`` (pyproject maps it). Files are read one by one (Python 3.11's
``as_file`` cannot extract a directory).
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def _root() -> Traversable:
    try:
        return resources.files("facilitator.resources")
    except ModuleNotFoundError:
        return resources.files("resources")


def resource_bytes(*parts: str) -> bytes:
    """The bytes of ``resources/<parts...>``."""
    return _root().joinpath(*parts).read_bytes()


def translation_file(name: str) -> Path | None:
    """The real path of ``resources/translations/<name>`` (QTranslator loads paths), if present."""
    entry = _root().joinpath("translations", name)
    return Path(str(entry)) if entry.is_file() else None
