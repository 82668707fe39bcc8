from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.services.bundle import Services
from facilitator.ui.capture.workshop_pages import AttachmentsPage, EvaluationPage, NextStepsPage
from tests.ui.capture.conftest import press, type_text

# Seed 002's evaluation table.
SEED_EVALUATION = {
    "Rammerne": "Fine rammer, gode lokaler, dejlig mad Ærgerligt der ikke blev tid til havetur",
    "Indhold": "Godt indhold, Super oplæg fra Jacob, Godt med et fælles afsæt til den nye Sundhedsaftale",
    "Udbytte": "Fint, Lærerigt, Temadrøftelsernes udbytte delt ca 60/40 i direkte angivne besvarelser",
    "Deltagerkreds": "Generelt stor enighed om at det var godt med alle fra Klyngestyregruppen",
    "I øvrigt": "Godt med et dagseminar fremfor overnatning.",
}


def _shown(qtbot, widget, workshop_id):  # noqa: ANN001, ANN202
    qtbot.addWidget(widget)
    widget.show_workshop(workshop_id)
    widget.show()
    return widget


def test_seed_evaluation_typed_with_renamed_dimensions_and_ratings(qtbot, world, feed):
    services = Services.over(world.store)
    page = _shown(qtbot, EvaluationPage(services.evaluation, feed), world.workshop_id)
    assert page.dimensions.count() == 5
    for row, (name, remark) in enumerate(SEED_EVALUATION.items()):
        page.dimensions.setCurrentRow(row)
        page.dimensions.currentItem().setText(name)  # what the in-place editor does on F2
        type_text(qtbot, page.remark, remark)
        if row == 1:
            page.rating.setValue(5)
        press(qtbot, page.remark, Qt.Key.Key_Return)
    stored = services.evaluation.dimensions(world.workshop_id)
    assert [(d.name, [(e.text, e.rating) for e in d.entries]) for d in stored] == [
        (name, [(remark, 5 if index == 1 else None)]) for index, (name, remark) in enumerate(SEED_EVALUATION.items())
    ]
    page.dimensions.setCurrentRow(0)
    page.entries.setData(page.entries.index(0, 1), "7")
    assert "1 to 5" in page.message.text()
    assert services.evaluation.dimensions(world.workshop_id)[0].entries[0].rating is None


def test_next_steps_typed_edited_and_removed(qtbot, world, feed):
    services = Services.over(world.store)
    page = _shown(qtbot, NextStepsPage(services.next_steps, feed), world.workshop_id)
    type_text(qtbot, page.what, "Grupperne drøfter samarbejdet ud fra På Tværs")
    type_text(qtbot, page.who, "Formandskabet")
    type_text(qtbot, page.when, "Næste møde")
    press(qtbot, page.when, Qt.Key.Key_Return)
    type_text(qtbot, page.what, "Referat udsendes")
    page.show_workshop(world.workshop_id)  # switching keeps what was typed
    assert [(a.what, a.who, a.when) for a in services.next_steps.actions(world.workshop_id)] == [
        ("Grupperne drøfter samarbejdet ud fra På Tværs", "Formandskabet", "Næste møde"),
        ("Referat udsendes", "", ""),
    ]
    page.model.setData(page.model.index(1, 2), "26.03.19")
    page.table.setCurrentIndex(page.model.index(0, 0))
    press(qtbot, page.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [(a.what, a.when) for a in services.next_steps.actions(world.workshop_id)] == [
        ("Referat udsendes", "26.03.19")
    ]


def test_attachment_file_and_title_kept_in_the_workshop_file(qtbot, world, feed, tmp_path):
    services = Services.over(world.store)
    page = _shown(qtbot, AttachmentsPage(services.attachments, feed), world.workshop_id)
    source = tmp_path / "Hjul til diagnosticering.pdf"
    source.write_bytes(b"%PDF-1.4 \x00\xff" * 1000)
    page.add_file(source)
    type_text(qtbot, page.title, "Jacob Høj's præsentation")
    press(qtbot, page.title, Qt.Key.Key_Return)
    assert [page.model.data(page.model.index(r, 0)) for r in range(2)] == [
        "Hjul til diagnosticering.pdf", "Jacob Høj's præsentation"
    ]
    target = tmp_path / "kopi.pdf"
    page.save_copy(0, target)
    assert target.read_bytes() == source.read_bytes()
    page.save_copy(1, tmp_path / "ingen.pdf")
    assert page.message.text() == "This attachment has no file, only a title."
    page.add_file(tmp_path / "mangler.pdf")
    assert "mangler.pdf" in page.message.text()
