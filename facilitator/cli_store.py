"""How the headless commands open the workshop file: for reading, or as a writer next to the app.

Reading commands (``list``, ``check``, the exports) never write or upgrade the file; writing ones
(``import-agenda``, ``new``) take the same care as the app and say "busy, retrying" on standard
error while the app (or another command) is in the middle of a write. Either way the store's
notices go to standard error, so standard output stays what a script reads.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.storage.store import Store


def database_of(args: argparse.Namespace) -> Path | str:
    """The workshop file or server a command was given with ``--db``, else the default file."""
    from facilitator.storage.locations import default_database

    return args.db if args.db is not None else default_database()


@contextmanager
def reading(path: Path) -> Iterator[Store]:
    """The file opened for reading only (an older file through an upgraded temporary copy)."""
    from facilitator.storage.database import open_for_reading

    store = open_for_reading(path)
    try:
        for notice in store.notices:
            print(notice, file=sys.stderr)
        yield store
    finally:
        store.close()


@contextmanager
def writing(path: Path, *, create: bool = False) -> Iterator[Store]:
    """The file opened by a writing command, which may run while the app has it open."""
    from facilitator.storage.database import open_store
    from facilitator.storage.errors import busy_retrying

    store = open_store(path, exclusive=False, create=create)
    store.set_busy_notice(lambda: print(busy_retrying(store.path), file=sys.stderr, flush=True))
    try:
        yield store
    finally:
        store.close()
