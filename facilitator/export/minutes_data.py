"""The minutes' snapshot: everything the Word minutes show, read once into frozen values.

Export is a pure function of a :class:`MinutesData`, so the document can be built (and tested)
without a database, and a long export never holds a session open while the facilitator keeps
typing. Soft-deleted rows are already left out here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class WorkshopInfo:
    """The workshop's own fields as the title block needs them."""

    id: int
    title: str
    date: dt.date | None
    venue: str
    organiser: str
    facilitator: str
    contact_name: str
    contact_email: str
    contact_phone: str
    language: str
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class ClusterInfo:
    id: int
    name: str
    members: tuple[str, ...]
    colour: str


@dataclass(frozen=True)
class ParticipantInfo:
    name: str
    organisation: str
    role: str
    email: str
    cluster_id: int | None


@dataclass(frozen=True)
class ContributionInfo:
    """One captured line; ``cluster_id`` ``None`` means the plenary."""

    id: int
    cluster_id: int | None
    parent_id: int | None
    theme_id: int | None
    column_index: int
    position: int
    kind: str
    text: str
    author: str


@dataclass(frozen=True)
class ThemeInfo:
    """A plenary synthesis heading and the clusters its contributions came from."""

    id: int
    title: str
    cluster_ids: tuple[int, ...]


@dataclass(frozen=True)
class VoteResult:
    """One option's dots: per cluster (``None`` = the room or single participants)."""

    label: str
    dots_by_cluster: tuple[tuple[int | None, int], ...]

    @property
    def total(self) -> int:
        return sum(dots for _cluster, dots in self.dots_by_cluster)


@dataclass(frozen=True)
class AcoResponseInfo:
    cluster_id: int | None
    stance: str
    text: str


@dataclass(frozen=True)
class AcoProposalInfo:
    title: str
    cluster_id: int | None
    responses: tuple[AcoResponseInfo, ...]


@dataclass(frozen=True)
class ItemMinutes:
    """One agenda item with everything captured during it."""

    id: int
    kind: str
    title: str
    presenter: str
    description: str
    planned_start_min: int
    planned_end_min: int
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    capture_columns: tuple[str, ...] = ()
    prompts: tuple[str, ...] = ()  # the questions put to the room, the item's and its phases'
    contributions: tuple[ContributionInfo, ...] = ()
    themes: tuple[ThemeInfo, ...] = ()
    votes: tuple[VoteResult, ...] = ()
    aco: tuple[AcoProposalInfo, ...] = ()
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvaluationRow:
    """One dimension of the evaluation ("Rammerne") with its remarks and ratings."""

    name: str
    remarks: tuple[str, ...]
    ratings: tuple[int, ...]


@dataclass(frozen=True)
class ActionInfo:
    what: str
    who: str
    when: str


@dataclass(frozen=True)
class MinutesData:
    """The whole workshop as the minutes see it."""

    workshop: WorkshopInfo
    clusters: tuple[ClusterInfo, ...] = ()
    participants: tuple[ParticipantInfo, ...] = ()
    items: tuple[ItemMinutes, ...] = ()
    evaluation: tuple[EvaluationRow, ...] = ()
    actions: tuple[ActionInfo, ...] = ()
    attachments: tuple[str, ...] = field(default=())  # the workshop's "bilag" not tied to an item

    def cluster(self, cluster_id: int | None) -> ClusterInfo | None:
        """The cluster with ``cluster_id``, or ``None`` for the plenary or a removed cluster."""
        return next((c for c in self.clusters if c.id == cluster_id), None)
