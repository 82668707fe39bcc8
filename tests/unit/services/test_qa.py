from __future__ import annotations

from facilitator.services.capture import CaptureService
from facilitator.services.qa import QaService


def test_questions_with_answers_and_askers_in_order(world):
    qa = QaService(world.store, CaptureService(world.store))
    item = world.talk_item_id
    qa.add(item, "Hvorfor er det en god ide med 1 aftale?", "Det er loven.", "Ole")
    qa.add(item, "Hvad gør vi hvis lægerne melder sig ud?")
    assert not qa.add(item, "   ", "svar uden spørgsmål").any()
    pairs = qa.pairs(item)
    assert [(p.question.text, p.question.author, p.answer and p.answer.text) for p in pairs] == [
        ("Hvorfor er det en god ide med 1 aftale?", "Ole", "Det er loven."),
        ("Hvad gør vi hvis lægerne melder sig ud?", "", None),
    ]
    qa.set_answer(pairs[1].question.id, "Svært at tiltrække til yderområderne.")
    qa.set_answer(pairs[0].question.id, "")
    qa.set_asked_by(pairs[1].question.id, "Bente")
    pairs = qa.pairs(item)
    assert pairs[0].answer is None
    assert (pairs[1].question.author, pairs[1].answer.text) == ("Bente", "Svært at tiltrække til yderområderne.")
