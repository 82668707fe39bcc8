from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.services.bundle import Services
from facilitator.ui.capture.qa_form import QaForm
from tests.ui.capture.conftest import press, type_text


def test_questions_typed_with_asker_and_answer(qtbot, world, feed):
    services = Services.over(world.store)
    form = QaForm(services.qa, feed)
    qtbot.addWidget(form)
    form.set_item(world.talk_item_id)
    form.show()
    type_text(qtbot, form.question, "Hvorfor er det en god ide med 1 aftale?")
    press(qtbot, form.question, Qt.Key.Key_Return)  # on to "asked by"
    type_text(qtbot, form.asked_by, "Ole Stavad")
    type_text(qtbot, form.answer, "Det er loven. Men hvorfor?")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert form.question.text() == "" and form.model.rowCount() == 1
    type_text(qtbot, form.question, "Hvad gør vi hvis lægerne melder sig ud?")
    form.set_item(world.group_item_id)  # switching item keeps the half-finished question
    pairs = services.qa.pairs(world.talk_item_id)
    assert [(p.question.text, p.question.author, p.answer.text if p.answer else None) for p in pairs] == [
        ("Hvorfor er det en god ide med 1 aftale?", "Ole Stavad", "Det er loven. Men hvorfor?"),
        ("Hvad gør vi hvis lægerne melder sig ud?", "", None),
    ]
    form.set_item(world.talk_item_id)
    assert form.model.rowCount() == 2
    form.model.setData(form.model.index(1, 2), "Svært at tiltrække læger til yderområderne.")
    assert services.qa.pairs(world.talk_item_id)[1].answer.text == "Svært at tiltrække læger til yderområderne."
