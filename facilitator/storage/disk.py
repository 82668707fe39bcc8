"""Files on disk, whatever the engine: free space, and modes that keep personal data private.

Workshop files hold participants' names and e-mail addresses, so the app's own files are made
readable by their owner only (data folder 0700, files 0600) whatever the umask, and a copy
(backup, restore) keeps the mode of the file it copies.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

FULL_DISK_BYTES = 64 * 1024
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def disk_is_full(path: Path, needed: int = 0) -> bool:
    """Whether the file system holding ``path`` lacks room (``needed`` bytes, or any at all)."""
    try:
        return shutil.disk_usage(path.parent).free < max(FULL_DISK_BYTES, needed)
    except OSError:
        return False


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and parents) and make it the owner's alone."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if stat.S_IMODE(folder.stat().st_mode) != PRIVATE_FOLDER:
        os.chmod(folder, PRIVATE_FOLDER)
    return folder


def create_private_file(path: Path) -> None:
    """Create an empty ``path`` readable by its owner only (SQLite gives its -wal the same mode)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(descriptor)


def copy_mode(source: Path, target: Path) -> None:
    """Give ``target`` the permission bits of ``source`` (0600 when the source is gone)."""
    try:
        mode = stat.S_IMODE(source.stat().st_mode)
    except OSError:
        mode = PRIVATE_FILE
    os.chmod(target, mode)
