"""What a user action changed, so views refresh only what they show (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Flags of the parts of a workshop one service call touched."""

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

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})
