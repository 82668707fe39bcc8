"""From a parsed programme to the items to store: durations and pins that reproduce the written times."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.kinds import ItemKind
from facilitator.domain.programme.model import Block, Closing, DayHeading, Note, ParsedItem, ParsedPhase, Programme
from facilitator.domain.schedule import MINUTES_PER_DAY, format_clock


@dataclass(frozen=True)
class ImportItem:
    """An agenda item ready to be stored: durations and pins instead of written clock times."""

    title: str
    kind: ItemKind
    presenter: str
    minutes: int
    pinned_start: int | None
    phases: tuple[ParsedPhase, ...]
    description: str
    notes: str
    day: int = 0


@dataclass(frozen=True)
class ImportPlan:
    """What importing would store: the day's start and end (when the text gives them) and the items."""

    day_start: int | None
    items: tuple[ImportItem, ...]
    day_end: int | None = None
    day_titles: tuple[str, ...] = ()


def _durations(items: Sequence[ParsedItem]) -> list[int]:
    """Each item's length: phases, else end-start, else written minutes, else up to the next start."""
    result: list[int] = []
    for position, item in enumerate(items):
        following = items[position + 1] if position + 1 < len(items) else None
        if item.phases:
            result.append(sum(phase.minutes for phase in item.phases))
        elif item.start is not None and item.end is not None:
            result.append(item.end - item.start)
        elif item.minutes is not None:
            result.append(item.minutes)
        elif (item.start is not None and following is not None and following.day == item.day
              and following.start is not None and following.start > item.start):
            result.append(following.start - item.start)
        else:
            result.append(0)
    return result


def _notes(programme: Programme, count: int) -> list[list[str]]:
    """Lines kept as notes, per item: headings and blocks go with the item after them, others with the one above."""
    notes: list[list[str]] = [[] for _ in range(count)]
    position = -1
    waiting: list[str] = []
    for entry in programme.entries:
        if isinstance(entry, ParsedItem):
            position += 1
            notes[position].extend(waiting)
            waiting = []
        elif isinstance(entry, Block):
            waiting.append(f"{entry.title} ({format_clock(entry.start)}–{format_clock(entry.end)})".strip())
            waiting.extend(entry.description)
        elif isinstance(entry, DayHeading):
            waiting.append(entry.text)
        elif isinstance(entry, Closing):
            notes[max(position, 0)].append(f"{entry.title} ({format_clock(entry.at)})")
        elif isinstance(entry, Note):
            notes[max(position, 0)].append(entry.text)
    if waiting and count:
        notes[-1].extend(waiting)
    return notes


def plan_import(programme: Programme, day_start: int) -> ImportPlan:
    """Durations and pins that reproduce the written times; unplaced lines go to private notes.

    The day starts at the first item's written time (else ``day_start`` is kept). An item is
    pinned only where its written start differs from where the flow would put it, so a tidy
    programme imports without pins; the first timed item of a later day is pinned to its time.
    Notes join the notes of the item above (the first item for those before it); day headings
    and blocks join the item after them. With no item at all, one "other" item holds them.
    """
    items = list(programme.items)
    if not items:
        texts = [text for entry in programme.entries if (text := _text_of(entry))]
        if not texts:
            return ImportPlan(None, ())
        only = ImportItem(texts[0], ItemKind.OTHER, "", 0, None, (), "", "\n".join(texts[1:]))
        return ImportPlan(None, (only,), programme.day_end)
    first_start = items[0].start
    cursor = first_start if first_start is not None else day_start
    durations = _durations(items)
    notes = _notes(programme, len(items))
    planned: list[ImportItem] = []
    day = items[0].day
    for item, minutes, item_notes in zip(items, durations, notes):
        pinned = None
        if item.day != day:
            day = item.day
            cursor = item.start if item.start is not None else day_start
            pinned = item.start % MINUTES_PER_DAY if item.start is not None else None
        elif item.start is not None and item.start != cursor:
            pinned = item.start % MINUTES_PER_DAY
            cursor = item.start
        cursor += minutes
        planned.append(
            ImportItem(
                title=item.title,
                kind=item.kind,
                presenter=item.presenter,
                minutes=minutes,
                pinned_start=pinned,
                phases=item.phases,
                description="\n".join(item.description),
                notes="\n".join(item_notes),
                day=item.day,
            )
        )
    return ImportPlan(first_start, tuple(planned), programme.day_end, programme.day_titles)


def _text_of(entry: object) -> str:
    if isinstance(entry, (Block, Closing)):
        return entry.title
    return entry.text if isinstance(entry, (Note, DayHeading)) else ""
