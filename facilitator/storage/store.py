"""An open workshop store: its engine, its lock and the short transactions every action uses.

The file store (:func:`facilitator.storage.database.open_store`) and the server store
(:class:`facilitator.storage.postgres.ServerStore`) are both a :class:`Store`; it lives apart
from the opening code so that the server's module needs only this one.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLockFile
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from facilitator.storage import errors, migrate
from facilitator.storage.disk import disk_is_full
from facilitator.storage.sqlite import OnBusy, is_busy, is_damage, is_disk_full, is_read_only, writing
from facilitator.storage.sqlite_news import DataVersionProbe


def _nobody_to_tell() -> None:
    """The busy notice until the UI or the CLI installs theirs."""


class NewsProbe(Protocol):
    """Says cheaply whether another connection may have committed (:mod:`sqlite_news`, postgres)."""

    def changed(self) -> bool: ...

    def close(self) -> None: ...


def _nothing_to_clean() -> None:
    """A store read in place leaves nothing behind."""


class Store:
    """An open workshop file: the engine, the single-instance lock and short transactions.

    ``notices`` are sentences for the user about how the file was opened (e.g. read from an
    upgraded copy); the CLI prints them, nothing depends on them. ``file_revision`` is the
    schema of the file itself when what is read is an upgraded copy of it. ``station`` names
    this process in the change log (who wrote a change).
    """

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: QLockFile | None,
        *,
        notices: tuple[str, ...] = (),
        cleanup: Callable[[], None] = _nothing_to_clean,
        file_revision: str | None = None,
    ) -> None:
        self.path: Path | None = path  # None for a server (postgres.ServerStore)
        self.location = str(path)  # what to call it in messages: the file, or the server's URL
        self.engine = engine
        self.notices = notices
        self.file_revision = file_revision
        self._lock = lock
        self._cleanup = cleanup
        self._busy_notice: OnBusy = _nobody_to_tell
        self._writer = writing(engine, self._tell_busy)
        self.station = station_name()
        self.news_probe: NewsProbe | None = DataVersionProbe(path) if path is not None else None
        self._active = threading.local()  # the session of this thread's open transaction

    def set_busy_notice(self, notice: OnBusy) -> None:
        """Who to tell "busy, retrying" while another process holds the write lock a moment."""
        self._busy_notice = notice

    def _tell_busy(self) -> None:
        self._busy_notice()

    def in_transaction(self) -> bool:
        """Whether this thread is inside :meth:`transaction` (a user action joins it)."""
        return getattr(self._active, "session", None) is not None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commit on success, roll back and raise a :class:`StoreError` otherwise.

        The write lock is taken when the transaction begins (``BEGIN IMMEDIATE``): while another
        process writes, the action waits and the busy notice is given, instead of failing
        half-way or being refused as "open elsewhere".

        Inside an open transaction of the same thread this yields that transaction's session:
        a user action made of several service calls commits once, or not at all.
        """
        active: Session | None = getattr(self._active, "session", None)
        if active is not None:
            yield active
            return
        session = Session(self._writer, expire_on_commit=False)
        self._active.session = session
        try:
            self._begin_writing(session)
            yield session
            session.commit()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise self._write_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            self._active.session = None
            session.close()

    def _begin_writing(self, session: Session) -> None:
        """What a writing transaction does first (SQLite: nothing; its BEGIN IMMEDIATE locks)."""

    def _write_error(self, exc: Exception) -> errors.StoreError:
        assert self.path is not None
        return translate_write_error(self.path, exc)

    def _read_error(self, exc: DBAPIError) -> Exception:
        """A failed read in words where it is the file's fault (damage, a busy lock)."""
        assert self.path is not None
        return translate_read_error(self.path, exc)

    def failure(self, exc: Exception) -> errors.StoreError:
        """The words for a database error met outside a transaction (a read, the change feed)."""
        return self._write_error(exc)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; nothing is committed.

        A damaged page or undecodable text met while reading becomes :class:`CorruptError`
        ("damaged — restore a backup"), never a raw database error. Inside a transaction it is
        that transaction's session, so a user action reads what it has written so far.
        """
        active: Session | None = getattr(self._active, "session", None)
        if active is not None:
            yield active
            return
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        except (OperationalError, DBAPIError) as exc:
            mapped = self._read_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc
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
        if self.news_probe is not None:
            self.news_probe.close()
        self.engine.dispose()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self._cleanup()
        self._cleanup = _nothing_to_clean


def translate_read_error(path: Path, exc: DBAPIError) -> Exception:
    """A read that failed because of the file (damage, a busy lock), in words; anything else as it is."""
    if is_damage(exc):
        return errors.CorruptError(path, str(getattr(exc, "orig", exc)))
    if is_busy(exc):
        return errors.BusyError(path, str(getattr(exc, "orig", exc)))
    return exc


def station_name() -> str:
    """This process in the change log: the computer's name and the process id."""
    return f"{socket.gethostname()}:{os.getpid()}"


def translate_write_error(path: Path, exc: Exception) -> errors.StoreError:
    """Map a failed write to the sentence the user needs; the transaction was rolled back.

    On a (nearly) full disk SQLite may report a "disk I/O error" instead of SQLITE_FULL, e.g.
    when the -wal or -shm cannot grow: the free space decides.
    """
    text = str(getattr(exc, "orig", exc))
    if is_damage(exc):
        return errors.CorruptError(path, text)
    if is_disk_full(exc) or disk_is_full(path):
        return errors.DiskFullError(path, text)
    if is_read_only(exc):
        return errors.ReadOnlyError(path, text)
    if is_busy(exc):
        return errors.BusyError(path, text)
    return errors.WriteError(path, text)
