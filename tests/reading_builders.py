"""Workshop readings built in memory, for export tests that need no database."""

from __future__ import annotations

import datetime as dt

from facilitator.domain.kinds import ItemKind, Stance
from facilitator.domain.notes import Notes
from facilitator.domain.schedule import ScheduledItem
from facilitator.services.aco import ProposalResponses, ProposalView
from facilitator.services.agenda import ItemView
from facilitator.services.attachments import AttachmentView
from facilitator.services.capture import ContributionView
from facilitator.services.evaluation import DimensionView, EntryView
from facilitator.services.next_steps import ActionView
from facilitator.services.reading import ItemReading, WorkshopReading
from facilitator.services.setup import ClusterView, ParticipantView
from facilitator.services.synthesis import ThemeView
from facilitator.services.voting import OptionView, Tally
from facilitator.services.workshops import WorkshopView


def workshop(title: str, language: str = "da") -> WorkshopView:
    return WorkshopView(1, title, dt.date(2026, 3, 7), title, title, title, title, title, title, title,
                        language, 540, None, 2, dt.datetime(2026, 3, 7, tzinfo=dt.timezone.utc))


def cluster(cluster_id: int, name: str, members: tuple[str, ...] = (), colour: str = "#4c78a8") -> ClusterView:
    return ClusterView(cluster_id, cluster_id - 1, name, members, colour)


def line(line_id: int, item_id: int, cluster_id: int | None, text: str, *, kind: str = "idea",
         parent_id: int | None = None, column: int = 0, author: str = "", position: int | None = None) -> ContributionView:
    return ContributionView(line_id, item_id, cluster_id, parent_id, None, column,
                            line_id if position is None else position, kind, text, author)


def item(item_id: int, title: str, *, kind: ItemKind = ItemKind.GROUP_WORK, presenter: str = "",
         description: str = "", columns: tuple[str, ...] = (), prompts: str = "", start: int = 540,
         minutes: int = 30, number: int | None = None, **captured: object) -> ItemReading:
    view = ItemView(id=item_id, workshop_id=1, position=item_id - 1, kind=kind, title=title, presenter=presenter,
                    planned_minutes=minutes, pinned_start=None, description=description, prompts=prompts,
                    notes="", materials="", phases=(), columns=columns)
    slot = ScheduledItem(item_id - 1, start, start + minutes, minutes, False, 0, 0, ())
    return ItemReading(view, item_id if number is None else number, slot, **captured)  # type: ignore[arg-type]


def theme(theme_id: int, item_id: int, title: str, cluster_ids: tuple[int | None, ...]) -> ThemeView:
    return ThemeView(theme_id, item_id, theme_id, title, (), cluster_ids)


def tally(option_id: int, label: str, dots: tuple[tuple[int | None, int], ...]) -> Tally:
    return Tally(OptionView(option_id, option_id, label, None, None), label, dots)


def proposal(proposal_id: int, title: str, cluster_id: int | None,
             responses: tuple[tuple[int | None, Stance, str], ...]) -> ProposalResponses:
    return ProposalResponses(ProposalView(proposal_id, proposal_id, title, cluster_id, None), responses)


def attachment(attachment_id: int, title: str, filename: str = "", size: int = 0,
               item_id: int | None = None) -> AttachmentView:
    return AttachmentView(attachment_id, attachment_id, title, filename, size, item_id)


def participant(participant_id: int, name: str, *, organisation: str = "", role: str = "", email: str = "",
                cluster_id: int | None = None) -> ParticipantView:
    return ParticipantView(participant_id, participant_id, name, organisation, role, email, cluster_id)


def dimension(dimension_id: int, name: str, remarks: tuple[tuple[str, int | None], ...]) -> DimensionView:
    return DimensionView(dimension_id, "other", name,
                         tuple(EntryView(n, n, text, rating) for n, (text, rating) in enumerate(remarks)))


def action(action_id: int, what: str, who: str = "", when: str = "") -> ActionView:
    return ActionView(action_id, action_id, what, who, when)


__all__ = ["Notes", "WorkshopReading", "action", "attachment", "cluster", "dimension", "item", "line",
           "participant", "proposal", "tally", "theme", "workshop"]
