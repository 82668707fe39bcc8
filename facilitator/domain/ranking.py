"""Ranking dot-vote results so that ties are visible, not hidden by an arbitrary order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Rank:
    """Competition rank ("1, 2, 2, 4") of one score, and whether another score equals it."""

    rank: int
    tied: bool


def rank_scores(scores: Sequence[int]) -> list[Rank]:
    """Ranks for ``scores`` in the given order; the highest score ranks 1, equal scores share a rank."""
    counts = Counter(scores)
    ordered = sorted(scores, reverse=True)
    first_index = {}
    for index, score in enumerate(ordered):
        first_index.setdefault(score, index + 1)
    return [Rank(first_index[score], counts[score] > 1) for score in scores]
