"""Programme handout and facilitator's script: read back with python-docx, and once through LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm

from facilitator.domain.agenda_import import plan_import
from facilitator.domain.programme.reader import parse
from facilitator.export import docx_template
from facilitator.export.atomic import write_atomically
from facilitator.export.programme import build_programme, programme_data
from facilitator.export.programme_text import agenda_text

PROGRAMME = """- 12.30-12.50: Oplæg om rammerne v/ formandskabet
- 12.50-13.10: Drøftelse af udfordringsbillede
- 13.25-13.55: Drøftelse: fra udfordringer til mål (10 min oplæg, 20 min gruppearbejde)
- 15.20-15.30: Det videre forløb
"""


@pytest.fixture
def filled(services, workshop_id):
    services.workshops.set_text(workshop_id, "venue", "Regionshuset\x0b Aalborg")
    plan = plan_import(parse(PROGRAMME).programme, day_start=540)
    ids, _ = services.agenda.import_plan(workshop_id, plan)
    services.agenda.set_text(ids[2], "prompts", "Hvilke mål?\nHvem gør hvad?")
    services.agenda.set_text(ids[2], "notes", "Husk at stoppe til tiden \x01🎉")
    services.agenda.set_text(ids[2], "materials", "Post-its")
    services.attachments.add(workshop_id, "Bilag 1: Sundhedsaftalen", item_id=ids[2])
    return services, workshop_id


def texts(content: bytes) -> tuple[str, list[list[str]]]:
    document = Document(io.BytesIO(content))
    body = "\n".join(p.text for p in document.paragraphs)
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    return body, rows


def test_handout_has_title_table_times_kinds_presenters(filled):
    services, workshop_id = filled
    body, rows = texts(build_programme(programme_data(services, workshop_id)))
    assert "Temadag" in body and "Regionshuset Aalborg" in body
    assert rows[1][0] == "12.30–12.50"
    assert rows[1][1] == "Oplæg om rammerne"
    assert rows[1][3] == "formandskabet"
    assert rows[3][0] == "13.25–13.55"
    assert "10 min oplæg, 20 min gruppearbejde" in rows[3][1]
    assert len(rows) == 5
    assert "Husk at stoppe" not in body  # private notes are for the script only


def test_script_adds_phases_prompts_notes_materials(filled):
    services, workshop_id = filled
    body, _ = texts(build_programme(programme_data(services, workshop_id), script=True))
    assert "13.25–13.35  oplæg (10 min)" in body
    assert "13.35–13.55  gruppearbejde (20 min)" in body
    assert "Hvem gør hvad?" in body
    assert "Husk at stoppe til tiden 🎉" in body
    assert "Post-its" in body and "Bilag 1: Sundhedsaftalen" in body


def test_danish_workshop_gets_danish_labels(filled):
    services, workshop_id = filled
    content = build_programme(programme_data(services, workshop_id), script=True)
    body, rows = texts(content)
    assert rows[0] == ["Tid", "Punkt", "Form", "Oplægsholder"]
    kinds = [row[2].removeprefix("■ ") for row in rows[1:]]
    assert kinds == ["Oplæg", "Drøftelse i plenum", "Drøftelse i plenum", "Det videre forløb"]
    assert "Drejebog" in body and "Spørgsmål til skærmen" in body and "Egne noter" in body
    assert b'w:val="da-DK"' in Document(io.BytesIO(content)).styles.element.xml.encode()


def test_export_language_follows_the_workshop(filled):
    services, workshop_id = filled
    services.workshops.set_language(workshop_id, "en")
    content = build_programme(programme_data(services, workshop_id))
    _, rows = texts(content)
    assert rows[0] == ["Time", "Item", "Form", "Presenter"]
    assert b'w:val="en-GB"' in Document(io.BytesIO(content)).styles.element.xml.encode()


def test_reference_template_is_used_when_present(filled, tmp_path: Path, monkeypatch):
    template = Document()
    template.add_paragraph("Skabelonens eksempeltekst")
    template.styles.add_style("Facilitator Note", WD_STYLE_TYPE.PARAGRAPH)
    template.sections[0].left_margin = Cm(3.3)
    path = tmp_path / "minutes.docx"
    template.save(str(path))
    monkeypatch.setattr(docx_template, "resource", lambda name: path if name == docx_template.DEFAULT_TEMPLATE else None)
    services, workshop_id = filled
    document = Document(io.BytesIO(build_programme(programme_data(services, workshop_id))))
    assert "Facilitator Note" in [style.name for style in document.styles]
    assert round(document.sections[0].left_margin.cm, 1) == 3.3
    assert "Skabelonens eksempeltekst" not in [p.text for p in document.paragraphs]
    assert document.tables[0].rows[1].cells[1].text == "Oplæg om rammerne"


def test_agenda_text_round_trips(filled):
    services, workshop_id = filled
    text = agenda_text(services.agenda.agenda(workshop_id))
    assert text.splitlines()[0] == "12.30-12.50: Oplæg om rammerne v/ formandskabet"
    items = parse(text).programme.items
    assert [(i.start, i.end) for i in items] == [(750, 770), (770, 790), (805, 835), (920, 930)]
    assert [p.minutes for p in items[2].phases] == [10, 20]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_handout_opens_in_libreoffice(filled, tmp_path: Path):
    services, workshop_id = filled
    source = tmp_path / "programme.docx"
    write_atomically(source, build_programme(programme_data(services, workshop_id), script=True))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = subprocess.run(["pdftotext", str(tmp_path / "programme.pdf"), "-"], check=True,
                         capture_output=True, text=True).stdout
    assert "Oplæg om rammerne" in pdf
    assert "13.25–13.55" in pdf
    assert "Det videre forløb" in pdf
