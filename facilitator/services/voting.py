"""Dot voting: options, dots given by clusters or participants, and ranked results with ties."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func
from sqlmodel import Session, col, select

from facilitator.domain.kinds import VoteBy
from facilitator.domain.ranking import rank_scores
from facilitator.domain.text import clean_line
from facilitator.services.changes import Changes, user_action
from facilitator.services.input_errors import InputError
from facilitator.storage.store import Store
from facilitator.storage.models import (
    AgendaItem,
    Cluster,
    Contribution,
    Participant,
    Theme,
    Vote,
    VoteOption,
)

MAX_DOTS = 999


@dataclass(frozen=True)
class OptionView:
    id: int
    position: int
    label: str
    theme_id: int | None
    contribution_id: int | None


@dataclass(frozen=True)
class Voter:
    """Who holds dots: a cluster or a participant, by id, with a name to show."""

    kind: VoteBy
    id: int
    name: str


@dataclass(frozen=True)
class ResultRow:
    option_id: int
    label: str
    dots: int
    rank: int
    tied: bool


@dataclass(frozen=True)
class VoteSettings:
    dots_per_voter: int
    vote_by: VoteBy


@dataclass(frozen=True)
class Tally:
    """One option's dots by cluster (``None``: the room, or participants voting as themselves)."""

    option: OptionView
    label: str  # the option's own label, else its theme's title or its line's text
    dots_by_cluster: tuple[tuple[int | None, int], ...]

    @property
    def total(self) -> int:
        return sum(dots for _cluster, dots in self.dots_by_cluster)


def read_tallies(session: Session, item_ids: list[int]) -> dict[int, list[Tally]]:
    """Every option of ``item_ids`` in order with its dots per cluster, for the minutes."""
    options = session.exec(
        select(VoteOption)
        .where(col(VoteOption.item_id).in_(item_ids))
        .order_by(col(VoteOption.position), col(VoteOption.id))
    ).all()
    dots: dict[int, dict[int | None, int]] = {o.id: {} for o in options}  # type: ignore[misc]
    for vote in session.exec(
        select(Vote).where(col(Vote.option_id).in_(list(dots))).order_by(col(Vote.id))
    ).all():
        per_cluster = dots[vote.option_id]
        per_cluster[vote.cluster_id] = per_cluster.get(vote.cluster_id, 0) + vote.dots
    # Options often point at themes or lines of an earlier item (vote on the summary's themes).
    titles = dict(session.exec(
        select(Theme.id, Theme.title).where(col(Theme.id).in_([o.theme_id for o in options]))
    ).all())
    texts = dict(session.exec(
        select(Contribution.id, Contribution.text).where(
            col(Contribution.id).in_([o.contribution_id for o in options])
        )
    ).all())
    tallies: dict[int, list[Tally]] = {item_id: [] for item_id in item_ids}
    for o in options:
        view = OptionView(o.id, o.position, o.label, o.theme_id, o.contribution_id)  # type: ignore[arg-type]
        label = o.label or titles.get(o.theme_id, "") or texts.get(o.contribution_id, "")
        tallies[o.item_id].append(Tally(view, label, tuple(dots[o.id].items())))  # type: ignore[index]
    return tallies


def _vote_key(voter: Voter) -> tuple[str, int]:
    return (str(voter.kind), voter.id)


class VotingService:
    """Use cases of the dot-vote screen; one call is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --- options ------------------------------------------------------------------------------

    @user_action
    def add_option(
        self,
        item_id: int,
        label: str,
        *,
        theme_id: int | None = None,
        contribution_id: int | None = None,
    ) -> tuple[int | None, Changes]:
        """Add an option typed in, or standing for a theme or a contribution."""
        with self._store.transaction() as session:
            option_id = self._add(session, item_id, label, theme_id, contribution_id)
        return option_id, Changes(capture=option_id is not None, item_id=item_id)

    @user_action
    def add_options_from_themes(self, item_id: int, theme_ids: Sequence[int]) -> Changes:
        """One option per theme, labelled with its title, skipping themes already offered."""
        with self._store.transaction() as session:
            taken = {o.theme_id for o in self._options(session, item_id)}
            added = 0
            for theme_id in theme_ids:
                theme = session.get(Theme, theme_id)
                if theme is not None and theme_id not in taken:
                    added += self._add(session, item_id, theme.title, theme_id, None) is not None
        return Changes(capture=bool(added), item_id=item_id)

    @user_action
    def add_option_from_contribution(self, item_id: int, contribution_id: int) -> Changes:
        with self._store.transaction() as session:
            row = session.get(Contribution, contribution_id)
            if row is None:
                return Changes()
            added = self._add(session, item_id, row.text, None, contribution_id)
        return Changes(capture=added is not None, item_id=item_id)

    @staticmethod
    def _add(
        session: Session, item_id: int, label: str, theme_id: int | None, contribution_id: int | None
    ) -> int | None:
        label = clean_line(label)
        if not label:
            return None
        last = session.exec(
            select(func.max(VoteOption.position)).where(VoteOption.item_id == item_id)
        ).one()
        option = VoteOption(
            item_id=item_id,
            label=label,
            theme_id=theme_id,
            contribution_id=contribution_id,
            position=(last if last is not None else -1) + 1,
        )
        session.add(option)
        session.flush()
        return option.id

    @user_action
    def rename_option(self, option_id: int, label: str) -> Changes:
        label = clean_line(label)
        with self._store.transaction() as session:
            option = session.get(VoteOption, option_id)
            if option is None or not label or option.label == label:
                return Changes()
            option.label = label
        return Changes(capture=True, item_id=option.item_id)

    @user_action
    def delete_option(self, option_id: int) -> Changes:
        """Remove an option and its dots."""
        with self._store.transaction() as session:
            option = session.get(VoteOption, option_id)
            if option is None:
                return Changes()
            session.delete(option)
        return Changes(capture=True, item_id=option.item_id)

    def options(self, item_id: int) -> list[OptionView]:
        with self._store.read() as session:
            return [
                OptionView(o.id, o.position, o.label, o.theme_id, o.contribution_id)  # type: ignore[arg-type]
                for o in self._options(session, item_id)
            ]

    @staticmethod
    def _options(session: Session, item_id: int) -> list[VoteOption]:
        return list(
            session.exec(
                select(VoteOption)
                .where(VoteOption.item_id == item_id)
                .order_by(col(VoteOption.position), col(VoteOption.id))
            ).all()
        )

    # --- settings and voters ------------------------------------------------------------------

    def settings(self, item_id: int) -> VoteSettings:
        with self._store.read() as session:
            item = session.get(AgendaItem, item_id)
            if item is None:
                return VoteSettings(3, VoteBy.CLUSTER)
            return VoteSettings(item.dots_per_voter, VoteBy(item.vote_by))

    @user_action
    def set_settings(self, item_id: int, dots_per_voter: int, vote_by: VoteBy | str) -> Changes:
        """How many dots each voter gets and whether clusters or participants vote."""
        if not 1 <= dots_per_voter <= MAX_DOTS:
            raise InputError(
                QT_TRANSLATE_NOOP("InputError", "Each voter needs between 1 and {most} dots."), most=MAX_DOTS
            )
        with self._store.transaction() as session:
            item = session.get(AgendaItem, item_id)
            if item is None:
                return Changes()
            item.dots_per_voter = dots_per_voter
            item.vote_by = str(VoteBy(vote_by))
        return Changes(capture=True, workshop_id=item.workshop_id, item_id=item_id)

    def voters(self, item_id: int) -> list[Voter]:
        """The clusters (or participants) of the item's workshop, as the settings say."""
        with self._store.read() as session:
            item = session.get(AgendaItem, item_id)
            if item is None:
                return []
            table = Participant if item.vote_by == VoteBy.PARTICIPANT else Cluster
            rows = session.exec(
                select(table)
                .where(table.workshop_id == item.workshop_id)
                .order_by(col(table.position), col(table.id))
            ).all()
            return [Voter(VoteBy(item.vote_by), r.id, r.name) for r in rows]  # type: ignore[arg-type]

    # --- dots ---------------------------------------------------------------------------------

    @user_action
    def set_dots(self, option_id: int, voter: Voter, dots: int) -> Changes:
        """Record how many dots ``voter`` put on an option (0 removes them)."""
        if not 0 <= dots <= MAX_DOTS:
            raise InputError(
                QT_TRANSLATE_NOOP("InputError", "A count of dots must be a whole number from 0 to {most}."),
                most=MAX_DOTS,
            )
        column = Vote.cluster_id if voter.kind == VoteBy.CLUSTER else Vote.participant_id
        with self._store.transaction() as session:
            option = session.get(VoteOption, option_id)
            if option is None:
                return Changes()
            changed = Changes(capture=True, item_id=option.item_id)
            vote = session.exec(
                select(Vote).where(Vote.option_id == option_id, column == voter.id)
            ).first()
            if vote is None:
                if dots == 0:
                    return Changes()
                vote = Vote(option_id=option_id)
                setattr(vote, column.key, voter.id)
                session.add(vote)
            elif vote.dots == dots:
                return Changes()
            elif dots == 0:
                session.delete(vote)
                return changed
            vote.dots = dots
        return changed

    def dots(self, item_id: int) -> dict[tuple[int, tuple[str, int]], int]:
        """Dots by (option id, voter key); the key is ``("cluster" | "participant", id)``."""
        with self._store.read() as session:
            rows = session.exec(
                select(Vote).join(VoteOption).where(VoteOption.item_id == item_id)
            ).all()
            result: dict[tuple[int, tuple[str, int]], int] = {}
            for vote in rows:
                if vote.cluster_id is not None:
                    result[(vote.option_id, (str(VoteBy.CLUSTER), vote.cluster_id))] = vote.dots
                if vote.participant_id is not None:
                    key = (str(VoteBy.PARTICIPANT), vote.participant_id)
                    result[(vote.option_id, key)] = vote.dots
            return result

    def dots_used(self, item_id: int) -> dict[tuple[str, int], int]:
        """How many dots each voter has placed, to warn when someone used more than they had."""
        used: dict[tuple[str, int], int] = defaultdict(int)
        for (_option, voter), count in self.dots(item_id).items():
            used[voter] += count
        return dict(used)

    def results(self, item_id: int) -> list[ResultRow]:
        """Options by dots, most first; equal totals share a rank and are marked as tied."""
        totals: dict[int, int] = defaultdict(int)
        for (option_id, _voter), count in self.dots(item_id).items():
            totals[option_id] += count
        options = self.options(item_id)
        scores = [totals[o.id] for o in options]
        rows = [
            ResultRow(o.id, o.label, score, rank.rank, rank.tied)
            for o, score, rank in zip(options, scores, rank_scores(scores), strict=True)
        ]
        return sorted(rows, key=lambda r: r.rank)  # stable: equal ranks keep the options' order
