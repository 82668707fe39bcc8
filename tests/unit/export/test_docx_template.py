"""The user's own .docx or .dotx as the style template of the minutes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from PySide6.QtGui import QGuiApplication

from facilitator.export.docx_template import (
    _DOCUMENT_MAIN,
    _TEMPLATE_MAIN,
    as_document_package,
    ensure_heading_styles,
    open_template,
)
from facilitator.export.errors import TemplateError
from facilitator.export.minutes import MinutesOptions, export_minutes
from tests.minutes_seed import SeedWorkshop, read


def organisation_template(path: Path, *, as_dotx: bool) -> Path:
    """A template with its own style, some body text and a footer address, like a real one."""
    document = docx.Document()
    document.styles.add_style("Region Brødtekst", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Skabelonens eksempeltekst")
    document.sections[0].footer.paragraphs[0].text = "Region Nordjylland · Niels Bohrs Vej 30"
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if as_dotx:
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for info in source.infolist():
                content = source.read(info.filename)
                if info.filename == "[Content_Types].xml":
                    content = content.replace(_DOCUMENT_MAIN, _TEMPLATE_MAIN)
                target.writestr(info, content)
        data = out.getvalue()
    path.write_bytes(data)
    return path


def test_python_docx_refuses_a_dotx_that_we_open(tmp_path: Path) -> None:
    dotx = organisation_template(tmp_path / "region.dotx", as_dotx=True)
    with pytest.raises(ValueError):
        docx.Document(str(dotx))
    document = open_template(dotx)
    assert document.styles["Region Brødtekst"] is not None
    assert document.paragraphs == []  # the template's body text is not part of the minutes


def test_minutes_in_the_users_template_keep_its_footer(
    seed_workshop: SeedWorkshop, tmp_path: Path, qapp: QGuiApplication
) -> None:
    dotx = organisation_template(tmp_path / "region.dotx", as_dotx=True)
    target = export_minutes(read(seed_workshop), tmp_path / "referat.docx", MinutesOptions(template=dotx))
    document = docx.Document(str(target))
    footer = document.sections[0].footer
    assert footer.paragraphs[0].text == "Region Nordjylland · Niels Bohrs Vej 30"
    assert " PAGE " in footer._element.xml
    assert "Skabelonens eksempeltekst" not in [p.text for p in document.paragraphs]
    assert document.paragraphs[0].text == "Temadag om sundhedsaftalen"


def test_a_plain_docx_is_used_as_it_is(tmp_path: Path) -> None:
    path = organisation_template(tmp_path / "region.docx", as_dotx=False)
    assert as_document_package(path.read_bytes()) == path.read_bytes()


def test_a_template_without_headings_gets_navigable_ones() -> None:
    document = docx.Document()
    for name in ("Heading 2", "Title"):
        document.styles[name].delete()
    ensure_heading_styles(document)
    heading = document.styles["Heading 2"]
    assert 'w:outlineLvl w:val="1"' in heading.element.xml
    assert document.styles["Title"].type == WD_STYLE_TYPE.PARAGRAPH


@pytest.mark.parametrize("content", [b"not a word file", b"PK\x03\x04broken zip"])
def test_something_else_as_template_is_a_clear_error_and_the_old_file_stays(
    seed_workshop: SeedWorkshop, tmp_path: Path, content: bytes
) -> None:
    template = tmp_path / "notes.docx"
    template.write_bytes(content)
    target = tmp_path / "referat.docx"
    target.write_bytes(b"yesterday's minutes")
    with pytest.raises(TemplateError) as caught:
        export_minutes(read(seed_workshop), target, MinutesOptions(template=template))
    assert target.read_bytes() == b"yesterday's minutes"
    assert str(template) in caught.value.message() and ".dotx" in caught.value.message()


def test_a_missing_template_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError):
        open_template(tmp_path / "gone.dotx")
