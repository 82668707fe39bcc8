from __future__ import annotations

from facilitator.services.capture import CaptureService
from facilitator.services.synthesis import SynthesisService


def test_themes_gather_lines_from_clusters_and_know_them(world):
    capture, synthesis = CaptureService(world.store), SynthesisService(world.store)
    syd, nord, midt = world.cluster_ids[:3]
    a = capture.add_contribution(world.group_item_id, syd, "Lighed psykiatri")[0]
    b = capture.add_contribution(world.group_item_id, nord, "Psykiatrien må ikke glemmes")[0]
    c = capture.add_contribution(world.group_item_id, midt, "Telemedicin")[0]
    psyk, _ = synthesis.create_theme(world.summary_item_id, "Psykiatri")
    tele, _ = synthesis.create_theme(world.summary_item_id, "Velfærdsteknologi")
    assert synthesis.create_theme(world.summary_item_id, "  ")[0] is None
    synthesis.assign([a.id, b.id], psyk)
    synthesis.assign([c.id], tele)
    themes = synthesis.themes(world.summary_item_id)
    assert [(t.title, [x.text for x in t.contributions]) for t in themes] == [
        ("Psykiatri", ["Lighed psykiatri", "Psykiatrien må ikke glemmes"]),
        ("Velfærdsteknologi", ["Telemedicin"]),
    ]
    assert themes[0].cluster_ids == (syd, nord)


def test_rename_reorder_merge_and_restore(world):
    capture, synthesis = CaptureService(world.store), SynthesisService(world.store)
    line = capture.add_contribution(world.group_item_id, None, "IT-platform")[0]
    first, _ = synthesis.create_theme(world.summary_item_id, "IT")
    second, _ = synthesis.create_theme(world.summary_item_id, "Fælles IT")
    synthesis.assign([line.id], second)
    synthesis.rename_theme(first, "Fælles IT-platform")
    synthesis.move_theme(second, -1)
    assert [t.title for t in synthesis.themes(world.summary_item_id)] == ["Fælles IT", "Fælles IT-platform"]
    synthesis.merge_themes([first, second], first)
    themes = synthesis.themes(world.summary_item_id)
    assert [(t.id, len(t.contributions)) for t in themes] == [(first, 1)]
    synthesis.delete_theme(first)
    assert synthesis.themes(world.summary_item_id) == []
    synthesis.restore_theme(first)
    assert synthesis.themes(world.summary_item_id)[0].contributions[0].text == "IT-platform"
    synthesis.assign([line.id], None)
    assert synthesis.themes(world.summary_item_id)[0].contributions == ()


def test_source_lines_in_programme_and_cluster_order(world):
    capture, synthesis = CaptureService(world.store), SynthesisService(world.store)
    capture.add_contribution(world.summary_item_id, None, "plenum")
    capture.add_contribution(world.group_item_id, world.cluster_ids[1], "nord")
    capture.add_contribution(world.group_item_id, world.cluster_ids[0], "syd")
    gone = capture.add_contribution(world.group_item_id, world.cluster_ids[0], "slettet")[0]
    capture.delete(gone.id)
    lines = synthesis.source_lines(world.workshop_id)
    assert [(s.contribution.text, s.cluster_name, s.item_title) for s in lines] == [
        ("syd", "Klynge Syd", "Målsætninger"),
        ("nord", "Klynge Nord", "Målsætninger"),
        ("plenum", "", "Opsamling i plenum"),
    ]
    assert [s.contribution.text for s in synthesis.source_lines(world.workshop_id, world.summary_item_id)] == [
        "plenum"
    ]


def test_workshop_theme_ids_follow_the_programme(world):
    synthesis = SynthesisService(world.store)
    late, _ = synthesis.create_theme(world.aco_item_id, "Senere")
    first, _ = synthesis.create_theme(world.summary_item_id, "Først")
    gone, _ = synthesis.create_theme(world.summary_item_id, "Slettet")
    synthesis.delete_theme(gone)
    assert synthesis.workshop_theme_ids(world.workshop_id) == [first, late]
