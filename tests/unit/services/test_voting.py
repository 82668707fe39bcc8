from __future__ import annotations

import pytest

from facilitator.domain.kinds import VoteBy
from facilitator.services.input_errors import InputError
from facilitator.services.synthesis import SynthesisService
from facilitator.services.voting import VotingService

INITIATIVES = [
    "Fælles forpligtende forløb og handleplan ml kommuner, almen praksis og BUA",
    "Den gode overgang ml folkeskole og ungdomsuddannelsen",
    "Trivselsvejledere på ungdomsuddannelser og folkeskoler",
    "Én borger – én løsning, for voksne med svær psykisk sygdom",
    "Initiativer for de mest udsatte borgere",
]


def test_five_initiatives_voted_by_clusters_ranked_with_ties(world):
    voting = VotingService(world.store)
    options = [voting.add_option(world.vote_item_id, label)[0] for label in INITIATIVES]
    voters = voting.voters(world.vote_item_id)
    assert [v.name for v in voters] == ["Klynge Syd", "Klynge Nord", "Klynge Midt", "Klynge Vest"]
    grid = {(0, 1): 2, (0, 3): 1, (1, 3): 3, (2, 0): 3, (3, 1): 3, (3, 4): 4}
    for (voter, option), dots in grid.items():
        assert voting.set_dots(options[option], voters[voter], dots).capture
    results = voting.results(world.vote_item_id)
    assert [(r.label[:12], r.dots, r.rank, r.tied) for r in results] == [
        ("Den gode ove", 5, 1, False),
        ("Én borger – ", 4, 2, True),
        ("Initiativer ", 4, 2, True),
        ("Fælles forpl", 3, 4, False),
        ("Trivselsvejl", 0, 5, False),
    ]
    assert voting.dots_used(world.vote_item_id)[("cluster", world.cluster_ids[0])] == 3


def test_changing_and_clearing_a_count(world):
    voting = VotingService(world.store)
    option, _ = voting.add_option(world.vote_item_id, "A")
    voter = voting.voters(world.vote_item_id)[0]
    voting.set_dots(option, voter, 4)
    voting.set_dots(option, voter, 2)
    assert voting.results(world.vote_item_id)[0].dots == 2
    voting.set_dots(option, voter, 0)
    assert voting.dots(world.vote_item_id) == {}
    with pytest.raises(InputError) as raised:
        voting.set_dots(option, voter, -1)
    assert "0" in raised.value.message()


def test_participants_vote_and_settings_are_kept(world):
    voting = VotingService(world.store)
    voting.set_settings(world.vote_item_id, 5, VoteBy.PARTICIPANT)
    assert voting.settings(world.vote_item_id).dots_per_voter == 5
    voters = voting.voters(world.vote_item_id)
    assert [v.name for v in voters] == ["Ole", "Bente", "Jes"]
    option, _ = voting.add_option(world.vote_item_id, "A")
    voting.set_dots(option, voters[1], 5)
    assert voting.dots(world.vote_item_id) == {(option, ("participant", world.participant_ids[1])): 5}
    with pytest.raises(InputError):
        voting.set_settings(world.vote_item_id, 0, VoteBy.CLUSTER)


def test_options_from_themes_are_not_offered_twice(world):
    synthesis, voting = SynthesisService(world.store), VotingService(world.store)
    theme, _ = synthesis.create_theme(world.summary_item_id, "Forebyggelse")
    voting.add_options_from_themes(world.vote_item_id, [theme])
    voting.add_options_from_themes(world.vote_item_id, [theme])
    assert [(o.label, o.theme_id) for o in voting.options(world.vote_item_id)] == [("Forebyggelse", theme)]
    voting.delete_option(voting.options(world.vote_item_id)[0].id)
    assert voting.options(world.vote_item_id) == []
