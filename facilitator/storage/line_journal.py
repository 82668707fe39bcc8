"""Lines typed while the server could not be reached, kept on this laptop until it answers.

One small SQLite file per server in the station's data folder (``journal/``), written with
``synchronous=FULL`` before the entry field is cleared: a station that crashes or loses power
while offline still has every line when it starts again. Each line keeps the id its station made
for it, so sending it twice (an answer lost with the network) stores it once.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from facilitator.storage import errors

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id TEXT NOT NULL UNIQUE,
    item_id INTEGER NOT NULL,
    cluster_id INTEGER,
    column_index INTEGER NOT NULL,
    text TEXT NOT NULL,
    typed_at TEXT NOT NULL,
    refused TEXT NOT NULL DEFAULT ''
)
"""


@dataclass(frozen=True)
class PendingLine:
    """One typed line not yet on the server; ``refused`` is the server's reason, if it said no."""

    client_id: str
    item_id: int
    cluster_id: int | None
    column_index: int
    text: str
    typed_at: str
    refused: str = ""

    def in_list(self, item_id: int, cluster_id: int | None, column_index: int) -> bool:
        return (self.item_id, self.cluster_id, self.column_index) == (item_id, cluster_id, column_index)


def journal_path(folder: Path, location: str) -> Path:
    """The journal of the server at ``location`` (its URL without password) in ``folder``."""
    name = hashlib.sha256(location.encode()).hexdigest()[:20]
    return folder / "journal" / f"{name}.sqlite"


class LineJournal:
    """The pending lines of one server, on disk; read once, then kept in memory as well."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            os.chmod(path, 0o600)
            self._connection.execute("PRAGMA synchronous=FULL")
            self._connection.execute(_SCHEMA)
            rows = self._connection.execute(
                "SELECT client_id, item_id, cluster_id, column_index, text, typed_at, refused"
                " FROM pending ORDER BY seq").fetchall()
        except (sqlite3.Error, OSError) as exc:
            raise errors.StoreError(path, str(exc)) from exc
        self._lines = [PendingLine(*row) for row in rows]

    def lines(self) -> list[PendingLine]:
        """Every pending line, in the order typed."""
        return list(self._lines)

    def keep(self, line: PendingLine) -> None:
        """On disk (synced) when this returns; raises :class:`StoreError` if it cannot be."""
        try:
            self._connection.execute(
                "INSERT OR IGNORE INTO pending (client_id, item_id, cluster_id, column_index, text, typed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (line.client_id, line.item_id, line.cluster_id, line.column_index, line.text, line.typed_at))
        except sqlite3.Error as exc:
            raise errors.StoreError(self.path, str(exc)) from exc
        if all(known.client_id != line.client_id for known in self._lines):
            self._lines.append(line)

    def sent(self, client_id: str) -> None:
        """The server has the line: forget it here."""
        self._connection.execute("DELETE FROM pending WHERE client_id = ?", (client_id,))
        self._lines = [line for line in self._lines if line.client_id != client_id]

    def refused(self, client_id: str, reason: str) -> None:
        """The server said no (its list was deleted meanwhile): kept, with the reason, never lost."""
        self._connection.execute("UPDATE pending SET refused = ? WHERE client_id = ?", (reason, client_id))
        self._lines = [PendingLine(**{**line.__dict__, "refused": reason}) if line.client_id == client_id else line
                       for line in self._lines]

    def close(self) -> None:
        self._connection.close()
