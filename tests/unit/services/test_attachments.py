from __future__ import annotations

import pytest

from facilitator.export.attachments import save_attachment
from facilitator.services.attachments import AttachmentService
from facilitator.services.input_errors import InputError


def test_file_kept_in_the_database_and_saved_out_unchanged(world, tmp_path):
    attachments = AttachmentService(world.store)
    source = tmp_path / "Præsentation af ny Sundhedsaftale.pdf"
    payload = bytes(range(256)) * 100
    source.write_bytes(payload)
    file_id, changes = attachments.add_file(world.workshop_id, source)
    assert changes.attachments
    title_only, _ = attachments.add(world.workshop_id, "Hjul til diagnosticering")
    listed = attachments.attachments(world.workshop_id)
    assert [(a.title, a.size) for a in listed] == [
        ("Præsentation af ny Sundhedsaftale.pdf", len(payload)),
        ("Hjul til diagnosticering", 0),
    ]
    source.unlink()
    target = tmp_path / "ud.pdf"
    save_attachment(attachments, file_id, target)
    assert target.read_bytes() == payload
    with pytest.raises(InputError):
        save_attachment(attachments, title_only, tmp_path / "x")
    attachments.rename(title_only, "Hjul")
    attachments.delete(file_id)
    assert [a.title for a in attachments.attachments(world.workshop_id)] == ["Hjul"]


def test_missing_file_gives_a_message(world, tmp_path):
    with pytest.raises(InputError) as raised:
        AttachmentService(world.store).add_file(world.workshop_id, tmp_path / "nope.pdf")
    assert "nope.pdf" in raised.value.message()
