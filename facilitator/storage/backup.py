"""Online copies of the workshop file through SQLite's backup API.

Copying the ``.sqlite`` file would miss committed rows still in the ``-wal`` file (pitfalls.md);
the backup API copies a consistent snapshot, which is then verified before it is trusted.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


class BackupVerificationError(RuntimeError):
    """A freshly written backup failed its integrity or foreign-key check."""


def backup_to(source: Path, target: Path) -> Path:
    """Write a verified snapshot of ``source`` to ``target`` (replaced if present)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    verify(partial)
    partial.replace(target)
    return target


def verify(path: Path) -> None:
    """Raise :class:`BackupVerificationError` unless ``path`` passes SQLite's own checks."""
    connection = sqlite3.connect(path)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    if verdict != "ok" or dangling:
        raise BackupVerificationError(f"{path}: integrity {verdict!r}, foreign keys {dangling[:3]}")


def backup_before_upgrade(path: Path) -> Path:
    """Keep the file as it was before a schema upgrade, next to it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(path, path.with_name(f"{path.stem}.before-upgrade-{stamp}{path.suffix}"))
