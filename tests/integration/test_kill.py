"""kill -9 at random moments loses no acknowledged line or timer event and never damages the file.

A write is acknowledged when the service call returned (the Enter key's handler is done); the
promise to the user is that such a line survives any crash of the app.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from sqlmodel import select

from facilitator.domain.clock import SystemClock
from facilitator.services.run import RunService
from facilitator.storage.database import UNFINISHED_LOCK_GRACE_S, open_store
from facilitator.storage.errors import LockedError
from facilitator.storage.models import Contribution, TimerEvent, Workshop
from facilitator.storage.store import Store

from tests.integration.forkserver import ForkServer, Round


def _kill_at_random(server: ForkServer, db: Path, number: int, rng: random.Random) -> Round:
    """One round: sometimes kill during opening, usually after a few writes, mid-transaction."""
    current = server.start(db, number)
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0, 0.05))
    else:
        server.wait_for(current, rng.randint(0, 25))
        time.sleep(rng.uniform(0, 0.004))
    server.kill(current)
    return current


def _open_after_crash(db: Path) -> Store:
    """Reopen as the restarted app would; this also proves the dead writer's lock is recovered."""
    try:
        return open_store(db)
    except LockedError:
        # Killed between creating the lock file and writing its pid: stale after a short grace.
        time.sleep(UNFINISHED_LOCK_GRACE_S)
        return open_store(db)


def _assert_everything_acknowledged_is_there(db: Path, acks: list[tuple[str, int, str]]) -> None:
    store = _open_after_crash(db)
    try:
        with store.read() as session:
            stored = {
                "contribution": {row.id: row.text for row in session.exec(select(Contribution))},
                "timerevent": {row.id: row.kind for row in session.exec(select(TimerEvent))},
            }
            workshop_ids = session.exec(select(Workshop.id)).all()
        for workshop_id in workshop_ids:  # the countdown is rebuilt from the stored events
            RunService(store, SystemClock()).state(workshop_id)
    finally:
        store.close()
    missing = [ack for ack in acks if stored[ack[0]].get(ack[1]) != ack[2]]
    assert not missing, f"acknowledged but lost: {missing[:5]}"
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_no_acknowledged_write_is_lost(
    fork_server: ForkServer, tmp_path: Path, rounds: int
) -> None:
    db = tmp_path / "workshop.sqlite"
    rng = random.Random(20261123)
    acknowledged: list[tuple[str, int, str]] = []
    for number in range(rounds):
        acknowledged += _kill_at_random(fork_server, db, number, rng).acks
        _assert_everything_acknowledged_is_there(db, acknowledged)
    assert len(acknowledged) > rounds  # the rounds really wrote, not only opened
    assert {"contribution", "timerevent"} <= {table for table, _, _ in acknowledged}


def test_kill_while_creating_a_new_file_leaves_an_openable_file(
    fork_server: ForkServer, tmp_path: Path
) -> None:
    rng = random.Random(7)
    for number in range(15):
        db = tmp_path / f"new-{number}.sqlite"
        current = fork_server.start(db, number)
        time.sleep(rng.uniform(0, 0.06))
        fork_server.kill(current)
        _assert_everything_acknowledged_is_there(db, current.acks)
