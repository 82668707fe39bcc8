"""Prose is on disk as it is typed: kill -9 while typing loses at most about the last second.

A child process types into the real notes page, key by key, and says after every key how many
characters it has typed and when; it is killed at a random moment. What the file then holds
must be exactly the start of what was typed, and what is missing must have been typed within
the last second (plus a small allowance for a busy machine: the save itself and the kill).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from facilitator.services.notes import NotesService
from facilitator.storage.database import open_store

ROOT = Path(__file__).resolve().parents[2]
SAVE_WINDOW_S = 1.0  # the promise
ALLOWANCE_S = 0.6  # a save's transaction, the event loop's delay and the kill, on a busy machine
TEXT = ("Store udfordringer på sundhedsområdet. Samspil hvis det skal lykkes. Løbende tættere dialog "
        "med hinanden. Ekstra vigtigt i 2014. Sundhedsaftalen kommer til at forpligte os alle! ") * 4

CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from facilitator.services.bundle import Services
    from facilitator.storage.database import open_store
    from facilitator.ui.capture.notes_page import NotesPage
    from facilitator.ui.change_feed import ChangeFeed

    app = QApplication([])
    store = open_store(sys.argv[1])
    services = Services.over(store)
    workshop_id, _ = services.workshops.create("Temadag")
    item_id, _ = services.agenda.insert_item(workshop_id, title="Velkomst")
    page = NotesPage(services.notes, services.setup, ChangeFeed())
    page.show_workshop(workshop_id)
    page.set_item(item_id)
    page.show()
    page.focus_work()
    text = sys.argv[2]
    typed = [0]
    print("READY", item_id, flush=True)

    def key():
        if typed[0] >= len(text):
            return
        QTest.keyClicks(page.editor, text[typed[0]])
        typed[0] += 1
        print(typed[0], time.monotonic(), flush=True)

    timer = QTimer(interval=15)  # about 60 keys a second: a fast typist
    timer.timeout.connect(key)
    timer.start()
    app.exec()
    """
)


def _one_round(tmp_path: Path, number: int) -> tuple[float, int, int]:
    """(seconds of typing lost, characters typed, characters stored) of one killed child."""
    db = tmp_path / f"notes-{number}.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), TEXT], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    try:
        marker, item_id = child.stdout.readline().split()
        assert marker == "READY"
        kill_after = time.monotonic() + random.uniform(1.5, 4.0)
        stamps: dict[int, float] = {}
        while time.monotonic() < kill_after:
            count, stamp = child.stdout.readline().split()
            stamps[int(count)] = float(stamp)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
        for rest in child.stdout.read().split("\n"):  # what it typed before the kill landed
            if rest.strip():
                count, stamp = rest.split()
                stamps[int(count)] = float(stamp)
    finally:
        if child.poll() is None:
            child.kill()
    store = open_store(db)
    try:
        stored = NotesService(store).notes(int(item_id)).plain_text()
    finally:
        store.close()
    typed = max(stamps)
    assert TEXT.startswith(stored), "the stored text is not what was typed"
    lost = 0.0 if len(stored) >= typed else stamps[typed] - stamps[len(stored) + 1]
    return lost, typed, len(stored)


def test_kill_while_typing_loses_at_most_the_last_second(tmp_path: Path) -> None:
    results = [_one_round(tmp_path, number) for number in range(3)]
    for lost, typed, stored in results:
        assert typed > 60 and stored > 0
        assert lost <= SAVE_WINDOW_S + ALLOWANCE_S, results
