"""``facilitator send-package``: the minutes, the bilag and an e-mail draft in one folder or zip."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.export.wording import SUPPORTED

RECIPIENTS = ("all", "clusters", "organisers")


def add_send_package(commands: argparse._SubParsersAction, handler_name: str = "handler") -> None:
    parser = commands.add_parser(
        "send-package", help="write the minutes (Word and PDF), every attachment and an e-mail draft")
    add = parser.add_argument
    add("--workshop", type=int, required=True, metavar="ID", help="workshop number (see 'list')")
    add("-o", "--output", type=Path, required=True, metavar="FOLDER",
        help="the folder to write (made if missing), or with --zip the zip file")
    add("--zip", action="store_true", help="one zip file instead of a folder")
    add("--to", choices=RECIPIENTS, default="all",
        help="whom the e-mail draft is addressed to: all participants, one draft per cluster, or the organisers")
    add("--lang", dest="minutes_lang", choices=SUPPORTED, help="language of the minutes and the letter")
    add("--template", type=Path, metavar="FILE", help="a .docx or .dotx whose styles the Word file uses")
    parser.set_defaults(**{handler_name: cmd_send_package, "needs_gui": True})


def cmd_send_package(args: argparse.Namespace) -> int:
    """Write the package; list what is in it; nothing is ever sent.

    An export problem (an unknown workshop too) is raised for ``cli.run_command`` to report.
    """
    from facilitator.cli_store import database_of, reading
    from facilitator.export.errors import naming_unknown_workshop
    from facilitator.export.minutes import MinutesOptions
    from facilitator.export.package import Recipients, write_package
    from facilitator.services.reading import ReadingService

    with naming_unknown_workshop(args.workshop):
        with reading(database_of(args)) as store:  # never upgrades or writes the file it reads
            service = ReadingService(store)
            workshop = service.read(args.workshop)
            files = service.attachment_files([a.id for a in workshop.all_attachments()])
        options = MinutesOptions(template=args.template, language=args.minutes_lang)
        result = write_package(workshop, files, args.output, Recipients(args.to), options, as_zip=args.zip)
    print(QCoreApplication.translate("cli", "Send package written to {path}:").format(path=result.target))
    for name in result.files:
        print(f"  {name}")
    for title in result.titles_only:
        print(QCoreApplication.translate("cli", "Attachment without a file (listed in the minutes only): {title}").format(title=title))
    if result.without_address:
        print(QCoreApplication.translate("cli", "No e-mail address for: {names}").format(names=", ".join(result.without_address)))
    print(QCoreApplication.translate("cli", "Nothing was sent: open the e-mail draft in your mail program to check and send it."))
    return 0
