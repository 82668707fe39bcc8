"""Table scribes' figures: a phone's line until it is stored, and until the projector's wall shows it.

``python -m facilitator.bench.scribes FOLDER [SECONDS]`` runs twenty simulated phones (a line a
second each, on loopback, in a process of their own as real phones are) against the server
inside an offscreen app with the wall open, and prints one JSON object: ``scribe_ack_ms_p50/p99``
(POST sent until the "stored" answer), ``scribe_to_wall_ms_p50/p99`` (POST sent until the line is
in the wall's list model) and ``scribe_app_cpu_ms_per_line`` (the app's CPU time per line).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

PHONES = 20
SECONDS = 20.0


def measure(folder: Path, seconds: float = SECONDS) -> dict[str, float | int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.bench.scribe_load import percentile
    from facilitator.services.bundle import Services
    from facilitator.storage.database import open_store
    from facilitator.storage.models import AgendaItem, Cluster, Workshop
    from facilitator.ui.capture.wall import WallWidget
    from facilitator.ui.change_feed import ChangeFeed
    from facilitator.ui.scribes.host import ScribeHost

    app = QApplication.instance() or QApplication([])
    store = open_store(folder / "scribes.sqlite")
    with store.transaction() as session:
        workshop = Workshop(title="Bench")
        session.add(workshop)
        session.flush()
        session.add_all([Cluster(workshop_id=workshop.id, position=i, name=f"Bord {i + 1}") for i in range(PHONES)])
        item = AgendaItem(workshop_id=workshop.id, kind="group_work", title="Gruppearbejde", planned_minutes=60)
        session.add(item)
        session.flush()
        workshop_id, item_id = workshop.id, item.id
    services = Services.over(store)
    services.run.start(workshop_id, item_id)
    feed = ChangeFeed(services.change_log)
    feed.watch(workshop_id)
    host = ScribeHost(services.scribes, services.change_log, feed, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    wall = WallWidget(services.capture, feed, item_id)
    wall.resize(1920, 1080)
    wall.show()
    seen_at: dict[str, float] = {}
    counted = {id(model): 0 for _label, _view, model in wall.columns}

    def look(model) -> None:  # noqa: ANN001 (a ContributionListModel)
        now = time.perf_counter()
        for row in range(counted[id(model)], model.rowCount()):
            seen_at.setdefault(model.line(row).text, now)
        counted[id(model)] = model.rowCount()

    for _label, _view, model in wall.columns:
        model.modelReset.connect(lambda m=model: look(m))
        model.rowsInserted.connect(lambda *_a, m=model: look(m))
    try:
        site = host.start(workshop_id, "da", "127.0.0.1", 0)
        site.server.wait_started()
        codes = [card.code for card in site.cards()]
        phones = subprocess.Popen([sys.executable, "-m", "facilitator.bench.scribe_load", site.address, str(item_id),
                                   str(seconds), *codes], stdout=subprocess.PIPE, text=True)
        timer = QTimer()
        timer.timeout.connect(lambda: app.quit() if phones.poll() is not None else None)
        timer.start(100)
        cpu_started = time.process_time()
        app.exec()
        cpu_s = time.process_time() - cpu_started
        report = json.loads(phones.communicate()[0].strip().splitlines()[-1])
        for _ in range(20):  # the last lines' queued signals
            app.processEvents()
            time.sleep(0.01)
    finally:
        host.stop()
        store.close()
    sent = report["sent"]
    wall_ms = [(seen_at[text] - at) * 1000 for text, at in sent.items() if text in seen_at]
    acks = report["ack_ms"]
    return {
        "scribe_phones": PHONES,
        "scribe_lines": len(acks),
        "scribe_refused": len(report["refused"]) + len(report["errors"]),
        "scribe_ack_ms_p50": round(percentile(acks, 0.5), 2),
        "scribe_ack_ms_p99": round(percentile(acks, 0.99), 2),
        "scribe_to_wall_ms_p50": round(percentile(wall_ms, 0.5), 2),
        "scribe_to_wall_ms_p99": round(percentile(wall_ms, 0.99), 2),
        "scribe_not_on_wall": len(sent) - len(wall_ms),
        # CPU the app (server, window and wall) spent per line while the phones ran, their page
        # reads included: what a busy machine cannot inflate the way it inflates latencies.
        "scribe_app_cpu_ms_per_line": round(cpu_s * 1000 / max(1, len(acks)), 2),
    }


def main() -> int:
    folder = Path(sys.argv[1])
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else SECONDS
    print(json.dumps(measure(folder, seconds)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
