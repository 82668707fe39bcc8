"""Figures of bulk edits: a paste of many lines and its undo and redo, a participant preview.

Undo and redo of a paste are one transaction each (not one per line); the participant paste
preview is read again on every keystroke in its dialog, so its time for a long list matters.
"""

from __future__ import annotations

import time
from pathlib import Path

from facilitator.bench.floors import demo_list
from facilitator.domain.paste import PastedLine
from facilitator.storage.database import open_store

PASTED_LINES = 500
PARTICIPANT_ROWS = 1000


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def paste_figures_ms(path: Path) -> dict[str, float]:
    """Storing, undoing and redoing a paste of ``PASTED_LINES`` lines; previewing a long list."""
    store = open_store(path)
    try:
        services, workshop_id, item_id, cluster_id = demo_list(store)
        lines = [PastedLine(f"Punkt {number}: fælles sprog om borgeren", number % 3 == 1) for number in range(PASTED_LINES)]
        started = time.perf_counter()
        views, _ = services.capture.add_many(item_id, cluster_id, lines)
        paste = _ms(started)
        ids = [view.id for view in views]
        started = time.perf_counter()
        services.capture.delete_many(ids)
        undo = _ms(started)
        started = time.perf_counter()
        services.capture.restore_many(ids)
        redo = _ms(started)
        text = "Navn;Organisation;Klynge\n" + "".join(
            f"Deltager {n};Rebild Kommune;{'Nord' if n % 2 else 'klynge syd'}\n" for n in range(PARTICIPANT_ROWS)
        )
        started = time.perf_counter()
        services.setup.preview_participants(workshop_id, text)
        preview = _ms(started)
    finally:
        store.close()
    return {
        f"paste_{PASTED_LINES}_lines_ms": paste,
        f"paste_{PASTED_LINES}_undo_ms": undo,
        f"paste_{PASTED_LINES}_redo_ms": redo,
        f"participant_preview_{PARTICIPANT_ROWS}_rows_ms": preview,
    }
