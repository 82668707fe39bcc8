"""A restart mid-run restores the room: projector, window, Run section (issue 10 item 13).

The app runs in a subprocess on two offscreen screens (a laptop and a projector), is killed
with SIGKILL in the middle of an item and started again with the same settings folder.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "dpr": 1}
HDMI = {"name": "hdmi", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1}


def environment(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [LAPTOP, HDMI]}))
    return dict(
        os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
    )


def start(tmp_path: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.integration.room_driver", str(tmp_path / "day.sqlite"), mode],
        cwd=ROOT, env=environment(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def armed(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if line != "armed":
        process.kill()
        raise AssertionError(f"driver said {line!r}: {process.communicate(timeout=30)[1]}")


def report(tmp_path: Path) -> dict:
    process = start(tmp_path, "report")
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def test_killed_mid_run_the_room_comes_back(tmp_path):
    process = start(tmp_path, "run")
    try:
        armed(process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    room = report(tmp_path)
    assert room["running"] == "running"  # the countdown itself was always restored
    assert room["section"] == "run"
    assert room["maximized"] and room["window_screen"] == "laptop"
    assert room["projector"] and room["projector_screen"] == "hdmi" and room["projector_fullscreen"]
    assert room["active"]  # the console has the keys, not the reopened projector


def test_a_quit_outside_a_run_keeps_the_window_where_it_was(tmp_path):
    process = start(tmp_path, "move")
    armed(process)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err  # Ctrl+Q quits at once: nothing runs
    room = report(tmp_path)
    assert room["section"] == "capture"
    assert not room["maximized"] and room["geometry"] == [100, 80, 1000, 700]
    assert not room["projector"]
