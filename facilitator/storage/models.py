"""SQLModel tables: the whole workshop as stored on disk.

Every child row carries a foreign key with ``ON DELETE CASCADE`` to its owner so that deleting a
workshop removes it whole; optional links (a contribution's cluster, a participant's cluster) use
``SET NULL`` so that removing a cluster never removes what was typed. Enumerated fields store the
words of :mod:`facilitator.domain.kinds`. Times of day are stored as minutes after midnight
(``int``): the schedule maths works in minutes and SQLite has no time type worth trusting.
Wall-clock instants are timezone-aware UTC ``datetime`` values.
"""

from __future__ import annotations

import datetime as dt
from datetime import datetime, timezone

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String
from sqlmodel import Field, SQLModel

from facilitator.storage.types import UtcDateTime

# Named constraints let Alembic's batch mode recreate tables in later migrations (pitfalls.md).
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


def utc_now() -> datetime:
    """The current wall-clock instant, timezone-aware, as stored in every timestamp column."""
    return datetime.now(timezone.utc)


def _owner(table_column: str, *, nullable: bool = False, on_delete: str = "CASCADE") -> Column:
    """A foreign-key column to ``table_column`` with the cascade rule spelled out once."""
    return Column(
        Integer,
        ForeignKey(table_column, ondelete=on_delete),
        nullable=nullable,
        index=True,
    )


class Workshop(SQLModel, table=True):
    """One workshop day: the root every other row belongs to."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    date: dt.date | None = None
    venue: str = ""
    organiser: str = ""
    facilitator: str = ""
    minute_taker: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    language: str = "da"
    day_start_min: int = 9 * 60
    day_end_min: int | None = None
    # One heading per day of a longer programme ("Dag 1 – tirsdag 4. marts"), one per line.
    day_titles: str = Field(default="", sa_column_kwargs={"server_default": ""})
    warning_minutes: int = 2
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    opened_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)


class Cluster(SQLModel, table=True):
    """A table group ("klynge") and the organisations sitting in it."""

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(sa_column=_owner("workshop.id"))
    position: int = 0
    name: str = ""
    members: str = ""  # member organisations, one per line, in the order they are written
    colour: str = "#4c78a8"


class Participant(SQLModel, table=True):
    """A person attending; may sit in a cluster."""

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(sa_column=_owner("workshop.id"))
    cluster_id: int | None = Field(
        default=None, sa_column=_owner("cluster.id", nullable=True, on_delete="SET NULL")
    )
    position: int = 0
    name: str = ""
    organisation: str = ""
    role: str = ""
    email: str = ""


class AgendaItem(SQLModel, table=True):
    """One block of the programme."""

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(sa_column=_owner("workshop.id"))
    position: int = 0
    kind: str = "other"
    title: str = ""
    presenter: str = ""
    planned_minutes: int = 0
    pinned_start_min: int | None = None
    # What a replan on the day proposed and the user applied; the plan above stays as planned.
    replanned_start_min: int | None = None
    replanned_minutes: int | None = None
    description: str = ""
    prompts: str = ""  # questions shown on the projector, one per line
    notes: str = ""  # private facilitator notes, never projected
    materials: str = ""
    capture_columns: str = ""  # custom capture columns, one label per line ("two-column" items)
    projector_mode: str = "timer"  # timer / wall / both
    dots_per_voter: int = Field(default=3, sa_column_kwargs={"server_default": "3"})
    vote_by: str = Field(default="cluster", sa_column_kwargs={"server_default": "cluster"})
    day: int = Field(default=0, sa_column_kwargs={"server_default": "0"})  # 0 = the first day
    # The import that added this item, and the one that replaced it (soft-deleted) when it did.
    import_id: int | None = Field(
        default=None, sa_column=_owner("agendaimport.id", nullable=True, on_delete="SET NULL")
    )
    replaced_by: int | None = Field(
        default=None, sa_column=_owner("agendaimport.id", nullable=True, on_delete="SET NULL")
    )
    deleted_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class AgendaImport(SQLModel, table=True):
    """One import of a programme: what it added and replaced can be undone from the command line."""

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(sa_column=_owner("workshop.id"))
    at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    source: str = ""  # the file name, or "" for pasted text and standard input
    day_start_before: int = 9 * 60
    day_end_before: int | None = None
    day_titles_before: str = ""
    undone_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class Phase(SQLModel, table=True):
    """A timed part inside an agenda item ("10 min oplæg", "20 min gruppearbejde")."""

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=_owner("agendaitem.id"))
    position: int = 0
    label: str = ""
    kind: str = "other"
    minutes: int = 0
    replanned_minutes: int | None = None  # the phase's share of its item's replanned length
    prompts: str = ""


class TimerEvent(SQLModel, table=True):
    """Something the facilitator did to the clock; actual times derive from these rows."""

    __table_args__ = (Index("ix_timerevent_item_at", "item_id", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=_owner("agendaitem.id"))
    phase_id: int | None = Field(
        default=None, sa_column=_owner("phase.id", nullable=True, on_delete="SET NULL")
    )
    kind: str = "start"
    at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    amount_s: int = 0  # seconds added (or removed) by an "extend" event
    # The wall-clock deadline after this event, so a restart can resume the countdown exactly.
    deadline: datetime | None = Field(default=None, sa_type=UtcDateTime)
    # The elapsed clock (counts through a suspend, ignores clock changes) at ``at``, and which
    # boot it belongs to: a restart carries on the run's time from here (domain/clock.py).
    elapsed_s: float | None = None
    clock_epoch: str | None = None


class Theme(SQLModel, table=True):
    """A plenary synthesis heading gathering contributions across clusters."""

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=_owner("agendaitem.id"))
    position: int = 0
    title: str = ""
    deleted_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


class Contribution(SQLModel, table=True):
    """One captured line: a cluster's (or the plenary's) idea, question, answer, note or decision."""

    __table_args__ = (
        Index("ix_contribution_item_cluster_pos", "item_id", "cluster_id", "position"),
        Index("uq_contribution_client_id", "client_id", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=_owner("agendaitem.id"))
    cluster_id: int | None = Field(
        default=None, sa_column=_owner("cluster.id", nullable=True, on_delete="SET NULL")
    )
    parent_id: int | None = Field(
        default=None, sa_column=_owner("contribution.id", nullable=True, on_delete="SET NULL")
    )
    theme_id: int | None = Field(
        default=None, sa_column=_owner("theme.id", nullable=True, on_delete="SET NULL")
    )
    column_index: int = 0  # index into the item's capture columns; 0 when it has none
    position: int = 0
    kind: str = "idea"
    text: str = ""
    author: str = ""  # who asked / who said it, when known
    # Where the line was typed: "keyboard" (this or another station) or "table" (a scribe's phone).
    origin: str = Field(default="keyboard", sa_column_kwargs={"server_default": "keyboard"})
    created_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    # Made by the station or phone that wrote the line: sending it again never stores it twice.
    client_id: str | None = Field(default=None, sa_column=Column(String(64), nullable=True))


class ItemNotes(SQLModel, table=True):
    """The minute-taker's prose for one agenda item (:class:`facilitator.domain.notes.Notes` as JSON).

    A table of its own, one row per item, so that reading the agenda never loads the prose.
    """

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=Column(Integer, ForeignKey("agendaitem.id", ondelete="CASCADE"),
                                          nullable=False, unique=True, index=True))
    body: str = ""
    updated_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)


class VoteOption(SQLModel, table=True):
    """Something dots can be put on: a theme, a contribution or a typed option."""

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=_owner("agendaitem.id"))
    position: int = 0
    label: str = ""
    theme_id: int | None = Field(
        default=None, sa_column=_owner("theme.id", nullable=True, on_delete="SET NULL")
    )
    contribution_id: int | None = Field(
        default=None, sa_column=_owner("contribution.id", nullable=True, on_delete="SET NULL")
    )


class Vote(SQLModel, table=True):
    """Dots given to one option by one cluster (or participant, or the room when both are empty)."""

    id: int | None = Field(default=None, primary_key=True)
    option_id: int = Field(sa_column=_owner("voteoption.id"))
    cluster_id: int | None = Field(
        default=None, sa_column=_owner("cluster.id", nullable=True, on_delete="CASCADE")
    )
    participant_id: int | None = Field(
        default=None, sa_column=_owner("participant.id", nullable=True, on_delete="CASCADE")
    )
    dots: int = 0


class AcoProposal(SQLModel, table=True):
    """A proposal presented in an accept-criticise-offer round."""

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(sa_column=_owner("agendaitem.id"))
    position: int = 0
    title: str = ""
    cluster_id: int | None = Field(  # the cluster that presented it, if any
        default=None, sa_column=_owner("cluster.id", nullable=True, on_delete="SET NULL")
    )
    theme_id: int | None = Field(
        default=None, sa_column=_owner("theme.id", nullable=True, on_delete="SET NULL")
    )


class AcoResponse(SQLModel, table=True):
    """What one cluster accepts, criticises or offers about a proposal."""

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(sa_column=_owner("acoproposal.id"))
    cluster_id: int | None = Field(
        default=None, sa_column=_owner("cluster.id", nullable=True, on_delete="SET NULL")
    )
    stance: str = "accept"
    position: int = 0
    text: str = ""


class EvaluationDimension(SQLModel, table=True):
    """A row of the evaluation table ("Rammerne", "Indhold", …); names are editable per workshop."""

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(sa_column=_owner("workshop.id"))
    position: int = 0
    key: str = "other"  # a facilitator.domain.kinds.EvaluationDimension word
    name: str = ""


class EvaluationEntry(SQLModel, table=True):
    """One remark of the day's evaluation, optionally with a 1–5 rating."""

    id: int | None = Field(default=None, primary_key=True)
    dimension_id: int = Field(sa_column=_owner("evaluationdimension.id"))
    position: int = 0
    text: str = ""
    rating: int | None = None


class ActionItem(SQLModel, table=True):
    """A next step ("det videre forløb"): what, who, when."""

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(sa_column=_owner("workshop.id"))
    position: int = 0
    what: str = ""
    who: str = ""
    when: str = ""  # free text: "uge 12", "inden sommerferien", a date


class Attachment(SQLModel, table=True):
    """A "bilag": a title and optionally the file itself, kept inside the database."""

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(sa_column=_owner("workshop.id"))
    item_id: int | None = Field(
        default=None, sa_column=_owner("agendaitem.id", nullable=True, on_delete="CASCADE")
    )
    position: int = 0
    title: str = ""
    filename: str = ""
    data: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class Change(SQLModel, table=True):
    """One committed user action, written in its own transaction: the log the change feed reads.

    Not user data: no foreign keys (a deleted workshop's last change must stay readable), and
    ``kinds`` holds the names of the :class:`facilitator.services.changes.Changes` flags that were
    set, comma-separated. ``list_key`` narrows an item's capture change to one list
    (``"CLUSTER/COLUMN"``, ``"-/COLUMN"`` for the plenary).
    """

    revision: int | None = Field(default=None, primary_key=True)
    workshop_id: int | None = None
    item_id: int | None = None
    list_key: str | None = None
    kinds: str = ""
    station: str = ""
    at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)


class ScribeAccess(SQLModel, table=True):
    """One access token handed to a cluster's table scribes (the QR code on the join screen).

    Only the token's SHA-256 is kept: a copied file or a backup never carries a working link.
    The newest unrevoked row of a cluster is the one a QR code can join with; phones that joined
    with an older unrevoked row keep working (an app restart issues new codes without cutting
    them off); revoking ends every session of the row at once.
    """

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(sa_column=_owner("workshop.id"))
    cluster_id: int = Field(sa_column=_owner("cluster.id"))
    token_hash: str = Field(max_length=64)
    issued_at: datetime = Field(default_factory=utc_now, sa_type=UtcDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UtcDateTime)


ALL_TABLES: tuple[type[SQLModel], ...] = (
    Workshop,
    Cluster,
    Participant,
    AgendaItem,
    Phase,
    TimerEvent,
    Theme,
    Contribution,
    ItemNotes,
    VoteOption,
    Vote,
    AcoProposal,
    AcoResponse,
    EvaluationDimension,
    EvaluationEntry,
    ActionItem,
    Attachment,
    Change,
    ScribeAccess,
)
