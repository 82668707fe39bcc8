"""Copying workshops into this store from another one (a file or a server): ``facilitator copy``.

Each workshop is one user action in the target: all its rows or none, logged as one change, so
an app that has the target open shows the copy at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from facilitator.services.changes import EVERYTHING, Changes, user_action
from facilitator.storage.copy import CopiedWorkshop, copy_workshop, workshop_ids
from facilitator.storage.backup import verify
from facilitator.storage.database import open_store
from facilitator.storage.store import Store


class CopyService:
    """Copies workshops of another store into this one, with new ids."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @user_action
    def copy_from(self, source: Store, workshop_id: int) -> tuple[CopiedWorkshop, Changes]:
        """Copy one workshop of ``source`` here, complete; returns what was copied."""
        with source.read() as reading, self._store.transaction() as writing:
            copied = copy_workshop(reading.connection(), writing.connection(), workshop_id)
        return copied, replace(EVERYTHING, workshop_id=copied.target_id)

    def copy_all(self, source: Store, only: int | None = None) -> list[CopiedWorkshop]:
        """Copy ``only`` or every workshop of ``source`` (oldest first), each in its own transaction."""
        with source.read() as reading:
            ids = [only] if only is not None else workshop_ids(reading.connection())
        return [self.copy_from(source, workshop_id)[0] for workshop_id in ids]


class CopyOut:
    """Copies a workshop of the open store to another place: a file on this laptop, a server.

    The picker's "Save a copy to this laptop" and "Put on the server"; a file that does not
    exist yet is created, a server's empty database gets the schema.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def on_server(self) -> bool:
        """Whether the open store is a server (the picker offers "Save a copy to this laptop")."""
        return self._store.path is None

    def to(self, target: Path | str, workshop_id: int,
           going_on: Callable[[], bool] = lambda: True) -> CopiedWorkshop:
        """Copy ``workshop_id`` into ``target`` with new ids; raises :class:`StoreError`.

        ``going_on`` is asked once ``target`` is open: false (the user stopped waiting while it
        connected) ends here with :class:`CopyStopped`, before anything is written.
        """
        other = open_store(target, exclusive=False)
        try:
            if not going_on():
                raise CopyStopped(str(target))
            return CopyService(other).copy_from(self._store, workshop_id)[0]
        finally:
            other.close()


class CopyStopped(Exception):
    """A copy ended before it wrote anything, because nobody waits for it any more."""


def back_up_server(server: Store, folder: Path, now: datetime | None = None) -> Path:
    """A verified SQLite copy of every workshop on ``server``, in ``folder`` (a server's backup).

    Written under a temporary name, checked with SQLite's integrity and foreign-key checks, then
    renamed: a failed backup never leaves a file under a backup's name. Restore is ``copy``.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    parts = urlsplit(server.location)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{parts.hostname}-{parts.port or 5432}-{parts.path.strip('/')}")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"server-{name}--{stamp}.sqlite"
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = open_store(partial, exclusive=False)
    try:
        CopyService(copy).copy_all(server)
    finally:
        copy.close()
    try:
        verify(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    return target
