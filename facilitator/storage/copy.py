"""Copying whole workshops between two stores of any engines (file → server, server → file).

A copy is complete: every row that belongs to the workshop, table by table in foreign-key order
(attachments with their bytes, timer events, themes, votes, imports, everything the models
hold), with new ids in the target; every link is mapped to the new ids. The change log is not
copied (it is not user data): the copy is one change of its own in the target. The target's
sequences advance as usual, because no row is inserted with an explicit id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Column, Connection, Table, insert, select, update

from facilitator.storage.models import Change, Workshop, metadata

_SKIPPED = {Change.__table__.name}  # type: ignore[attr-defined]


@dataclass(frozen=True)
class CopiedWorkshop:
    source_id: int
    target_id: int
    title: str
    rows: int


def _foreign(column: Column) -> str | None:
    """The table a column points at, if it is a foreign key."""
    for key in column.foreign_keys:
        return key.column.table.name
    return None


def _tables() -> list[Table]:
    return [table for table in metadata.sorted_tables if table.name not in _SKIPPED]


def _owner_columns(table: Table) -> list[Column]:
    """The links that make a row belong to its owner (never null): a workshop, an item, …"""
    return [c for c in table.columns if _foreign(c) is not None and not c.nullable]


def copy_workshop(source: Connection, target: Connection, workshop_id: int) -> CopiedWorkshop:
    """Copy one workshop inside the caller's two transactions; returns the new id."""
    ids: dict[str, dict[int, int]] = {table.name: {} for table in _tables()}
    parents: list[tuple[Table, Column, int, int]] = []  # (table, column, new id, old parent id)
    rows_copied = 0
    for table in _tables():
        for row in _rows_of(source, table, workshop_id, ids):
            values = dict(row._mapping)
            old_id = values.pop("id")
            links: list[tuple[Column, int]] = []
            for column in table.columns:
                pointed = _foreign(column)
                if pointed is None or values.get(column.name) is None:
                    continue
                if pointed == table.name:  # a line's parent: set once both rows are copied
                    links.append((column, values[column.name]))
                    values[column.name] = None
                else:  # a link to something outside the workshop (none should exist) is dropped
                    values[column.name] = ids.get(pointed, {}).get(values[column.name])
            new_id = target.execute(insert(table).values(**values).returning(table.c.id)).scalar_one()
            ids[table.name][old_id] = new_id
            parents.extend((table, column, new_id, old) for column, old in links)
            rows_copied += 1
    for table, column, new_id, old_parent in parents:
        parent = ids[table.name].get(old_parent)
        if parent is not None:
            target.execute(update(table).where(table.c.id == new_id).values({column.name: parent}))
    title = source.execute(select(Workshop.title).where(Workshop.id == workshop_id)).scalar_one()
    return CopiedWorkshop(workshop_id, ids[Workshop.__tablename__][workshop_id], title, rows_copied)


def _rows_of(source: Connection, table: Table, workshop_id: int, ids: dict[str, dict[int, int]]) -> Iterable:
    """The rows of ``table`` that belong to the workshop: it itself, or rows whose owner was copied."""
    if table.name == Workshop.__tablename__:
        return source.execute(select(table).where(table.c.id == workshop_id)).all()
    owners = _owner_columns(table)
    if not owners:
        return []
    column = owners[0]
    known = list(ids[_foreign(column)].keys())  # type: ignore[index]
    if not known:
        return []
    return source.execute(select(table).where(column.in_(known)).order_by(table.c.id)).all()


def workshop_ids(connection: Connection) -> list[int]:
    """Every workshop of a store, oldest first."""
    return list(connection.execute(select(Workshop.id).order_by(Workshop.id)).scalars())
