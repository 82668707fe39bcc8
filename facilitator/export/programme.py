"""The programme handout and the facilitator's script ("drejebog") as Word documents.

Built in memory with python-docx over the reference template in ``resources/`` when there is one,
then written atomically. Labels are in the workshop's language, not the interface's: the
consultant may run an English workshop from a Danish laptop. Text the user typed is cleaned in
one place (:func:`_text`), so no character can make the export fail.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from PySide6.QtCore import QCoreApplication
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table

from facilitator.assets import resource
from facilitator.domain.schedule import format_clock
from facilitator.domain.text import clean_text
from facilitator.export.kind_names import KIND_COLOURS, kind_name
from facilitator.i18n import load_translators
from facilitator.services.agenda import AgendaView, ItemView
from facilitator.services.attachments import AttachmentView
from facilitator.services.bundle import Services
from facilitator.services.workshops import WorkshopView

TEMPLATE = "minutes.docx"
PROOFING = {"da": "da-DK", "en": "en-GB"}
MAX_CORE_PROPERTY = 255
COLUMN_SHARES = (0.17, 0.41, 0.2, 0.22)
TABLE_FONT = Pt(10)  # time, item, kind, presenter, of the text width
_BULLET = re.compile(r"^\s*(?:[-*•·–]\s+)?")  # typed bullets; the list style draws its own
MAX_RUN = 1_000_000  # python-docx saves longer text nodes that Word and python-docx cannot reopen
Translate = Callable[[str, str], str]


class ExportError(Exception):
    """The document could not be written; ``message`` says why in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ProgrammeData:
    """Everything the two documents show, read through the services beforehand."""

    workshop: WorkshopView
    agenda: AgendaView
    attachments: dict[int, list[AttachmentView]]


def programme_data(services: Services, workshop_id: int) -> ProgrammeData:
    """Read what the documents need, in three short reads."""
    return ProgrammeData(
        services.workshops.get(workshop_id),
        services.agenda.agenda(workshop_id),
        services.attachments.by_item(workshop_id),
    )


def document_translator(language: str) -> Translate:
    """``translate(context, source)`` in ``language`` without touching the application's translators."""
    translators = load_translators(language)

    def translate(context: str, source: str) -> str:
        for translator in translators:
            text = translator.translate(context, source)
            if text:
                return text
        return source

    return translate


def _text(value: str) -> str:
    """User text safe for Word XML: unsafe characters dropped, newlines normalised, length bounded."""
    return clean_text(value)[:MAX_RUN]


def _new_document() -> DocxDocument:
    """The reference template when the app ships one (its styles, its page), else python-docx's default."""
    template = resource(TEMPLATE)
    if template.is_file():
        document = Document(io.BytesIO(template.read_bytes()))
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        return document
    return Document()


def _set_language(document: DocxDocument, language: str) -> None:
    """Proofing language in docDefaults (core_properties.language does not set it)."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), PROOFING.get(language, "da-DK"))


def _style(document: DocxDocument, name: str, fallback: str | None = None) -> str | None:
    names = {style.name for style in document.styles}
    if name in names:
        return name
    return fallback if fallback in names else None


def _clock_range(start: int, end: int) -> str:
    return f"{format_clock(start)}–{format_clock(end)}"


def _phase_line(item: ItemView, translate: Translate) -> str:
    parts = [f"{p.minutes} min {p.label or kind_name(p.kind, translate).lower()}" for p in item.phases]
    return ", ".join(parts)


def _header(document: DocxDocument, data: ProgrammeData, heading: str, translate: Translate) -> None:
    workshop = data.workshop
    title = _text(workshop.title) or translate("ProgrammeExport", "Programme")
    document.add_paragraph(title, style=_style(document, "Title"))
    facts = [heading]
    if workshop.date is not None:
        facts.append(workshop.date.strftime("%d.%m.%Y"))
    if workshop.venue:
        facts.append(_text(workshop.venue))
    document.add_paragraph(" · ".join(facts), style=_style(document, "Subtitle"))


def _programme_table(document: DocxDocument, data: ProgrammeData, translate: Translate) -> Table:
    headers = (
        translate("ProgrammeExport", "Time"),
        translate("ProgrammeExport", "Item"),
        translate("ProgrammeExport", "Form"),
        translate("ProgrammeExport", "Presenter"),
    )
    table = document.add_table(rows=1, cols=len(headers), style=_style(document, "Table Grid"))
    for cell, label in zip(table.rows[0].cells, headers):
        cell.text = label
        for run in cell.paragraphs[0].runs:
            run.bold = True
    table.autofit = False
    for item, scheduled in zip(data.agenda.items, data.agenda.schedule.items):
        cells = table.add_row().cells
        cells[0].text = _clock_range(scheduled.start, scheduled.end)
        cells[1].text = _text(item.title)
        if item.phases:
            detail = cells[1].add_paragraph(_phase_line(item, translate))
            for run in detail.runs:
                run.italic = True
                run.font.size = Pt(9)
        marker = cells[2].paragraphs[0].add_run("■ ")
        marker.font.color.rgb = RGBColor.from_string(KIND_COLOURS[item.kind].lstrip("#").upper())
        cells[2].paragraphs[0].add_run(kind_name(item.kind, translate))
        cells[3].text = _text(item.presenter)
    # Word reads the cell widths, LibreOffice the grid columns: set both, within the margins.
    section = document.sections[-1]
    text_width = (section.page_width or Cm(21)) - (section.left_margin or 0) - (section.right_margin or 0)
    widths = [Emu(int(text_width * share)) for share in COLUMN_SHARES]
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = run.font.size or TABLE_FONT
    return table


def _labelled(document: DocxDocument, label: str, text: str) -> None:
    """A bold label followed by the user's text, one paragraph per line."""
    lines = [_BULLET.sub("", line) for line in _text(text).split("\n") if line.strip()]
    if not lines:
        return
    paragraph = document.add_paragraph()
    paragraph.add_run(label).bold = True
    bullet = _style(document, "List Bullet")
    for line in lines:
        document.add_paragraph(line, style=bullet)


def _script_item(document: DocxDocument, data: ProgrammeData, index: int, translate: Translate) -> None:
    item = data.agenda.items[index]
    scheduled = data.agenda.schedule.items[index]
    title = f"{_clock_range(scheduled.start, scheduled.end)}  {_text(item.title)}"
    document.add_paragraph(title, style=_style(document, "Heading 2"))
    minutes = translate("ProgrammeExport", "{minutes} min").format(minutes=item.minutes)
    facts = [kind_name(item.kind, translate), minutes]
    if item.presenter:
        facts.append(translate("ProgrammeExport", "by {presenter}").format(presenter=_text(item.presenter)))
    if scheduled.pinned:
        facts.append(translate("ProgrammeExport", "fixed time"))
    document.add_paragraph(" · ".join(facts))
    if item.phases:
        paragraph = document.add_paragraph()
        paragraph.add_run(translate("ProgrammeExport", "Phases")).bold = True
        for phase, times in zip(item.phases, scheduled.phases):
            label = phase.label or kind_name(phase.kind, translate)
            document.add_paragraph(
                f"{_clock_range(times.start, times.end)}  {_text(label)} ({phase.minutes} min)",
                style=_style(document, "List Bullet"),
            )
    _labelled(document, translate("ProgrammeExport", "Description"), item.description)
    _labelled(document, translate("ProgrammeExport", "Questions for the projector"), item.prompts)
    _labelled(document, translate("ProgrammeExport", "Private notes"), item.notes)
    _labelled(document, translate("ProgrammeExport", "Materials"), item.materials)
    attachments = "\n".join(a.title or a.filename for a in data.attachments.get(item.id, []))
    _labelled(document, translate("ProgrammeExport", "Attachments"), attachments)


def build_programme(data: ProgrammeData, *, script: bool = False) -> bytes:
    """The handout (or, with ``script``, the facilitator's script) as .docx bytes."""
    translate = document_translator(data.workshop.language)
    document = _new_document()
    _set_language(document, data.workshop.language)
    if script:
        heading = translate("ProgrammeExport", "Facilitator's script")
    else:
        heading = translate("ProgrammeExport", "Programme")
    document.core_properties.title = _text(data.workshop.title)[:MAX_CORE_PROPERTY]
    document.core_properties.subject = heading[:MAX_CORE_PROPERTY]
    _header(document, data, heading, translate)
    if not data.agenda.items:
        document.add_paragraph(translate("ProgrammeExport", "The agenda is empty."))
    else:
        _programme_table(document, data, translate)
    if script:
        for index in range(len(data.agenda.items)):
            _script_item(document, data, index, translate)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_atomically(path: Path, content: bytes) -> None:
    """Write next to the target and rename over it, so a crash never leaves half a document.

    Failures become an :class:`ExportError` in the interface language.
    """
    translate = QCoreApplication.translate
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
    except OSError as error:
        raise ExportError(translate("ProgrammeExport", "Cannot write in the folder {folder}: {reason}").format(
            folder=path.parent, reason=error.strerror or error)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(translate("ProgrammeExport", "Cannot save {path} (is it open in Word?): {reason}").format(
            path=path, reason=error.strerror or error)) from error
