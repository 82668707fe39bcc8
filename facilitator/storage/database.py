"""Opening a workshop file safely: checks, pragmas, migrations, sessions.

A file is inspected before anything writes to it (setting WAL mode already rewrites the header), so
a folder, an unreadable, foreign, corrupt, locked or newer-version file is refused untouched.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from facilitator.storage import errors, migrate
from facilitator.storage.sqlite import (
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    OnBusy,
    create_sqlite_engine,
    is_busy,
    is_disk_full,
    is_read_only,
    writing,
)

UNFINISHED_LOCK_GRACE_S = 1.0
FULL_DISK_BYTES = 64 * 1024


@dataclass(frozen=True)
class FileState:
    """What a file on disk turned out to be before we touched it."""

    is_new: bool
    revision: str | None


def _check_path(path: Path) -> None:
    if path.is_dir():
        raise errors.IsDirectoryError(path)
    if not path.parent.is_dir():
        raise errors.MissingFolderError(path)
    if path.exists() and not os.access(path, os.R_OK):
        raise errors.UnreadableError(path)
    writable = os.access(path, os.W_OK) if path.exists() else True
    if not writable or not os.access(path.parent, os.W_OK):
        raise errors.ReadOnlyError(path)


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise errors.UnreadableError(path, str(exc)) from exc


def inspect_file(path: Path) -> FileState:
    """Classify ``path`` without writing to it; raises a :class:`StoreError` when unusable."""
    _check_path(path)
    if not path.exists() or path.stat().st_size == 0:
        return FileState(is_new=True, revision=None)
    if _read_header(path) != SQLITE_HEADER:
        raise errors.NotDatabaseError(path)
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise errors.CorruptError(path, str(exc)) from exc
    try:
        return _inspect_connection(path, connection)
    finally:
        connection.close()


def _inspect_connection(path: Path, connection: sqlite3.Connection) -> FileState:
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise errors.LockedError(path, str(exc)) from exc
        if _disk_is_full(path):  # reading a WAL file needs room for its -shm: not damage
            raise errors.DiskFullError(path, str(exc)) from exc
        raise errors.CorruptError(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise errors.CorruptError(path, str(exc)) from exc
    if verdict != "ok":
        raise errors.CorruptError(path, verdict)
    if revision is None:
        if tables - {"alembic_version"}:
            raise errors.NotDatabaseError(path)
        return FileState(is_new=True, revision=None)
    if not migrate.is_known_revision(revision):
        raise errors.NewerSchemaError(path, revision)
    return FileState(is_new=False, revision=revision)


def _nobody_to_tell() -> None:
    """The busy notice until the UI or the CLI installs theirs."""


class Store:
    """An open workshop file: the engine, the single-instance lock and short transactions."""

    def __init__(self, path: Path, engine: Engine, lock: QLockFile | None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._busy_notice: OnBusy = _nobody_to_tell
        self._writer = writing(engine, self._tell_busy)

    def set_busy_notice(self, notice: OnBusy) -> None:
        """Who to tell "busy, retrying" while another process holds the write lock a moment."""
        self._busy_notice = notice

    def _tell_busy(self) -> None:
        self._busy_notice()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back and raise a :class:`StoreError` otherwise.

        The write lock is taken when the transaction begins (``BEGIN IMMEDIATE``): while another
        process writes, the action waits and the busy notice is given, instead of failing
        half-way or being refused as "open elsewhere".
        """
        session = Session(self._writer, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise translate_write_error(self.path, exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; nothing is committed."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.close()

    @property
    def exclusive(self) -> bool:
        """Whether this store holds the single-instance lock (no other app has the file)."""
        return self._lock is not None

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def translate_write_error(path: Path, exc: Exception) -> errors.StoreError:
    """Map a failed write to the sentence the user needs; the transaction was rolled back."""
    text = str(getattr(exc, "orig", exc))
    if is_disk_full(exc):
        return errors.DiskFullError(path, text)
    if is_read_only(exc):
        return errors.ReadOnlyError(path, text)
    if is_busy(exc):
        return errors.BusyError(path, text)
    return errors.WriteError(path, text)


def _is_unfinished_lock(lock: QLockFile, lock_path: Path) -> bool:
    """A lock file without a readable owner that has stayed so for longer than a live writer would.

    Qt creates the file and then writes its pid; a kill in between leaves an empty file that
    ``setStaleLockTime(0)`` never treats as stale, so the workshop would be "open elsewhere" for
    ever (found by tests/integration/test_kill.py).
    """
    pid, _host, _app = lock.getLockInfo()
    try:
        age = time.time() - lock_path.stat().st_mtime
    except OSError:
        return False
    return pid == 0 and age > UNFINISHED_LOCK_GRACE_S


def _acquire_lock(path: Path) -> QLockFile:
    lock_path = Path(str(path) + ".lock")
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if _is_unfinished_lock(lock, lock_path) and lock.removeStaleLockFile() and lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.UnknownError and _disk_is_full(path):
        raise errors.DiskFullError(path, "no room for the lock file")  # not "open elsewhere"
    raise errors.LockedError(path)


def _disk_is_full(path: Path) -> bool:
    """Whether the file system holding ``path`` has no room left (asked after a failure)."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_DISK_BYTES
    except OSError:
        return False


@contextmanager
def exclusive_access(path: Path) -> Iterator[None]:
    """Hold the single-instance lock of a file nobody has open (a restore from the CLI)."""
    lock = _acquire_lock(path)
    try:
        yield
    finally:
        lock.unlock()


def open_store(path: Path | str, *, exclusive: bool = True, create: bool = True) -> Store:
    """Open (or create) the workshop file at ``path``, upgrading its schema when needed.

    ``exclusive`` takes the single-instance lock; headless read-only commands (``check``,
    ``list``) pass ``False`` so they work while the app has the file open; they also pass
    ``create=False`` so that a mistyped path is reported instead of becoming a new file.
    """
    path = Path(path).expanduser().absolute()
    if not create and not path.exists():
        raise errors.MissingFileError(path)
    state = inspect_file(path)
    lock = _acquire_lock(path) if exclusive else None
    try:
        engine = create_sqlite_engine(path)
        try:
            migrate.bring_up_to_date(engine, path, state.is_new)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise errors.DiskFullError(path, str(exc)) from exc
            raise
        except (OperationalError, DBAPIError) as exc:
            raise translate_write_error(path, exc) from exc
    except BaseException:
        if lock is not None:
            lock.unlock()
        raise
    return Store(path, engine, lock)
