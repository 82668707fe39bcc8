"""What the README promises about copying a workshop: the .sqlite alone may lack the newest lines;
the ``backup`` command's file has them all, also while the app has the workshop open.

The app's newest lines are in the -wal until SQLite checkpoints them (every ~1,000 pages, or
when the app closes the file); a crash leaves them there too.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from facilitator.storage.database import open_for_reading, open_store
from tests.integration.workshop_file import add_lines, make_workshop, stored_texts

ROOT = Path(__file__).resolve().parents[2]


def _texts(path: Path) -> set[str]:
    store = open_for_reading(path)
    try:
        return set(stored_texts(store))
    finally:
        store.close()


def _backup(db: Path, data: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "facilitator", "--db", str(db), "--lang", "en", "backup"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                               "XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    name = done.stdout.strip().rsplit(": ", 1)[-1]
    return next(data.rglob(name))


def test_copying_only_the_sqlite_loses_the_wal_and_the_backup_command_does_not(tmp_path: Path) -> None:
    db = make_workshop(tmp_path / "w.sqlite", lines=3)
    app = open_store(db)  # the app has the workshop open and has just acknowledged two lines
    try:
        add_lines(app, ["Linje efter åbning", "Og en til"])
        assert Path(f"{db}-wal").stat().st_size > 0
        only_the_file = tmp_path / "copy" / "w.sqlite"
        only_the_file.parent.mkdir()
        shutil.copyfile(db, only_the_file)
        backup = _backup(db, tmp_path / "data")
    finally:
        app.close()
    assert "Og en til" not in _texts(only_the_file)
    assert {"Linje efter åbning", "Og en til"} <= _texts(backup)
    assert _texts(backup) == _texts(db)
