"""Cluster names in a pasted participant list, matched forgivingly but never guessed."""

from __future__ import annotations

import pytest

from facilitator.domain.cluster_match import ClusterNames, MatchedBy, match_cluster
from facilitator.domain.participant_list import FIELDS, parse_participants

NORTH_JUTLAND = (
    ClusterNames(1, "Klynge Syd", ("Mariagerfjord", "Vesthimmerland", "Rebild")),
    ClusterNames(2, "Klynge Nord", ("Hjørring", "Frederikshavn", "Brønderslev", "Læsø")),
    ClusterNames(3, "Klynge Midt", ("Aalborg",)),
    ClusterNames(4, "Klynge Vest", ("Thisted", "Morsø", "Jammerbugt")),
)


@pytest.mark.parametrize("typed, cluster, by", [
    ("Klynge Nord", 2, MatchedBy.NAME), ("klynge nord", 2, MatchedBy.NAME), ("Nord", 2, MatchedBy.NAME),
    ("NORD ", 2, MatchedBy.NAME), ("Klyngen Nord", 2, MatchedBy.NAME), ("klynge-nord", 2, MatchedBy.NAME),
    ("Rebild", 1, MatchedBy.MEMBER), ("Rebild Kommune", 1, MatchedBy.MEMBER), ("aalborg kommune", 3, MatchedBy.MEMBER),
    ("Klynge Øst", None, MatchedBy.UNMATCHED), ("Nordd", None, MatchedBy.UNMATCHED),
])
def test_a_cluster_cell_is_read_forgivingly(typed: str, cluster: int | None, by: MatchedBy) -> None:
    match = match_cluster(typed, "", NORTH_JUTLAND)
    assert (match.cluster_id, match.by) == (cluster, by)
    assert match.problem == (by is MatchedBy.UNMATCHED)


def test_without_a_cluster_the_organisation_may_tell_but_nothing_is_reported_when_it_does_not() -> None:
    assert match_cluster("", "Hjørring Kommune", NORTH_JUTLAND).cluster_id == 2
    assert match_cluster("", "Hjørring Kommune", NORTH_JUTLAND).by is MatchedBy.ORGANISATION
    assert match_cluster("", "Region Nordjylland", NORTH_JUTLAND) == match_cluster("", "", NORTH_JUTLAND)
    assert not match_cluster("", "Region Nordjylland", NORTH_JUTLAND).problem


def test_a_name_fitting_two_clusters_is_not_guessed() -> None:
    clusters = (ClusterNames(1, "Klynge Syd", ("Rebild",)), ClusterNames(2, "Syd", ("Rebild",)))
    assert match_cluster("Syd", "", clusters).cluster_id == 2  # the exact name wins
    ambiguous = match_cluster("Rebild", "", clusters)
    assert (ambiguous.cluster_id, ambiguous.by, ambiguous.problem) == (None, MatchedBy.AMBIGUOUS, True)
    assert match_cluster("", "Rebild", clusters).cluster_id is None


def test_the_list_says_how_its_columns_were_read() -> None:
    with_header = parse_participants("Navn;Klynge;Mail\nAnna;Nord;a@example.dk\n")
    assert (with_header.columns, with_header.header_line) == (("name", "cluster", "email"), 1)
    assert with_header.participants[0].line == 2
    plain = parse_participants("Anna\tRebild\n\nBo\tAalborg\tLeder\n")
    assert (plain.columns, plain.header_line) == (FIELDS[:3], None)
    assert [p.line for p in plain.participants] == [1, 3]
