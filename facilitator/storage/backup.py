"""Online copies of the workshop file through SQLite's backup API, and restoring one.

Copying the ``.sqlite`` file would miss committed rows still in the ``-wal`` file (pitfalls.md);
the backup API copies a consistent snapshot, which is then verified before it is trusted.
"""

from __future__ import annotations

import filecmp
import glob
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.storage.errors import DiskFullError, StoreError

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


def backup_to(source: Path, target: Path) -> Path:
    """Write a verified snapshot of ``source`` to ``target`` (replaced if present).

    The copy is made under a temporary name and renamed only once verified, so a crash or a full
    disk never leaves a half-written file under a backup's name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    _remove_with_side_files(partial)
    try:
        _copy_pages(source, partial)
    except sqlite3.DatabaseError as exc:
        _remove_with_side_files(partial)
        if "full" in str(exc):
            raise DiskFullError(target, str(exc)) from exc
        raise BackupDamagedError(source, str(exc)) from exc
    try:
        verify(partial)
    except BackupDamagedError:
        _remove_with_side_files(partial)
        raise
    partial.replace(target)
    return target


def _copy_pages(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
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
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    for suffix in SIDE_FILES:
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    staged.replace(target)
    _sync_folder(target.parent)
    verify(target)


def backup_before_upgrade(path: Path) -> Path:
    """Keep the file as it was before a schema upgrade, next to it; one copy per state.

    A retried upgrade (after a kill, a full disk, a refused step) would otherwise add a copy per
    try. SQLite's backup API writes the same state as the same bytes, so a new copy identical to
    an earlier one is dropped and the earlier one kept.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    earlier = before_upgrade_copies(path)
    made = backup_to(path, path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}"))
    for copy in earlier:
        if copy != made and filecmp.cmp(copy, made, shallow=False):
            made.unlink()
            return copy
    return made


def before_upgrade_copies(path: Path) -> list[Path]:
    """The copies kept before upgrades of ``path``, newest first (half-written ones left out)."""
    pattern = f"{glob.escape(path.stem)}.before-upgrade-*{glob.escape(path.suffix)}"
    return sorted(path.parent.glob(pattern), reverse=True)


def newest_before_upgrade(path: Path) -> Path | None:
    copies = before_upgrade_copies(path)
    return copies[0] if copies else None


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
