"""``facilitator new`` and ``facilitator templates``: creating a workshop without the window.

``new`` makes a blank workshop or one from a shipped template and prints its id, so scripts can
go on with ``import-agenda --workshop ID``; ``templates`` lists the names ``--template`` takes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

EXIT_BAD_INPUT = 1
translate = QCoreApplication.translate


def add_workshop_commands(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
                          database: Callable[[argparse.Namespace], Path]) -> None:
    """Register ``new`` and ``templates`` on the CLI's sub-command parser."""
    new = commands.add_parser("new", help="create a workshop (blank or from a template) and print its id")
    new.add_argument("--template", metavar="NAME", help="start from this template (see the templates command)")
    new.add_argument("--title", help="the workshop's title (default: the template's, or none)")
    new.set_defaults(handler=lambda args: cmd_new(args, database(args)))
    commands.add_parser("templates", help="list the names of the workshop templates").set_defaults(
        handler=cmd_templates
    )


def _template_names() -> list[str]:
    from facilitator.services.templates import available_templates

    return [info.key for info in available_templates()]


def cmd_new(args: argparse.Namespace, path: Path) -> int:
    from facilitator.services.bundle import Services
    from facilitator.cli_store import writing
    from facilitator.services.templates import DEMO_TEMPLATE

    known = _template_names()
    if args.template is not None and args.template not in (*known, DEMO_TEMPLATE):
        message = translate("cli", "There is no template “{name}”. The templates are: {names}.")
        print(message.format(name=args.template, names=", ".join(known)), file=sys.stderr)
        return EXIT_BAD_INPUT
    # A new workshop may well start a new file: unlike the reading commands, this one creates it.
    with writing(path, create=True) as store:
        services = Services.over(store)
        if args.template is None:
            workshop_id, _ = services.workshops.create(args.title or "")
        else:
            workshop_id, _ = services.templates.create_from_template(args.template, title=args.title)
    print(workshop_id)
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    """One line per template: the name ``--template`` takes, a tab, its title in the UI language."""
    from facilitator.services.templates import available_templates

    for info in available_templates():
        print(f"{info.key}\t{info.name(args.language)}")
    return 0
