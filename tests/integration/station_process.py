"""A station for the tests: ``tests.integration.station_driver`` in a process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEN_WITHIN_S = 5  # a generous bound for a loaded CI machine; the bench measures the real figure


class StationProcess:
    """The real app window on a server, offscreen, with its own data folder (its own journal)."""

    def __init__(self, url: str, folder: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
               "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config")}
        self.process = subprocess.Popen([sys.executable, "-m", "tests.integration.station_driver", url],
                                        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        assert self.answer() == {"open": True}

    def answer(self) -> dict:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, f"the station ended (exit {self.process.poll()})"
        return json.loads(line)

    def do(self, command: str) -> dict:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def until(self, what: Callable[[dict], bool], timeout: float = SEEN_WITHIN_S,
              command: str = "report") -> dict:
        """The answer to ``command`` once ``what(answer)`` holds, or the last one after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            answer = self.do(command)
            if what(answer) or time.monotonic() > deadline:
                return answer
            time.sleep(0.02)

    def quit(self) -> None:
        if self.process.poll() is None:
            self.do("quit")
            self.process.wait(timeout=30)
