"""Reading one workshop from the store into a :class:`MinutesData` snapshot, in one session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlmodel import Session, col, select

from facilitator.domain.countdown import ClockEvent, item_times
from facilitator.domain.kinds import ItemKind, TimerEventKind
from facilitator.domain.schedule import PlannedItem, plan
from facilitator.export.errors import UnknownWorkshopError
from facilitator.export.minutes_data import (
    AcoProposalInfo,
    AcoResponseInfo,
    ActionInfo,
    ClusterInfo,
    ContributionInfo,
    EvaluationRow,
    ItemMinutes,
    MinutesData,
    ParticipantInfo,
    ThemeInfo,
    VoteResult,
    WorkshopInfo,
)
from facilitator.storage.database import Store
from facilitator.storage.models import (
    AcoProposal,
    AcoResponse,
    ActionItem,
    AgendaItem,
    Attachment,
    Cluster,
    Contribution,
    EvaluationDimension,
    EvaluationEntry,
    Participant,
    Phase,
    Theme,
    TimerEvent,
    Vote,
    VoteOption,
    Workshop,
)


def lines(text: str) -> tuple[str, ...]:
    """The non-blank lines of a one-per-line field (cluster members, capture columns)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def read_minutes_data(store: Store, workshop_id: int) -> MinutesData:
    """Everything the minutes of ``workshop_id`` show, read in one short session."""
    with store.read() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise UnknownWorkshopError(workshop_id)
        return _Reader(session, workshop).snapshot()


class _Reader:
    """Queries per table for one workshop; rows are grouped in Python, not joined per item."""

    def __init__(self, session: Session, workshop: Workshop) -> None:
        self._session = session
        self._workshop = workshop
        assert workshop.id is not None
        self._id = workshop.id

    def snapshot(self) -> MinutesData:
        w = self._workshop
        return MinutesData(
            workshop=WorkshopInfo(
                id=self._id,
                title=w.title,
                date=w.date,
                venue=w.venue,
                organiser=w.organiser,
                facilitator=w.facilitator,
                contact_name=w.contact_name or w.minute_taker or w.facilitator,
                contact_email=w.contact_email,
                contact_phone=w.contact_phone,
                language=w.language,
                created_at=w.created_at,
            ),
            clusters=self._clusters(),
            participants=self._participants(),
            items=self._items(),
            evaluation=self._evaluation(),
            actions=tuple(
                ActionInfo(a.what, a.who, a.when)
                for a in self._rows(ActionItem, ActionItem.workshop_id, ActionItem.position)
            ),
            attachments=tuple(
                a.title or a.filename
                for a in self._rows(Attachment, Attachment.workshop_id, Attachment.position)
                if a.item_id is None
            ),
        )

    def _rows(self, table: type, owner: object, order: object) -> Sequence:
        return self._session.exec(select(table).where(owner == self._id).order_by(order, table.id)).all()

    def _clusters(self) -> tuple[ClusterInfo, ...]:
        rows = self._rows(Cluster, Cluster.workshop_id, Cluster.position)
        return tuple(ClusterInfo(c.id, c.name, lines(c.members), c.colour) for c in rows)

    def _participants(self) -> tuple[ParticipantInfo, ...]:
        rows = self._rows(Participant, Participant.workshop_id, Participant.position)
        return tuple(ParticipantInfo(p.name, p.organisation, p.role, p.email, p.cluster_id) for p in rows)

    def _evaluation(self) -> tuple[EvaluationRow, ...]:
        dimensions = self._rows(
            EvaluationDimension, EvaluationDimension.workshop_id, EvaluationDimension.position
        )
        entries = self._session.exec(
            select(EvaluationEntry)
            .join(EvaluationDimension)
            .where(EvaluationDimension.workshop_id == self._id)
            .order_by(EvaluationEntry.position, EvaluationEntry.id)
        ).all()
        by_dimension: dict[int, list[EvaluationEntry]] = defaultdict(list)
        for entry in entries:
            by_dimension[entry.dimension_id].append(entry)
        return tuple(
            EvaluationRow(
                name=d.name,
                remarks=tuple(e.text for e in by_dimension[d.id] if e.text.strip()),
                ratings=tuple(e.rating for e in by_dimension[d.id] if e.rating is not None),
            )
            for d in dimensions
        )

    def _items(self) -> tuple[ItemMinutes, ...]:
        session = self._session
        items = session.exec(
            select(AgendaItem)
            .where(AgendaItem.workshop_id == self._id, col(AgendaItem.deleted_at).is_(None))
            .order_by(AgendaItem.position, AgendaItem.id)
        ).all()
        ids = [item.id for item in items]
        events = _group(session.exec(select(TimerEvent).where(col(TimerEvent.item_id).in_(ids))).all())
        phases = _group(
            session.exec(
                select(Phase).where(col(Phase.item_id).in_(ids)).order_by(Phase.position, Phase.id)
            ).all()
        )
        planned = [
            PlannedItem(i.planned_minutes, i.pinned_start_min, tuple(p.minutes for p in phases[i.id]))
            for i in items
        ]
        slots = plan(planned, self._workshop.day_start_min).items
        contributions = self._contributions(ids)
        themes = _group(
            session.exec(
                select(Theme)
                .where(col(Theme.item_id).in_(ids), col(Theme.deleted_at).is_(None))
                .order_by(Theme.position, Theme.id)
            ).all()
        )
        attachments = _group(
            session.exec(
                select(Attachment)
                .where(col(Attachment.item_id).in_(ids))
                .order_by(Attachment.position, Attachment.id)
            ).all()
        )
        result = []
        for item, slot in zip(items, slots):
            actual_start, actual_end = item_times(
                ClockEvent(TimerEventKind(e.kind), e.at, e.amount_s) for e in events[item.id]
            )
            captured = contributions[item.id]
            result.append(
                ItemMinutes(
                    id=item.id,
                    kind=item.kind,
                    title=item.title,
                    presenter=item.presenter,
                    description=item.description,
                    planned_start_min=slot.start,
                    planned_end_min=slot.end,
                    actual_start=actual_start,
                    actual_end=actual_end,
                    capture_columns=lines(item.capture_columns),
                    prompts=tuple(
                        dict.fromkeys(lines(item.prompts) + sum((lines(p.prompts) for p in phases[item.id]), ()))
                    ),
                    contributions=tuple(captured),
                    themes=_themes(themes[item.id], captured),
                    votes=self._votes(item.id),
                    aco=self._aco(item.id) if item.kind == ItemKind.ACO else (),
                    attachments=tuple(a.title or a.filename for a in attachments[item.id]),
                )
            )
        return tuple(result)

    def _contributions(self, item_ids: list[int]) -> defaultdict[int, list[ContributionInfo]]:
        """The live lines of ``item_ids`` by item, read as plain columns (ORM objects cost more
        than the rest of a 20,000-line export's read)."""
        fields = [getattr(Contribution, name) for name in ContributionInfo.__dataclass_fields__]
        rows = self._session.exec(
            select(Contribution.item_id, *fields)
            .where(col(Contribution.item_id).in_(item_ids), col(Contribution.deleted_at).is_(None))
            .order_by(Contribution.position, Contribution.id)
        ).all()
        grouped: defaultdict[int, list[ContributionInfo]] = defaultdict(list)
        for item_id, *values in rows:
            grouped[item_id].append(ContributionInfo(*values))
        return grouped

    def _votes(self, item_id: int) -> tuple[VoteResult, ...]:
        options = self._session.exec(
            select(VoteOption)
            .where(VoteOption.item_id == item_id)
            .order_by(VoteOption.position, VoteOption.id)
        ).all()
        if not options:
            return ()
        votes = _group(
            self._session.exec(
                select(Vote).where(col(Vote.option_id).in_([o.id for o in options])).order_by(Vote.id)
            ).all(),
            key="option_id",
        )
        # Options often point at themes or lines of an earlier item (vote on the summary's themes).
        theme_titles = dict(
            self._session.exec(
                select(Theme.id, Theme.title).where(col(Theme.id).in_([o.theme_id for o in options]))
            ).all()
        )
        texts = dict(
            self._session.exec(
                select(Contribution.id, Contribution.text).where(
                    col(Contribution.id).in_([o.contribution_id for o in options])
                )
            ).all()
        )
        results = []
        for option in options:
            per_cluster: dict[int | None, int] = {}
            for vote in votes[option.id]:
                per_cluster[vote.cluster_id] = per_cluster.get(vote.cluster_id, 0) + vote.dots
            label = (
                option.label or theme_titles.get(option.theme_id, "") or texts.get(option.contribution_id, "")
            )
            results.append(VoteResult(label, tuple(per_cluster.items())))
        return tuple(results)

    def _aco(self, item_id: int) -> tuple[AcoProposalInfo, ...]:
        proposals = self._session.exec(
            select(AcoProposal)
            .where(AcoProposal.item_id == item_id)
            .order_by(AcoProposal.position, AcoProposal.id)
        ).all()
        responses = _group(
            self._session.exec(
                select(AcoResponse)
                .where(col(AcoResponse.proposal_id).in_([p.id for p in proposals]))
                .order_by(AcoResponse.position, AcoResponse.id)
            ).all(),
            key="proposal_id",
        )
        return tuple(
            AcoProposalInfo(
                p.title,
                p.cluster_id,
                tuple(AcoResponseInfo(r.cluster_id, r.stance, r.text) for r in responses[p.id]),
            )
            for p in proposals
        )


def _group(rows: Sequence, key: str = "item_id") -> defaultdict[int, list]:
    grouped: defaultdict[int, list] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def _themes(themes: list[Theme], captured: list[ContributionInfo]) -> tuple[ThemeInfo, ...]:
    """Each theme with the clusters of its contributions, in the order they were first given."""
    sources: dict[int, list[int]] = defaultdict(list)
    for contribution in captured:
        if contribution.theme_id is not None and contribution.cluster_id is not None:
            found = sources[contribution.theme_id]
            if contribution.cluster_id not in found:
                found.append(contribution.cluster_id)
    return tuple(ThemeInfo(t.id, t.title, tuple(sources[t.id])) for t in themes)
