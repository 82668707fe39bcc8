"""Next steps ("det videre forløb"): what is to be done, by whom, by when."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from facilitator.domain.text import clean_line, clean_text
from facilitator.services.changes import Changes, user_action
from facilitator.storage.models import ActionItem
from facilitator.storage.store import Store

FIELDS = ("what", "who", "when")


@dataclass(frozen=True)
class ActionView:
    id: int
    position: int
    what: str
    who: str
    when: str


def read_actions(session: Session, workshop_id: int) -> list[ActionView]:
    rows = session.exec(
        select(ActionItem)
        .where(ActionItem.workshop_id == workshop_id)
        .order_by(col(ActionItem.position), col(ActionItem.id))
    ).all()
    return [ActionView(r.id, r.position, r.what, r.who, r.when) for r in rows]  # type: ignore[arg-type]


def _clean(field: str, value: str) -> str:
    return clean_text(value).strip() if field == "what" else clean_line(value)


class NextStepsService:
    """Use cases of the next-steps table; one call is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @user_action
    def add(self, workshop_id: int, what: str, who: str = "", when: str = "") -> tuple[int | None, Changes]:
        """Add a next step; one without any text stores nothing."""
        values = {f: _clean(f, v) for f, v in zip(FIELDS, (what, who, when), strict=True)}
        if not any(values.values()):
            return None, Changes()
        with self._store.transaction() as session:
            last = session.exec(
                select(func.max(ActionItem.position)).where(ActionItem.workshop_id == workshop_id)
            ).one()
            row = ActionItem(workshop_id=workshop_id, position=(last if last is not None else -1) + 1, **values)
            session.add(row)
            session.flush()
            action_id = row.id
        return action_id, Changes(actions=True, workshop_id=workshop_id)

    @user_action
    def edit(self, action_id: int, field: str, value: str) -> Changes:
        """Change the what, who or when of a next step."""
        if field not in FIELDS:
            raise ValueError(field)
        value = _clean(field, value)
        with self._store.transaction() as session:
            row = session.get(ActionItem, action_id)
            if row is None or getattr(row, field) == value:
                return Changes()
            setattr(row, field, value)
        return Changes(actions=True, workshop_id=row.workshop_id)

    @user_action
    def delete(self, action_id: int) -> Changes:
        with self._store.transaction() as session:
            row = session.get(ActionItem, action_id)
            if row is None:
                return Changes()
            session.delete(row)
        return Changes(actions=True, workshop_id=row.workshop_id)

    def actions(self, workshop_id: int) -> list[ActionView]:
        with self._store.read() as session:
            return read_actions(session, workshop_id)
