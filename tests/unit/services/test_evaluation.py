from __future__ import annotations

import pytest

from facilitator.services.evaluation import EvaluationService
from facilitator.services.input_errors import InputError


def test_default_dimensions_once_with_editable_names_and_ratings(world):
    evaluation = EvaluationService(world.store)
    assert evaluation.ensure_dimensions(world.workshop_id).evaluation
    assert not evaluation.ensure_dimensions(world.workshop_id).any()
    dims = evaluation.dimensions(world.workshop_id)
    assert [d.key for d in dims] == ["frame", "content", "benefit", "participants", "other"]
    evaluation.rename_dimension(dims[0].id, "Rammerne")
    entry, _ = evaluation.add_entry(dims[0].id, "Fine rammer, gode lokaler, dejlig mad", 4)
    evaluation.add_entry(dims[0].id, "", 5)
    assert evaluation.add_entry(dims[0].id, " ", None)[0] is None
    with pytest.raises(InputError):
        evaluation.add_entry(dims[0].id, "x", 6)
    evaluation.edit_entry(entry, "Fine rammer", None)
    first = evaluation.dimensions(world.workshop_id)[0]
    assert first.name == "Rammerne"
    assert [(e.text, e.rating) for e in first.entries] == [("Fine rammer", None), ("", 5)]
    evaluation.delete_entry(entry)
    assert len(evaluation.dimensions(world.workshop_id)[0].entries) == 1
