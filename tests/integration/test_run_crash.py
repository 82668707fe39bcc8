"""A run killed with SIGKILL mid-item resumes with the right remaining time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta, timezone
from pathlib import Path

from facilitator.domain.clock import ManualClock
from facilitator.domain.countdown import TimerStatus, format_countdown
from facilitator.services.run import RunService
from facilitator.storage.database import open_store
from tests.run_support import DAY, seed_store

ROOT = Path(__file__).resolve().parents[2]

# Starts item 4 at 13.25, +2 minutes at 13.30, pauses at 13.33, resumes at 13.35, then waits to die.
SCRIPT = textwrap.dedent(
    """
    import sys, time
    from datetime import timedelta, timezone
    from facilitator.domain.clock import ManualClock
    from facilitator.services.run import RunService
    from facilitator.storage.database import open_store
    from tests.run_support import DAY

    store = open_store(sys.argv[1])
    clock = ManualClock(DAY + timedelta(hours=13, minutes=25))
    service = RunService(store, clock, tz=timezone.utc)
    item = service.state(1).items[3].item.id
    service.start(1, item)
    clock.advance(5 * 60)
    service.extend(1, 2)
    clock.advance(3 * 60)
    service.toggle(1)
    clock.advance(2 * 60)
    service.toggle(1)
    print("ready", flush=True)
    time.sleep(60)
    """
)


def test_kill_mid_item_loses_no_timer_event(tmp_path):
    path = tmp_path / "day.sqlite"
    seeded, workshop_id, ids = seed_store(path)
    seeded.close()
    assert workshop_id == 1
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(path)],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

    clock = ManualClock(DAY + timedelta(hours=13, minutes=40))  # restarted five minutes later
    store = open_store(path)
    try:
        item = RunService(store, clock, tz=timezone.utc).state(workshop_id).items[3]
        view = item.timer.view()
        # Running since 13.25 with 2 minutes added and 2 paused: 17 of 34 minutes used;
        # its first phase (10 + 2 min) ended at 13.39, so the group work has 19 minutes left.
        assert view.status is TimerStatus.RUNNING
        assert (view.phase_index, format_countdown(view.remaining_s)) == (1, "19:00")
        assert view.started_at == DAY + timedelta(hours=13, minutes=25)
        assert view.paused_s == 120
    finally:
        store.close()
