"""Reading a list of points with sub-points in outline order: each point, then its sub-points."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class Point(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def parent_id(self) -> int | None: ...


P = TypeVar("P", bound=Point)


def walk(points: Sequence[P]) -> list[tuple[P, int]]:
    """``(point, depth)`` in reading order; siblings keep the order they are given in.

    A parent outside ``points`` (deleted, or in another list) makes a point top-level; points
    reachable only through a loop of parents come last at depth 0, so nothing is ever lost and
    no loop can hang the caller.
    """
    ids = {p.id for p in points}
    children: dict[int | None, list[P]] = {}
    for point in points:
        parent = point.parent_id if point.parent_id in ids and point.parent_id != point.id else None
        children.setdefault(parent, []).append(point)
    seen: set[int | None] = set()
    ordered: list[tuple[P, int]] = []
    stack = [(p, 0) for p in reversed(children.get(None, []))]
    while stack:
        point, depth = stack.pop()
        if point.id in seen:
            continue
        seen.add(point.id)
        ordered.append((point, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(point.id, [])))
    ordered.extend((p, 0) for p in points if p.id not in seen)
    return ordered
