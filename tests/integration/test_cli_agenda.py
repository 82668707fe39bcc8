"""The agenda commands run headless in a subprocess, against the file given with --db."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from facilitator.services.bundle import Services
from facilitator.storage.database import open_store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator", "--lang", lang, *args], cwd=ROOT,
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
    assert "Imported 2 items; 1 line kept as a note." in imported.stdout
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


def agenda_titles(db: Path, workshop_id: int) -> list[str]:
    store = open_store(db)
    try:
        return [i.title for i in Services.over(store).agenda.agenda(workshop_id).items]
    finally:
        store.close()


def test_notepad_unicode_file_is_read_with_its_byte_order_mark(tmp_path: Path):
    db = tmp_path / "w.sqlite"
    workshop_id = make_workshop(db)
    source = tmp_path / "program.txt"
    source.write_bytes(b"\xff\xfe" + "09.00-09.30 Velkomst\r\n09.30-10.00 Oplæg\r\n".encode("utf-16-le"))
    result = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), str(source))
    assert result.returncode == 0, result.stderr
    assert "Imported 2 items; 0 lines kept as notes." in result.stdout
    assert agenda_titles(db, workshop_id) == ["Velkomst", "Oplæg"]


def test_a_database_or_binary_file_is_refused_and_the_agenda_kept(tmp_path: Path):
    db = tmp_path / "w.sqlite"
    workshop_id = make_workshop(db)
    run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), "-", stdin="09.00-10.00 Velkomst\n")
    for name, data in (("other.sqlite", db.read_bytes()), ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)))):
        target = tmp_path / name
        target.write_bytes(data)
        refused = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), str(target), "--replace")
        assert refused.returncode == 1
        assert "not a programme" in refused.stderr or "not a text" in refused.stderr
    assert agenda_titles(db, workshop_id) == ["Velkomst"]


def test_a_word_invitation_goes_to_the_word_reader(tmp_path: Path):
    from tests.programme_documents import invitation_docx

    db = tmp_path / "w.sqlite"
    workshop_id = make_workshop(db)
    source = tmp_path / "invitation.docx"
    source.write_bytes(invitation_docx())
    result = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), str(source))
    assert result.returncode == 0, result.stderr
    assert "Imported 9 items" in result.stdout
    titles = agenda_titles(db, workshop_id)
    assert titles[0] == "Ankomst og morgenmad" and titles[-1] == "Det videre forløb"


def test_replace_keeps_the_old_agenda_and_undo_brings_it_back(tmp_path: Path):
    db = tmp_path / "w.sqlite"
    workshop_id = make_workshop(db)
    first = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), "-",
                stdin="08.30-09.00 Morgenmad\n09.00-10.00 Velkomst\n")
    assert first.returncode == 0, first.stderr
    source = tmp_path / "forkert.txt"
    source.write_text("13.00-14.00 Noget helt andet\n", encoding="utf-8")
    replaced = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), str(source), "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "--undo" in replaced.stdout
    assert agenda_titles(db, workshop_id) == ["Noget helt andet"]
    undone = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), "--undo")
    assert undone.returncode == 0, undone.stderr
    assert "“forkert.txt”" in undone.stdout and "1 item removed, 2 restored" in undone.stdout
    assert agenda_titles(db, workshop_id) == ["Morgenmad", "Velkomst"]
    store = open_store(db)
    try:
        assert Services.over(store).agenda.agenda(workshop_id).day_start == 510
    finally:
        store.close()
    run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), "--undo")
    assert agenda_titles(db, workshop_id) == []
    nothing = run("--db", str(db), "import-agenda", "--workshop", str(workshop_id), "--undo")
    assert nothing.returncode == 1 and "no import to undo" in nothing.stderr


def test_import_agenda_into_head_exits_quietly(tmp_path: Path) -> None:
    """``import-agenda … | head``: the import is done, and no traceback when head stops reading."""
    db = tmp_path / "w.sqlite"
    workshop = make_workshop(db)
    programme = tmp_path / "program.txt"
    notes = "".join(f"Bemærkning {n}\n\n" for n in range(3000))  # each printed as "kept as a note"
    programme.write_text(notes + "09.00 Velkomst\n", encoding="utf-8")
    importing = subprocess.Popen([sys.executable, "-m", "facilitator", "--lang", "en", "--db", str(db),
                                  "import-agenda", "--workshop", str(workshop), str(programme)],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert importing.stdout is not None and importing.stderr is not None
    assert importing.stdout.readline().startswith("Imported 1 item; 3000 lines kept as notes.")
    importing.stdout.close()  # head has read its line
    importing.wait(timeout=120)
    assert importing.stderr.read() == ""
    store = open_store(db)
    try:
        assert [item.title for item in Services.over(store).agenda.agenda(workshop).items][-1] == "Velkomst"
    finally:
        store.close()


COUNTED = {
    "da": ("Importerede 1 punkt; 1 linje gemt som note.", "Importerede 2 punkter; 2 linjer gemt som noter.",
           "er taget tilbage: 2 punkter fjernet, 1 genskabt.", "er taget tilbage: 1 punkt fjernet, 1 genskabt."),
    "en": ("Imported 1 item; 1 line kept as a note.", "Imported 2 items; 2 lines kept as notes.",
           ": 2 items removed, 1 restored.", ": 1 item removed, 1 restored."),
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_import_and_undo_count_items_and_notes_in_the_singular_and_the_plural(tmp_path: Path, lang: str) -> None:
    """"1 punkt", "2 punkter": each count takes its noun's form, in Danish and English alike."""
    one_imported, two_imported, two_removed, one_removed = COUNTED[lang]
    db = tmp_path / "w.sqlite"
    workshop = str(make_workshop(db))

    def summary(*args: str, stdin: str | None = None) -> str:
        result = run("--db", str(db), "import-agenda", "--workshop", workshop, *args, stdin=stdin, lang=lang)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()[0]

    assert summary("-", stdin="Program\n09.00-10.00 Velkomst\n") == one_imported
    two = "Program\nFormiddag\n09.00-10.00 Velkomst\n10.00-11.00 Oplæg\n"
    assert summary("-", "--replace", stdin=two) == two_imported
    assert summary("--undo").endswith(two_removed)
    assert summary("-", "--replace", stdin="Eftermiddag\n13.00-14.00 Frokost\n") == one_imported
    assert summary("--undo").endswith(one_removed)
