"""Capturing what clusters and the plenary say during an agenda item.

A "list" is the lines of one item written by one cluster (``cluster_id=None``: the plenary) in
one capture column. Lines are numbered by their position; a line with a parent is a sub-point
of the nearest top-level line above it, an invariant every reordering restores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Protocol, TypeVar

from sqlalchemy import bindparam, func, insert
from sqlmodel import Session, col, select

from facilitator.domain.kinds import ContributionKind, ContributionOrigin, ProjectorMode
from facilitator.domain.outline import walk
from facilitator.domain.paste import PastedLine
from facilitator.domain.text import clean_line, clean_text, lines as text_lines
from facilitator.services.agenda import ItemView, live_items, read_items
from facilitator.services.changes import Changes, ListKey, user_action
from facilitator.storage.models import AgendaItem, Cluster, Contribution, utc_now
from facilitator.storage.store import Store


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
    origin: str = ContributionOrigin.KEYBOARD  # "table": written on a table scribe's phone


@dataclass(frozen=True)
class CaptureList:
    """One list the capture screen shows: a cluster (or the plenary) in one capture column."""

    cluster_id: int | None
    cluster_name: str  # empty for the plenary: the UI names it in the user's language
    colour: str
    column_index: int
    column_label: str


CLIENT_ID_MAX = 64
_VIEW_COLUMNS = tuple(getattr(Contribution, name) for name in (
    "id", "item_id", "cluster_id", "parent_id", "theme_id", "column_index", "position", "kind", "text", "author",
    "origin"))
_BY_CLIENT_ID = select(*_VIEW_COLUMNS).where(Contribution.client_id == bindparam("client_id"))


class _InList(Protocol):
    item_id: int
    cluster_id: int | None
    column_index: int


def list_change(line: _InList) -> Changes:
    """A capture change of the one list ``line`` belongs to (the views re-read only that list)."""
    return Changes(capture=True, item_id=line.item_id, list_key=ListKey(line.cluster_id, line.column_index))


def lists_change(lines: Sequence[_InList]) -> Changes:
    """A capture change of the lists ``lines`` belong to: one list, one item, or the workshop."""
    if len({(line.item_id, line.cluster_id, line.column_index) for line in lines}) == 1:
        return list_change(lines[0])
    items = {line.item_id for line in lines}
    return Changes(capture=bool(lines), item_id=items.pop() if len(items) == 1 else None)


def checked_client_id(client_id: str | None) -> str | None:
    """A writer's id for a line: up to 64 visible ASCII characters (a UUID fits), or none."""
    if client_id is None:
        return None
    if not 0 < len(client_id) <= CLIENT_ID_MAX or not all("!" <= c <= "~" for c in client_id):
        raise ValueError("a client id is 1 to 64 visible ASCII characters")
    return client_id


_LAST_POSITION = {
    is_plenary: select(func.max(Contribution.position)).where(
        Contribution.item_id == bindparam("item_id"),
        col(Contribution.cluster_id).is_(None) if is_plenary else Contribution.cluster_id == bindparam("cluster_id"),
    )
    for is_plenary in (False, True)
}
_INSERT_LINE = insert(Contribution)


def _by_client_id(session: Session, client_id: str | None) -> ContributionView | None:
    if client_id is None:
        return None
    row = session.connection().execute(_BY_CLIENT_ID, {"client_id": client_id}).first()
    return ContributionView(*row) if row is not None else None


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
        origin=row.origin,
    )


def item_columns(item: AgendaItem) -> tuple[str, ...]:
    """The item's own capture column labels, blank lines ignored."""
    return text_lines(item.capture_columns)


_VIEW_COLUMNS = [getattr(Contribution, f.name) for f in fields(ContributionView)]


def read_contributions(session: Session, item_ids: Sequence[int]) -> dict[int, list[ContributionView]]:
    """The live lines of ``item_ids`` by item, by cluster and position.

    Read as plain columns: building ORM objects costs more than the rest of reading a
    20,000-line workshop.
    """
    grouped: dict[int, list[ContributionView]] = {item_id: [] for item_id in item_ids}
    if not item_ids:
        return grouped
    rows = session.exec(
        select(*_VIEW_COLUMNS)
        .where(col(Contribution.item_id).in_(list(item_ids)), col(Contribution.deleted_at).is_(None))
        .order_by(col(Contribution.cluster_id), col(Contribution.position), col(Contribution.id))
    ).all()
    for row in rows:
        view = ContributionView(*row)
        grouped[view.item_id].append(view)
    return grouped


def _same_cluster(cluster_id: int | None):  # noqa: ANN202 (an SQL expression)
    column = col(Contribution.cluster_id)
    return column.is_(None) if cluster_id is None else column == cluster_id


class _Node(Protocol):
    id: int | None
    parent_id: int | None


Node = TypeVar("Node", bound=_Node)


def _tree_order(rows: Sequence[Node]) -> list[Node]:
    """Each top-level line followed by its sub-points.

    Lines written here keep one running position per list, but imported templates number
    sub-points from 0 under each parent; reading in tree order serves both.
    """
    return [row for row, _depth in walk(rows)]




def _list_views(session: Session, item_id: int, cluster_id: int | None, column_index: int) -> list[ContributionView]:
    """The live lines of one list, in order, read as plain columns (the screens re-read a list
    after every line typed into it: building ORM objects cost more than the query)."""
    rows = session.execute(
        select(*_VIEW_COLUMNS)
        .where(
            Contribution.item_id == item_id,
            _same_cluster(cluster_id),
            Contribution.column_index == column_index,
            col(Contribution.deleted_at).is_(None),
        )
        .order_by(col(Contribution.position), col(Contribution.id))
    ).all()
    return _tree_order([ContributionView(*row) for row in rows])


def _list_rows(session: Session, row: Contribution) -> list[Contribution]:
    """The live lines of the list ``row`` belongs to, in order."""
    return _tree_order(
        session.exec(
            select(Contribution)
            .where(
                Contribution.item_id == row.item_id,
                _same_cluster(row.cluster_id),
                Contribution.column_index == row.column_index,
                col(Contribution.deleted_at).is_(None),
            )
            .order_by(col(Contribution.position), col(Contribution.id))
        ).all()
    )


def _next_position(session: Session, item_id: int, cluster_id: int | None) -> int:
    """The position after the last line of the cluster's (or plenary's) list for the item."""
    last = session.connection().execute(_LAST_POSITION[cluster_id is None],
                                        {"item_id": item_id, "cluster_id": cluster_id}).scalar()
    return (last if last is not None else -1) + 1


def _rows(session: Session, contribution_ids: Sequence[int]) -> list[Contribution]:
    """The rows with these ids, in one query."""
    if not contribution_ids:
        return []
    return list(session.exec(select(Contribution).where(col(Contribution.id).in_(list(contribution_ids)))).all())


def _by_list(rows: Sequence[Contribution]) -> dict[tuple[int, int | None, int], list[Contribution]]:
    """Rows grouped by the list (item, cluster, column) they belong to."""
    lists: dict[tuple[int, int | None, int], list[Contribution]] = defaultdict(list)
    for row in rows:
        lists[(row.item_id, row.cluster_id, row.column_index)].append(row)
    return lists


def _blocks(rows: Sequence[Contribution]) -> list[list[Contribution]]:
    """The list cut into top-level lines, each with the sub-points that follow it."""
    blocks: list[list[Contribution]] = []
    for row in rows:
        if row.parent_id is None or not blocks:
            blocks.append([row])
        else:
            blocks[-1].append(row)
    return blocks


def _renumber(rows: Sequence[Contribution]) -> None:
    """Positions 0..n-1 in list order, and every sub-point under the nearest top-level line above.

    A sub-point with no top-level line above it becomes top-level itself.
    """
    top: Contribution | None = None
    for position, row in enumerate(rows):
        row.position = position
        if row.parent_id is None:
            top = row
        else:
            row.parent_id = top.id if top is not None else None


class CaptureService:
    """Use cases of the capture screen; each call is one committed transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --- adding -------------------------------------------------------------------------------

    @user_action
    def add_contribution(
        self,
        item_id: int,
        cluster_id: int | None,
        text: str,
        kind: ContributionKind = ContributionKind.IDEA,
        *,
        column_index: int = 0,
        author: str = "",
        client_id: str | None = None,
        origin: ContributionOrigin = ContributionOrigin.KEYBOARD,
        sub_point: bool = False,
    ) -> tuple[ContributionView | None, Changes]:
        """Append a line to a cluster's (or, with ``cluster_id=None``, the plenary's) list.

        ``sub_point`` puts it under the list's last top-level line (top-level when there is
        none). Blank text stores nothing and returns ``None``. When this returns, the line is on
        disk. ``client_id`` is the writer's own id for the line: a line sent again with the same
        id is not stored twice (the stored one is returned, with no changes).
        """
        cleaned = clean_text(text).strip()
        if not cleaned:
            return None, Changes()
        client_id = checked_client_id(client_id)
        with self._store.transaction() as session:
            known = _by_client_id(session, client_id)
            if known is not None:  # sent again (a resend after a lost answer): stored once
                return known, Changes()
            parent = self._last_top_line(session, item_id, cluster_id, column_index) if sub_point else None
            view = self._append(session, item_id, cluster_id, cleaned, str(kind), column_index,
                                author=clean_line(author), parent_id=parent, client_id=client_id,
                                origin=origin)
        return view, list_change(view)

    @user_action
    def add_many(
        self,
        item_id: int,
        cluster_id: int | None,
        lines: Sequence[PastedLine],
        *,
        column_index: int = 0,
    ) -> tuple[list[ContributionView], Changes]:
        """Append many lines at once (a confirmed paste); sub-points go under the line above."""
        views: list[ContributionView] = []
        with self._store.transaction() as session:
            parent: int | None = None
            position = _next_position(session, item_id, cluster_id)  # once: the lines follow on
            for line in lines:
                cleaned = clean_text(line.text).strip()
                if not cleaned:
                    continue
                under = parent if line.sub_point else None
                view = self._append(session, item_id, cluster_id, cleaned, "idea", column_index,
                                    parent_id=under, position=position)
                position += 1
                if under is None:
                    parent = view.id
                views.append(view)
        if not views:
            return views, Changes()
        return views, list_change(views[0])

    @staticmethod
    def _last_top_line(session: Session, item_id: int, cluster_id: int | None, column: int) -> int | None:
        """The id of the list's last top-level line, the one a new sub-point goes under."""
        return session.exec(
            select(Contribution.id)
            .where(
                Contribution.item_id == item_id,
                _same_cluster(cluster_id),
                Contribution.column_index == column,
                col(Contribution.parent_id).is_(None),
                col(Contribution.deleted_at).is_(None),
            )
            .order_by(col(Contribution.position).desc(), col(Contribution.id).desc())
            .limit(1)
        ).first()

    @staticmethod
    def _append(
        session: Session, item_id: int, cluster_id: int | None, text: str, kind: str, column: int,
        *, author: str = "", parent_id: int | None = None, position: int | None = None,
        client_id: str | None = None, origin: ContributionOrigin = ContributionOrigin.KEYBOARD,
    ) -> ContributionView:
        """Insert one line at the end of its list (or at ``position``, already worked out).

        Prepared Core statements rather than an ORM object: typing live is the hot path, and
        building and flushing a mapped instance cost about three times the durable commit itself.
        """
        connection = session.connection()
        values = {
            "item_id": item_id,
            "cluster_id": cluster_id,
            "parent_id": parent_id,
            "theme_id": None,
            "column_index": column,
            "position": _next_position(session, item_id, cluster_id) if position is None else position,
            "kind": kind,
            "text": text,
            "author": author,
            "origin": str(origin),
        }
        result = connection.execute(_INSERT_LINE, {**values, "created_at": utc_now(), "client_id": client_id})
        return ContributionView(id=result.inserted_primary_key[0], **values)

    # --- reading ------------------------------------------------------------------------------

    def contributions(self, item_id: int) -> list[ContributionView]:
        """The live (not deleted) lines of an item, by cluster and position."""
        with self._store.read() as session:
            return read_contributions(session, [item_id])[item_id]

    def lines(self, item_id: int, cluster_id: int | None, column_index: int = 0) -> list[ContributionView]:
        """The live lines of one list, in order."""
        with self._store.read() as session:
            return _list_views(session, item_id, cluster_id, column_index)

    def contribution(self, contribution_id: int) -> ContributionView | None:
        with self._store.read() as session:
            row = session.get(Contribution, contribution_id)
            return _view(row) if row is not None else None

    def items(self, workshop_id: int) -> list[ItemView]:
        """The workshop's live agenda items in programme order."""
        with self._store.read() as session:
            return live_items(session, workshop_id)

    def item(self, item_id: int) -> ItemView | None:
        with self._store.read() as session:
            row = session.get(AgendaItem, item_id)
            return read_items(session, [row])[0] if row is not None else None

    def capture_lists(self, item_id: int) -> list[CaptureList]:
        """The lists of an item: each cluster then the plenary, times the item's capture columns."""
        with self._store.read() as session:
            item = session.get(AgendaItem, item_id)
            if item is None:
                return []
            clusters = session.exec(
                select(Cluster)
                .where(Cluster.workshop_id == item.workshop_id)
                .order_by(col(Cluster.position), col(Cluster.id))
            ).all()
            owners = [(c.id, c.name, c.colour) for c in clusters] + [(None, "", "#555555")]
            columns = item_columns(item) or ("",)
            return [
                CaptureList(cluster_id, name, colour, index, label)
                for cluster_id, name, colour in owners
                for index, label in enumerate(columns)
            ]

    # --- editing ------------------------------------------------------------------------------

    @user_action
    def edit_text(self, contribution_id: int, text: str) -> Changes:
        """Replace a line's text; blank text is refused (delete the line instead) and changes nothing."""
        cleaned = clean_text(text).strip()
        if not cleaned:
            return Changes()
        with self._store.transaction() as session:
            row = session.get(Contribution, contribution_id)
            if row is None or row.text == cleaned:
                return Changes()
            row.text = cleaned
        return list_change(row)

    @user_action
    def set_kind(self, contribution_id: int, kind: ContributionKind | str) -> Changes:
        """Mark a line as an idea, question, answer, note or decision."""
        kind = ContributionKind(kind)
        with self._store.transaction() as session:
            row = session.get(Contribution, contribution_id)
            if row is None or row.kind == kind:
                return Changes()
            row.kind = str(kind)
        return list_change(row)

    @user_action
    def move(self, contribution_id: int, delta: int) -> Changes:
        """Move a line ``delta`` places up (negative) or down, outliner style.

        A top-level line moves past whole neighbouring lines with their sub-points and takes its
        own sub-points along; a sub-point moves among the sub-points of the same line.
        """
        with self._store.transaction() as session:
            row = session.get(Contribution, contribution_id)
            if row is None or row.deleted_at is not None:
                return Changes()
            rows = _list_rows(session, row)
            if row.parent_id is None:
                blocks = _blocks(rows)
            else:
                blocks = [[r] for r in rows if r.parent_id == row.parent_id]
            index = next(i for i, block in enumerate(blocks) if block[0] is row)
            target = max(0, min(len(blocks) - 1, index + delta))
            if target == index:
                return Changes()
            blocks.insert(target, blocks.pop(index))
            if row.parent_id is None:
                rows = [r for block in blocks for r in block]
            else:
                parent = next(i for i, r in enumerate(rows) if r.id == row.parent_id)
                rows = rows[: parent + 1] + [b[0] for b in blocks] + rows[parent + 1 + len(blocks) :]
            _renumber(rows)
        return list_change(row)

    @user_action
    def indent(self, contribution_id: int) -> Changes:
        """Make a line a sub-point of the nearest top-level line above it (no-op for the first line)."""
        with self._store.transaction() as session:
            row = session.get(Contribution, contribution_id)
            if row is None or row.parent_id is not None:
                return Changes()
            rows = _list_rows(session, row)
            above = [r for r in rows[: rows.index(row)] if r.parent_id is None]
            if not above:
                return Changes()
            for child in rows:  # its own sub-points move up one level with it
                if child.parent_id == row.id:
                    child.parent_id = above[-1].id
            row.parent_id = above[-1].id
            _renumber(rows)
        return list_change(row)

    @user_action
    def outdent(self, contribution_id: int) -> Changes:
        """Make a sub-point a top-level line; the sub-points below it become its own."""
        with self._store.transaction() as session:
            row = session.get(Contribution, contribution_id)
            if row is None or row.parent_id is None:
                return Changes()
            rows = _list_rows(session, row)
            index = rows.index(row)
            row.parent_id = None
            for later in rows[index + 1 :]:
                if later.parent_id is None:
                    break
                later.parent_id = row.id
            _renumber(rows)
        return list_change(row)

    @user_action
    def delete(self, contribution_id: int) -> Changes:
        """Soft-delete a line (undo restores it); its sub-points join the line above."""
        return self.delete_many([contribution_id])

    @user_action
    def delete_many(self, contribution_ids: Sequence[int]) -> Changes:
        """Soft-delete lines in one transaction (undoing a paste of hundreds of lines)."""
        with self._store.transaction() as session:
            rows = [row for row in _rows(session, contribution_ids) if row.deleted_at is None]
            if not rows:
                return Changes()
            for row in rows:
                row.deleted_at = utc_now()
            session.flush()
            for first in _by_list(rows).values():
                _renumber(_list_rows(session, first[0]))
        return lists_change(rows)

    @user_action
    def restore(self, contribution_id: int) -> Changes:
        """Bring a soft-deleted line back at the place it was deleted from."""
        return self.restore_many([contribution_id])

    @user_action
    def restore_many(self, contribution_ids: Sequence[int]) -> Changes:
        """Bring soft-deleted lines back, the same rows at their places, in one transaction.

        Each list is read and renumbered once, however many of its lines come back.
        """
        with self._store.transaction() as session:
            rows = [row for row in _rows(session, contribution_ids) if row.deleted_at is not None]
            if not rows:
                return Changes()
            for restored in _by_list(rows).values():
                back = {row.id for row in restored}
                for row in restored:
                    row.deleted_at = None
                listed = [r for r in _list_rows(session, restored[0]) if r.id not in back]
                for row in sorted(restored, key=lambda r: (r.position, r.id or 0)):  # earlier places first
                    listed.insert(min(row.position, len(listed)), row)
                present = {r.id for r in listed}
                for row in restored:
                    if row.parent_id is not None and row.parent_id not in present:
                        row.parent_id = None
                _renumber(listed)
                session.flush()
        return lists_change(rows)

    @user_action
    def set_projector_mode(self, item_id: int, mode: ProjectorMode | str) -> Changes:
        """Choose whether the projector shows the timer, the clusters' wall or both during an item."""
        mode = ProjectorMode(mode)
        with self._store.transaction() as session:
            item = session.get(AgendaItem, item_id)
            if item is None or item.projector_mode == mode:
                return Changes()
            item.projector_mode = str(mode)
        return Changes(agenda=True, workshop_id=item.workshop_id, item_id=item_id)
