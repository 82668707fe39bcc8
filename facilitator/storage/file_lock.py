"""The single-instance lock: one Facilitator at a time writes a workshop file as "the app".

A ``QLockFile`` next to the database (``NAME.lock``) holding the owner's pid and host. Writing
commands and readers never take it; they rely on SQLite's own locking for each transaction.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile

from facilitator.storage import errors
from facilitator.storage.disk import disk_is_full

UNFINISHED_LOCK_GRACE_S = 1.0


def lock_path(path: Path) -> Path:
    return Path(f"{path}.lock")


def _is_unfinished_lock(lock: QLockFile, file: Path) -> bool:
    """A lock file without a readable owner that has stayed so for longer than a live writer would.

    Qt creates the file and then writes its pid; a kill in between leaves an empty file that
    ``setStaleLockTime(0)`` never treats as stale, so the workshop would be "open elsewhere" for
    ever (found by tests/integration/test_kill.py).
    """
    pid, _host, _app = lock.getLockInfo()
    try:
        age = time.time() - file.stat().st_mtime
    except OSError:
        return False
    return pid == 0 and age > UNFINISHED_LOCK_GRACE_S


def acquire_lock(path: Path) -> QLockFile:
    """Take the lock of the workshop file ``path``, or raise :class:`LockedError`."""
    file = lock_path(path)
    lock = QLockFile(str(file))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if _is_unfinished_lock(lock, file) and lock.removeStaleLockFile() and lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.UnknownError and disk_is_full(path):
        raise errors.DiskFullError(path, "no room for the lock file")  # not "open elsewhere"
    raise errors.LockedError(path)


@contextmanager
def exclusive_access(path: Path) -> Iterator[None]:
    """Hold the single-instance lock of a file nobody has open (a restore, an upgrade)."""
    lock = acquire_lock(path)
    try:
        yield
    finally:
        lock.unlock()
