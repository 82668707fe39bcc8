"""A line is on disk when Enter's handler returns: kill -9 right after Enter loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from facilitator.services.capture import CaptureService
from facilitator.storage.database import open_store

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from facilitator.services.bundle import Services
    from facilitator.storage.database import open_store
    from facilitator.ui.capture.contributions_page import ContributionsPage
    from facilitator.ui.change_feed import ChangeFeed
    from tests.capture_fixtures import build_world

    app = QApplication([])
    store = open_store(sys.argv[1])
    world = build_world(store)
    page = ContributionsPage(Services.over(store).capture, ChangeFeed())
    page.set_item(world.group_item_id)
    page.show()
    entry = page.panels[0].entry
    QTest.keyClicks(entry, "Mål som sikrer lige vilkår")
    QTest.keyClick(entry, Qt.Key.Key_Return)
    QTest.keyClicks(entry, "halvt skrevet uden Enter")
    print("ENTERED", world.group_item_id, world.cluster_ids[0], flush=True)
    time.sleep(60)
    """
)


def test_line_survives_sigkill_right_after_enter(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        marker, item_id, cluster_id = child.stdout.readline().split()
        assert marker == "ENTERED"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    store = open_store(db)
    try:
        lines = CaptureService(store).contributions(int(item_id))
        # The line ended with Enter is there; the half-typed one was still in the field (it is
        # stored on leaving the field, which a killed process never does).
        assert [(line.cluster_id, line.text) for line in lines] == [(int(cluster_id), "Mål som sikrer lige vilkår")]
    finally:
        store.close()
