"""What is specific to SQLite files: the header, the side files next to a database.

Kept apart from the engine-neutral storage code so that a second engine (PostgreSQL) does not
have to know about files on disk.
"""

from __future__ import annotations

from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
# Files SQLite and the single-instance lock keep next to a database called NAME: NAME-wal, ...
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


def has_sqlite_header(path: Path) -> bool:
    """Whether ``path`` is a readable file that starts as every SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def database_of_side_file(path: Path) -> Path | None:
    """The database ``path`` belongs to when it is (or would be) one of its side files."""
    for suffix in SIDE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if has_sqlite_header(base):
                return base
    return None
