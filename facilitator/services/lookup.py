"""Fetching a row the caller knows exists."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, SQLModel

Row = TypeVar("Row", bound=SQLModel)


def require(session: Session, model: type[Row], row_id: int) -> Row:
    """The row with ``row_id``; a missing one is a programming error, not a user mistake."""
    row = session.get(model, row_id)
    if row is None:
        raise LookupError(f"no {model.__name__} {row_id}")
    return row
