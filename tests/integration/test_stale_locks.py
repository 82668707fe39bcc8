"""Single-instance locks that outlive their owner: recognised, or shown to the user to take over.

Found by an adversarial run: a lock left by a crash on another computer (a USB stick moved) was
refused for ever, and a lock whose pid now belonged to any python3 process was taken as live.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from facilitator.storage import errors
from facilitator.storage.database import open_store
from tests.integration.workshop_file import add_lines, make_workshop, stored_texts


def _lock_lines_of_this_computer(folder: Path) -> list[str]:
    """The lines Qt writes in a lock on this computer: pid, program, host, machine id, boot id."""
    probe = QLockFile(str(folder / "probe.lock"))
    assert probe.tryLock(0)
    lines = (folder / "probe.lock").read_text().splitlines()
    probe.unlock()
    return lines


def _plant_lock(path: Path, lines: list[str], age_s: float) -> datetime:
    lock = Path(f"{path}.lock")
    lock.write_text("\n".join(lines) + "\n")
    written = time.time() - age_s
    os.utime(lock, (written, written))
    return datetime.fromtimestamp(written)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_lock_left_on_another_computer_names_it_and_can_be_taken_over(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    ours = _lock_lines_of_this_computer(tmp_path)
    written = _plant_lock(path, ["4242", ours[1], "moedelokale-laptop", "0" * 32, "another-boot"], 3 * 3600)
    before = _digest(path)
    with pytest.raises(errors.LockedError) as caught:
        open_store(path)
    message = caught.value.message()
    assert "moedelokale-laptop" in message and written.strftime("%H.%M") in message
    assert "take" in message and _digest(path) == before
    store = open_store(path, take_over_lock=True)  # the user confirmed that Facilitator is gone
    try:
        add_lines(store, ["Skrevet efter overtagelsen"])
        assert stored_texts(store)[-1] == "Skrevet efter overtagelsen"
        with pytest.raises(errors.LockedError):  # now this app holds it
            open_store(path)
    finally:
        store.close()


def test_a_lock_whose_pid_now_belongs_to_another_python_process_is_stale(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    ours = _lock_lines_of_this_computer(tmp_path)
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])  # a live python3
    try:
        _plant_lock(path, [str(stranger.pid), *ours[1:]], 3600)  # written an hour before it started
        open_store(path).close()
    finally:
        stranger.kill()
        stranger.wait()


def test_a_lock_of_a_live_owner_on_this_computer_is_shown_with_its_time(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    owner = open_store(path)
    try:
        with pytest.raises(errors.LockedError) as caught:
            open_store(path)
        assert "on this computer" in caught.value.message()
    finally:
        owner.close()
