"""Agenda use cases against a real workshop file."""

from __future__ import annotations

import pytest

from tests.agenda_samples import SEED_PROGRAMME
from facilitator.domain.agenda_import import plan_import
from facilitator.domain.programme.reader import parse
from facilitator.domain.kinds import ItemKind
from facilitator.domain.schedule import WarningKind
from facilitator.services.agenda import PhaseSpec
from facilitator.services.bundle import Services
from facilitator.storage.database import open_store



def titles(services: Services, workshop_id: int) -> list[str]:
    return [item.title for item in services.agenda.agenda(workshop_id).items]


def add(services: Services, workshop_id: int, *names: str, minutes: int = 15) -> list[int]:
    return [services.agenda.insert_item(workshop_id, title=name, minutes=minutes)[0] for name in names]


def test_insert_computes_times_from_day_start(services, workshop_id):
    services.workshops.set_day(workshop_id, 9 * 60, 10 * 60)
    add(services, workshop_id, "A", "B")
    services.agenda.insert_item(workshop_id, 1, title="Mellem", minutes=45)
    agenda = services.agenda.agenda(workshop_id)
    assert [i.title for i in agenda.items] == ["A", "Mellem", "B"]
    assert [(s.start, s.end) for s in agenda.schedule.items] == [(540, 555), (555, 600), (600, 615)]
    assert [w.kind for w in agenda.schedule.warnings] == [WarningKind.PAST_DAY_END]


def test_edits_are_stored_and_survive_reopening(services, store, workshop_id, any_store_target):
    (item_id,) = add(services, workshop_id, "Oplæg")
    services.agenda.set_text(item_id, "title", "Oplæg\x00 om data\n")
    services.agenda.set_text(item_id, "notes", "linje 1\r\nlinje 2")
    services.agenda.set_kind(item_id, ItemKind.PRESENTATION)
    services.agenda.set_minutes(item_id, 25)
    services.agenda.set_pinned_start(item_id, 12 * 60)
    store.close()
    again = open_store(any_store_target)
    item = Services.over(again).agenda.item(item_id)
    assert (item.title, item.notes, item.kind, item.minutes, item.pinned_start) == (
        "Oplæg om data", "linje 1\nlinje 2", ItemKind.PRESENTATION, 25, 720)
    again.close()


def test_phases_set_the_duration_and_scale_with_it(services, workshop_id):
    (item_id,) = add(services, workshop_id, "Drøftelse")
    services.agenda.set_phases(item_id, [PhaseSpec("oplæg", ItemKind.PRESENTATION, 10),
                                         PhaseSpec("gruppearbejde", ItemKind.GROUP_WORK, 20)])
    assert services.agenda.item(item_id).minutes == 30
    services.agenda.set_minutes(item_id, 45)
    item = services.agenda.item(item_id)
    assert [p.minutes for p in item.phases] == [15, 30]
    assert item.minutes == 45


def test_move_duplicate_delete_restore(services, workshop_id):
    a, b, c = add(services, workshop_id, "A", "B", "C")
    services.agenda.set_phases(a, [PhaseSpec("x", ItemKind.OTHER, 5)])
    services.agenda.move_item(c, 0)
    assert titles(services, workshop_id) == ["C", "A", "B"]
    copy, _ = services.agenda.duplicate_item(a)
    assert titles(services, workshop_id) == ["C", "A", "A", "B"]
    assert [p.label for p in services.agenda.item(copy).phases] == ["x"]
    services.agenda.delete_items([a, b])
    assert titles(services, workshop_id) == ["C", "A"]
    assert [i.position for i in services.agenda.agenda(workshop_id).items] == [0, 1]
    services.agenda.restore_items([b, a])
    assert titles(services, workshop_id) == ["C", "A", "A", "B"]


def test_import_seed_programme(services, workshop_id):
    plan = plan_import(parse(SEED_PROGRAMME).programme, day_start=540)
    ids, changes = services.agenda.import_plan(workshop_id, plan)
    assert changes.agenda and len(ids) == 8
    agenda = services.agenda.agenda(workshop_id)
    assert agenda.day_start == 750
    clock = [(s.start, s.end) for s in agenda.schedule.items]
    assert clock[3] == (805, 835) and clock[-1] == (920, 930)
    assert [p.label for p in agenda.items[3].phases] == ["oplæg", "gruppearbejde"]
    assert agenda.items[0].presenter == "formandskabet"
    assert agenda.items[0].notes == "Program"
    assert agenda.schedule.warnings == ()


def test_import_replacing_soft_deletes_the_old_agenda(services, workshop_id):
    (old,) = add(services, workshop_id, "Gammel")
    plan = plan_import(parse("09.00-09.30 Ny").programme, day_start=540)
    ids, _ = services.agenda.import_plan(workshop_id, plan, replace=True)
    assert titles(services, workshop_id) == ["Ny"]
    services.agenda.delete_items(ids)
    services.agenda.restore_items([old])
    assert titles(services, workshop_id) == ["Gammel"]


def test_attachment_copy_keeps_the_file_for_undo(services, workshop_id):
    (item_id,) = add(services, workshop_id, "Oplæg")
    attachment_id, _ = services.attachments.add(workshop_id, "Slides", filename="slides.pdf", data=b"%PDF-1.4",
                                                item_id=item_id)
    copy = services.agenda.attachment_copy(attachment_id)
    assert (copy.workshop_id, copy.item_id, copy.title, copy.filename, copy.data) == (
        workshop_id, item_id, "Slides", "slides.pdf", b"%PDF-1.4")


def test_a_programme_over_several_days_keeps_each_items_day(services, workshop_id):
    from facilitator.domain.agenda_import import plan_import
    from facilitator.export.programme_text import agenda_text

    text = ("Dag 1 – onsdag 12. mars\n09.00-12.00 Åpning\n12.00-13.00 Lunsj\n"
            "Dag 2 – torsdag 13. mars\n08.30-09.00 Frokost\nkl. 9 Workshop\nkl. 11 Avslutning\n")
    services.agenda.import_plan(workshop_id, plan_import(parse(text).programme, 540))
    agenda = services.agenda.agenda(workshop_id)
    assert [i.day for i in agenda.items] == [0, 0, 1, 1]
    assert agenda.day_titles == ("Dag 1 – onsdag 12. mars", "Dag 2 – torsdag 13. mars")
    assert [(s.start, s.end) for s in agenda.schedule.items] == [(540, 720), (720, 780), (510, 540), (540, 660)]
    assert agenda.schedule.warnings == ()
    assert agenda.day_end == 660
    printed = parse(agenda_text(agenda)).programme
    assert [(i.title, i.day, i.start) for i in printed.items] == [
        ("Åpning", 0, 540), ("Lunsj", 0, 720), ("Frokost", 1, 510), ("Workshop", 1, 540)]
    assert printed.day_titles == agenda.day_titles


def test_undo_last_import_restores_a_replaced_agenda(services, workshop_id):
    from facilitator.domain.agenda_import import plan_import
    from facilitator.services.input_errors import InputError

    services.agenda.import_plan(workshop_id, plan_import(parse("10.00-10.30 A\n10.30-11.00 B").programme, 540))
    services.agenda.import_plan(workshop_id, plan_import(parse("Tag 1\n13.00-14.00 C\nTag 2\n9.00 Uhr D").programme,
                                                         540), replace=True, source="neu.docx")
    assert [i.title for i in services.agenda.agenda(workshop_id).items] == ["C", "D"]
    undone, _ = services.agenda.undo_last_import(workshop_id)
    assert (undone.source, undone.removed, undone.restored) == ("neu.docx", 2, 2)
    agenda = services.agenda.agenda(workshop_id)
    assert [i.title for i in agenda.items] == ["A", "B"]
    assert (agenda.day_start, agenda.day_titles) == (600, ())
    services.agenda.undo_last_import(workshop_id)
    assert services.agenda.agenda(workshop_id).items == ()
    with pytest.raises(InputError):
        services.agenda.undo_last_import(workshop_id)
