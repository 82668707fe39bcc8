"""``facilitator copy --from OTHER [--workshop ID]``: workshops from another store into ``--db``.

OTHER and ``--db`` are each a workshop file or a ``postgresql://`` URL: take the day home as one
file, or put a prepared workshop on the venue's server. A target file that does not exist yet is
created; the copies get new ids and are listed by ``facilitator list``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def add_copy_command(commands: argparse._SubParsersAction, database: Callable[[argparse.Namespace], Path | str],
                     target_type: Callable[[str], Path | str]) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("copy", help="copy workshops from another file or server into this one")
    parser.add_argument("--from", dest="source", required=True, type=target_type,
                        help="the workshop file or postgresql:// URL to copy from")
    parser.add_argument("--workshop", type=int, help="copy only this workshop (default: all)")
    parser.set_defaults(handler=lambda args: cmd_copy(args, database(args)))


def cmd_copy(args: argparse.Namespace, target: Path | str) -> int:
    from facilitator.services.copying import CopyService
    from facilitator.storage.database import open_store

    source = open_store(args.source, exclusive=False, create=False)
    try:
        store = open_store(target, exclusive=False)
        try:
            copied = CopyService(store).copy_all(source, args.workshop)
        finally:
            store.close()
    finally:
        source.close()
    for workshop in copied:
        rows = workshop.rows  # a plain name: lupdate drops a translate() call given an expression
        print(QCoreApplication.translate("cli", "Copied workshop {source} as {target}: {title} (%n row(s))", None,
                                         rows).format(
            source=workshop.source_id, target=workshop.target_id, title=workshop.title))
    return 0
