"""What a user action changed, so views refresh only what they show (Anki's OpChanges).

Every committing service method is a :func:`user_action`: it runs as one transaction and, in that
same transaction, writes its :class:`Changes` to the change log, so other processes (stations,
the command line, the scribes' server) learn of it through the change feed exactly as the
window that made it does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any, ParamSpec, TypeVar

from facilitator.storage import change_log
from facilitator.storage.change_log import ChangeRow

P = ParamSpec("P")
R = TypeVar("R")

FLAGS = ("workshops", "clusters", "participants", "agenda", "timer", "capture", "notes", "evaluation",
         "actions", "attachments")


@dataclass(frozen=True)
class ListKey:
    """One capture list of an item: a cluster's (``None``: the plenary's) in one capture column."""

    cluster_id: int | None
    column_index: int = 0

    def text(self) -> str:
        """As stored in the change log: ``"CLUSTER/COLUMN"``, ``"-/COLUMN"`` for the plenary."""
        return f"{'-' if self.cluster_id is None else self.cluster_id}/{self.column_index}"

    @classmethod
    def parse(cls, text: str | None) -> ListKey | None:
        if not text or "/" not in text:
            return None
        cluster, column = text.split("/", 1)
        try:
            return cls(None if cluster == "-" else int(cluster), int(column))
        except ValueError:
            return None


@dataclass(frozen=True)
class Changes:
    """Flags of the parts of a workshop one service call touched, and where.

    Scope narrows the flags: ``workshop_id`` (``None``: any workshop), ``item_id`` (``None``:
    anything in the workshop) and ``list_key`` (``None``: every list of the item). A wider scope
    is always safe, only slower. ``revisions`` are the change-log rows it was written as.
    """

    workshops: bool = False  # the list of workshops, or a workshop's own fields
    clusters: bool = False
    participants: bool = False
    agenda: bool = False
    timer: bool = False
    capture: bool = False  # contributions, themes, votes, accept-criticise-offer
    notes: bool = False  # the minute-taker's prose per item
    evaluation: bool = False
    actions: bool = False
    attachments: bool = False
    workshop_id: int | None = None
    item_id: int | None = None
    list_key: ListKey | None = None
    revisions: frozenset[int] = field(default=frozenset(), compare=False)

    def __or__(self, other: Changes) -> Changes:
        if not other.any():
            return replace(self, revisions=self.revisions | other.revisions)
        if not self.any():
            return replace(other, revisions=self.revisions | other.revisions)
        flags = {name: getattr(self, name) or getattr(other, name) for name in FLAGS}
        same_workshop = self.workshop_id == other.workshop_id
        same_item = same_workshop and self.item_id == other.item_id
        return Changes(
            **flags,
            workshop_id=self.workshop_id if same_workshop else None,
            item_id=self.item_id if same_item else None,
            list_key=self.list_key if same_item and self.list_key == other.list_key else None,
            revisions=self.revisions | other.revisions,
        )

    def any(self) -> bool:
        return any(getattr(self, name) for name in FLAGS)

    def kinds(self) -> tuple[str, ...]:
        return tuple(name for name in FLAGS if getattr(self, name))

    def in_workshop(self, workshop_id: int | None) -> bool:
        """Whether this may concern ``workshop_id``."""
        return self.workshop_id is None or workshop_id is None or self.workshop_id == workshop_id

    def in_item(self, item_id: int | None) -> bool:
        """Whether this may concern the item ``item_id`` (or something all its views show)."""
        return self.item_id is None or self.item_id == item_id

    def beyond_lists(self, item_id: int | None) -> bool:
        """Whether this may concern ``item_id``'s themes, votes or proposals, not only its lines."""
        return self.in_item(item_id) and self.list_key is None

    def in_list(self, item_id: int | None, cluster_id: int | None, column_index: int = 0) -> bool:
        """Whether this may concern one capture list of ``item_id``."""
        return self.in_item(item_id) and (
            self.list_key is None or self.list_key == ListKey(cluster_id, column_index)
        )

    @classmethod
    def from_row(cls, row: ChangeRow) -> Changes:
        """A change another process wrote, as the views receive it."""
        flags = {name: True for name in row.kinds if name in FLAGS}
        return cls(**flags, workshop_id=row.workshop_id, item_id=row.item_id,
                   list_key=ListKey.parse(row.list_key), revisions=frozenset({row.revision}))


EVERYTHING = Changes(**{name: True for name in FLAGS})
assert tuple(f.name for f in fields(Changes))[: len(FLAGS)] == FLAGS


def merge(changes: Iterable[Changes]) -> list[Changes]:
    """Fold a burst of changes into one per scope (a poll that found many rows)."""
    by_scope: dict[tuple[Any, ...], Changes] = {}
    for change in changes:
        key = (change.workshop_id, change.item_id, change.list_key)
        by_scope[key] = by_scope[key] | change if key in by_scope else change
    return list(by_scope.values())


def _changes_in(result: object) -> Changes | None:
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    return None


def _with_changes(result: R, changes: Changes) -> R:
    if isinstance(result, Changes):
        return changes  # type: ignore[return-value]
    return (*result[:-1], changes)  # type: ignore[index, return-value]


def user_action(method: Callable[P, R]) -> Callable[P, R]:
    """Run a service method as ONE transaction that also logs the :class:`Changes` it returns.

    The method returns ``Changes`` or a tuple ending in one; every ``store.transaction()`` it
    opens (directly or through another service) joins the same transaction, so nothing is
    committed unless all of it is, change-log row included. The returned ``Changes`` carries the
    revision it was logged as (the change feed skips it when it reads the log) and its workshop.
    """

    @functools.wraps(method)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        store = self._store
        if store.in_transaction():  # called by another user action: it logs the whole
            return method(self, *args, **kwargs)
        with store.transaction() as session:
            result = method(self, *args, **kwargs)
            changes = _changes_in(result)
            if changes is None or not changes.any():
                return result
            revision, workshop_id = change_log.append(
                session,
                workshop_id=changes.workshop_id,
                item_id=changes.item_id,
                list_key=changes.list_key.text() if changes.list_key is not None else None,
                kinds=changes.kinds(),
                station=store.station,
            )
            logged = replace(changes, workshop_id=workshop_id, revisions=frozenset({revision}))
            return _with_changes(result, logged)

    run.user_action = True  # type: ignore[attr-defined]
    return run  # type: ignore[return-value]
