"""Timing fresh processes from spawn until they report a painted, then a ready window, and their
peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
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

# The floor of "ready" with this stack: the same window, but first importing what any process
# needs before it can show one stored workshop: SQLAlchemy, SQLModel (pydantic) and our models
# (before PySide6, so without its per-module import scan, as the app imports them).
READY_FLOOR_PROGRAM = "import sqlalchemy.orm, sqlmodel, facilitator.storage.models\n" + FLOOR_PROGRAM


@dataclass(frozen=True)
class Run:
    """One process: seconds from spawn to its ``expect`` line, that line, the seconds to each
    earlier line (keyed by its first word, e.g. ``shown``), and its peak memory."""

    seconds: float
    line: str
    peak_rss_mb: float
    marks: dict[str, float] = field(default_factory=dict)


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


def timed_run(arguments: list[str], env: dict[str, str], expect: str = "shown",
              program: list[str] | None = None) -> Run:
    """Spawn ``program arguments`` (program: this Python); wall time until a line starting with
    ``expect`` appears, and until each line before it."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [*(program or [sys.executable]), *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    marks: dict[str, float] = {}
    line = ""
    for output in process.stdout:
        marks.setdefault(output.split(" ", 1)[0].strip(), time.perf_counter() - started)
        if output.startswith(expect):
            line = output
            break
    seconds = time.perf_counter() - started
    process.stdout.read()
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if not line or process.returncode != 0:
        raise RuntimeError(f"{arguments} failed ({process.returncode}): {line!r} {errors[-500:]}")
    return Run(seconds, line.strip(), usage.ru_maxrss / 1024, marks)  # Linux reports kilobytes


def paired_runs(first: list[str], second: list[str], env: dict[str, str], times: int = 7,
                first_expect: str = "ready") -> list[tuple[Run, Run]]:
    """``times`` runs of each, interleaved so a busy machine slows both alike."""
    return [(timed_run(first, env, expect=first_expect), timed_run(second, env)) for _ in range(times)]


def frozen_executable() -> Path | None:
    """The app built by ``tools/build_app.py`` in this checkout, if there is one."""
    name = "Facilitator.exe" if sys.platform == "win32" else "Facilitator"
    path = REPO_ROOT / "dist" / "Facilitator" / name
    return path if path.is_file() else None


def app_arguments(db: Path) -> list[str]:
    return ["-m", "facilitator", *window_arguments(db)]


def window_arguments(db: Path) -> list[str]:
    """The window app's arguments (for ``python -m facilitator`` and the frozen executable)."""
    return ["--db", str(db), "--lang", "da"]


def floor_arguments() -> list[str]:
    return ["-c", FLOOR_PROGRAM]


def ready_floor_arguments() -> list[str]:
    return ["-c", READY_FLOOR_PROGRAM]
