"""The one check every export and every saved attachment passes before a byte is written.

An export replaces its target with ``os.replace``: aimed at the open workshop file it used to
turn the database into a Word file while the app kept writing lines into the deleted inode, and
as root ``-o /dev/null`` would have replaced the device. So the target must be, or become, an
ordinary file that is no SQLite database and no side file (``-wal``, ``-shm``, ``.lock``) of one.
A symlink is followed: what it points at is what would be replaced, and is checked.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from facilitator.export import errors
from facilitator.storage.sqlite import database_of_side_file, has_sqlite_header


def safe_export_target(target: Path | str) -> Path:
    """The real path an export may write to; raises an :class:`ExportError` saying why not.

    Mode bits are checked rather than ``os.access``, because POSIX lets the owner (and root)
    replace a read-only file by renaming over it; the user marked it read-only for a reason.
    """
    given = Path(target).expanduser().absolute()
    path = Path(os.path.realpath(given))
    try:
        status = path.stat()
    except FileNotFoundError:
        status = None
    except OSError as exc:
        raise errors.ExportError(given, exc.strerror or str(exc)) from exc
    if status is None:
        if not path.parent.is_dir():
            raise errors.TargetFolderMissingError(given)
    elif stat.S_ISDIR(status.st_mode):
        raise errors.TargetIsFolderError(given)
    elif not stat.S_ISREG(status.st_mode):
        raise errors.TargetNotAFileError(given)
    if (status is not None and has_sqlite_header(path)) or database_of_side_file(path) is not None:
        raise errors.TargetIsWorkshopFileError(given)
    if status is not None and not status.st_mode & stat.S_IWUSR:
        raise errors.TargetReadOnlyError(given)
    return path
