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
from collections.abc import Iterator
from contextlib import contextmanager

# Captured when the package is first imported; before PySide6 in a normal start.
_PYTHON_IMPORT = builtins.__import__


@contextmanager
def python_import() -> Iterator[None]:
    """Python's own ``__import__`` inside the block (main thread only).

    The import statements stay in the caller, where PyInstaller's analysis sees them.
    """
    hooked = builtins.__import__
    builtins.__import__ = _PYTHON_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked
