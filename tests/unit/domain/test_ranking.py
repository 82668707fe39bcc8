from __future__ import annotations

from facilitator.domain.ranking import Rank, rank_scores


def test_equal_scores_share_a_rank_and_the_next_rank_skips():
    assert rank_scores([3, 5, 3, 1]) == [Rank(2, True), Rank(1, False), Rank(2, True), Rank(4, False)]


def test_no_scores():
    assert rank_scores([]) == []
