"""``facilitator export-minutes``: the minutes from the command line, without a display.

The handler lives here rather than in ``cli.py`` so the shared entry point only wires it up.
Charts and PDF need a QGuiApplication; ``cli.py`` creates one (offscreen) for this command.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.export.wording import SUPPORTED


def add_export_minutes(commands: argparse._SubParsersAction, handler_name: str = "handler") -> None:
    """Register the sub-command on the CLI's sub-parsers."""
    parser = commands.add_parser("export-minutes", help="write a workshop's minutes as Word or PDF")
    add = parser.add_argument
    add("--workshop", type=int, required=True, metavar="ID", help="workshop number (see 'list')")
    add("-o", "--output", type=Path, required=True, metavar="FILE",
        help="the file to write: .docx for Word, .pdf for PDF")
    add("--template", type=Path, metavar="FILE", help="a .docx or .dotx whose styles the Word file uses")
    # Not "lang": that is the interface language of every command, given before the command name.
    add("--lang", dest="minutes_lang", choices=SUPPORTED, help="language of the minutes (default: the workshop's)")
    add("--include-empty", action="store_true", help="also show items nothing was recorded for")
    add("--no-actual-times", action="store_true", help="leave out the actual start and end times")
    add("--no-chart", action="store_true", help="leave out the chart of planned and actual times")
    add("--no-emails", action="store_true", help="leave out the participants' e-mail addresses")
    parser.set_defaults(**{handler_name: cmd_export_minutes, "needs_gui": True})


def options_from(args: argparse.Namespace):  # noqa: ANN201 (MinutesOptions, imported late)
    from facilitator.export.minutes import MinutesOptions

    return MinutesOptions(
        include_empty=args.include_empty,
        show_actual_times=not args.no_actual_times,
        include_emails=not args.no_emails,
        programme_chart=not args.no_chart,
        template=args.template,
        language=args.minutes_lang,
    )


def cmd_export_minutes(args: argparse.Namespace) -> int:
    """Export, print where the file went.

    An export problem (an unknown workshop too) is raised for ``cli.run_command`` to report.
    """
    from facilitator.cli_store import database_of, reading
    from facilitator.export.errors import UnsupportedFormatError, naming_unknown_workshop
    from facilitator.export.minutes import FORMATS, export_minutes
    from facilitator.export.targets import safe_export_target
    from facilitator.services.reading import ReadingService

    safe_export_target(args.output)  # a dangerous target is named as such first, whatever its extension
    if args.output.suffix.lower() not in FORMATS:
        raise UnsupportedFormatError(args.output)
    with naming_unknown_workshop(args.workshop):
        with reading(database_of(args)) as store:  # never upgrades or writes the file it reads
            workshop = ReadingService(store).read(args.workshop)
        written = export_minutes(workshop, args.output, options_from(args))
    print(QCoreApplication.translate("cli", "Minutes written to {path}").format(path=written))
    return 0
