"""The wall's repaint after a line is added, on a long wall (run as its own offscreen process).

Usage: python -m facilitator.bench.wall FOLDER
Prints ``wall LINES P50_MS P99_MS``: from storing one more line through the service to the
projector's wall being painted again (lists re-read, text size fitted, lines laid out), with
LINES lines on the wall before each addition.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.domain.kinds import ProjectorMode
from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.run.projector_board import BoardSources
from facilitator.ui.run.projector_stage import ProjectorStage
from facilitator.ui.run.slide import Layout, Slide

LINES_PER_CLUSTER = 40
ADDITIONS = 40
LINE = "Et sammenhængende borgerforløb før, under og efter behandling på tværs af sektorer nr. {n}"


def measure(folder: Path) -> tuple[int, float, float]:
    store = open_store(folder / "wall.sqlite")
    try:
        services = Services.over(store)
        workshop_id, _ = services.templates.create_demo()
        item = next(i for i in services.capture.items(workshop_id) if i.kind == "group_work")
        services.capture.set_projector_mode(item.id, ProjectorMode.WALL)
        clusters = [c.cluster_id for c in services.capture.capture_lists(item.id) if c.cluster_id is not None]
        for cluster in clusters:
            for n in range(LINES_PER_CLUSTER):
                services.capture.add_contribution(item.id, cluster, LINE.format(n=n))
        feed = ChangeFeed()
        stage = ProjectorStage(BoardSources(services.capture, services.voting, services.aco, feed))
        stage.resize(1920, 1080)
        stage.show()
        stage.set_slide(Slide(Layout.GROUP, heading=item.title, countdown="12:00", item_id=item.id,
                              item_kind=item.kind, projector_mode=ProjectorMode.WALL, language="da"))
        QApplication.processEvents()
        lines = sum(len(services.capture.lines(item.id, cluster)) for cluster in clusters)
        times = []
        for n in range(ADDITIONS):
            started = time.perf_counter()
            feed.publish(services.capture.add_contribution(item.id, clusters[n % len(clusters)], LINE.format(n=n))[1])
            stage.grab()  # paints the whole projector picture, the wall included
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        return lines, statistics.median(times), times[int(len(times) * 0.99) - 1]
    finally:
        store.close()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    count, p50, p99 = measure(Path(sys.argv[1]))
    print(f"wall {count} {p50:.2f} {p99:.2f}", flush=True)
