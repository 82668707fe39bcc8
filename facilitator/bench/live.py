"""Figures of the live capture screen on the large workshop: an Enter, and a line from elsewhere.

Run in a process of its own (offscreen Qt), as the app would be:

- ``python -m facilitator.bench.live enter PATH``: Enter in one cluster's list while the capture
  screen shows all of the item's lists and the console's preview shows the item's wall; prints
  the statements one Enter costs and the time until the line is in the list's model.
- ``python -m facilitator.bench.live remote PATH``: the same window while a second process adds
  lines to that list; prints the time from each commit returning (in the writer) until the line
  is in this process's list model.
- ``python -m facilitator.bench.live write PATH ITEM CLUSTER COUNT``: that second process.
- ``python -m facilitator.bench.live idle PATH``: the same window left alone; prints the CPU the
  process spends per second, with the change feed watching and with it stopped.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENTERS = 200
WARM_UP = 10
REMOTE_LINES = 120


def _percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100)
    return round(statistics.median(samples), 2), round(cuts[98], 2)


class _Window:
    """The app's sections over the large workshop, capture shown, the item running on the wall."""

    def __init__(self, path: Path | str) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from facilitator.app import build_sections
        from facilitator.services.bundle import Services
        from facilitator.storage.database import open_store
        from facilitator.ui.change_feed import POLL_MS, SERVER_POLL_MS, ChangeFeed
        from facilitator.ui.main_window import MainWindow

        self.qt = QApplication.instance() or QApplication([])
        self.store = open_store(path)
        self.services = Services.over(self.store)
        workshop_id = self.services.workshops.list()[0].id
        server = self.services.change_log.is_server
        self.feed = ChangeFeed(self.services.change_log, interval_ms=SERVER_POLL_MS if server else POLL_MS)
        sections = build_sections(self.services, self.feed, QSettings())
        self.window = MainWindow("da")
        self.window.install(self.services.workshops, self.feed, sections)
        self.window.show_workshop(workshop_id)
        self.feed.watch(workshop_id)
        item = self.services.capture.items(workshop_id)[0]
        self.services.capture.set_projector_mode(item.id, "both")
        self.services.run.start(workshop_id, item.id)
        self.window.show()
        self.window.show_section("capture")
        capture = next(s.widget for s in sections if s.key == "capture")
        console = next(s.widget for s in sections if s.key == "run")
        console.reload()  # type: ignore[attr-defined]
        capture.set_item(item.id)  # type: ignore[attr-defined]
        self.panels = capture.contributions.panels  # type: ignore[attr-defined]
        self.panel = self.panels[0]
        self.item_id, self.cluster_id = item.id, self.panel.capture_list.cluster_id
        self.settle()

    def settle(self) -> None:
        for _ in range(3):
            self.qt.processEvents()

    def close(self) -> None:
        self.feed.stop()
        self.window.close_quietly()  # a run is in progress: closing must not ask
        self.store.close()


def measure_enter(path: Path | str) -> dict[str, Any]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import event

    shown = _Window(path)
    statements: list[str] = []
    event.listen(shown.store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    visible: list[float] = []
    for panel in shown.panels:
        for signal in (panel.model.modelReset, panel.model.rowsInserted):
            signal.connect(lambda *_: visible.append(time.perf_counter()))
    samples, counts, reads = [], [], []
    for number in range(WARM_UP + ENTERS):  # round the lists, as a minute-taker does: ~35 lines each
        entry = shown.panels[number % len(shown.panels)].entry
        entry.setFocus()
        entry.setText(f"Måling {number}: fælles sprog om rehabilitering på tværs af sektorer")
        statements.clear()
        visible.clear()
        started = time.perf_counter()
        QTest.keyClick(entry, Qt.Key.Key_Return)
        shown.settle()
        if number < WARM_UP:
            continue
        samples.append((visible[0] - started) * 1000)
        counts.append(len(statements))
        reads.append(sum(1 for s in statements if s.lstrip().upper().startswith("SELECT")
                         and "ORDER BY contribution.position" in s))
    shown.close()
    p50, p99 = _percentiles(samples)
    return {
        "enter_reads": max(reads),
        "enter_queries": max(counts),
        "enter_to_visible_ms_p50": p50,
        "enter_to_visible_ms_p99": p99,
    }


def measure_remote(path: Path | str, engine: str = "sqlite") -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QTimer

    shown = _Window(path)
    seen: dict[int, float] = {}

    def look() -> None:
        now = time.time()
        model = shown.panel.model
        for row in range(model.rowCount()):
            text = model.line(row).text
            if text.startswith("remote "):
                seen.setdefault(int(text.split()[1]), now)

    shown.panel.model.modelReset.connect(look)
    shown.panel.model.rowsInserted.connect(look)
    writer = subprocess.Popen(
        [sys.executable, "-m", "facilitator.bench.live", "write", str(path), str(shown.item_id),
         str(shown.cluster_id), str(REMOTE_LINES)],
        stdout=subprocess.PIPE, text=True,
    )
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    done_at: list[float] = []

    def until_done() -> None:
        if writer.poll() is not None and not done_at:
            done_at.append(time.time())
        if done_at and (len(seen) >= REMOTE_LINES or time.time() - done_at[0] > 2):
            loop.quit()

    check.timeout.connect(until_done)
    check.start()
    loop.exec()
    committed = json.loads(writer.stdout.read() if writer.stdout else "{}")
    shown.close()
    delays = [(seen[int(n)] - at) * 1000 for n, at in committed.items() if int(n) in seen]
    p50, p99 = _percentiles(delays)
    return {
        f"remote_line_visible_ms_p50_{engine}": p50,
        f"remote_line_visible_ms_p99_{engine}": p99,
        f"remote_lines_missing_{engine}": REMOTE_LINES - len(delays),
    }


def measure_idle(path: Path | str, engine: str = "sqlite", seconds: float = 5.0) -> dict[str, Any]:
    """CPU per second of the window left alone (a run in progress: the clock ticks), with the
    change feed watching and then with it stopped: the difference is what watching costs."""
    from PySide6.QtCore import QEventLoop, QTimer

    shown = _Window(path)
    loop = QEventLoop()

    def cpu_ms_per_s(wait_s: float) -> float:
        started = time.process_time()
        QTimer.singleShot(int(wait_s * 1000), loop.quit)
        loop.exec()
        return round((time.process_time() - started) * 1000 / wait_s, 2)

    cpu_ms_per_s(0.5)  # the window's own first paints and reads
    watching = cpu_ms_per_s(seconds)
    shown.feed.stop()
    alone = cpu_ms_per_s(seconds)
    shown.close()
    return {f"idle_cpu_ms_per_s_{engine}": watching, f"idle_cpu_ms_per_s_{engine}_feed_stopped": alone}


def in_process(command: str, path: Path | str, env: dict[str, str]) -> dict[str, Any]:
    """Run one measurement in a fresh offscreen process; its figures as a dict."""
    done = subprocess.run([sys.executable, "-m", "facilitator.bench.live", command, str(path)],
                          env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"bench.live {command} failed: {done.stderr[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def write(path: Path | str, item_id: int, cluster_id: int, count: int) -> None:
    """The second process: ``count`` lines at uneven moments, each commit's return time printed."""
    from facilitator.services.bundle import Services
    from facilitator.storage.database import open_store

    store = open_store(path, exclusive=False, create=False)
    capture = Services.over(store).capture
    committed: dict[int, float] = {}
    generator = random.Random(15)
    time.sleep(0.5)
    for number in range(count):
        time.sleep(generator.uniform(0.03, 0.13))
        capture.add_contribution(item_id, cluster_id, f"remote {number} fra den anden station")
        committed[number] = time.time()
    store.close()
    print(json.dumps(committed), flush=True)


def _target(text: str) -> Path | str:
    from facilitator.storage.urls import is_server_url

    return text if is_server_url(text) else Path(text)


def main() -> None:
    commands: dict[str, Callable[[], Any]] = {
        "enter": lambda: print(json.dumps(measure_enter(Path(sys.argv[2]))), flush=True),
        "remote": lambda: print(json.dumps(measure_remote(_target(sys.argv[2]))), flush=True),
        "remote-pg": lambda: print(json.dumps(measure_remote(sys.argv[2], "pg")), flush=True),
        "idle": lambda: print(json.dumps(measure_idle(Path(sys.argv[2]))), flush=True),
        "idle-pg": lambda: print(json.dumps(measure_idle(sys.argv[2], "pg")), flush=True),
        "write": lambda: write(_target(sys.argv[2]), *(int(a) for a in sys.argv[3:6])),  # type: ignore[func-returns-value]
    }
    commands[sys.argv[1]]()


if __name__ == "__main__":
    main()
