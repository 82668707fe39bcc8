"""Online copies of the workshop file through SQLite's backup API, and restoring one.

Copying the ``.sqlite`` file would miss committed rows still in the ``-wal`` file (pitfalls.md);
the backup API copies a consistent snapshot, which is then verified before it is trusted.
"""

from __future__ import annotations

import errno
import glob
import os
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.storage.disk import copy_mode, disk_is_full
from facilitator.storage.errors import DiskFullError, StoreError
from facilitator.storage.sqlite import connect_read_only, copy_with_wal, is_cannot_open, is_disk_full

SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupDamagedError(StoreError):
    """A backup (or the file to back up) fails SQLite's checks; it is never restored."""

    def message(self) -> str:
        return QCoreApplication.translate(
            "BackupError",
            "The backup {path} failed its integrity check, so it was not used. "
            "Choose another backup.",
        ).format(path=self.path)


class BackupMissingError(StoreError):
    """No backup has the name the user gave (``facilitator restore NAME``)."""

    def message(self) -> str:
        return QCoreApplication.translate("BackupError", "There is no backup called {path}.").format(
            path=self.path.name
        )


class BackupOfAnotherFileError(StoreError):
    """The backup the user named was taken of another workshop file: restoring it would replace
    this file's workshops with that one's."""

    def __init__(self, path: Path, backup_name: str, other_file: str) -> None:
        super().__init__(path, f"{backup_name} is a backup of {other_file}")
        self.backup_name = backup_name
        self.other_file = other_file

    def message(self) -> str:
        return QCoreApplication.translate(
            "BackupError",
            "{name} is a backup of {other}, another workshop file, not of {path}. Nothing was changed.",
        ).format(name=self.backup_name, other=self.other_file, path=self.path)


def shares_a_workshop(first: Path, second: Path) -> bool | None:
    """Whether two workshop files hold a workshop created at the same instant (one is a copy of
    the other, moved or renamed since); None when either cannot be read."""
    found = []
    for path in (first, second):
        try:
            connection = connect_read_only(path)
            try:
                found.append(set(connection.execute("SELECT id, created_at FROM workshop")))
            finally:
                connection.close()
        except (sqlite3.Error, UnicodeDecodeError):
            return None
    return bool(found[0] & found[1])


def backup_to(source: Path, target: Path) -> Path:
    """Write a verified snapshot of ``source`` to ``target`` (replaced if present).

    The copy is made under a temporary name and renamed only once verified, so a crash or a full
    disk never leaves a half-written file under a backup's name.

    A copy that fails on a nearly full disk is reported as a full disk, not as damage (verifying
    a copy whose last pages found no room fails its integrity check). The copy gets the source's
    permission bits, so a private workshop file has private backups.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    _remove_with_side_files(partial)
    needed = _size_with_wal(source)
    if disk_is_full(target, needed):
        raise DiskFullError(target, f"{needed} bytes needed")
    try:
        copy_pages(source, partial)
        verify(partial)
        copy_mode(source, partial)
    except (sqlite3.DatabaseError, BackupDamagedError, OSError) as exc:
        _remove_with_side_files(partial)
        if is_disk_full(exc) or getattr(exc, "errno", None) == errno.ENOSPC or disk_is_full(target, needed):
            raise DiskFullError(target, str(exc)) from exc
        if isinstance(exc, sqlite3.DatabaseError):
            raise BackupDamagedError(source, str(exc)) from exc
        raise
    partial.replace(target)
    return target


def _size_with_wal(path: Path) -> int:
    return sum(Path(f"{path}{suffix}").stat().st_size for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists())


def copy_pages(source: Path, target: Path) -> None:
    """SQLite's online backup of ``source`` into a new single file ``target``; the source is read
    without writing to it (read-only media work, its ``-wal`` is not checkpointed).

    A file SQLite cannot read in place (a ``-wal`` without ``-shm`` on read-only media) is first
    copied byte for byte, with its ``-wal``, to a private temporary folder.
    """
    try:
        _backup_api(source, target)
    except sqlite3.OperationalError as exc:
        if not is_cannot_open(exc):
            raise
        _remove_with_side_files(target)
        with tempfile.TemporaryDirectory(prefix="facilitator-copy-") as folder:
            _backup_api(copy_with_wal(source, Path(folder)), target)


def _backup_api(source: Path, target: Path) -> None:
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A backup is a single self-contained file: no -wal beside it, readable read-only.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def verify(path: Path) -> None:
    """Raise :class:`BackupDamagedError` unless ``path`` passes SQLite's own checks."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        raise BackupDamagedError(path, str(exc)) from exc
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupDamagedError(path, str(exc)) from exc
    finally:
        connection.close()
    if verdict != "ok" or dangling:
        raise BackupDamagedError(path, f"integrity {verdict!r}, foreign keys {dangling[:3]}")


def copy_raw(source: Path, target: Path) -> Path:
    """Byte copy of a file SQLite cannot read (and its ``-wal``), kept for a rescue attempt."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    wal = Path(f"{source}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return target


def restore_file(source: Path, target: Path) -> None:
    """Make ``target`` a verified copy of the backup ``source``.

    The caller holds ``target``'s single-instance lock and has closed every connection to it.
    The old ``-wal`` must go before the new file arrives: SQLite would replay its frames onto the
    restored pages and damage them. The caller keeps a copy of the old file first.
    """
    verify(source)
    staged = backup_to(source, target.with_name(target.name + ".restoring"))
    if target.exists():
        copy_mode(target, staged)  # a restore keeps the file's permissions (a 0600 file stays 0600)
    for suffix in SIDE_FILES:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    staged.replace(target)
    _sync_folder(target.parent)
    verify(target)


def backup_before_upgrade(path: Path) -> Path:
    """Keep the file as it was before a schema upgrade, next to it; one copy per state.

    A retried upgrade (after a kill, a full disk, a refused step) would otherwise add a copy per
    try. SQLite's backup API writes the same state as the same bytes, but for two counters in
    the file header, so a new copy equal to an earlier one apart from those is dropped and the
    earlier one kept.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    earlier = before_upgrade_copies(path)
    made = backup_to(path, path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}"))
    for copy in earlier:
        if copy != made and same_database(copy, made):
            made.unlink()
            return copy
    return made


# Header bytes that differ between two copies of the same state: the file change counter and
# the "version-valid-for" number (https://www.sqlite.org/fileformat.html#the_database_header).
_COUNTERS = (slice(24, 28), slice(92, 96))
_CHUNK = 1024 * 1024


def same_database(first: Path, second: Path) -> bool:
    """Whether two backup copies hold the same pages (their header counters aside)."""
    if first.stat().st_size != second.stat().st_size:
        return False
    with first.open("rb") as one, second.open("rb") as other:
        head_one, head_other = bytearray(one.read(_CHUNK)), bytearray(other.read(_CHUNK))
        for counter in _COUNTERS:
            head_one[counter] = head_other[counter] = bytes(counter.stop - counter.start)
        if head_one != head_other:
            return False
        while chunk := one.read(_CHUNK):
            if chunk != other.read(_CHUNK):
                return False
    return True


def before_upgrade_copies(path: Path) -> list[Path]:
    """The copies kept before upgrades of ``path``, newest first (half-written ones left out)."""
    pattern = f"{glob.escape(path.stem)}.before-upgrade-*{glob.escape(path.suffix)}"
    return sorted(path.parent.glob(pattern), reverse=True)


def newest_before_upgrade(path: Path) -> Path | None:
    copies = before_upgrade_copies(path)
    return copies[0] if copies else None


def remove_leftovers(path: Path) -> None:
    """Half-written copies a kill left next to the workshop file ``path`` (a restore's staging
    copy, a before-upgrade copy): called while holding the file's lock, so none is in use."""
    staged = [path.with_name(path.name + ".restoring"), path.with_name(path.name + ".restoring.partial")]
    pattern = f"{glob.escape(path.stem)}.before-upgrade-*{glob.escape(path.suffix)}.partial"
    for leftover in [*staged, *path.parent.glob(pattern)]:
        _remove_with_side_files(leftover)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
