"""A writing command next to the running app: short transactions, "busy, retrying", nothing refused.

Found by an adversarial run: ``import-agenda`` of a long programme held the write lock for its
whole import; the app's typing froze 5 s per line and the lines were refused as "open in another
Facilitator window".
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from sqlmodel import func, select

from facilitator.storage.database import open_store
from facilitator.storage.models import AgendaItem
from tests.integration.forkserver import ForkServer
from tests.integration.workshop_file import make_workshop, stored_texts

ROOT = Path(__file__).resolve().parents[2]
ITEMS = 4000


def _facilitator(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "facilitator", "--lang", "en", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _programme(path: Path, items: int) -> Path:
    path.write_text("\n".join(f"{8 + i // 60 % 12:02d}.{i % 60:02d} Punkt {i}" for i in range(items)),
                    encoding="utf-8")
    return path


def _items(db: Path) -> int:
    store = open_store(db, exclusive=False)
    try:
        with store.read() as session:
            return session.exec(select(func.count()).select_from(AgendaItem)).one()
    finally:
        store.close()


def test_a_long_import_next_to_the_typing_app_refuses_none_of_its_lines(
    fork_server: ForkServer, tmp_path: Path
) -> None:
    db = make_workshop(tmp_path / "w.sqlite")
    app = fork_server.start(db, 0)  # the app, typing a line after another
    fork_server.wait_for(app, 5)
    importing = _facilitator("--db", str(db), "import-agenda", "--workshop", "1",
                             str(_programme(tmp_path / "program.txt", ITEMS)))
    while importing.poll() is None:
        fork_server.wait_for(app, len(app.acks) + 1)  # raises if a line was refused
    out, err = importing.communicate()
    fork_server.wait_for(app, len(app.acks) + 5)
    fork_server.kill(app)
    assert importing.returncode == 0, err
    assert f"Imported {ITEMS} items" in out and "open in another" not in err
    assert not app.errors
    store = open_store(db)
    try:
        lines = [text for table, _, text in app.acks if table == "contribution"]
        assert set(lines) <= set(stored_texts(store))
    finally:
        store.close()
    assert _items(db) == ITEMS + 1  # the seed's item and the imported ones


def test_a_writing_command_waits_for_another_writer_and_says_busy_retrying(tmp_path: Path) -> None:
    """Longer than one wait of SQLite's busy handler, and longer than the old 5 s that ended in
    "open in another Facilitator window"."""
    db = make_workshop(tmp_path / "w.sqlite")
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    release = threading.Timer(6.5, lambda: other.execute("COMMIT"))
    release.start()
    try:
        importing = _facilitator("--db", str(db), "import-agenda", "--workshop", "1",
                                 str(_programme(tmp_path / "program.txt", 3)))
        out, err = importing.communicate(timeout=120)
    finally:
        release.join()
        other.close()
    assert importing.returncode == 0, err
    assert "is busy (another program is writing to it); retrying" in err
    assert "open in another" not in err and "Imported 3 items" in out
