"""``facilitator backup`` and ``facilitator restore``: the backup commands of the CLI.

Kept apart from :mod:`facilitator.cli` so the shared parser only registers them. A restore from
the command line is refused while the app has the file open (the single-instance lock).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from facilitator.services.backups import BackupService


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the backup commands on the CLI's sub-command parser."""
    commands.add_parser("backup", help="take a verified backup of the file now").set_defaults(
        handler=cmd_backup
    )
    restore = commands.add_parser(
        "restore", help="list the file's backups, or restore one of them by name"
    )
    restore.add_argument("name", nargs="?", help="the backup to restore, as listed")
    restore.add_argument("--all", action="store_true", help="list the backups of every file")
    restore.set_defaults(handler=cmd_restore)


def _database(args: argparse.Namespace) -> Path:
    from facilitator.storage.locations import default_database

    return (args.db if args.db is not None else default_database()).expanduser().absolute()


def _service() -> BackupService:
    from facilitator.services.backups import BackupService
    from facilitator.storage.locations import backup_folder

    return BackupService(backup_folder())


def _server(args: argparse.Namespace) -> str | None:
    """The ``postgresql://`` URL given with ``--db``, if it names a server."""
    return args.db if isinstance(args.db, str) else None


def cmd_backup(args: argparse.Namespace) -> int:
    from facilitator.storage.database import open_for_reading

    if _server(args) is not None:
        return _back_up_server(_server(args))  # type: ignore[arg-type]
    path = _database(args)
    open_for_reading(path).close()  # refuse a missing, foreign or damaged file; read-only media are fine
    info = _service().back_up(path)
    print(
        QCoreApplication.translate("BackupCommands", "Backup written and verified: {name}").format(
            name=info.name
        )
    )
    return 0


def _back_up_server(url: str) -> int:
    """A server's backup: a verified SQLite copy of its workshops (no file is replaced there)."""
    from facilitator.services.copying import back_up_server
    from facilitator.storage.database import open_store
    from facilitator.storage.locations import backup_folder

    server = open_store(url, exclusive=False, create=False)
    try:
        written = back_up_server(server, backup_folder())
    finally:
        server.close()
    print(QCoreApplication.translate("BackupCommands", "Backup written and verified: {name}").format(name=written))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if _server(args) is not None:
        print(QCoreApplication.translate(
            "BackupCommands", "A server's workshops are restored with: facilitator --db URL copy --from BACKUP"))
        return 2
    service = _service()
    path = _database(args)
    if args.name is None:
        found = service.backups(None if args.all else path)
        if not found:
            print(
                QCoreApplication.translate("BackupCommands", "No backups of {path} in {folder}.").format(
                    path=path, folder=service.folder
                )
            )
        for info in found:
            when = info.taken_at.strftime("%Y-%m-%d %H:%M:%S")
            print(f"{info.name}\t{when}\t{info.reason.label()}\t{info.size // 1024} KB")
        return 0
    kept = service.restore_file(args.name, path)
    print(
        QCoreApplication.translate("BackupCommands", "Restored {name} into {path}.").format(
            name=args.name, path=path
        )
    )
    if kept is not None:
        print(
            QCoreApplication.translate(
                "BackupCommands", "The file as it was is kept as the backup {name}."
            ).format(name=kept.name)
        )
    return 0
