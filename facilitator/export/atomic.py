"""Writing a finished file so that the target is either the old file or the whole new one.

The bytes go to a temporary file in the target's folder (same file system, so the rename is
atomic), are flushed to disk, and only then replace the target. Any failure removes the
temporary file and leaves an existing good file untouched.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from facilitator.export import errors
from facilitator.export.targets import safe_export_target


def write_atomically(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` all at once; raise an :class:`ExportError` otherwise.

    The target passes :func:`safe_export_target` first; a symlink's file is replaced, not the link.
    """
    target = safe_export_target(target)
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".~{target.stem[:40]}.", suffix=".tmp", dir=target.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
        temporary = None
    except PermissionError as exc:
        # Windows: the target is open in Word. POSIX: the folder is not writable.
        if target.exists() and os.access(target.parent, os.W_OK):
            raise errors.TargetLockedError(target, str(exc)) from exc
        raise errors.TargetReadOnlyError(target, str(exc)) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise errors.DiskFullError(target, str(exc)) from exc
        if exc.errno in (errno.EROFS, errno.EACCES):
            raise errors.TargetReadOnlyError(target, str(exc)) from exc
        raise errors.ExportError(target, exc.strerror or str(exc)) from exc
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return target


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
