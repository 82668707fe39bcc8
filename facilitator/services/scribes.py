"""What a table scribe's phone may read and write, checked on every call.

A scribe holds an access (one row of :class:`ScribeAccess`) that belongs to one cluster of one
workshop. Every method here takes that access's id and checks it again, so a revoked access stops
at once, and reads and writes reach only that cluster's lists of that workshop: nothing else of
the workshop (participants, e-mails, other clusters' lines) is ever returned. Writes go through
the same :class:`CaptureService` calls as the keyboard, with the same text cleaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam
from sqlmodel import col, select

from facilitator.domain.access_tokens import new_token, same_hash, token_hash
from facilitator.domain.countdown import TimerStatus
from facilitator.domain.kinds import ContributionOrigin
from facilitator.domain.text import lines as text_lines
from facilitator.services.capture import CaptureService, ContributionView
from facilitator.services.changes import Changes, user_action
from facilitator.services.run import RunService
from facilitator.storage.models import AgendaItem, Cluster, Contribution, ScribeAccess, Workshop, utc_now
from facilitator.storage.store import Store

# Core reads of just the columns needed, for what every phone request reads: an ORM get builds
# and tracks a mapped instance, about twice the cost, on the path a phone waits on.
_LIVE_ACCESS = (
    select(ScribeAccess.cluster_id, ScribeAccess.token_hash)
    .where(col(ScribeAccess.id) == bindparam("id"), col(ScribeAccess.workshop_id) == bindparam("workshop_id"),
           col(ScribeAccess.revoked_at).is_(None))
)
_ITEM_COLUMNS = (
    select(AgendaItem.capture_columns)
    .where(col(AgendaItem.id) == bindparam("id"), col(AgendaItem.workshop_id) == bindparam("workshop_id"),
           col(AgendaItem.deleted_at).is_(None))
)
_PAGE_HEADER = (
    select(Workshop.title, Workshop.language, Cluster.name, Cluster.colour)
    .where(col(Workshop.id) == bindparam("workshop_id"), col(Cluster.id) == bindparam("cluster_id"),
           col(Cluster.workshop_id) == col(Workshop.id))
)


@dataclass(frozen=True)
class Access:
    """A live access: who the phone writes for."""

    id: int
    workshop_id: int
    cluster_id: int


@dataclass(frozen=True)
class AccessState:
    """A cluster's access as the console lists it."""

    cluster_id: int
    cluster_name: str
    colour: str
    issued_at: datetime | None  # the newest live access, None when the cluster has none


@dataclass(frozen=True)
class ScribeLine:
    """One line of the cluster's list, as the phone shows it."""

    id: int
    number: int  # 1-based among top-level lines; a sub-point carries its parent's number
    sub: bool
    text: str
    own: bool  # written at the table: the scribe may edit or delete it


@dataclass(frozen=True)
class ScribeColumn:
    index: int
    label: str  # empty when the item has no capture columns of its own
    lines: tuple[ScribeLine, ...]


@dataclass(frozen=True)
class ScribeItem:
    id: int
    title: str
    kind: str
    prompts: tuple[str, ...]
    running: bool  # the clock runs for it (not waiting, paused or done)


@dataclass(frozen=True)
class ScribeFrame:
    """What every table's page shares: the run's current item (None: nothing runs) and its columns."""

    item: ScribeItem | None
    labels: tuple[str, ...]  # one per capture column ("" when the item has none of its own)


@dataclass(frozen=True)
class ScribePage:
    """Everything one phone shows: the run's current item and its own cluster's lists."""

    workshop_title: str
    language: str
    cluster_name: str
    colour: str
    item: ScribeItem | None
    columns: tuple[ScribeColumn, ...]


class AccessRefused(Exception):
    """The access is unknown, revoked, or its cluster is gone: the phone must join again."""


class NotAllowed(Exception):
    """The access is fine but asks for something outside its own cluster's lists."""


def number_lines(lines: Sequence[ContributionView]) -> list[tuple[int, bool]]:
    """(number, is sub-point) per line: the numbering every screen shows ("1.", "2.", "  ·")."""
    numbers, number = [], 0
    for line in lines:
        if line.parent_id is None:
            number += 1
        numbers.append((max(number, 1), line.parent_id is not None))
    return numbers


class ScribeService:
    """Issue, check and revoke table scribes' access; read and write on a scribe's behalf."""

    def __init__(self, store: Store, capture: CaptureService, run: RunService) -> None:
        self._store = store
        self._capture = capture
        self._run = run

    # --- issuing (the facilitator) -----------------------------------------------------------

    def issue(self, workshop_id: int, cluster_id: int) -> str:
        """A new token for a cluster (its QR code); earlier sessions of the cluster keep working.

        Returns the token itself: only its hash is stored, so the caller keeps it for the QR code.
        """
        token = new_token()
        with self._store.transaction() as session:
            cluster = session.get(Cluster, cluster_id)
            if cluster is None or cluster.workshop_id != workshop_id:
                raise LookupError(f"no cluster {cluster_id} in workshop {workshop_id}")
            session.add(ScribeAccess(workshop_id=workshop_id, cluster_id=cluster_id,
                                     token_hash=token_hash(token)))
        return token

    def revoke(self, workshop_id: int, cluster_id: int) -> int:
        """End every access of a cluster now (phones and QR codes alike); returns how many."""
        with self._store.transaction() as session:
            rows = session.exec(
                select(ScribeAccess).where(
                    ScribeAccess.workshop_id == workshop_id,
                    ScribeAccess.cluster_id == cluster_id,
                    col(ScribeAccess.revoked_at).is_(None),
                )
            ).all()
            now = utc_now()
            for row in rows:
                row.revoked_at = now
                session.add(row)
        return len(rows)

    def reissue(self, workshop_id: int, cluster_id: int) -> str:
        """Revoke the cluster's access and hand out a new token (the old QR code is dead)."""
        self.revoke(workshop_id, cluster_id)
        return self.issue(workshop_id, cluster_id)

    def states(self, workshop_id: int) -> list[AccessState]:
        """Each cluster of the workshop with its newest live access, in the workshop's order."""
        with self._store.read() as session:
            clusters = session.exec(
                select(Cluster).where(Cluster.workshop_id == workshop_id)
                .order_by(col(Cluster.position), col(Cluster.id))
            ).all()
            issued: dict[int, datetime] = {}
            for row in session.exec(
                select(ScribeAccess).where(
                    ScribeAccess.workshop_id == workshop_id, col(ScribeAccess.revoked_at).is_(None)
                ).order_by(col(ScribeAccess.id))
            ).all():
                issued[row.cluster_id] = row.issued_at
            return [AccessState(c.id, c.name, c.colour, issued.get(c.id)) for c in clusters
                    if c.id is not None]

    # --- checking (every request) ------------------------------------------------------------

    def join(self, workshop_id: int, token: str) -> Access | None:
        """The access a token from a QR code opens, or None.

        Only each cluster's newest live token joins (a re-issued or superseded code does not).
        Every candidate is compared in constant time and the loop never stops early, so the time
        taken says nothing about how close a guess was.
        """
        presented = token_hash(token)
        with self._store.read() as session:
            rows = session.exec(
                select(ScribeAccess).where(
                    ScribeAccess.workshop_id == workshop_id, col(ScribeAccess.revoked_at).is_(None)
                ).order_by(col(ScribeAccess.id))
            ).all()
        newest: dict[int, ScribeAccess] = {}
        for row in rows:
            newest[row.cluster_id] = row
        found: Access | None = None
        for row in newest.values():
            if same_hash(row.token_hash, presented) and row.id is not None:
                found = Access(row.id, row.workshop_id, row.cluster_id)
        return found

    def access(self, access_id: int, workshop_id: int) -> Access:
        """The live access ``access_id`` of ``workshop_id``; raises :class:`AccessRefused`."""
        found = self.live(access_id, workshop_id)
        if found is None:
            raise AccessRefused(access_id)
        return found[0]

    def live(self, access_id: int, workshop_id: int) -> tuple[Access, bytes] | None:
        """The access and the key its session cookies are signed with (its token's hash), or None.

        None when the access is unknown, revoked or of another workshop: one read per request,
        of the three columns it needs (every phone request passes here).
        """
        with self._store.read() as session:
            row = session.execute(_LIVE_ACCESS, {"id": access_id, "workshop_id": workshop_id}).first()
        if row is None:
            return None
        return Access(access_id, workshop_id, row.cluster_id), bytes.fromhex(row.token_hash)

    # --- reading (the phone's page) ----------------------------------------------------------

    def frame(self, workshop_id: int) -> ScribeFrame:
        """What every table's page shows alike: the run's current item and its column labels."""
        current = self._run.state(workshop_id).current()
        if current is None:
            return ScribeFrame(None, ())
        view = current.timer.view()
        shown = current.item
        item = ScribeItem(shown.id, shown.title, shown.kind, current.prompts_for(view.phase_index),
                          view.status in (TimerStatus.RUNNING, TimerStatus.OVERTIME))
        return ScribeFrame(item, shown.columns or ("",))  # the run's item is the agenda's ItemView

    def page(self, access: Access, frame: ScribeFrame | None = None) -> ScribePage:
        """The run's current item and this cluster's lists of it.

        ``frame`` is :meth:`frame` when the caller has it already: the run's state is the
        costly part of a page and is the same for every table, so a server re-reading one
        table's page after each of its lines need not rebuild it.
        """
        with self._store.read() as session:
            found = session.execute(_PAGE_HEADER, {"workshop_id": access.workshop_id,
                                                   "cluster_id": access.cluster_id}).first()
        if found is None:
            raise AccessRefused(access.id)
        frame = frame if frame is not None else self.frame(access.workshop_id)
        if frame.item is None:
            return ScribePage(found.title, found.language, found.name, found.colour, None, ())
        return ScribePage(found.title, found.language, found.name, found.colour, frame.item,
                          self._columns(access, frame.item.id, frame.labels))

    def _columns(self, access: Access, item_id: int, labels: tuple[str, ...]) -> tuple[ScribeColumn, ...]:
        columns = []
        for index, label in enumerate(labels):
            lines = self._capture.lines(item_id, access.cluster_id, index)
            shown = tuple(
                ScribeLine(line.id, number, sub, line.text, line.origin == ContributionOrigin.TABLE)
                for line, (number, sub) in zip(lines, number_lines(lines))
            )
            columns.append(ScribeColumn(index, label, shown))
        return tuple(columns)

    # --- writing (the phone's lines) ---------------------------------------------------------

    @user_action
    def add(self, access: Access, item_id: int, column_index: int, text: str,
            sub_point: bool = False, client_id: str | None = None) -> tuple[ContributionView | None, Changes]:
        """Append a line to the cluster's list of ``item_id``, as the keyboard would.

        ``client_id`` is the phone's own id for the line (up to 40 characters): sent again (its
        answer was lost), it is stored once and the stored line is returned. It is kept under the
        cluster's name, so no phone can ever be answered with another table's line.
        """
        self._check_item(access, item_id, column_index)
        return self._capture.add_contribution(
            item_id, access.cluster_id, text, column_index=column_index,
            client_id=None if client_id is None else f"table-{access.cluster_id}-{client_id}",
            origin=ContributionOrigin.TABLE, sub_point=sub_point,
        )

    @user_action
    def edit(self, access: Access, contribution_id: int, text: str) -> Changes:
        """Change the text of one of the table's own lines (blank text changes nothing)."""
        self._own_line(access, contribution_id)
        return self._capture.edit_text(contribution_id, text)

    @user_action
    def set_sub_point(self, access: Access, contribution_id: int, sub: bool) -> Changes:
        """Make one of the table's own lines a sub-point of the line above, or top-level again."""
        line = self._own_line(access, contribution_id)
        if sub and line.parent_id is None:
            return self._capture.indent(contribution_id)
        if not sub and line.parent_id is not None:
            return self._capture.outdent(contribution_id)
        return Changes()

    @user_action
    def delete(self, access: Access, contribution_id: int) -> Changes:
        """Delete one of the table's own lines (soft: the minute-taker can bring it back)."""
        self._own_line(access, contribution_id, allow_deleted=True)
        return self._capture.delete(contribution_id)

    def _check_item(self, access: Access, item_id: int, column_index: int) -> None:
        """The access is still live and the item is one of its workshop's (one read)."""
        with self._store.read() as session:
            live = session.execute(_LIVE_ACCESS, {"id": access.id, "workshop_id": access.workshop_id}).first()
            if live is None:
                raise AccessRefused(access.id)
            item = session.execute(_ITEM_COLUMNS, {"id": item_id, "workshop_id": access.workshop_id}).first()
        if item is None:
            raise NotAllowed(item_id)
        if not 0 <= column_index < max(1, len(text_lines(item.capture_columns))):
            raise NotAllowed(column_index)

    def _own_line(self, access: Access, contribution_id: int, *, allow_deleted: bool = False) -> Contribution:
        """The line, if it was written at this cluster's table in this workshop."""
        access = self.access(access.id, access.workshop_id)
        with self._store.read() as session:
            row = session.get(Contribution, contribution_id)
            item = session.get(AgendaItem, row.item_id) if row is not None else None
            if (
                row is None
                or item is None
                or item.workshop_id != access.workshop_id
                or row.cluster_id != access.cluster_id
                or row.origin != ContributionOrigin.TABLE
                or (row.deleted_at is not None and not allow_deleted)
            ):
                raise NotAllowed(contribution_id)
            return row
