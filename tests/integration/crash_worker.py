"""A fork server for the kill -9 tests: imports the app once, then forks one writer per round.

Importing PySide6, SQLAlchemy and Alembic takes over a second; forking an already-imported process
takes milliseconds, so fifty kill rounds stay cheap. Each child is a real separate process with its
own file handles and lock, so ``kill -9`` of it is exactly a crash of the app.

Protocol (one line each, on stdin / stdout):
    in:  ``round <db path> <round number>``
    out: ``forked <pid>`` (parent), ``open <pid>`` (child, store opened), ``ack contribution <id>
         <text>`` (child, after each committed write returned), ``reaped <pid>`` (parent).
The child writes until it is killed or ``MAX_WRITES`` is reached.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from facilitator.services.capture import CaptureService
from facilitator.storage.database import open_store
from tests.integration.workshop_file import seed

MAX_WRITES = 2000


def say(line: str) -> None:
    """One unbuffered write per line: lines below PIPE_BUF never interleave between processes."""
    os.write(1, (line + "\n").encode())


def write_until_killed(db: Path, round_number: int) -> None:
    store = open_store(db)
    item_id, cluster_id = seed(store)
    capture = CaptureService(store)
    say(f"open {os.getpid()}")
    for index in range(MAX_WRITES):
        text = f"r{round_number}-{index} æøå"
        view, _ = capture.add_contribution(item_id, cluster_id, text)
        assert view is not None
        say(f"ack contribution {view.id} {text}")
    store.close()


def main() -> None:
    say("ready")
    for line in sys.stdin:
        _, db, round_number = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                write_until_killed(Path(db), int(round_number))
            finally:
                os._exit(0)
        say(f"forked {pid}")
        os.waitpid(pid, 0)  # reap: a zombie would still look alive to the stale-lock check
        say(f"reaped {pid}")


if __name__ == "__main__":
    main()
