"""Timing fresh processes from spawn until they report a shown window, and their peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# The floor: the least any PySide6 app can do, importing Qt and showing an empty window.
FLOOR_PROGRAM = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


@dataclass(frozen=True)
class Run:
    """One process: seconds from spawn to its first output line, the line, its peak memory."""

    seconds: float
    line: str
    peak_rss_mb: float


def isolated_env(folder: Path) -> dict[str, str]:
    """Offscreen Qt, settings and data folder inside ``folder``, the source tree importable.

    Bytecode is written (and reused from the second start on), as for an installed app.
    """
    python_path = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    # An installed app has compiled bytecode; without it every start would compile the sources.
    inherited = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "PYTHONPATH": python_path,
        "FACILITATOR_REPORT_SHOWN": "1",
    }


def timed_run(arguments: list[str], env: dict[str, str], expect: str = "shown") -> Run:
    """Spawn ``python arguments``; wall time until a line starting with ``expect`` appears."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None and process.stderr is not None
    line = process.stdout.readline()
    seconds = time.perf_counter() - started
    process.stdout.read()
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if not line.startswith(expect) or process.returncode != 0:
        raise RuntimeError(f"{arguments} failed ({process.returncode}): {line!r} {errors[-500:]}")
    return Run(seconds, line.strip(), usage.ru_maxrss / 1024)  # Linux reports kilobytes


def paired_medians(first: list[str], second: list[str], env: dict[str, str], times: int = 5) -> tuple[float, float]:
    """Medians of ``times`` runs of each, interleaved so a busy machine slows both alike."""
    pairs = [(timed_run(first, env).seconds, timed_run(second, env).seconds) for _ in range(times)]
    return statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs)


def app_arguments(db: Path) -> list[str]:
    return ["-m", "facilitator", "--db", str(db), "--lang", "da"]


def floor_arguments() -> list[str]:
    return ["-c", FLOOR_PROGRAM]
