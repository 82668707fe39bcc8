"""Importing the database stack without PySide6's per-module source scan.

Importing PySide6 replaces ``builtins.__import__`` with a hook (for ``from __feature__ import
snake_case``) that reads the source of every module imported afterwards, to see whether it
mentions PySide6: about 0.1–0.2 s for SQLAlchemy, SQLModel, pydantic and the app's modules
here. The app uses no ``__feature__`` options, so for the one import after the first paint it
puts Python's own import back and restores the hook afterwards. Modules imported this way are
treated by PySide6 as using its defaults, which is what the scan would have concluded.
"""

from __future__ import annotations

import builtins
import importlib
from types import ModuleType

# Captured when the package is first imported; before PySide6 in a normal start.
_PYTHON_IMPORT = builtins.__import__


def import_plainly(name: str) -> ModuleType:
    """``importlib.import_module(name)`` with Python's own ``__import__`` (main thread only)."""
    hooked = builtins.__import__
    builtins.__import__ = _PYTHON_IMPORT
    try:
        return importlib.import_module(name)
    finally:
        builtins.__import__ = hooked
