"""A fork server for the kill -9 tests: imports the app once, then forks one writer per round.

Importing PySide6, SQLAlchemy and Alembic takes over a second; forking an already-imported process
takes milliseconds, so fifty kill rounds stay cheap. Each child is a real separate process with its
own file handles and lock, so ``kill -9`` of it is exactly a crash of the app.

Protocol (one line each, on stdin / stdout):
    in:  ``round <db path> <round number> <mode>``
    out: ``forked <pid>`` (parent), ``open <pid>`` (child, store opened), ``ack contribution <id>
         <text>`` and ``ack timerevent <id> <kind>`` (child, after each committed write returned),
         ``error <what>`` (child, a write failed), ``reaped <pid>`` (parent).
In ``write`` mode the child writes until it is killed or ``MAX_WRITES`` is reached: lines through
the capture service and, every few lines, a timer command (start, pause, resume, extend) through
the run service, as the facilitator does during group work. In ``upgrade`` mode it only opens the
file (an old one, so it upgrades) and says ``stmt`` after every SQL statement, so that the kill
can land between any two of them.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, event
from sqlmodel import col, select

from facilitator.domain.clock import SystemClock
from facilitator.domain.countdown import InvalidCommand
from facilitator.services.capture import CaptureService
from facilitator.services.run import RunService
from facilitator.storage.database import open_store
from facilitator.storage.models import AgendaItem, TimerEvent
from facilitator.storage.store import Store
from tests.integration.workshop_file import seed

MAX_WRITES = 2000
UPGRADE_CHILD_WAITS_S = 120  # far longer than any round waits before its kill
TIMER_EVERY = 3  # lines between two timer commands


def say(line: str) -> None:
    """One unbuffered write per line: lines below PIPE_BUF never interleave between processes."""
    os.write(1, (line + "\n").encode())


def _timer_command(run: RunService, store: Store, workshop_id: int, turn: int) -> str | None:
    """Space (start / pause / resume) or +1 minute; the stored event's ack, if one was written."""
    try:
        changes = run.toggle(workshop_id) if turn % 2 == 0 else run.extend(workshop_id, 1)
    except InvalidCommand:  # e.g. extending while paused: nothing was written
        return None
    if not changes.any():
        return None
    with store.read() as session:
        event = session.exec(select(TimerEvent).order_by(col(TimerEvent.id).desc())).first()
    assert event is not None
    return f"ack timerevent {event.id} {event.kind}"


def write_until_killed(db: Path, round_number: int) -> None:
    store = open_store(db)
    item_id, cluster_id = seed(store)
    with store.read() as session:
        item = session.get(AgendaItem, item_id)
        assert item is not None
        workshop_id = item.workshop_id
    capture = CaptureService(store)
    run = RunService(store, SystemClock())
    say(f"open {os.getpid()}")
    for index in range(MAX_WRITES):
        text = f"r{round_number}-{index} æøå"
        view, _ = capture.add_contribution(item_id, cluster_id, text)
        assert view is not None
        say(f"ack contribution {view.id} {text}")
        if index % TIMER_EVERY == 0 and (ack := _timer_command(run, store, workshop_id, index)):
            say(ack)
    store.close()


def open_and_upgrade(db: Path) -> None:
    """Open (and so upgrade) ``db``, then wait to be killed: a child that exits by itself could be
    reaped and its pid given to another process before the parent's kill."""
    event.listen(Engine, "after_cursor_execute", lambda *_: say("stmt"))
    store = open_store(db)
    store.close()
    say(f"open {os.getpid()}")
    time.sleep(UPGRADE_CHILD_WAITS_S)


def main() -> None:
    say("ready")
    for line in sys.stdin:
        _, db, round_number, mode = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                if mode == "upgrade":
                    open_and_upgrade(Path(db))
                else:
                    write_until_killed(Path(db), int(round_number))
            except BaseException as error:  # told, then killed like every child (its pid stays ours)
                say(f"error {type(error).__name__}: {error}".replace("\n", " "))
                time.sleep(UPGRADE_CHILD_WAITS_S)
            finally:
                os._exit(0)
        say(f"forked {pid}")
        os.waitpid(pid, 0)  # reap: a zombie would still look alive to the stale-lock check
        say(f"reaped {pid}")


if __name__ == "__main__":
    main()
