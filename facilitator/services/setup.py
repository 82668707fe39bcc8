"""Clusters and participants of a workshop: the set-up screen's use cases."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from facilitator.domain.cluster_match import ClusterMatch, ClusterNames, match_cluster
from facilitator.domain.participant_list import FIELDS, ParsedParticipant, ParticipantList, parse_participants
from facilitator.domain.text import clean_line, clean_text
from facilitator.services.changes import Changes, user_action
from facilitator.services.lookup import require
from facilitator.storage.models import Cluster, Participant
from facilitator.storage.store import Store

# Calm, distinguishable colours handed out to new clusters in turn (readable on a projector).
CLUSTER_COLOURS = ("#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#9d755d")
PARTICIPANT_FIELDS = ("name", "organisation", "role", "email")


@dataclass(frozen=True)
class ClusterView:
    id: int
    position: int
    name: str
    members: tuple[str, ...]
    colour: str

    @property
    def label(self) -> str:
        """``Klynge Syd (Mariagerfjord, Vesthimmerland, Rebild)`` as in the seed minutes."""
        return f"{self.name} ({', '.join(self.members)})" if self.members else self.name


@dataclass(frozen=True)
class ParticipantView:
    id: int
    position: int
    name: str
    organisation: str
    role: str
    email: str
    cluster_id: int | None


@dataclass(frozen=True)
class PastedPerson:
    """A readable row of a paste with the cluster it will be stored in (``None``: none)."""

    person: ParsedParticipant
    match: ClusterMatch
    cluster_name: str  # of the matched cluster, for the preview


@dataclass(frozen=True)
class PastePreview:
    """Everything a paste would store, shown before anything is."""

    parsed: ParticipantList
    people: tuple[PastedPerson, ...]

    def unmatched(self) -> dict[str, tuple[int, ...]]:
        """Cluster names that fit no cluster (or several), with the lines they are on."""
        found: dict[str, list[int]] = {}
        for row in self.people:
            if row.match.problem:
                found.setdefault(row.person.cluster, []).append(row.person.line)
        return {name: tuple(lines) for name, lines in found.items()}


@dataclass(frozen=True)
class PasteResult:
    added: int
    parsed: ParticipantList


def split_members(text: str) -> tuple[str, ...]:
    """Member organisations from one per line or comma-separated text."""
    parts = clean_text(text).replace(",", "\n").split("\n")
    return tuple(part.strip() for part in parts if part.strip())


def _cluster_view(row: Cluster) -> ClusterView:
    assert row.id is not None
    return ClusterView(row.id, row.position, row.name, split_members(row.members), row.colour)


def _participant_view(row: Participant) -> ParticipantView:
    assert row.id is not None
    return ParticipantView(
        row.id, row.position, row.name, row.organisation, row.role, row.email, row.cluster_id
    )


def _next_position(session: Session, model: type[Cluster] | type[Participant], workshop_id: int) -> int:
    last = session.exec(select(func.max(model.position)).where(model.workshop_id == workshop_id)).one()
    return 0 if last is None else last + 1


def _ordered_clusters(session: Session, workshop_id: int) -> list[Cluster]:
    return list(
        session.exec(
            select(Cluster).where(Cluster.workshop_id == workshop_id).order_by(col(Cluster.position))
        ).all()
    )


def read_clusters(session: Session, workshop_id: int) -> list[ClusterView]:
    return [_cluster_view(row) for row in _ordered_clusters(session, workshop_id)]


def read_participants(session: Session, workshop_id: int) -> list[ParticipantView]:
    rows = session.exec(
        select(Participant)
        .where(Participant.workshop_id == workshop_id)
        .order_by(col(Participant.position), col(Participant.id))
    ).all()
    return [_participant_view(row) for row in rows]


def _preview(session: Session, workshop_id: int, text: str) -> PastePreview:
    clusters = _ordered_clusters(session, workshop_id)
    names = [ClusterNames(c.id or 0, c.name, split_members(c.members)) for c in clusters]
    by_id = {c.id: c.name for c in clusters}
    parsed = parse_participants(text)
    people = []
    for person in parsed.participants:
        match = match_cluster(person.cluster, person.organisation, names)
        people.append(PastedPerson(person, match, by_id.get(match.cluster_id, "")))
    return PastePreview(parsed, tuple(people))


class SetupService:
    """Use cases of the set-up screen; each call is one committed transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # Clusters -------------------------------------------------------------------------------

    def clusters(self, workshop_id: int) -> list[ClusterView]:
        with self._store.read() as session:
            return read_clusters(session, workshop_id)

    @user_action
    def add_cluster(self, workshop_id: int, name: str, members: str = "") -> tuple[int, Changes]:
        with self._store.transaction() as session:
            position = _next_position(session, Cluster, workshop_id)
            row = Cluster(
                workshop_id=workshop_id,
                position=position,
                name=clean_line(name),
                members="\n".join(split_members(members)),
                colour=CLUSTER_COLOURS[position % len(CLUSTER_COLOURS)],
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id, Changes(clusters=True, workshop_id=workshop_id)

    @user_action
    def rename_cluster(self, cluster_id: int, name: str) -> Changes:
        with self._store.transaction() as session:
            row = require(session, Cluster, cluster_id)
            row.name = clean_line(name)
        return Changes(clusters=True, workshop_id=row.workshop_id)

    @user_action
    def set_cluster_members(self, cluster_id: int, members: str) -> Changes:
        with self._store.transaction() as session:
            row = require(session, Cluster, cluster_id)
            row.members = "\n".join(split_members(members))
        return Changes(clusters=True, workshop_id=row.workshop_id)

    @user_action
    def set_cluster_colour(self, cluster_id: int, colour: str) -> Changes:
        with self._store.transaction() as session:
            row = require(session, Cluster, cluster_id)
            row.colour = clean_line(colour)
        return Changes(clusters=True, workshop_id=row.workshop_id)

    @user_action
    def move_cluster(self, cluster_id: int, new_position: int) -> Changes:
        """Put a cluster at ``new_position`` (0-based, clamped) and renumber the others."""
        with self._store.transaction() as session:
            moving = require(session, Cluster, cluster_id)
            others = [c for c in _ordered_clusters(session, moving.workshop_id) if c.id != cluster_id]
            others.insert(max(0, min(new_position, len(others))), moving)
            for position, cluster in enumerate(others):
                cluster.position = position
        return Changes(clusters=True, workshop_id=moving.workshop_id)

    @user_action
    def remove_cluster(self, cluster_id: int) -> Changes:
        """Remove a cluster; its participants and captured lines stay, without a cluster."""
        with self._store.transaction() as session:
            row = require(session, Cluster, cluster_id)
            session.delete(row)
        return Changes(clusters=True, participants=True, capture=True, workshop_id=row.workshop_id)

    # Participants ---------------------------------------------------------------------------

    def participants(self, workshop_id: int) -> list[ParticipantView]:
        with self._store.read() as session:
            return read_participants(session, workshop_id)

    @user_action
    def add_participant(self, workshop_id: int, name: str = "") -> tuple[int, Changes]:
        with self._store.transaction() as session:
            row = Participant(
                workshop_id=workshop_id,
                position=_next_position(session, Participant, workshop_id),
                name=clean_line(name),
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id, Changes(participants=True, workshop_id=workshop_id)

    @user_action
    def set_participant_field(self, participant_id: int, name: str, value: str) -> Changes:
        if name not in PARTICIPANT_FIELDS:
            raise ValueError(f"not a participant text field: {name}")
        with self._store.transaction() as session:
            row = require(session, Participant, participant_id)
            setattr(row, name, clean_line(value))
        return Changes(participants=True, workshop_id=row.workshop_id)

    @user_action
    def set_participant_cluster(self, participant_id: int, cluster_id: int | None) -> Changes:
        with self._store.transaction() as session:
            row = require(session, Participant, participant_id)
            row.cluster_id = cluster_id
        return Changes(participants=True, workshop_id=row.workshop_id)

    @user_action
    def remove_participant(self, participant_id: int) -> Changes:
        with self._store.transaction() as session:
            row = require(session, Participant, participant_id)
            session.delete(row)
        return Changes(participants=True, workshop_id=row.workshop_id)

    def preview_participants(self, workshop_id: int, text: str) -> PastePreview:
        """What pasting ``text`` would store: each row with its cluster, and what fits none."""
        with self._store.read() as session:
            return _preview(session, workshop_id, text)

    @user_action
    def paste_participants(self, workshop_id: int, text: str) -> tuple[PasteResult, Changes]:
        """Add every readable row of a pasted list, in the clusters the preview showed."""
        with self._store.transaction() as session:
            preview = _preview(session, workshop_id, text)
            position = _next_position(session, Participant, workshop_id)
            for offset, row in enumerate(preview.people):
                values = {name: getattr(row.person, name) for name in FIELDS if name != "cluster"}
                session.add(
                    Participant(
                        workshop_id=workshop_id,
                        position=position + offset,
                        cluster_id=row.match.cluster_id,
                        **values,
                    )
                )
        changes = Changes(participants=bool(preview.people), workshop_id=workshop_id)
        return PasteResult(len(preview.people), preview.parsed), changes
