"""Reading a participant list pasted from a spreadsheet.

People paste from Excel (tab-separated) or from a CSV export in Danish locale (semicolons). Columns
are name, organisation, role, e-mail, cluster — or whatever a header line names, in any order.
Every line that cannot be read is reported with its number instead of being dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from facilitator.domain.text import clean_line, normalise_newlines

FIELDS = ("name", "organisation", "role", "email", "cluster")

# Header words in Danish and English mapped to our field names.
_HEADER_WORDS = {
    "name": "name", "navn": "name", "deltager": "name",
    "organisation": "organisation", "organization": "organisation", "org": "organisation",
    "arbejdssted": "organisation", "kommune": "organisation",
    "role": "role", "rolle": "role", "titel": "role", "title": "role", "stilling": "role",
    "email": "email", "e-mail": "email", "mail": "email",
    "cluster": "cluster", "klynge": "cluster", "gruppe": "cluster", "group": "cluster",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ParsedParticipant:
    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    cluster: str = ""
    line: int = 0  # 1-based line of the paste it was read from


@dataclass(frozen=True)
class RejectedLine:
    """A line that could not be read, with its 1-based number and the reason key."""

    number: int
    text: str
    reason: str  # "no_name" | "bad_email" | "too_many_columns"


@dataclass
class ParticipantList:
    """What a paste held; ``columns`` is how its columns were read, in order.

    ``header_line`` is the line that named the columns (``None``: the default order was used).
    """

    participants: list[ParsedParticipant] = field(default_factory=list)
    rejected: list[RejectedLine] = field(default_factory=list)
    columns: tuple[str, ...] = FIELDS
    header_line: int | None = None


def _split(line: str) -> list[str]:
    separator = "\t" if "\t" in line else ";"
    return [clean_line(cell) for cell in line.split(separator)]


def _header_columns(cells: list[str]) -> list[str] | None:
    names = [_HEADER_WORDS.get(cell.lower().strip(" :")) for cell in cells]
    if names and all(names) and "name" in names:
        return [name for name in names if name]
    return None


def parse_participants(text: str) -> ParticipantList:
    """Parse pasted rows; blank lines are skipped, unreadable lines are reported."""
    result = ParticipantList()
    columns: list[str] = list(FIELDS)
    widest = 0
    for number, raw in enumerate(normalise_newlines(text).split("\n"), start=1):
        if not raw.strip():
            continue
        cells = _split(raw)
        header = _header_columns(cells) if number == 1 or not result.participants else None
        if header is not None:
            columns = header
            result.columns, result.header_line = tuple(header), number
            continue
        while cells and not cells[-1]:
            cells.pop()
        if not cells:  # an empty spreadsheet row
            continue
        widest = max(widest, len(cells))
        record = dict(zip(columns, cells))
        if len(cells) > len(columns):
            result.rejected.append(RejectedLine(number, raw, "too_many_columns"))
        elif not record.get("name"):
            result.rejected.append(RejectedLine(number, raw, "no_name"))
        elif record.get("email") and not _EMAIL.match(record["email"]):
            result.rejected.append(RejectedLine(number, raw, "bad_email"))
        else:
            result.participants.append(ParsedParticipant(**record, line=number))
    if result.header_line is None:  # the default order, as far as the rows reach
        result.columns = FIELDS[: max(1, min(widest, len(FIELDS)))]
    return result
