"""``facilitator export-minutes`` in a fresh process with no display at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx

from facilitator.storage.database import open_store
from tests.minutes_seed import build_seed_workshop

ROOT = Path(__file__).resolve().parents[2]


def seeded_file(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "workshop.sqlite"
    store = open_store(path)
    try:
        return path, build_seed_workshop(store).workshop_id
    finally:
        store.close()


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_export_without_a_display(tmp_path: Path) -> None:
    database, workshop_id = seeded_file(tmp_path)
    target = tmp_path / "referat.docx"
    done = run("--db", str(database), "--lang", "en", "export-minutes", "--workshop", str(workshop_id),
               "-o", str(target), "--lang", "en", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert str(target) in done.stdout
    document = docx.Document(str(target))
    assert [p.text for p in document.paragraphs if p.style.name == "Subtitle"] == ["Minutes"]
    assert len(document.inline_shapes) == 2  # the programme's and the vote's charts, drawn offscreen


def test_pdf_by_extension_without_a_display(tmp_path: Path) -> None:
    """Page numbers, the headings of the Word file, and every font embedded."""
    database, workshop_id = seeded_file(tmp_path)
    target = tmp_path / "minutes.pdf"
    done = run("--db", str(database), "export-minutes", "--workshop", str(workshop_id), "-o", str(target),
               "--lang", "da", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert "Side 1 af %d" % len(pages) in pages[0] and "Side %d af %d" % (len(pages), len(pages)) in pages[-1]
    flat = " ".join(text.split())
    for heading in ("Deltagere", "Program", "4. Opsamling på målsætninger/visioner", "10. Evaluering"):
        assert heading in flat
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    rows = [row.split() for row in fonts.splitlines()[2:] if row.strip()]
    assert rows and all("yes" == row[-5] for row in rows), fonts  # the "emb" column


def test_an_unknown_extension_is_refused(tmp_path: Path) -> None:
    database, workshop_id = seeded_file(tmp_path)
    done = run("--db", str(database), "--lang", "en", "export-minutes", "--workshop", str(workshop_id),
               "-o", str(tmp_path / "minutes.odt"), home=tmp_path)
    assert done.returncode == 2 and "Word (.docx) or PDF (.pdf)" in done.stderr
    assert not (tmp_path / "minutes.odt").exists()


def test_errors_are_one_translated_line_and_exit_code_2(tmp_path: Path) -> None:
    database, _ = seeded_file(tmp_path)
    done = run("--db", str(database), "--lang", "da", "export-minutes", "--workshop", "42",
               "-o", str(tmp_path / "r.docx"), home=tmp_path)
    assert done.returncode == 2 and done.stderr.strip() == "Der er ingen workshop med nummer 42 i denne fil."
    template = tmp_path / "logo.png"
    template.write_bytes(b"\x89PNG")
    done = run("--db", str(database), "--lang", "da", "export-minutes", "--workshop", "1",
               "--template", str(template), "-o", str(tmp_path / "r.docx"), home=tmp_path)
    assert done.returncode == 2 and "kan ikke bruges som typografiskabelon" in done.stderr
    assert not (tmp_path / "r.docx").exists()
    done = run("--db", str(database), "--lang", "da", "send-package", "--workshop", "42",
               "-o", str(tmp_path / "pakke"), home=tmp_path)
    assert done.returncode == 2 and done.stderr.strip() == "Der er ingen workshop med nummer 42 i denne fil."
    assert done.stdout == "" and not (tmp_path / "pakke").exists()


def test_send_package_without_a_display(tmp_path: Path) -> None:
    import email
    import zipfile
    from email import policy

    database, workshop_id = seeded_file(tmp_path)
    folder = tmp_path / "pakke"
    done = run("--db", str(database), "send-package", "--workshop", str(workshop_id), "-o", str(folder),
               "--lang", "da", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Intet er sendt" in done.stdout and "Slides fra oplægget" in done.stdout  # a title with no file
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["Referat Temadag om sundhedsaftalen 2014-01-24.docx",
                            "Referat Temadag om sundhedsaftalen 2014-01-24.pdf",
                            "Referat Temadag om sundhedsaftalen, 24. januar 2014.eml"])
    draft = email.message_from_bytes((folder / names[-1]).read_bytes(), policy=policy.default)
    assert [a.addr_spec for a in draft["To"].addresses] == ["um@rebild.dk"]
    done = run("--db", str(database), "send-package", "--workshop", str(workshop_id), "-o", str(folder),
               "--zip", "--to", "organisers", home=tmp_path)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(tmp_path / "pakke.zip") as archive:
        assert len(archive.namelist()) == 3
    done = run("--db", str(database), "--lang", "da", "send-package", "--workshop", str(workshop_id),
               "-o", str(database), home=tmp_path)
    assert done.returncode == 2 and "workshopfil" in done.stderr
