"""The single-instance lock: one Facilitator at a time writes a workshop file as "the app".

A ``QLockFile`` next to the database (``NAME.lock``) holding the owner's pid, program name, host
and boot. Qt treats a lock as stale when its process is gone from this computer or the computer
has rebooted since. Two cases it gets wrong are handled here:

- a pid that now belongs to another process with the same program name (any ``python3``) is
  taken as the owner: a process that started after the lock was written cannot be its owner;
- a lock written on another computer (a USB stick moved after a crash) is never stale to Qt: the
  user is shown the host and the time and may take the file over (``take_over=True``).

Writing commands and readers never take this lock; SQLite's own locking guards each transaction.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from facilitator.storage import errors
from facilitator.storage.disk import disk_is_full

UNFINISHED_LOCK_GRACE_S = 1.0
STARTED_AFTER_LOCK_S = 2.0  # a live owner started before it wrote its lock; allow clock coarseness


def lock_path(path: Path) -> Path:
    return Path(f"{path}.lock")


def _lock_time(file: Path) -> float | None:
    try:
        return file.stat().st_mtime
    except OSError:
        return None


def _is_unfinished_lock(pid: int, written: float | None) -> bool:
    """A lock file without a readable owner that has stayed so for longer than a live writer would.

    Qt creates the file and then writes its pid; a kill in between leaves an empty file that
    ``setStaleLockTime(0)`` never treats as stale, so the workshop would be "open elsewhere" for
    ever (found by tests/integration/test_kill.py).
    """
    return pid == 0 and written is not None and time.time() - written > UNFINISHED_LOCK_GRACE_S


def process_started_at(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), where the system tells (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of stat(5), counted after "pid (comm)"
        boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
    except (OSError, ValueError, IndexError, StopIteration):
        return None
    return boot + started_ticks / os.sysconf("SC_CLK_TCK")


def _owner_is_recycled_pid(pid: int, host: str, written: float | None) -> bool:
    """Whether the lock's pid now belongs to a process that started after the lock was written."""
    if pid <= 0 or written is None or host != QSysInfo.machineHostName():
        return False
    started = process_started_at(pid)
    return started is not None and started > written + STARTED_AFTER_LOCK_S


def _holder(lock: QLockFile, file: Path) -> errors.LockHolder | None:
    """Host and time of the lock, when its file says (an unfinished lock file says nothing)."""
    pid, host, _app = lock.getLockInfo()
    written = _lock_time(file)
    if not host:
        return None
    since = datetime.fromtimestamp(written, timezone.utc) if written is not None else None
    here = host == QSysInfo.machineHostName()
    return errors.LockHolder(host=host or "", since=since, on_this_computer=here)


def acquire_lock(path: Path, *, take_over: bool = False) -> QLockFile:
    """Take the lock of the workshop file ``path``, or raise :class:`LockedError`.

    ``take_over`` removes a lock the user has confirmed is stale (shown its host and time).
    """
    file = lock_path(path)
    lock = QLockFile(str(file))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    pid, host, _app = lock.getLockInfo()
    written = _lock_time(file)
    stale = take_over or _is_unfinished_lock(pid, written) or _owner_is_recycled_pid(pid, host, written)
    if stale and lock.removeStaleLockFile() and lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.UnknownError and disk_is_full(path):
        raise errors.DiskFullError(path, "no room for the lock file")  # not "open elsewhere"
    raise errors.LockedError(path, holder=_holder(lock, file))


@contextmanager
def exclusive_access(path: Path) -> Iterator[None]:
    """Hold the single-instance lock of a file nobody has open (a restore, an upgrade)."""
    lock = acquire_lock(path)
    try:
        yield
    finally:
        lock.unlock()
