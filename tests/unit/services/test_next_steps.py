from __future__ import annotations

from facilitator.services.next_steps import NextStepsService


def test_add_edit_delete_next_steps(world):
    steps = NextStepsService(world.store)
    first, _ = steps.add(world.workshop_id, "Udsende referat", "Lene", "uge 14")
    assert steps.add(world.workshop_id, " ", "", "")[0] is None
    steps.add(world.workshop_id, "Drøfte samarbejdet i grupperne")
    steps.edit(first, "when", " 26.03.19\n")
    assert [(a.what, a.who, a.when) for a in steps.actions(world.workshop_id)] == [
        ("Udsende referat", "Lene", "26.03.19"),
        ("Drøfte samarbejdet i grupperne", "", ""),
    ]
    steps.delete(first)
    assert len(steps.actions(world.workshop_id)) == 1
