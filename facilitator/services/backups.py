"""Rolling backups of workshop files in the data folder, and restoring one of them.

Each backup is an online, verified snapshot (:mod:`facilitator.storage.backup`) named after the
workshop file it came from, so one folder can hold the rolling sets of several files. Restoring
first keeps the current file as a backup of its own, so a restore can itself be undone.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.storage import backup
from facilitator.storage.database import exclusive_access
from facilitator.storage.backup import BackupDamagedError, BackupMissingError
from facilitator.storage.errors import LockedError
from facilitator.storage.store import Store

DEFAULT_KEEP = 20
STALE_PARTIAL_S = 120  # longer than any backup takes: an older .partial was left by a kill
SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)--(?P<key>[0-9a-f]{8})--(?P<stamp>\d{8}-\d{6})-(?P<ms>\d{3})--(?P<reason>[a-z-]+)"
    + re.escape(SUFFIX)
    + "$"
)


class BackupReason(StrEnum):
    """Why a backup was taken; part of its name."""

    OPENED = "opened"
    SCHEDULED = "scheduled"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    DAMAGED = "damaged"  # a byte copy of a file SQLite could not read, kept before a restore

    def label(self) -> str:
        """The reason in the user's language, for the restore screen and the CLI."""
        labels = {
            BackupReason.OPENED: QCoreApplication.translate("BackupReason", "when opened"),
            BackupReason.SCHEDULED: QCoreApplication.translate("BackupReason", "automatic"),
            BackupReason.MANUAL: QCoreApplication.translate("BackupReason", "by hand"),
            BackupReason.BEFORE_RESTORE: QCoreApplication.translate(
                "BackupReason", "before a restore"
            ),
            BackupReason.DAMAGED: QCoreApplication.translate(
                "BackupReason", "damaged file, kept before a restore"
            ),
        }
        return labels[self]


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the restore screen and ``facilitator restore`` list it."""

    name: str
    path: Path
    workshop_file: str  # the name of the workshop file it was taken from
    taken_at: datetime  # local wall time
    reason: BackupReason
    size: int


def _key(workshop: Path) -> str:
    """Tells apart two workshop files with the same name in different folders.

    The path's bytes as the file system has them: a name that is not valid UTF-8 (a stick from
    another computer) would not encode as text and stopped every backup.
    """
    return hashlib.sha1(os.fsencode(workshop.expanduser().absolute())).hexdigest()[:8]


def _name_part(workshop: Path) -> str:
    """The workshop file's name as it appears in its backups' names: printable, one line, short."""
    readable = "".join(char if char.isprintable() and not 0xD800 <= ord(char) <= 0xDFFF else "_"
                       for char in workshop.stem)
    return re.sub(r"[/\\:*?\"<>|]", "_", readable)[:60] or "workshop"


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken_at = datetime.strptime(match["stamp"], _STAMP).replace(microsecond=int(match["ms"]) * 1000)
    try:
        reason = BackupReason(match["reason"])
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path.name, path, match["stem"] + SUFFIX, taken_at, reason, size)


class BackupService:
    """Takes, lists, prunes and restores backups in one folder (the data folder's ``backups``)."""

    def __init__(
        self, folder: Path, keep: int = DEFAULT_KEEP, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        if keep < 1:
            raise ValueError("keep at least one backup")
        self._folder = folder
        self._keep = keep
        self._clock = clock
        self._fingerprints: dict[Path, tuple[int, ...]] = {}

    @property
    def folder(self) -> Path:
        return self._folder

    def back_up(self, workshop: Path, reason: BackupReason = BackupReason.MANUAL) -> BackupInfo:
        """A verified snapshot of ``workshop`` (open or not); the oldest beyond ``keep`` go."""
        fingerprint = _fingerprint(workshop)
        info = self._write(workshop, reason, lambda target: backup.backup_to(workshop, target))
        self._fingerprints[workshop] = fingerprint
        self._prune(workshop)
        return info

    def back_up_if_changed(self, workshop: Path) -> BackupInfo | None:
        """The periodic backup: skipped when nothing was written since the last one."""
        if self._fingerprints.get(workshop) == _fingerprint(workshop):
            return None
        return self.back_up(workshop, BackupReason.SCHEDULED)

    def backups(self, workshop: Path | None = None) -> list[BackupInfo]:
        """Backups of ``workshop`` (all files' when ``None``), newest first."""
        pattern = f"*--{_key(workshop)}--*{SUFFIX}" if workshop is not None else f"*{SUFFIX}"
        found = (_parse(path) for path in self._folder.glob(pattern))
        return sorted((info for info in found if info), key=lambda info: info.taken_at, reverse=True)

    def find(self, name: str) -> BackupInfo:
        info = _parse(self._folder / Path(name).name)
        if info is None:
            raise BackupMissingError(self._folder / name)
        return info

    def restore(self, name: str, store: Store) -> BackupInfo:
        """Put backup ``name`` in place of the file ``store`` has open; returns the copy kept first.

        The store must hold the single-instance lock, which proves no other app has the file.
        Its connections are closed; the caller reopens the file to show the restored workshop.
        """
        if not store.exclusive:
            raise LockedError(store.path)
        info = self.find(name)
        self._refuse_another_files(info, store.path)
        backup.verify(info.path)
        store.engine.dispose()
        return self._replace(info.path, store.path)

    def restore_file(self, name: str, workshop: Path) -> BackupInfo | None:
        """Restore into a file no app has open (the CLI); refused while another instance has it."""
        info = self.find(name)
        workshop = workshop.expanduser().absolute()
        self._refuse_another_files(info, workshop)
        backup.verify(info.path)
        with exclusive_access(workshop):
            return self._replace(info.path, workshop)

    @staticmethod
    def _refuse_another_files(info: BackupInfo, workshop: Path) -> None:
        """A backup goes back only into the file it was taken of, or that file moved or renamed
        (it holds the same workshops); a missing or unreadable file only takes its own name's."""
        if f"--{_key(workshop)}--" in info.name:
            return
        shared = backup.shares_a_workshop(info.path, workshop)
        if shared or (shared is None and info.workshop_file == _name_part(workshop) + SUFFIX):
            return
        raise backup.BackupOfAnotherFileError(workshop, info.name, info.workshop_file)

    def _replace(self, source: Path, workshop: Path) -> BackupInfo | None:
        kept = self._keep_current(workshop)
        backup.restore_file(source, workshop)
        self._fingerprints.pop(workshop, None)
        return kept

    def _keep_current(self, workshop: Path) -> BackupInfo | None:
        """Back up the file about to be replaced; a damaged one is kept byte for byte."""
        if not workshop.exists() or workshop.stat().st_size == 0:
            return None
        try:
            return self.back_up(workshop, BackupReason.BEFORE_RESTORE)
        except BackupDamagedError:
            return self._write(
                workshop, BackupReason.DAMAGED, lambda target: backup.copy_raw(workshop, target)
            )

    def _write(self, workshop: Path, reason: BackupReason, write: Callable[[Path], Path]) -> BackupInfo:
        target = self._free_name(workshop, reason)
        write(target)
        info = _parse(target)
        assert info is not None
        return info

    def _free_name(self, workshop: Path, reason: BackupReason) -> Path:
        now = self._clock()
        while True:
            stamp = f"{now.strftime(_STAMP)}-{now.microsecond // 1000:03d}"
            target = self._folder / f"{_name_part(workshop)}--{_key(workshop)}--{stamp}--{reason}{SUFFIX}"
            if not target.exists():
                return target
            now = now.replace(microsecond=(now.microsecond + 1000) % 1_000_000)

    def _prune(self, workshop: Path) -> None:
        """Keep the newest ``keep`` routine backups, and apart from them the newest ``keep``
        copies made before restores, so routine backups never push out a pre-restore copy."""
        routine = {BackupReason.OPENED, BackupReason.SCHEDULED, BackupReason.MANUAL}
        existing = self.backups(workshop)
        # Half-written copies of this file left by a crash mid-backup (never listed, only in the
        # way); old ones only, as `facilitator backup` may be writing one right now.
        for leftover in self._folder.glob(f"*--{_key(workshop)}--*{SUFFIX}.partial*"):
            if time.time() - leftover.stat().st_mtime > STALE_PARTIAL_S:
                leftover.unlink(missing_ok=True)
        for group in (
            [info for info in existing if info.reason in routine],
            [info for info in existing if info.reason not in routine],
        ):
            for old in group[self._keep :]:
                old.path.unlink(missing_ok=True)


def _fingerprint(workshop: Path) -> tuple[int, ...]:
    """Size and modification time of the file and its ``-wal``: any commit changes one of them."""
    parts: list[int] = []
    for path in (workshop, Path(f"{workshop}-wal")):
        try:
            status = path.stat()
        except OSError:
            parts += [-1, -1]
            continue
        parts += [status.st_size, status.st_mtime_ns]
    return tuple(parts)
