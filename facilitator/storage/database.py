"""Opening a workshop file safely: checks, pragmas, migrations, sessions.

A file is inspected through a read-only connection before anything writes to it (setting WAL mode
already rewrites the header, and closing a writable connection checkpoints and deletes the
``-wal``), so a folder, an unreadable, foreign, corrupt, locked or newer-version file is refused
untouched. Three ways in:

- :func:`open_store` (exclusive): the app. Takes the single-instance lock, creates, upgrades.
- :func:`open_store` (not exclusive): a writing command such as ``import-agenda``. Same checks,
  upgrades only under the single-instance lock, short transactions next to a running app.
- :func:`open_for_reading`: ``list``, ``check``, the exports. Never writes or upgrades; works on
  read-only media; an older file is read from an upgraded temporary copy, and the user is told.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from facilitator.storage import backup, errors, migrate
from facilitator.storage.disk import create_private_file, disk_is_full
from facilitator.storage.file_lock import UNFINISHED_LOCK_GRACE_S, acquire_lock, exclusive_access
from facilitator.storage.sqlite import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    connect_read_only,
    copy_with_wal,
    create_reader_engine,
    create_sqlite_engine,
    is_busy,
    is_cannot_open,
    is_read_only,
)
from facilitator.storage.store import Store, translate_write_error
from facilitator.storage.urls import is_server_url

__all__ = [
    "UNFINISHED_LOCK_GRACE_S",
    "FileState",
    "exclusive_access",
    "inspect_file",
    "open_for_reading",
    "open_store",
]

# Tables every Facilitator schema has: an unknown revision without them is another app's file.
FACILITATOR_TABLES = frozenset({"workshop", "agendaitem", "contribution"})


@dataclass(frozen=True)
class FileState:
    """What a file on disk turned out to be before we touched it."""

    is_new: bool
    revision: str | None


def _check_place(path: Path, *, writing: bool) -> None:
    if path.is_dir():
        raise errors.IsDirectoryError(path)
    if not path.parent.is_dir():
        raise errors.MissingFolderError(path)
    if path.exists() and not os.access(path, os.R_OK):
        raise errors.UnreadableError(path)
    if not writing:
        return
    writable = os.access(path, os.W_OK) if path.exists() else True
    if not writable or not os.access(path.parent, os.W_OK):
        raise errors.ReadOnlyError(path)


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise errors.UnreadableError(path, str(exc)) from exc


def inspect_file(path: Path, *, writing: bool = True) -> FileState:
    """Classify ``path`` without writing to it; raises a :class:`StoreError` when unusable.

    ``writing`` also refuses a file that could not be written (read-only file or folder), and
    runs SQLite's full ``integrity_check`` instead of the quick one: the quick check does not
    compare indexes with their tables, and writing into such a file spreads the damage.
    """
    _check_place(path, writing=writing)
    if not path.exists() or path.stat().st_size == 0:
        return FileState(is_new=True, revision=None)
    if _read_header(path) != SQLITE_HEADER:
        raise errors.NotDatabaseError(path)
    check = "integrity_check" if writing else "quick_check"
    try:
        return _inspect_with(path, connect_read_only(path), check)
    except errors.CannotReadInPlaceError:
        if not writing:
            raise
    # A crash left a hot journal to roll back or a -wal to recover: reading needs a write, which
    # is SQLite's own repair of the file about to be opened for writing anyway.
    return _inspect_with(path, sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000), check)


def _inspect_with(path: Path, connection: sqlite3.Connection, check: str) -> FileState:
    try:
        return _inspect_connection(path, connection, check)
    finally:
        connection.close()


def _inspect_connection(path: Path, connection: sqlite3.Connection, check: str) -> FileState:
    try:
        verdict = connection.execute(f"PRAGMA {check}").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise errors.LockedError(path, str(exc)) from exc
        if disk_is_full(path):  # reading a WAL file needs room for its -shm: not damage
            raise errors.DiskFullError(path, str(exc)) from exc
        if is_cannot_open(exc) or is_read_only(exc):  # no -shm possible, or recovery needs a write
            raise errors.CannotReadInPlaceError(path, str(exc)) from exc
        raise errors.CorruptError(path, str(exc)) from exc
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged name in sqlite_master
        raise errors.CorruptError(path, str(exc)) from exc
    if verdict != "ok":
        raise errors.CorruptError(path, verdict)
    if revision is None:
        if tables - {"alembic_version"}:
            raise errors.NotDatabaseError(path)
        return FileState(is_new=True, revision=None)
    if not migrate.is_known_revision(revision):
        if not FACILITATOR_TABLES <= tables:  # another Alembic-managed app's database
            raise errors.NotDatabaseError(path)
        raise errors.NewerSchemaError(path, revision)
    return FileState(is_new=False, revision=revision)


def _upgrade(engine: Engine, path: Path, state: FileState, *, keep_copy: bool = True) -> None:
    try:
        migrate.bring_up_to_date(engine, path, state.is_new, state.revision, keep_copy=keep_copy)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise errors.DiskFullError(path, str(exc)) from exc
        raise
    except (OperationalError, DBAPIError) as exc:
        raise translate_write_error(path, exc) from exc


def open_store(path: Path | str, *, exclusive: bool = True, create: bool = True,
               take_over_lock: bool = False) -> Store:
    """Open (or create) the workshop file at ``path`` for writing, upgrading it when needed.

    ``exclusive`` takes the single-instance lock (the app). A writing command passes ``False``:
    it may run next to the app, so it upgrades only while it can hold that lock for the upgrade
    (an app with the file open has upgraded it already). ``create=False`` reports a mistyped
    path instead of making a new file. ``take_over_lock`` removes a lock the user has confirmed
    is stale (a :class:`LockedError` shows its host and time). A ``postgresql://`` URL opens a
    server's database instead (:mod:`facilitator.storage.postgres`).
    """
    if isinstance(path, str) and is_server_url(path):
        return _open_server(path)
    path = Path(path).expanduser().absolute()
    if not create and not path.exists():
        raise errors.MissingFileError(path)
    state = inspect_file(path)
    if not path.exists():
        create_private_file(path)  # 0600 whatever the umask; SQLite gives its -wal and -shm the same
    lock = acquire_lock(path, take_over=take_over_lock) if exclusive else None
    if lock is not None:
        backup.remove_leftovers(path)
    engine = create_sqlite_engine(path)
    try:
        if lock is not None or not _needs_upgrade(state):
            _upgrade(engine, path, state)
        else:
            with exclusive_access(path):
                _upgrade(engine, path, inspect_file(path))  # looked at again under the lock
    except BaseException:
        engine.dispose()  # no connection may keep the refused file open
        if lock is not None:
            lock.unlock()
        raise
    return Store(path, engine, lock)


def _open_server(url: str) -> Store:
    from facilitator.storage.postgres import open_server_store  # psycopg only when needed

    return open_server_store(url)


def _needs_upgrade(state: FileState) -> bool:
    return state.is_new or state.revision != migrate.head_revision()


def open_for_reading(path: Path | str) -> Store:
    """Open ``path`` for a command that only reads; the file and its ``-wal`` stay untouched.

    A file at the current schema is read in place (also on read-only media). An older one, or one
    SQLite cannot read in place, is read from a private temporary copy, upgraded there; the
    store's ``notices`` say so, and that the app upgrades the file itself when it opens it.
    A server's database is simply connected to (it has no file to leave untouched).
    """
    if isinstance(path, str) and is_server_url(path):
        return _open_server(path)
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise errors.MissingFileError(path)
    try:
        state = inspect_file(path, writing=False)
    except errors.CannotReadInPlaceError:
        return _read_a_copy(path)
    if state.is_new:  # an empty file: nothing to read, and no schema to read it with
        raise errors.NotDatabaseError(path)
    if state.revision != migrate.head_revision():
        return _read_a_copy(path, older=state.revision)
    return Store(path, create_reader_engine(path), None)


def _read_a_copy(path: Path, *, older: str | None = None) -> Store:
    """Read ``path`` through a private temporary copy, upgraded there when it is older.

    ``older`` is the file's revision when that is why it is copied. A file SQLite can read in
    place is copied with its backup API (a consistent snapshot even
    while the app writes); one it cannot read (read-only media) is copied with its ``-wal`` byte
    for byte, which is consistent because nothing can be writing to it.
    """
    folder = Path(tempfile.mkdtemp(prefix="facilitator-read-"))  # private: mode 0700
    try:
        if older:
            copy = folder / path.name
            backup.copy_pages(path, copy)
        else:
            copy = copy_with_wal(path, folder)
        state = inspect_file(copy)  # the copy's verdict: damaged, foreign or newer, as the file's
        if state.is_new:
            raise errors.NotDatabaseError(path)
        engine = create_sqlite_engine(copy)
        try:
            _upgrade(engine, copy, state, keep_copy=False)
        finally:
            engine.dispose()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    notice = errors.read_from_upgraded_copy(path) if older else errors.read_from_copy(path)
    return Store(path, create_reader_engine(copy), None, notices=(notice,), file_revision=state.revision,
                 cleanup=lambda: shutil.rmtree(folder, ignore_errors=True))
