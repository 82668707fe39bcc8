from __future__ import annotations

from facilitator.domain.kinds import Stance
from facilitator.services.aco import AcoService
from facilitator.services.synthesis import SynthesisService


def test_every_other_cluster_responds_with_three_stances(world):
    aco = AcoService(world.store)
    syd, nord, midt, vest = world.cluster_ids
    proposal, _ = aco.add_proposal(world.aco_item_id, cluster_id=syd)
    assert aco.proposal(proposal).title == "Klynge Syd"
    assert [r.cluster_id for r in aco.responders(proposal)] == [nord, midt, vest]
    aco.set_response(proposal, nord, Stance.ACCEPT, "Lige vilkår")
    aco.set_response(proposal, nord, Stance.CRITICISE, "For bredt")
    aco.set_response(proposal, midt, Stance.OFFER, "Vi deler TeleCare-erfaringer")
    aco.set_response(proposal, nord, Stance.CRITICISE, "  ")  # clearing a cell
    assert aco.responses(proposal) == {
        (nord, Stance.ACCEPT): "Lige vilkår",
        (midt, Stance.OFFER): "Vi deler TeleCare-erfaringer",
    }


def test_typed_proposals_rename_and_delete(world):
    aco = AcoService(world.store)
    assert aco.add_proposal(world.aco_item_id, " ")[0] is None
    first, _ = aco.add_proposal(world.aco_item_id, "Fælles IT")
    aco.add_proposal(world.aco_item_id, "Røgfri skoledag")
    aco.rename_proposal(first, "Fælles IT-platform")
    assert [p.title for p in aco.proposals(world.aco_item_id)] == ["Fælles IT-platform", "Røgfri skoledag"]
    assert len(aco.responders(first)) == 4
    aco.delete_proposal(first)
    assert [p.title for p in aco.proposals(world.aco_item_id)] == ["Røgfri skoledag"]


def test_proposals_for_every_cluster_and_theme_only_once(world):
    aco = AcoService(world.store)
    theme, _ = SynthesisService(world.store).create_theme(world.summary_item_id, "Forebyggelse")
    aco.add_cluster_proposals(world.aco_item_id)
    aco.add_cluster_proposals(world.aco_item_id)
    aco.add_theme_proposals(world.aco_item_id, [theme])
    assert not aco.add_theme_proposals(world.aco_item_id, [theme]).any()
    assert [p.title for p in aco.proposals(world.aco_item_id)] == [
        "Klynge Syd", "Klynge Nord", "Klynge Midt", "Klynge Vest", "Forebyggelse"
    ]
