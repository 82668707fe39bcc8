"""Accept, criticise, offer: every other cluster's response to each proposal presented."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from facilitator.domain.kinds import Stance
from facilitator.domain.text import clean_line, clean_text
from facilitator.services.changes import Changes, user_action
from facilitator.storage.models import AcoProposal, AcoResponse, AgendaItem, Cluster, Theme
from facilitator.storage.store import Store


@dataclass(frozen=True)
class ProposalView:
    id: int
    position: int
    title: str
    cluster_id: int | None  # the presenting cluster; it does not respond to itself
    theme_id: int | None


@dataclass(frozen=True)
class Responder:
    cluster_id: int
    name: str


@dataclass(frozen=True)
class ProposalResponses:
    """A proposal with every response to it, in the order they were given."""

    proposal: ProposalView
    responses: tuple[tuple[int | None, Stance, str], ...]  # (responding cluster, stance, text)

    def texts(self, cluster_id: int | None, stance: Stance) -> list[str]:
        return [text for cid, s, text in self.responses if (cid, s) == (cluster_id, stance)]

    def responders(self) -> list[int | None]:
        return list(dict.fromkeys(cid for cid, _s, _t in self.responses))


def read_proposals(session: Session, item_ids: list[int]) -> dict[int, list[ProposalResponses]]:
    """The proposals of ``item_ids`` in order, each with its responses."""
    proposals = session.exec(
        select(AcoProposal)
        .where(col(AcoProposal.item_id).in_(item_ids))
        .order_by(col(AcoProposal.position), col(AcoProposal.id))
    ).all()
    responses: dict[int, list[tuple[int | None, Stance, str]]] = {p.id: [] for p in proposals}  # type: ignore[misc]
    for r in session.exec(
        select(AcoResponse)
        .where(col(AcoResponse.proposal_id).in_(list(responses)))
        .order_by(col(AcoResponse.position), col(AcoResponse.id))
    ).all():
        responses[r.proposal_id].append((r.cluster_id, Stance(r.stance), r.text))
    grouped: dict[int, list[ProposalResponses]] = {item_id: [] for item_id in item_ids}
    for p in proposals:
        grouped[p.item_id].append(ProposalResponses(_proposal_view(p), tuple(responses[p.id])))  # type: ignore[index]
    return grouped


def _proposal_view(row: AcoProposal) -> ProposalView:
    assert row.id is not None
    return ProposalView(row.id, row.position, row.title, row.cluster_id, row.theme_id)


class AcoService:
    """Use cases of the accept-criticise-offer grid; one call is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @user_action
    def add_proposal(
        self,
        item_id: int,
        title: str = "",
        *,
        cluster_id: int | None = None,
        theme_id: int | None = None,
    ) -> tuple[int | None, Changes]:
        """Add a proposal typed in, or presented by a cluster, or standing for a theme.

        Without a title, the cluster's name or the theme's title is used.
        """
        with self._store.transaction() as session:
            proposal_id = self._insert(session, item_id, title, cluster_id, theme_id)
        return proposal_id, Changes(capture=proposal_id is not None, item_id=item_id)

    @user_action
    def add_cluster_proposals(self, item_id: int) -> Changes:
        """One proposal per cluster of the workshop that has none yet (each presents its list)."""
        with self._store.transaction() as session:
            item = session.get(AgendaItem, item_id)
            if item is None:
                return Changes()
            taken = {p.cluster_id for p in self._proposal_rows(session, item_id)}
            clusters = session.exec(
                select(Cluster).where(Cluster.workshop_id == item.workshop_id).order_by(col(Cluster.position))
            ).all()
            added = [self._insert(session, item_id, "", c.id, None) for c in clusters if c.id not in taken]
        return Changes(capture=bool(added), workshop_id=item.workshop_id, item_id=item_id)

    @user_action
    def add_theme_proposals(self, item_id: int, theme_ids: list[int]) -> Changes:
        """One proposal per theme not proposed yet."""
        with self._store.transaction() as session:
            taken = {p.theme_id for p in self._proposal_rows(session, item_id)}
            added = [self._insert(session, item_id, "", None, t) for t in theme_ids if t not in taken]
        return Changes(capture=bool(added), item_id=item_id)

    def _insert(
        self, session: Session, item_id: int, title: str, cluster_id: int | None, theme_id: int | None
    ) -> int | None:
        title = clean_line(title) or self._default_title(session, cluster_id, theme_id)
        if not title:
            return None
        last = session.exec(
            select(func.max(AcoProposal.position)).where(AcoProposal.item_id == item_id)
        ).one()
        row = AcoProposal(
            item_id=item_id,
            title=title,
            cluster_id=cluster_id,
            theme_id=theme_id,
            position=(last if last is not None else -1) + 1,
        )
        session.add(row)
        session.flush()
        return row.id

    @staticmethod
    def _proposal_rows(session: Session, item_id: int) -> list[AcoProposal]:
        return list(
            session.exec(
                select(AcoProposal)
                .where(AcoProposal.item_id == item_id)
                .order_by(col(AcoProposal.position), col(AcoProposal.id))
            ).all()
        )

    @staticmethod
    def _default_title(session: Session, cluster_id: int | None, theme_id: int | None) -> str:
        if theme_id is not None and (theme := session.get(Theme, theme_id)) is not None:
            return theme.title
        if cluster_id is not None and (cluster := session.get(Cluster, cluster_id)) is not None:
            return cluster.name
        return ""

    @user_action
    def rename_proposal(self, proposal_id: int, title: str) -> Changes:
        title = clean_line(title)
        with self._store.transaction() as session:
            row = session.get(AcoProposal, proposal_id)
            if row is None or not title or row.title == title:
                return Changes()
            row.title = title
        return Changes(capture=True, item_id=row.item_id)

    @user_action
    def delete_proposal(self, proposal_id: int) -> Changes:
        """Remove a proposal with its responses."""
        with self._store.transaction() as session:
            row = session.get(AcoProposal, proposal_id)
            if row is None:
                return Changes()
            session.delete(row)
        return Changes(capture=True, item_id=row.item_id)

    def proposals(self, item_id: int) -> list[ProposalView]:
        with self._store.read() as session:
            return [_proposal_view(r) for r in self._proposal_rows(session, item_id)]

    def proposal(self, proposal_id: int) -> ProposalView | None:
        with self._store.read() as session:
            row = session.get(AcoProposal, proposal_id)
            return _proposal_view(row) if row is not None else None

    def responders(self, proposal_id: int) -> list[Responder]:
        """Every cluster of the workshop except the one that presented the proposal."""
        with self._store.read() as session:
            proposal = session.get(AcoProposal, proposal_id)
            if proposal is None:
                return []
            item = session.get(AgendaItem, proposal.item_id)
            assert item is not None
            clusters = session.exec(
                select(Cluster)
                .where(Cluster.workshop_id == item.workshop_id)
                .order_by(col(Cluster.position), col(Cluster.id))
            ).all()
            return [
                Responder(c.id, c.name)  # type: ignore[arg-type]
                for c in clusters
                if c.id != proposal.cluster_id
            ]

    @user_action
    def set_response(self, proposal_id: int, cluster_id: int, stance: Stance | str, text: str) -> Changes:
        """What a cluster accepts, criticises or offers; blank text clears that cell."""
        stance = Stance(stance)
        cleaned = clean_text(text).strip()
        with self._store.transaction() as session:
            proposal = session.get(AcoProposal, proposal_id)
            if proposal is None:
                return Changes()
            changed = Changes(capture=True, item_id=proposal.item_id)
            row = session.exec(
                select(AcoResponse).where(
                    AcoResponse.proposal_id == proposal_id,
                    AcoResponse.cluster_id == cluster_id,
                    AcoResponse.stance == stance,
                )
            ).first()
            if row is None:
                if not cleaned:
                    return Changes()
                row = AcoResponse(proposal_id=proposal_id, cluster_id=cluster_id, stance=str(stance))
                session.add(row)
            elif not cleaned:
                session.delete(row)
                return changed
            elif row.text == cleaned:
                return Changes()
            row.text = cleaned
        return changed

    def responses(self, proposal_id: int) -> dict[tuple[int, Stance], str]:
        """The proposal's responses by (cluster id, stance)."""
        with self._store.read() as session:
            rows = session.exec(
                select(AcoResponse).where(AcoResponse.proposal_id == proposal_id)
            ).all()
            return {
                (r.cluster_id, Stance(r.stance)): r.text for r in rows if r.cluster_id is not None
            }
