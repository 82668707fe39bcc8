"""The agenda commands run headless in a subprocess, against the file given with --db."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document

from facilitator.services.bundle import Services
from facilitator.storage.database import open_store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator", "--lang", "en", *args], cwd=ROOT,
                          capture_output=True, text=True, input=stdin, timeout=120)


def make_workshop(db: Path) -> int:
    store = open_store(db)
    try:
        workshop_id, _ = Services.over(store).workshops.create("Temadag")
    finally:
        store.close()
    return workshop_id


def test_import_then_export_programme_and_text(tmp_path: Path):
    db = tmp_path / "w.sqlite"
    workshop_id = make_workshop(db)
    source = tmp_path / "program.txt"
    source.write_text("Program\n- 12.30-12.50: Oplæg v/ formandskabet\n- 12.50-13.20: Drøftelse "
                      "(10 min oplæg, 20 min gruppearbejde)\n", encoding="cp1252")
    imported = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), str(source))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 items; 1 lines kept as notes." in imported.stdout
    assert "line 1 kept as a note: Program" in imported.stdout

    out = tmp_path / "script.docx"
    exported = run("--db", str(db), "export-programme", "--workshop", str(workshop_id), "-o", str(out), "--script")
    assert exported.returncode == 0, exported.stderr
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "12.50–13.00  oplæg (10 min)" in body

    text = run("--db", str(db), "export-agenda", "--workshop", str(workshop_id))
    assert text.stdout == ("12.30-12.50: Oplæg v/ formandskabet\n"
                           "12.50-13.20: Drøftelse (10 min oplæg, 20 min gruppearbejde)\n")


def test_unknown_workshop_and_missing_file_are_clear_messages(tmp_path: Path):
    db = tmp_path / "w.sqlite"
    make_workshop(db)
    missing = run("--db", str(db), "export-programme", "--workshop", "99", "-o", str(tmp_path / "x.docx"))
    assert missing.returncode == 1
    assert "There is no workshop 99" in missing.stderr
    unreadable = run("--db", str(db), "import-agenda", "--workshop", "1", str(tmp_path / "nope.txt"))
    assert unreadable.returncode == 1 and "Cannot read" in unreadable.stderr
    assert not (tmp_path / "x.docx").exists()


def test_import_from_stdin_replacing(tmp_path: Path):
    db = tmp_path / "w.sqlite"
    workshop_id = make_workshop(db)
    for text in ("09.00-10.00 A\n", "10.00-10.30 B\n"):
        result = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), "-", "--replace", stdin=text)
        assert result.returncode == 0, result.stderr
    store = open_store(db)
    try:
        agenda = Services.over(store).agenda.agenda(workshop_id)
    finally:
        store.close()
    assert [i.title for i in agenda.items] == ["B"]
    assert agenda.day_start == 600
