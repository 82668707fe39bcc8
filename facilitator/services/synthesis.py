"""Plenary synthesis ("Opsamling i plenum"): grouping contributions of many clusters into themes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from facilitator.domain.text import clean_line
from facilitator.services.capture import ContributionView, _view
from facilitator.services.changes import Changes, user_action
from facilitator.storage.models import AgendaItem, Cluster, Contribution, Theme, utc_now
from facilitator.storage.store import Store


@dataclass(frozen=True)
class ThemeView:
    """A theme, its contributions in order and the clusters they came from (``None``: plenary)."""

    id: int
    item_id: int
    position: int
    title: str
    contributions: tuple[ContributionView, ...]
    cluster_ids: tuple[int | None, ...]


@dataclass(frozen=True)
class SourceLine:
    """A contribution offered for synthesis, with the names the synthesis screen shows."""

    contribution: ContributionView
    cluster_name: str  # empty for the plenary
    item_title: str


def read_themes(session: Session, item_ids: list[int]) -> dict[int, list[ThemeView]]:
    """The live themes of ``item_ids`` in order, each with its live contributions from any item
    (a summary's themes gather the previous item's group work) and the clusters they came from."""
    themes: dict[int, list[Theme]] = {item_id: [] for item_id in item_ids}
    for theme in session.exec(
        select(Theme)
        .where(col(Theme.item_id).in_(item_ids), col(Theme.deleted_at).is_(None))
        .order_by(col(Theme.position), col(Theme.id))
    ).all():
        themes[theme.item_id].append(theme)
    members: dict[int, list[ContributionView]] = {t.id: [] for group in themes.values() for t in group}  # type: ignore[misc]
    for row in session.exec(
        select(Contribution)
        .where(col(Contribution.theme_id).in_(list(members)), col(Contribution.deleted_at).is_(None))
        .order_by(col(Contribution.item_id), col(Contribution.cluster_id), col(Contribution.position))
    ).all():
        members[row.theme_id].append(_view(row))  # type: ignore[index]
    return {
        item_id: [
            ThemeView(t.id, t.item_id, t.position, t.title, tuple(members[t.id]),  # type: ignore[arg-type,index]
                      tuple(dict.fromkeys(c.cluster_id for c in members[t.id])))  # type: ignore[index]
            for t in group
        ]
        for item_id, group in themes.items()
    }


def _live_themes(session: Session, item_id: int) -> list[Theme]:
    return list(
        session.exec(
            select(Theme)
            .where(Theme.item_id == item_id, col(Theme.deleted_at).is_(None))
            .order_by(col(Theme.position), col(Theme.id))
        ).all()
    )


def _capture_in(item_ids: set[int]) -> Changes:
    """A capture change of one item, or of the whole workshop when it spans several."""
    if not item_ids:
        return Changes()
    return Changes(capture=True, item_id=next(iter(item_ids)) if len(item_ids) == 1 else None)


class SynthesisService:
    """Use cases of the synthesis screen; one call is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @user_action
    def create_theme(self, item_id: int, title: str) -> tuple[int | None, Changes]:
        """Add a theme at the end; a blank title stores nothing."""
        title = clean_line(title)
        if not title:
            return None, Changes()
        with self._store.transaction() as session:
            last = session.exec(select(func.max(Theme.position)).where(Theme.item_id == item_id)).one()
            theme = Theme(item_id=item_id, title=title, position=(last if last is not None else -1) + 1)
            session.add(theme)
            session.flush()
            theme_id = theme.id
        return theme_id, Changes(capture=True, item_id=item_id)

    @user_action
    def rename_theme(self, theme_id: int, title: str) -> Changes:
        title = clean_line(title)
        with self._store.transaction() as session:
            theme = session.get(Theme, theme_id)
            if theme is None or not title or theme.title == title:
                return Changes()
            theme.title = title
        return Changes(capture=True, item_id=theme.item_id)

    @user_action
    def move_theme(self, theme_id: int, delta: int) -> Changes:
        """Move a theme ``delta`` places up (negative) or down."""
        with self._store.transaction() as session:
            theme = session.get(Theme, theme_id)
            if theme is None:
                return Changes()
            themes = _live_themes(session, theme.item_id)
            index = themes.index(theme)
            target = max(0, min(len(themes) - 1, index + delta))
            if target == index:
                return Changes()
            themes.insert(target, themes.pop(index))
            for position, row in enumerate(themes):
                row.position = position
        return Changes(capture=True, item_id=theme.item_id)

    @user_action
    def delete_theme(self, theme_id: int) -> Changes:
        """Soft-delete a theme; its contributions keep the link so undo restores it whole."""
        return self._set_deleted([theme_id], deleted=True)

    @user_action
    def restore_theme(self, theme_id: int) -> Changes:
        return self._set_deleted([theme_id], deleted=False)

    def _set_deleted(self, theme_ids: Iterable[int], *, deleted: bool) -> Changes:
        items = set()
        with self._store.transaction() as session:
            for theme_id in theme_ids:
                theme = session.get(Theme, theme_id)
                if theme is not None:
                    theme.deleted_at = utc_now() if deleted else None
                    items.add(theme.item_id)
        return _capture_in(items)

    @user_action
    def assign(self, contribution_ids: Sequence[int], theme_id: int | None) -> Changes:
        """Put contributions into a theme (``None``: take them out of any theme)."""
        if not contribution_ids:
            return Changes()
        items = set()
        with self._store.transaction() as session:
            for row in session.exec(
                select(Contribution).where(col(Contribution.id).in_(list(contribution_ids)))
            ).all():
                row.theme_id = theme_id
                items.add(row.item_id)
        return _capture_in(items)

    @user_action
    def merge_themes(self, theme_ids: Sequence[int], into_id: int) -> Changes:
        """Merge duplicate themes: their contributions move into ``into_id``, the others are deleted."""
        others = [t for t in theme_ids if t != into_id]
        if not others:
            return Changes()
        with self._store.transaction() as session:
            for row in session.exec(
                select(Contribution).where(col(Contribution.theme_id).in_(others))
            ).all():
                row.theme_id = into_id
            into = session.get(Theme, into_id)
            for theme_id in others:
                theme = session.get(Theme, theme_id)
                if theme is not None:
                    theme.deleted_at = utc_now()
        return Changes(capture=True, item_id=into.item_id if into is not None else None)

    def themes(self, item_id: int) -> list[ThemeView]:
        """The item's live themes in order, each with its live contributions."""
        with self._store.read() as session:
            return read_themes(session, [item_id])[item_id]

    def source_lines(self, workshop_id: int, item_id: int | None = None) -> list[SourceLine]:
        """Live contributions of one item, or of every item of the workshop, in programme order."""
        with self._store.read() as session:
            query = (
                select(Contribution, AgendaItem.title, Cluster.name)
                .join(AgendaItem, col(AgendaItem.id) == Contribution.item_id)
                .join(Cluster, col(Cluster.id) == Contribution.cluster_id, isouter=True)
                .where(
                    AgendaItem.workshop_id == workshop_id,
                    col(AgendaItem.deleted_at).is_(None),
                    col(Contribution.deleted_at).is_(None),
                )
                .order_by(
                    col(AgendaItem.position),
                    col(Cluster.position).is_(None),
                    col(Cluster.position),
                    col(Contribution.column_index),
                    col(Contribution.position),
                )
            )
            if item_id is not None:
                query = query.where(Contribution.item_id == item_id)
            return [SourceLine(_view(row), name or "", title) for row, title, name in session.exec(query).all()]

    def workshop_theme_ids(self, workshop_id: int) -> list[int]:
        """Every live theme of the workshop's live items, in programme then theme order."""
        with self._store.read() as session:
            return list(
                session.exec(
                    select(Theme.id)
                    .join(AgendaItem, col(AgendaItem.id) == Theme.item_id)
                    .where(
                        AgendaItem.workshop_id == workshop_id,
                        col(AgendaItem.deleted_at).is_(None),
                        col(Theme.deleted_at).is_(None),
                    )
                    .order_by(col(AgendaItem.position), col(Theme.position), col(Theme.id))
                ).all()
            )
