"""Which agenda items become sections of the minutes, decided once for the document and overview.

Breaks never do; an item with nothing recorded only when the user asks for empty sections. A
section keeps the number the agenda gives its item, so "7." in the app is "7." in the minutes.
The evaluation table and the next-steps table sit in the first evaluation / next-steps item that
is shown, or at the end when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain.kinds import ItemKind
from facilitator.services.reading import ItemReading, WorkshopReading


@dataclass(frozen=True)
class PlannedSection:
    item: ItemReading
    hosts_evaluation: bool = False
    hosts_actions: bool = False

    @property
    def number(self) -> int:
        return self.item.number


def is_section(item: ItemReading) -> bool:
    """Breaks appear in the programme only, never as a section."""
    return item.item.kind != ItemKind.BREAK


def has_content(item: ItemReading) -> bool:
    return bool(
        not item.notes.is_empty()
        or item.item.description.strip()
        or item.contributions
        or item.themes
        or item.tallies
        or item.proposals
        or item.attachments
    )


def has_evaluation(reading: WorkshopReading) -> bool:
    return any(entry.text.strip() or entry.rating is not None
               for dimension in reading.evaluation for entry in dimension.entries)


def plan_sections(reading: WorkshopReading, include_empty: bool) -> list[PlannedSection]:
    """The item sections in document order."""
    planned: list[PlannedSection] = []
    evaluation_placed = actions_placed = False
    for item in reading.items:
        if not is_section(item):
            continue
        hosts_evaluation = item.item.kind == ItemKind.EVALUATION and not evaluation_placed
        hosts_actions = item.item.kind == ItemKind.NEXT_STEPS and not actions_placed
        hosted = (hosts_evaluation and has_evaluation(reading)) or (hosts_actions and bool(reading.actions))
        if has_content(item) or hosted or include_empty:
            planned.append(PlannedSection(item, hosts_evaluation, hosts_actions))
            evaluation_placed |= hosts_evaluation
            actions_placed |= hosts_actions
    return planned
