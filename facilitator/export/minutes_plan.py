"""Which agenda items become numbered sections, decided once for the document and its outline.

Breaks never do; an item with nothing recorded only when the user asks for empty sections. The
evaluation table and the next-steps table sit in the first evaluation / next-steps item that is
shown, or at the end when there is none.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain.kinds import ItemKind
from facilitator.export.minutes_data import ItemMinutes, MinutesData


@dataclass(frozen=True)
class PlannedSection:
    number: int
    item: ItemMinutes
    hosts_evaluation: bool = False
    hosts_actions: bool = False


def is_section(item: ItemMinutes) -> bool:
    """Breaks appear in the programme only, never as a numbered section."""
    return item.kind != ItemKind.BREAK


def has_content(item: ItemMinutes) -> bool:
    return bool(
        item.description.strip()
        or item.contributions
        or item.themes
        or item.votes
        or item.aco
        or item.attachments
    )


def has_evaluation(data: MinutesData) -> bool:
    return any(row.remarks or row.ratings for row in data.evaluation)


def plan_sections(data: MinutesData, include_empty: bool) -> list[PlannedSection]:
    """The numbered sections in document order."""
    planned: list[PlannedSection] = []
    evaluation_placed = actions_placed = False
    for item in data.items:
        if not is_section(item):
            continue
        hosts_evaluation = item.kind == ItemKind.EVALUATION and not evaluation_placed
        hosts_actions = item.kind == ItemKind.NEXT_STEPS and not actions_placed
        hosted = (hosts_evaluation and has_evaluation(data)) or (hosts_actions and bool(data.actions))
        if has_content(item) or hosted or include_empty:
            planned.append(PlannedSection(len(planned) + 1, item, hosts_evaluation, hosts_actions))
            evaluation_placed |= hosts_evaluation
            actions_placed |= hosts_actions
    return planned
