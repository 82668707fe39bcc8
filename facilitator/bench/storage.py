"""How long storage holds the file for the user: a big import's write lock, the check at open."""

from __future__ import annotations

import time
from pathlib import Path

IMPORT_ITEMS = 4000


def import_write_s(folder: Path, items: int = IMPORT_ITEMS) -> float:
    """Seconds one ``import_plan`` of ``items`` items holds the write lock.

    While it runs, every line typed in an open app waits: this is the figure behind "a writing
    command never freezes typing".
    """
    from facilitator.domain.agenda_import import plan_import
    from facilitator.domain.programme.reader import parse_lines
    from facilitator.domain.programme.sources import read_text
    from facilitator.services.bundle import Services
    from facilitator.storage.database import open_store

    text = "\n".join(f"{8 + i // 60 % 12:02d}.{i % 60:02d} Punkt {i}: 10 min oplæg, 5 min drøftelse"
                     for i in range(items))
    store = open_store(folder / "import.sqlite")
    try:
        services = Services.over(store)
        workshop_id, _ = services.workshops.create("Import")
        plan = plan_import(parse_lines(read_text(text).lines).programme, 8 * 60)
        started = time.perf_counter()
        services.agenda.import_plan(workshop_id, plan)
        return time.perf_counter() - started
    finally:
        store.close()


def integrity_check_s(path: Path) -> float:
    """Seconds of SQLite's full integrity check, which every opening for writing now runs."""
    from facilitator.storage.sqlite import connect_read_only, integrity_verdict

    connection = connect_read_only(path)
    try:
        started = time.perf_counter()
        integrity_verdict(connection)
        return time.perf_counter() - started
    finally:
        connection.close()
