"""Driving crash_worker.py: start writer children, read their acknowledgements, kill -9 them."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path


REPO_ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("crash_worker.py")
LINE_TIMEOUT_S = 30


@dataclass
class Round:
    """What one writer child reported before it died."""

    pid: int
    opened: bool = False
    acks: list[tuple[str, int, str]] = field(default_factory=list)  # (table, id, text)
    statements: int = 0  # SQL statements the child had executed (``upgrade`` mode)
    errors: list[str] = field(default_factory=list)  # what made the child stop writing


class ForkServer:
    """Starts writer children on request and kills them with SIGKILL."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        self._process = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        assert self._next() == "ready"

    def _pump(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            self._lines.put(line.rstrip("\n"))

    def _next(self) -> str:
        return self._lines.get(timeout=LINE_TIMEOUT_S)

    def start(self, db: Path, round_number: int, mode: str = "write") -> Round:
        """Fork a child on ``db`` (``write``: a writer; ``upgrade``: only opens); returns its pid."""
        assert self._process.stdin is not None
        self._process.stdin.write(f"round {db} {round_number} {mode}\n")
        self._process.stdin.flush()
        pending: list[str] = []
        while not (line := self._next()).startswith("forked "):
            pending.append(line)  # the child may speak before the parent reports the fork
        current = Round(pid=int(line.split()[1]))
        for early in pending:
            self._record(current, early)
        return current

    def _record(self, current: Round, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "open":
            current.opened = True
        elif kind == "error":
            current.errors.append(rest)
        elif kind == "stmt":
            current.statements += 1
        elif kind == "ack":
            table, row_id, text = rest.split(" ", 2)
            current.acks.append((table, int(row_id), text))
        else:
            raise AssertionError(f"unexpected line from the writer: {line!r}")

    def wait_for(self, current: Round, acks: int) -> None:
        """Read the child's lines until it has acknowledged ``acks`` writes (0: until open)."""
        while not current.opened or len(current.acks) < acks:
            assert not current.errors, f"the writer stopped: {current.errors}"
            self._record(current, self._next())

    def wait_for_statement(self, current: Round, number: int) -> None:
        """Read the child's lines until its ``number``-th SQL statement ran (or it is open)."""
        while not current.opened and current.statements < number:
            self._record(current, self._next())

    def kill(self, current: Round) -> None:
        """SIGKILL the child, then collect whatever it acknowledged before dying."""
        os.kill(current.pid, signal.SIGKILL)
        while (line := self._next()) != f"reaped {current.pid}":
            self._record(current, line)

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait(timeout=LINE_TIMEOUT_S)
