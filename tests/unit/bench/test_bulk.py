"""The bulk-edit figures measure a real paste, its undo and redo, and a participant preview."""

from __future__ import annotations

from pathlib import Path

from facilitator.bench import bulk
from facilitator.services.bundle import Services
from facilitator.storage.database import open_store


def test_the_paste_figures_come_from_a_paste_that_was_undone_and_redone(tmp_path: Path) -> None:
    figures = bulk.paste_figures_ms(tmp_path / "bulk.sqlite")
    assert set(figures) == {"paste_500_lines_ms", "paste_500_undo_ms", "paste_500_redo_ms",
                            "participant_preview_1000_rows_ms"}
    assert all(isinstance(value, float) and value >= 0 for value in figures.values())
    store = open_store(tmp_path / "bulk.sqlite")
    try:
        services = Services.over(store)
        workshop = services.workshops.list()[0]
        items = services.capture.items(workshop.id)
        lines = sum(len(services.capture.contributions(item.id)) for item in items)
        assert lines >= bulk.PASTED_LINES  # the redone paste is there, besides the demo's own lines
    finally:
        store.close()
