from __future__ import annotations

from facilitator.domain.kinds import ContributionKind, ProjectorMode
from facilitator.domain.paste import split_pasted
from facilitator.services.capture import CaptureService


def _texts(service: CaptureService, item_id: int, cluster_id: int | None, column: int = 0) -> list[str]:
    return [v.text for v in service.lines(item_id, cluster_id, column)]


def _shape(service: CaptureService, item_id: int, cluster_id: int | None) -> list[tuple[str, bool]]:
    return [(v.text, v.parent_id is not None) for v in service.lines(item_id, cluster_id)]


def test_lines_are_kept_per_cluster_and_plenary_in_order(world):
    service = CaptureService(world.store)
    syd, nord = world.cluster_ids[:2]
    for cluster, text in [(syd, "a"), (nord, "b"), (None, "plenum"), (syd, "c")]:
        view, changes = service.add_contribution(world.group_item_id, cluster, text)
        assert view is not None and changes.capture
    assert _texts(service, world.group_item_id, syd) == ["a", "c"]
    assert _texts(service, world.group_item_id, nord) == ["b"]
    assert _texts(service, world.group_item_id, None) == ["plenum"]


def test_blank_and_control_characters_are_cleaned_and_emoji_kept(world):
    service = CaptureService(world.store)
    view, changes = service.add_contribution(world.group_item_id, None, "  \t \n ")
    assert view is None and not changes.any()
    view, _ = service.add_contribution(world.group_item_id, None, "Godt\x00 møde \x07😀 €é")
    assert view is not None and view.text == "Godt møde 😀 €é"


def test_edit_kind_and_blank_edit(world):
    service = CaptureService(world.store)
    view, _ = service.add_contribution(world.group_item_id, None, "first")
    assert service.edit_text(view.id, "second").capture
    assert not service.edit_text(view.id, "   ").any()
    assert service.set_kind(view.id, ContributionKind.DECISION).capture
    stored = service.contribution(view.id)
    assert (stored.text, stored.kind) == ("second", "decision")


def test_move_indent_outdent_keep_sub_points_under_a_top_line(world):
    service = CaptureService(world.store)
    item, syd = world.group_item_id, world.cluster_ids[0]
    ids = [service.add_contribution(item, syd, t)[0].id for t in ["A", "a1", "a2", "B"]]
    assert not service.indent(ids[0]).any()  # nothing above the first line
    service.indent(ids[1])
    service.indent(ids[2])
    assert _shape(service, item, syd) == [("A", False), ("a1", True), ("a2", True), ("B", False)]
    assert all(v.parent_id == ids[0] for v in service.lines(item, syd)[1:3])
    service.move(ids[3], -1)  # B moves above A's whole block
    assert _texts(service, item, syd) == ["B", "A", "a1", "a2"]
    service.move(ids[2], -1)  # a sub-point moves among its siblings
    assert _texts(service, item, syd) == ["B", "A", "a2", "a1"]
    assert not service.move(ids[2], -1).any()  # and not out of its line
    service.move(ids[0], -1)
    service.outdent(ids[2])  # a2 leaves A; a1 below it becomes a2's sub-point
    assert _shape(service, item, syd) == [("A", False), ("a2", False), ("a1", True), ("B", False)]
    assert service.lines(item, syd)[2].parent_id == ids[2]
    assert not service.move(ids[0], -5).any()


def test_delete_and_restore_put_the_line_back_in_place(world):
    service = CaptureService(world.store)
    item = world.group_item_id
    ids = [service.add_contribution(item, None, t)[0].id for t in ["1", "2", "3"]]
    service.delete(ids[1])
    assert _texts(service, item, None) == ["1", "3"]
    service.restore(ids[1])
    assert _texts(service, item, None) == ["1", "2", "3"]


def test_add_many_from_a_pasted_numbered_list(world):
    service = CaptureService(world.store)
    pasted = "1. Velafbalanceret sundhedsvæsen\r\n· Både somatisk og psykisk\n\n2. Opgaveoverdragelse\n"
    views, changes = service.add_many(world.group_item_id, None, split_pasted(pasted))
    assert changes.capture and len(views) == 3
    assert _shape(service, world.group_item_id, None) == [
        ("Velafbalanceret sundhedsvæsen", False),
        ("Både somatisk og psykisk", True),
        ("Opgaveoverdragelse", False),
    ]


def test_a_megabyte_line_is_stored_whole(world):
    service = CaptureService(world.store)
    text = "ø" * (1024 * 1024)
    view, _ = service.add_contribution(world.group_item_id, None, text)
    assert service.contribution(view.id).text == text


def test_capture_lists_follow_clusters_and_custom_columns(world):
    service = CaptureService(world.store)
    plain = service.capture_lists(world.group_item_id)
    assert [lst.cluster_id for lst in plain] == [*world.cluster_ids, None]
    table = service.capture_lists(world.table_item_id)
    assert len(table) == 10
    assert [lst.column_label for lst in table[:2]] == ["Ønsker til regionen", "Lokale ønsker"]
    service.add_contribution(world.table_item_id, world.cluster_ids[0], "lokal", column_index=1)
    assert _texts(service, world.table_item_id, world.cluster_ids[0], 1) == ["lokal"]
    assert _texts(service, world.table_item_id, world.cluster_ids[0], 0) == []


def test_projector_mode_per_item(world):
    service = CaptureService(world.store)
    assert service.set_projector_mode(world.group_item_id, ProjectorMode.BOTH).agenda
    assert service.item(world.group_item_id).projector_mode == "both"
    assert [i.title for i in service.items(world.workshop_id)][:2] == ["Oplæg", "Målsætninger"]


def test_sub_points_numbered_under_their_parent_read_in_tree_order(world):
    """Templates number sub-points from 0 under each parent; such lists read and edit correctly."""
    from facilitator.storage.models import Contribution

    item, syd = world.group_item_id, world.cluster_ids[0]
    with world.store.transaction() as session:
        first = Contribution(item_id=item, cluster_id=syd, position=0, text="A")
        second = Contribution(item_id=item, cluster_id=syd, position=1, text="B")
        session.add_all([first, second])
        session.flush()
        session.add_all([
            Contribution(item_id=item, cluster_id=syd, position=0, parent_id=first.id, text="a1"),
            Contribution(item_id=item, cluster_id=syd, position=0, parent_id=second.id, text="b1"),
            Contribution(item_id=item, cluster_id=syd, position=1, parent_id=first.id, text="a2"),
        ])
    service = CaptureService(world.store)
    assert _texts(service, item, syd) == ["A", "a1", "a2", "B", "b1"]
    service.add_contribution(item, syd, "C")
    service.move(service.lines(item, syd)[-1].id, -1)
    assert _shape(service, item, syd) == [
        ("A", False), ("a1", True), ("a2", True), ("C", False), ("B", False), ("b1", True)
    ]


def test_a_paste_deleted_and_restored_as_a_whole_comes_back_in_place_with_its_sub_points(world):
    service = CaptureService(world.store)
    syd = world.cluster_ids[0]
    service.add_contribution(world.group_item_id, syd, "før")
    views, _ = service.add_many(world.group_item_id, syd, split_pasted("1. Ét\n· under ét\n2. To\n· under to"))
    service.add_contribution(world.group_item_id, syd, "efter")
    ids = [v.id for v in views]
    assert service.delete_many(ids).capture
    assert _shape(service, world.group_item_id, syd) == [("før", False), ("efter", False)]
    assert service.restore_many(list(reversed(ids))).capture  # any order: the places decide
    assert _shape(service, world.group_item_id, syd) == [
        ("før", False), ("Ét", False), ("under ét", True), ("To", False), ("under to", True), ("efter", False)
    ]
    assert [v.id for v in service.lines(world.group_item_id, syd)][1:5] == ids
    assert not service.restore_many(ids).any() and not service.delete_many([]).any()
