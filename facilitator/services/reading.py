"""One reading of a whole workshop, in the records the screens use, for the minutes.

The minutes (Word, PDF, the live preview, the send package) and the Referat overview are built from
a :class:`WorkshopReading`: the agenda as :class:`ItemView` with its planned day, lines as
:class:`ContributionView`, themes as :class:`ThemeView` and so on, read in one session so the
document is one consistent moment of the workshop. No second set of records describes the same
rows for the exports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

from sqlmodel import Session

from facilitator.domain.countdown import item_times
from facilitator.domain.kinds import ItemKind
from facilitator.domain.notes import Notes
from facilitator.domain.schedule import ScheduledItem, by_day
from facilitator.services.aco import ProposalResponses, read_proposals
from facilitator.services.agenda import ItemView, read_agenda, title_of_day
from facilitator.services.attachments import AttachmentView, read_attachment_data, read_attachments
from facilitator.services.capture import ContributionView, read_contributions
from facilitator.services.evaluation import DimensionView, read_dimensions
from facilitator.services.next_steps import ActionView, read_actions
from facilitator.services.notes import read_notes
from facilitator.services.run_state import read_events
from facilitator.services.setup import ClusterView, ParticipantView, read_clusters, read_participants
from facilitator.services.synthesis import ThemeView, read_themes
from facilitator.services.voting import Tally, read_tallies
from facilitator.services.workshops import WorkshopView, workshop_view
from facilitator.storage.models import Workshop
from facilitator.storage.store import Store

PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")
"""Attachments the minutes show as pictures (the rest are listed by title)."""


def is_picture(attachment: AttachmentView) -> bool:
    return attachment.size > 0 and PurePath(attachment.filename).suffix.lower() in PICTURE_SUFFIXES


@dataclass(frozen=True)
class ItemReading:
    """An agenda item with its number, times and everything captured during it."""

    item: ItemView
    number: int  # as the agenda screen numbers it: 1.. over the live items, breaks included
    slot: ScheduledItem  # planned start and end
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    notes: Notes = Notes()
    contributions: tuple[ContributionView, ...] = ()
    themes: tuple[ThemeView, ...] = ()
    tallies: tuple[Tally, ...] = ()
    proposals: tuple[ProposalResponses, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()


@dataclass(frozen=True)
class WorkshopReading:
    """The whole workshop at one moment."""

    workshop: WorkshopView
    clusters: tuple[ClusterView, ...] = ()
    participants: tuple[ParticipantView, ...] = ()
    items: tuple[ItemReading, ...] = ()
    evaluation: tuple[DimensionView, ...] = ()
    actions: tuple[ActionView, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()  # the workshop's own, not under an item
    pictures: Mapping[int, bytes] = field(default_factory=dict)  # attachment id → image file
    day_titles: tuple[str, ...] = ()  # the headings of the days of a longer programme

    def days(self) -> list[tuple[int, list[ItemReading]]]:
        """The items by programme day, in order: one group for a one-day workshop."""
        return by_day(self.items, lambda entry: entry.item.day)

    def day_title(self, number: int) -> str:
        return title_of_day(self.day_titles, number)

    def cluster(self, cluster_id: int | None) -> ClusterView | None:
        """The cluster with ``cluster_id``, or ``None`` for the plenary or a removed cluster."""
        return next((c for c in self.clusters if c.id == cluster_id), None)

    def all_attachments(self) -> list[AttachmentView]:
        """Every attachment in document order: under their items, then the workshop's own."""
        return [a for item in self.items for a in item.attachments] + list(self.attachments)


def read_workshop(session: Session, workshop_id: int) -> WorkshopReading:
    """Everything the minutes of ``workshop_id`` show; raises LookupError for an unknown id."""
    row = session.get(Workshop, workshop_id)
    if row is None:
        raise LookupError(f"no workshop {workshop_id}")
    agenda = read_agenda(session, workshop_id)
    ids = [item.id for item in agenda.items]
    events = read_events(session, ids)
    lines = read_contributions(session, ids)
    notes = read_notes(session, ids)
    themes = read_themes(session, ids)
    tallies = read_tallies(session, ids)
    aco_ids = [item.id for item in agenda.items if item.kind == ItemKind.ACO]
    proposals = read_proposals(session, aco_ids)
    attachments = read_attachments(session, workshop_id)
    pictures = read_attachment_data(session, [a.id for a in attachments if is_picture(a)])
    items = []
    for number, (item, slot) in enumerate(zip(agenda.items, agenda.schedule.items), start=1):
        start, end = item_times(events[item.id])
        items.append(ItemReading(
            item=item, number=number, slot=slot, actual_start=start, actual_end=end,
            notes=notes.get(item.id, Notes()),
            contributions=tuple(sorted(lines[item.id], key=lambda c: (c.position, c.id))),
            themes=tuple(themes[item.id]),
            tallies=tuple(tallies[item.id]),
            proposals=tuple(proposals.get(item.id, ())),
            attachments=tuple(a for a in attachments if a.item_id == item.id),
        ))
    return WorkshopReading(
        workshop=workshop_view(row),
        clusters=tuple(read_clusters(session, workshop_id)),
        participants=tuple(read_participants(session, workshop_id)),
        items=tuple(items),
        evaluation=tuple(read_dimensions(session, workshop_id)),
        actions=tuple(read_actions(session, workshop_id)),
        attachments=tuple(a for a in attachments if a.item_id is None),
        pictures=pictures,
        day_titles=agenda.day_titles,
    )


class ReadingService:
    """Reads whole workshops for the minutes and their overview."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def read(self, workshop_id: int) -> WorkshopReading:
        """The workshop in one short session; LookupError when it is not in the file."""
        with self._store.read() as session:
            return read_workshop(session, workshop_id)

    def attachment_files(self, attachment_ids: list[int]) -> dict[int, bytes]:
        """The stored files of some attachments (for the send package), read when needed."""
        with self._store.read() as session:
            return read_attachment_data(session, attachment_ids)
