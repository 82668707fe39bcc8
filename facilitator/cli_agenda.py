"""Headless agenda commands: export the programme or script as Word, import or export plain text.

Registered on the main parser by :func:`add_agenda_commands`; each handler opens the file given
with ``--db`` (shared, not exclusive: the app may have it open) and closes it again.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from facilitator.domain.programme.sources import Source
    from facilitator.services.bundle import Services

EXIT_BAD_INPUT = 1
translate = QCoreApplication.translate



def add_agenda_commands(commands: argparse._SubParsersAction, database: Callable[[argparse.Namespace], Path]) -> None:
    """Add ``export-programme``, ``import-agenda`` and ``export-agenda``."""
    export = commands.add_parser("export-programme", help="write the programme (or the facilitator's script) as Word")
    export.add_argument("--workshop", type=int, required=True, help="workshop id (see the list command)")
    export.add_argument("-o", "--output", type=Path, required=True, help="the .docx file to write")
    export.add_argument("--script", action="store_true", help="the facilitator's script with phases, prompts and notes")
    export.set_defaults(handler=lambda args: cmd_export_programme(args, database(args)))

    load = commands.add_parser("import-agenda", help="add the items of a programme (text, Word, spreadsheet, HTML)")
    load.add_argument("--workshop", type=int, required=True, help="workshop id (see the list command)")
    load.add_argument("file", type=Path, nargs="?", help="a .txt/.md/.html/.docx/.xlsx/.csv file, or - for standard input")
    choice = load.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true",
                        help="replace the current agenda instead of adding (--undo brings it back)")
    choice.add_argument("--undo", action="store_true",
                        help="take the last import back: remove its items, restore what it replaced")
    load.set_defaults(handler=lambda args: cmd_import_agenda(args, database(args)))

    text = commands.add_parser("export-agenda", help="print the agenda as a plain-text programme")
    text.add_argument("--workshop", type=int, required=True, help="workshop id (see the list command)")
    text.add_argument("-o", "--output", type=Path, help="write to this file instead of standard output")
    text.set_defaults(handler=lambda args: cmd_export_agenda(args, database(args)))


@contextmanager
def _services(path: Path, *, write: bool = False) -> Iterator[Services]:
    from facilitator.cli_store import reading, writing
    from facilitator.services.bundle import Services

    with (writing(path) if write else reading(path)) as store:
        yield Services.over(store)


def _known_workshop(services: Services, workshop_id: int) -> bool:
    if any(w.id == workshop_id for w in services.workshops.list()):
        return True
    message = translate("cli", "There is no workshop {id} in this file (the list command shows them).")
    print(message.format(id=workshop_id), file=sys.stderr)
    return False


def _read_input(path: Path) -> Source:
    """The file (or standard input) through the same readers as the Plan section's "Open file"."""
    from facilitator.services.programme_files import read_programme_bytes, read_programme_file

    if str(path) == "-":
        return read_programme_bytes(sys.stdin.buffer.read(), "")
    return read_programme_file(path)


def _write(target: Path, content: Callable[[], bytes]) -> int:
    """Build and write a file atomically; an export problem is one translated line on stderr."""
    from facilitator.export.atomic import write_atomically
    from facilitator.export.errors import ExportError

    try:
        write_atomically(target, content())
    except ExportError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def cmd_export_programme(args: argparse.Namespace, path: Path) -> int:
    from facilitator.export.programme import build_programme, programme_data

    with _services(path) as services:
        if not _known_workshop(services, args.workshop):
            return EXIT_BAD_INPUT
        data = programme_data(services, args.workshop)
    code = _write(args.output, lambda: build_programme(data, script=args.script))
    if code == 0:
        print(translate("cli", "Wrote {path}").format(path=args.output))
    return code


def cmd_import_agenda(args: argparse.Namespace, path: Path) -> int:
    from facilitator.domain.agenda_import import plan_import
    from facilitator.domain.programme.model import LineRole
    from facilitator.domain.programme.reader import parse_lines
    from facilitator.services.input_errors import InputError

    if args.undo:
        return _undo_import(args, path)
    if args.file is None:
        print(translate("cli", "Give the programme file to import (or --undo)."), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        source = _read_input(args.file)
    except InputError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_BAD_INPUT
    result = parse_lines(source.lines)
    with _services(path, write=True) as services:
        if not _known_workshop(services, args.workshop):
            return EXIT_BAD_INPUT
        day_start = services.workshops.get(args.workshop).day_start_min
        name = "" if str(args.file) == "-" else args.file.name
        ids, _ = services.agenda.import_plan(args.workshop, plan_import(result.programme, day_start),
                                             replace=args.replace, source=name)
    notes = [line for line in result.lines if line.role in (LineRole.NOTE, LineRole.DAY, LineRole.HEADER)]
    # the count is a plain name: lupdate's Python parser drops a translate() call given an expression
    imported, noted = len(ids), len(notes)
    print(translate("cli", "Imported %n item(s);", None, imported)
          + translate("cli", " %n line(s) kept as notes.", None, noted))
    kept = translate("cli", "  line {number} kept as a note: {text}")
    for line in notes:
        print(kept.format(number=line.number, text=line.text.strip()))
    if args.replace:
        hint = translate("cli", "The replaced agenda is kept: facilitator import-agenda --workshop {id} --undo "
                                "brings it back.")
        print(hint.format(id=args.workshop))
    return 0


def _undo_import(args: argparse.Namespace, path: Path) -> int:
    from facilitator.services.input_errors import InputError

    with _services(path, write=True) as services:
        if not _known_workshop(services, args.workshop):
            return EXIT_BAD_INPUT
        try:
            undone, _ = services.agenda.undo_last_import(args.workshop)
        except InputError as error:
            print(error.message(), file=sys.stderr)
            return EXIT_BAD_INPUT
    stamp = undone.at.astimezone().strftime("%d.%m.%Y %H.%M")
    # "restored" names no noun, so it reads right for any count; the count is a plain name for lupdate
    removed = undone.removed
    text = translate("cli", "Took back the import {source}of {stamp}: %n item(s) removed, {restored} restored.",
                     None, removed)
    source = f"“{undone.source}” " if undone.source else ""
    print(text.format(source=source, stamp=stamp, restored=undone.restored))
    return 0


def cmd_export_agenda(args: argparse.Namespace, path: Path) -> int:
    from facilitator.export.programme_text import agenda_text

    with _services(path) as services:
        if not _known_workshop(services, args.workshop):
            return EXIT_BAD_INPUT
        text = agenda_text(services.agenda.agenda(args.workshop))
    if args.output is None:
        sys.stdout.write(text)
        return 0
    return _write(args.output, lambda: text.encode("utf-8"))
