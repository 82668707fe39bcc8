"""The stored agenda written back as a plain-text programme (the form the parser reads)."""

from __future__ import annotations

from facilitator.domain.programme.model import ParsedItem, ParsedPhase, Programme
from facilitator.domain.programme.printer import print_programme
from facilitator.services.agenda import AgendaView


def programme_of(agenda: AgendaView) -> Programme:
    """Every item with its computed clock times, presenter, phases and description lines."""
    entries = []
    for item, scheduled in zip(agenda.items, agenda.schedule.items):
        description = tuple(line.strip() for line in item.description.split("\n") if line.strip())
        phases = tuple(ParsedPhase(p.minutes, p.label, p.kind) for p in item.phases)
        entries.append(
            ParsedItem(item.title, item.kind, item.presenter, scheduled.start, scheduled.end, None, phases,
                       description)
        )
    return Programme(tuple(entries))


def agenda_text(agenda: AgendaView) -> str:
    """The agenda as text; parsing it gives the same times, titles, presenters and phases."""
    return print_programme(programme_of(agenda))
