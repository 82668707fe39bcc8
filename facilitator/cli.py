"""Command-line entry: the GUI by default, headless sub-commands for scripts and CI.

Sub-commands create only a QCoreApplication (for translated messages), never widgets, so they
work on a machine without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from facilitator import cli_backup
from facilitator.cli_agenda import add_agenda_commands
from facilitator.cli_store import database_of, reading
from facilitator.cli_copy import add_copy_command
from facilitator.cli_scribes import add_scribes_command
from facilitator.cli_workshops import add_workshop_commands
from facilitator.export.errors import ExportError
from facilitator.export.minutes_command import add_export_minutes
from facilitator.export.package_command import add_send_package
from facilitator.i18n import LANGUAGES, install_translators, preferred_language
from facilitator.storage import errors
from facilitator.storage.errors import StoreError
from facilitator.version import version_text

Handler = Callable[[argparse.Namespace], int]
EXIT_CANNOT_DO = 2  # the file could not be read or written, or the export not made
EXIT_BROKEN_PIPE = 1


def _add_common_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    """``--db`` and ``--lang``; an option the parser already has for itself is left to it."""
    options = (
        ("--db", {"type": store_target, "help": "workshop file or postgresql://user@host:port/name to use "
                  "(default: workshops.sqlite in the user's data folder)"}),
        ("--lang", {"choices": sorted(LANGUAGES), "help": "interface language (da or en)"}),
    )
    for name, settings in options:
        try:
            parser.add_argument(name, default=default, **settings)
        except argparse.ArgumentError:  # e.g. export-minutes' own --lang (the minutes' language)
            pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Plan, run and document one-day workshops offline. "
        "Without a command, the app's window opens.",
    )
    parser.add_argument("--version", action="version", version=version_text())
    _add_common_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("list", help="list the workshops in the file").set_defaults(handler=cmd_list)
    commands.add_parser("check", help="check the file's integrity and schema version").set_defaults(
        handler=cmd_check
    )
    cli_backup.add_commands(commands)
    add_export_minutes(commands)
    add_send_package(commands)
    add_agenda_commands(commands, database_of)
    add_workshop_commands(commands, database_of)
    add_copy_command(commands, database_of, store_target)
    add_scribes_command(commands, database_of)
    # Last, so that every command registered above, whoever added it, takes them after its name
    # too. SUPPRESS: an option not repeated after the name keeps the value given before it.
    for command in {id(p): p for p in commands.choices.values()}.values():
        _add_common_options(command, argparse.SUPPRESS)
    return parser


def store_target(text: str) -> Path | str:
    """``--db``: a workshop file, or a PostgreSQL server's ``postgresql://`` URL (kept as text)."""
    from facilitator.storage.urls import is_server_url

    return text if is_server_url(text) else Path(text)


def cmd_list(args: argparse.Namespace) -> int:
    from facilitator.services.workshops import WorkshopService

    with reading(database_of(args)) as store:
        for workshop in WorkshopService(store).list():
            date = workshop.date.isoformat() if workshop.date else "-"
            print(f"{workshop.id}\t{date}\t{workshop.title}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from facilitator.storage.health import check

    with reading(database_of(args)) as store:
        report = check(store)
    print(QCoreApplication.translate("cli", "File: {path}").format(path=store.location))
    print(QCoreApplication.translate("cli", "Schema version: {revision}").format(revision=report.revision))
    print(QCoreApplication.translate("cli", "Integrity: {verdict}").format(verdict=report.integrity))
    problems = len(report.foreign_key_problems)  # a plain name: lupdate drops a call given an expression
    print(QCoreApplication.translate("cli", "Foreign keys: %n problem(s)", None, problems))
    if report.unreadable:
        print(QCoreApplication.translate("cli", "Readable: no, damaged text in {tables}").format(
            tables=", ".join(report.unreadable)))
    else:
        print(QCoreApplication.translate("cli", "Readable: every value"))
    if not report.ok:
        print(errors.CorruptError(store.path).message(), file=sys.stderr)
    return 0 if report.ok else 1


def _new_application(args: argparse.Namespace) -> QCoreApplication:
    """A plain core application, or an offscreen GUI one for commands that draw (charts)."""
    if getattr(args, "needs_gui", False):
        from facilitator.export.charts import ensure_gui_application

        return ensure_gui_application()
    return QCoreApplication(sys.argv[:1])


def run_command(args: argparse.Namespace) -> int:
    """Run a headless sub-command with translated messages.

    A storage or export problem a command lets through is one translated line on standard error
    and exit code 2: the one place the commands report them, so each says it the same way.
    """
    app = QCoreApplication.instance() or _new_application(args)
    language = args.lang or preferred_language(QSettings("Facilitator", "Facilitator"))
    args.language = language
    translators = install_translators(app, language)
    handler: Handler = args.handler
    try:
        return handler(args)
    except (StoreError, ExportError) as error:
        print(error.message(), file=sys.stderr)
        return EXIT_CANNOT_DO
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from facilitator.startup import run_gui

        return run_gui(args.db, args.lang)
    try:
        return run_command(args)
    except BrokenPipeError:
        return _reader_went_away()


def _reader_went_away() -> int:
    """``facilitator import-agenda … | head``: the reader of standard output has gone.

    What the command did is done; it stops printing without a traceback, and standard output
    goes to the null device so that Python's own flush at exit does not complain either (the
    recipe of Python's documentation on SIGPIPE).
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE
