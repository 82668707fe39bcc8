"""Capturing what clusters and the plenary say during an agenda item."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import col, select

from facilitator.domain.kinds import ContributionKind
from facilitator.domain.text import clean_text
from facilitator.services.changes import Changes
from facilitator.storage.database import Store
from facilitator.storage.models import Contribution


@dataclass(frozen=True)
class ContributionView:
    """A captured line as the UI and the exports see it."""

    id: int
    item_id: int
    cluster_id: int | None
    parent_id: int | None
    theme_id: int | None
    column_index: int
    position: int
    kind: str
    text: str
    author: str


def _view(row: Contribution) -> ContributionView:
    assert row.id is not None
    return ContributionView(
        id=row.id,
        item_id=row.item_id,
        cluster_id=row.cluster_id,
        parent_id=row.parent_id,
        theme_id=row.theme_id,
        column_index=row.column_index,
        position=row.position,
        kind=row.kind,
        text=row.text,
        author=row.author,
    )


class CaptureService:
    """Use cases of the capture screen; each call is one committed transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add_contribution(
        self,
        item_id: int,
        cluster_id: int | None,
        text: str,
        kind: ContributionKind = ContributionKind.IDEA,
        *,
        column_index: int = 0,
        author: str = "",
    ) -> tuple[ContributionView | None, Changes]:
        """Append a line to a cluster's (or, with ``cluster_id=None``, the plenary's) list.

        Blank text stores nothing and returns ``None``. When this returns, the line is on disk.
        """
        cleaned = clean_text(text).strip()
        if not cleaned:
            return None, Changes()
        with self._store.transaction() as session:
            last = session.exec(
                select(func.max(Contribution.position)).where(
                    Contribution.item_id == item_id,
                    col(Contribution.cluster_id).is_(None)
                    if cluster_id is None
                    else Contribution.cluster_id == cluster_id,
                )
            ).one()
            row = Contribution(
                item_id=item_id,
                cluster_id=cluster_id,
                text=cleaned,
                kind=str(kind),
                column_index=column_index,
                author=clean_text(author).strip(),
                position=(last if last is not None else -1) + 1,
            )
            session.add(row)
            session.flush()
            view = _view(row)
        return view, Changes(capture=True)

    def contributions(self, item_id: int) -> list[ContributionView]:
        """The live (not deleted) lines of an item, by cluster and position."""
        with self._store.read() as session:
            rows = session.exec(
                select(Contribution)
                .where(Contribution.item_id == item_id, col(Contribution.deleted_at).is_(None))
                .order_by(col(Contribution.cluster_id), col(Contribution.position))
            ).all()
            return [_view(row) for row in rows]
