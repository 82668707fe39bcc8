"""The change log: one row per committed user action, written inside that action's transaction.

The change feed reads it to learn what other processes (another station, a command-line import,
the scribes' server) committed: rows after the last revision it has seen, in revision order. The
writers' engine makes revisions follow commit order (SQLite has one writer; on PostgreSQL every
writing transaction holds one advisory lock), so a reader that has seen revision N has seen every
commit before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select
from sqlmodel import Session

from facilitator.storage.models import AgendaItem, Change, utc_now

READ_LIMIT = 5000  # rows per read; a reader further behind refreshes everything instead
_RETURNED = (Change.revision, Change.workshop_id)
_APPEND = insert(Change).returning(*_RETURNED)
# A change known by its item only (a line typed into a list): the workshop comes from the item.
_APPEND_OF_ITEM = insert(Change).values(
    workshop_id=select(AgendaItem.workshop_id).where(AgendaItem.id == bindparam("of_item")).scalar_subquery()
).returning(*_RETURNED)


@dataclass(frozen=True)
class ChangeRow:
    """A change as stored: its revision, scope, the kinds of data it touched and who wrote it."""

    revision: int
    workshop_id: int | None
    item_id: int | None
    list_key: str | None
    kinds: tuple[str, ...]
    station: str


def append(
    session: Session,
    *,
    workshop_id: int | None,
    item_id: int | None,
    list_key: str | None,
    kinds: Sequence[str],
    station: str,
) -> tuple[int, int | None]:
    """Write one change row in ``session``'s transaction; returns (revision, workshop id).

    A change scoped to an item only gets its workshop from the item in the same statement, so
    the hot path (a line added by its item and list) costs one insert.
    """
    values = {"workshop_id": workshop_id, "item_id": item_id, "list_key": list_key,
              "kinds": ",".join(kinds), "station": station, "at": utc_now(), "of_item": item_id}
    statement = _APPEND_OF_ITEM if workshop_id is None and item_id is not None else _APPEND
    connection = session.connection()
    revision, workshop_of_change = connection.execute(statement, values).one()
    if connection.dialect.name == "postgresql":
        from facilitator.storage.postgres import notify

        notify(connection, int(revision))
    return int(revision), workshop_of_change


def latest_revision(session: Session) -> int:
    """The newest revision in the log (0 for an empty log)."""
    return int(session.execute(select(func.coalesce(func.max(Change.revision), 0))).scalar_one())


def rows_after(session: Session, revision: int, limit: int = READ_LIMIT) -> list[ChangeRow]:
    """The changes committed after ``revision``, oldest first (at most ``limit``)."""
    rows = session.execute(
        select(Change.revision, Change.workshop_id, Change.item_id, Change.list_key, Change.kinds,
               Change.station)
        .where(Change.revision > revision)
        .order_by(Change.revision)
        .limit(limit)
    ).all()
    return [
        ChangeRow(int(r.revision), r.workshop_id, r.item_id, r.list_key,
                  tuple(k for k in r.kinds.split(",") if k), r.station)
        for r in rows
    ]
