"""From a parsed programme to the items to store: durations and pins that reproduce the written times."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.agenda_text import ParsedItem, ParsedPhase, Programme
from facilitator.domain.kinds import ItemKind
from facilitator.domain.schedule import MINUTES_PER_DAY


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


@dataclass(frozen=True)
class ImportPlan:
    """What importing would store: the day's start (when the text gives one) and the items."""

    day_start: int | None
    items: tuple[ImportItem, ...]


def _durations(items: Sequence[ParsedItem]) -> list[int]:
    """Each item's length: phases, else end-start, else written minutes, else up to the next start."""
    result: list[int] = []
    for position, item in enumerate(items):
        following = items[position + 1].start if position + 1 < len(items) else None
        if item.phases:
            result.append(sum(phase.minutes for phase in item.phases))
        elif item.start is not None and item.end is not None:
            result.append(item.end - item.start)
        elif item.minutes is not None:
            result.append(item.minutes)
        elif item.start is not None and following is not None and following > item.start:
            result.append(following - item.start)
        else:
            result.append(0)
    return result


def plan_import(programme: Programme, day_start: int) -> ImportPlan:
    """Durations and pins that reproduce the written times; unplaced lines go to private notes.

    The day starts at the first item's written time (else ``day_start`` is kept). An item is
    pinned only where its written start differs from where the flow would put it, so a tidy
    programme imports without pins. Notes and day headings join the notes of the item above
    (the first item for those before it); with no item at all, one "other" item holds them.
    """
    items = list(programme.items)
    if not items:
        texts = [entry.text for entry in programme.entries if not isinstance(entry, ParsedItem)]
        if not texts:
            return ImportPlan(None, ())
        only = ImportItem(texts[0], ItemKind.OTHER, "", 0, None, (), "", "\n".join(texts[1:]))
        return ImportPlan(None, (only,))
    first_start = items[0].start
    cursor = first_start if first_start is not None else day_start
    durations = _durations(items)
    notes: list[list[str]] = [[] for _ in items]
    position = -1
    for entry in programme.entries:
        if isinstance(entry, ParsedItem):
            position += 1
        else:
            notes[max(position, 0)].append(entry.text)
    planned: list[ImportItem] = []
    for item, minutes, item_notes in zip(items, durations, notes):
        pinned = None
        if item.start is not None and item.start != cursor:
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
            )
        )
    return ImportPlan(first_start, tuple(planned))
