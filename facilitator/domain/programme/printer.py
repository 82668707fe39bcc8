"""A programme written back as plain text that the reader reads back to the same programme.

Times are printed as ``HH.MM`` (24-hour): whatever half of the day a 12-hour time was read as is
then written out. A description or note line that would be read as something else on its own is
escaped with a leading backslash.
"""

from __future__ import annotations

from facilitator.domain.programme.clocks import MINUTES_PER_DAY
from facilitator.domain.programme.lines import DECORATION, ESCAPE, read_line
from facilitator.domain.programme.model import Block, Closing, DayHeading, Entry, ParsedItem, Programme
from facilitator.domain.programme.reader import split_pipe_row
from facilitator.domain.schedule import format_clock


def _format_minutes(minutes: int) -> str:
    return f"{minutes} min"


def _clock(start: int, end: int | None) -> str:
    clock = format_clock(start)
    if end is not None:
        midnight = end > start and end % MINUTES_PER_DAY == 0
        clock += "-" + ("24.00" if midnight else format_clock(end))
    return clock + ":"


def item_line(item: ParsedItem, number: int = 1) -> str:
    """One item as a line: ``13.25-13.55: Title v/ Presenter (10 min oplæg, 20 min gruppearbejde)``.

    An item with neither a time nor a length is written as a numbered line (``number``).
    """
    text = item.title
    if item.presenter:
        text += " v/ " + item.presenter
    if item.phases:
        inner = ", ".join(f"{_format_minutes(p.minutes)} {p.label}".rstrip() for p in item.phases)
        text += f" ({inner})"
    elif item.minutes is not None:
        text += f" ({_format_minutes(item.minutes)})"
    if item.start is None:
        return text if item.minutes is not None or item.phases else f"{number}. {text}"
    end = None if item.end_inferred else item.end  # read again from the next item, as it was
    return f"{_clock(item.start, end)} {text}" if text else _clock(item.start, end)


def _plain(text: str) -> str:
    """A description or note line, escaped when on its own it would read as something else."""
    if (text.startswith(ESCAPE) or read_line(text, timed_programme=False) is not None
            or DECORATION.match(text) or split_pipe_row(text) is not None):
        return ESCAPE + text
    return text


def print_programme(programme: Programme) -> str:
    """The programme as plain text that :func:`~facilitator.domain.programme.reader.parse` reads back."""
    lines: list[str] = []
    previous: Entry | None = None
    number = 0
    for entry in programme.entries:
        if isinstance(entry, ParsedItem):
            number += 1
            lines.append(item_line(entry, number))
            lines.extend("    " + _plain(line) for line in entry.description)
        elif isinstance(entry, Block):
            lines.append(f"{_clock(entry.start, entry.end)} {entry.title}".rstrip())
            lines.extend("    " + _plain(line) for line in entry.description)
        elif isinstance(entry, Closing):
            lines.append(f"{_clock(entry.at, None)} {entry.title}".rstrip())
        elif isinstance(entry, DayHeading):
            if lines:
                lines.append("")
            lines.append(entry.text)
        else:
            if isinstance(previous, (ParsedItem, Block, Closing)):
                lines.append("")
            lines.append(_plain(entry.text))
        previous = entry
    return "\n".join(lines) + ("\n" if lines else "")
