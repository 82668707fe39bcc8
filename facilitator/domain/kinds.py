"""Closed vocabularies of the workshop model.

They are ``StrEnum`` so the database stores readable words that survive reordering of the enum and can
be compared with plain strings in migrations and exports.
"""

from __future__ import annotations

from enum import StrEnum


class ItemKind(StrEnum):
    """What happens in an agenda item; decides the capture screen and the projector layout."""

    PRESENTATION = "presentation"
    PLENARY = "plenary"
    GROUP_WORK = "group_work"
    SUMMARY = "summary"
    ACO = "aco"
    BREAK = "break"
    NEXT_STEPS = "next_steps"
    EVALUATION = "evaluation"
    OTHER = "other"


class ContributionKind(StrEnum):
    """The role of one captured line."""

    IDEA = "idea"
    QUESTION = "question"
    ANSWER = "answer"
    NOTE = "note"
    DECISION = "decision"


class ContributionOrigin(StrEnum):
    """Where a line was typed: at a station's keyboard, or on a table scribe's phone."""

    KEYBOARD = "keyboard"
    TABLE = "table"


class Stance(StrEnum):
    """A cluster's response in an accept-criticise-offer round."""

    ACCEPT = "accept"
    CRITICISE = "criticise"
    OFFER = "offer"


class TimerEventKind(StrEnum):
    """What the facilitator did to the clock; actual times are derived from these events."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    NEXT_PHASE = "next_phase"
    END = "end"


class EvaluationDimension(StrEnum):
    """Default dimensions of the day's evaluation (seed 002); their display names are editable."""

    FRAME = "frame"
    CONTENT = "content"
    BENEFIT = "benefit"
    PARTICIPANTS = "participants"
    OTHER = "other"


class ProjectorMode(StrEnum):
    """What the projector shows during an item: the countdown, the clusters' wall, or both."""

    TIMER = "timer"
    WALL = "wall"
    BOTH = "both"


class VoteBy(StrEnum):
    """Who gets the dots in a dot vote."""

    CLUSTER = "cluster"
    PARTICIPANT = "participant"
