"""Noticing commits by other connections to an SQLite file, cheaply enough to ask 5 times a second.

``PRAGMA data_version`` changes on a connection whenever another connection (in this process or
any other) has committed to the file since the last time that connection asked. It reads no
pages, so the change feed asks it on a quiet connection of its own and reads the change log only
when it moved.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class DataVersionProbe:
    """Says whether the file may have new commits since the last :meth:`changed`.

    The connection is opened on first use, read-only, in the thread that uses it (the GUI's).
    Any error answers "yes": reading the log then reports the problem, a probe never hides news.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._version: int | None = None

    def changed(self) -> bool:
        try:
            if self._connection is None:
                self._connection = sqlite3.connect(f"{self._path.as_uri()}?mode=ro", uri=True,
                                                   check_same_thread=False)
            version = self._connection.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:
            self.close()
            return True
        news = version != self._version
        self._version = version
        return news

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._version = None
