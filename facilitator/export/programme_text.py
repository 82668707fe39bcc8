"""The stored agenda written back as a plain-text programme (the form the parser reads)."""

from __future__ import annotations

from facilitator.domain.programme.model import DayHeading, Entry, ParsedItem, ParsedPhase, Programme
from facilitator.domain.programme.printer import print_programme
from facilitator.services.agenda import AgendaView


def programme_of(agenda: AgendaView, day_word: str = "Dag") -> Programme:
    """Every item with its computed clock times, presenter, phases and description lines.

    A programme over several days gets a heading before each day (its own, else "Dag 2").
    """
    entries: list[Entry] = []
    several = any(item.day for item in agenda.items)
    day = None
    for item, scheduled in zip(agenda.items, agenda.schedule.items):
        if several and item.day != day:
            day = item.day
            entries.append(DayHeading(agenda.day_title(day) or f"{day_word} {day + 1}", day))
        description = tuple(line.strip() for line in item.description.split("\n") if line.strip())
        phases = tuple(ParsedPhase(p.minutes, p.label, p.kind) for p in item.phases)
        entries.append(
            ParsedItem(item.title, item.kind, item.presenter, scheduled.start, scheduled.end, None, phases,
                       description, item.day)
        )
    return Programme(tuple(entries))


def agenda_text(agenda: AgendaView) -> str:
    """The agenda as text; parsing it gives the same times, titles, presenters, phases and days."""
    return print_programme(programme_of(agenda))
