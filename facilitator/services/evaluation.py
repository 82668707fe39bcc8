"""The day's evaluation: remarks and optional 1–5 ratings under editable dimensions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from sqlalchemy import func
from sqlmodel import Session, col, select

from facilitator.domain.kinds import EvaluationDimension as DimensionKey
from facilitator.domain.text import clean_line, clean_text
from facilitator.services.changes import Changes, user_action
from facilitator.services.input_errors import InputError
from facilitator.storage.models import EvaluationDimension, EvaluationEntry
from facilitator.storage.store import Store


def default_name(key: DimensionKey) -> str:
    """The default display name of a dimension, in the user's language (seed 002's table)."""
    names = {
        DimensionKey.FRAME: QCoreApplication.translate("Evaluation", "Setting"),
        DimensionKey.CONTENT: QCoreApplication.translate("Evaluation", "Content"),
        DimensionKey.BENEFIT: QCoreApplication.translate("Evaluation", "Benefit"),
        DimensionKey.PARTICIPANTS: QCoreApplication.translate("Evaluation", "Who took part"),
        DimensionKey.OTHER: QCoreApplication.translate("Evaluation", "Other"),
    }
    return names[key]


@dataclass(frozen=True)
class EntryView:
    id: int
    position: int
    text: str
    rating: int | None


@dataclass(frozen=True)
class DimensionView:
    id: int
    key: str
    name: str
    entries: tuple[EntryView, ...]


def read_dimensions(session: Session, workshop_id: int) -> list[DimensionView]:
    """The evaluation's dimensions in order, each with its remarks."""
    dims = session.exec(
        select(EvaluationDimension)
        .where(EvaluationDimension.workshop_id == workshop_id)
        .order_by(col(EvaluationDimension.position), col(EvaluationDimension.id))
    ).all()
    entries: dict[int, list[EntryView]] = {d.id: [] for d in dims}  # type: ignore[misc]
    for e in session.exec(
        select(EvaluationEntry)
        .where(col(EvaluationEntry.dimension_id).in_(list(entries)))
        .order_by(col(EvaluationEntry.position), col(EvaluationEntry.id))
    ).all():
        entries[e.dimension_id].append(EntryView(e.id, e.position, e.text, e.rating))  # type: ignore[arg-type]
    return [DimensionView(d.id, d.key, d.name, tuple(entries[d.id])) for d in dims]  # type: ignore[arg-type,index]


def _check_rating(rating: int | None) -> None:
    if rating is not None and not 1 <= rating <= 5:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "A rating must be from 1 to 5, or left empty."))


def _evaluation_of(session: Session, dimension_id: int) -> Changes:
    """An evaluation change, scoped to the workshop the dimension belongs to."""
    dimension = session.get(EvaluationDimension, dimension_id)
    return Changes(evaluation=True, workshop_id=dimension.workshop_id if dimension is not None else None)


class EvaluationService:
    """Use cases of the evaluation screen; one call is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @user_action
    def ensure_dimensions(self, workshop_id: int) -> Changes:
        """Give a workshop the five default dimensions the first time its evaluation is opened."""
        with self._store.transaction() as session:
            exists = session.exec(
                select(EvaluationDimension.id).where(EvaluationDimension.workshop_id == workshop_id)
            ).first()
            if exists is not None:
                return Changes()
            for position, key in enumerate(DimensionKey):
                session.add(
                    EvaluationDimension(
                        workshop_id=workshop_id, position=position, key=str(key), name=default_name(key)
                    )
                )
        return Changes(evaluation=True, workshop_id=workshop_id)

    @user_action
    def rename_dimension(self, dimension_id: int, name: str) -> Changes:
        name = clean_line(name)
        with self._store.transaction() as session:
            row = session.get(EvaluationDimension, dimension_id)
            if row is None or not name or row.name == name:
                return Changes()
            row.name = name
        return Changes(evaluation=True, workshop_id=row.workshop_id)

    @user_action
    def add_entry(self, dimension_id: int, text: str, rating: int | None = None) -> tuple[int | None, Changes]:
        """Add a remark (with an optional rating); a remark needs text or a rating."""
        _check_rating(rating)
        cleaned = clean_text(text).strip()
        if not cleaned and rating is None:
            return None, Changes()
        with self._store.transaction() as session:
            last = session.exec(
                select(func.max(EvaluationEntry.position)).where(
                    EvaluationEntry.dimension_id == dimension_id
                )
            ).one()
            row = EvaluationEntry(
                dimension_id=dimension_id,
                text=cleaned,
                rating=rating,
                position=(last if last is not None else -1) + 1,
            )
            session.add(row)
            session.flush()
            entry_id = row.id
            changed = _evaluation_of(session, dimension_id)
        return entry_id, changed

    @user_action
    def edit_entry(self, entry_id: int, text: str, rating: int | None) -> Changes:
        _check_rating(rating)
        cleaned = clean_text(text).strip()
        with self._store.transaction() as session:
            row = session.get(EvaluationEntry, entry_id)
            if row is None or (row.text, row.rating) == (cleaned, rating):
                return Changes()
            if not cleaned and rating is None:
                raise InputError(
                    QT_TRANSLATE_NOOP("InputError", "A remark needs text or a rating. Delete it instead.")
                )
            row.text, row.rating = cleaned, rating
            return _evaluation_of(session, row.dimension_id)

    @user_action
    def delete_entry(self, entry_id: int) -> Changes:
        with self._store.transaction() as session:
            row = session.get(EvaluationEntry, entry_id)
            if row is None:
                return Changes()
            session.delete(row)
            return _evaluation_of(session, row.dimension_id)

    def dimensions(self, workshop_id: int) -> list[DimensionView]:
        with self._store.read() as session:
            return read_dimensions(session, workshop_id)
