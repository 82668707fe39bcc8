"""The programme handout and the facilitator's script ("drejebog") as Word documents.

Built in memory over the app's Word reference template (``resources/minutes.docx``, shared with
the minutes), then written atomically. Labels, dates and times are in the workshop's language,
not the interface's: the consultant may run an English workshop from a Danish laptop. Every
string the user typed passes through :mod:`facilitator.export.docx_text`, so no character can
make the export fail.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from docx.document import Document
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from facilitator.assets import resource
from facilitator.domain.kinds import ItemKind
from facilitator.domain.schedule import by_day
from facilitator.export.docx_template import ensure_heading_styles, open_template, set_language, style_named
from facilitator.export.docx_text import add_text, core_property, word_line, word_text
from facilitator.export.kind_names import KIND_COLOURS, kind_name
from facilitator.export.wording import Wording
from facilitator.services.agenda import AgendaView, ItemView
from facilitator.services.attachments import AttachmentView
from facilitator.services.bundle import Services
from facilitator.services.workshops import WorkshopView

COLUMN_SHARES = (0.17, 0.41, 0.2, 0.22)  # time, item, kind, presenter, of the text width
TABLE_FONT = Pt(10)
_BULLET = re.compile(r"^\s*(?:[-*•·–]\s+)?")  # typed bullets; the list style draws its own
Translate = Callable[[str, str], str]


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
        _by_item(services.attachments.attachments(workshop_id)),
    )


def _by_item(attachments: list[AttachmentView]) -> dict[int, list[AttachmentView]]:
    found: dict[int, list[AttachmentView]] = {}
    for attachment in attachments:
        if attachment.item_id is not None:
            found.setdefault(attachment.item_id, []).append(attachment)
    return found


def _labels(language: str) -> Wording:
    """The programme's own words (``agenda_<language>.qm``) in the workshop's language."""
    entry = resource("translations", f"agenda_{language}.qm")
    return Wording(language, entry.read_bytes() if entry.is_file() else None)


class _Writer:
    """Adds the parts of the handout and the script to one document, in one language."""

    def __init__(self, document: Document, data: ProgrammeData) -> None:
        self.document = document
        self.data = data
        language = data.workshop.language
        self.translate: Translate = _labels(language).translate
        self.words = Wording.for_language(language)  # dates and clock times, as the minutes write them

    def clock_range(self, start: int, end: int) -> str:
        return self.words.time_range(self.words.time(start), self.words.time(end))

    def kind(self, kind: ItemKind) -> str:
        return kind_name(kind, self.translate)

    def paragraph(self, text: str, style: str | None = None, *, bold: bool = False) -> Paragraph:
        paragraph = self.document.add_paragraph(style=style_named(self.document, style) if style else None)
        add_text(paragraph, text, bold=bold)
        return paragraph

    def header(self, heading: str) -> None:
        workshop = self.data.workshop
        self.paragraph(word_line(workshop.title) or self.translate("ProgrammeExport", "Programme"), "Title")
        facts = [heading]
        if workshop.date is not None:
            facts.append(self.words.date(workshop.date))
        if workshop.venue:
            facts.append(word_line(workshop.venue))
        self.paragraph(" · ".join(facts), "Subtitle")

    def day_heading(self, number: int) -> None:
        """The heading over one day of a longer programme, as the programme named it."""
        title = self.data.agenda.day_title(number)
        self.paragraph(word_line(title) or self.translate("ProgrammeExport", "Day {number}").format(number=number + 1),
                       "Heading 1")

    def table(self, indices: list[int]) -> Table:
        """The programme table of the items at ``indices`` (one day's)."""
        translate = self.translate
        headers = (
            translate("ProgrammeExport", "Time"),
            translate("ProgrammeExport", "Item"),
            translate("ProgrammeExport", "Form"),
            translate("ProgrammeExport", "Presenter"),
        )
        table = self.document.add_table(rows=1, cols=len(headers))
        grid = style_named(self.document, "Table Grid")
        if grid is not None:
            table.style = grid
        table.autofit = False
        for cell, label in zip(table.rows[0].cells, headers):
            add_text(cell.paragraphs[0], label, bold=True)
        for index in indices:
            item, scheduled = self.data.agenda.items[index], self.data.agenda.schedule.items[index]
            cells = table.add_row().cells
            add_text(cells[0].paragraphs[0], self.clock_range(scheduled.start, scheduled.end))
            add_text(cells[1].paragraphs[0], word_line(item.title))
            if item.phases:
                for run in add_text(cells[1].add_paragraph(), self.phase_line(item), italic=True):
                    run.font.size = Pt(9)
            marker = cells[2].paragraphs[0].add_run("■ ")
            marker.font.color.rgb = RGBColor.from_string(KIND_COLOURS[item.kind].lstrip("#").upper())
            add_text(cells[2].paragraphs[0], self.kind(item.kind))
            add_text(cells[3].paragraphs[0], word_line(item.presenter))
        self._fit(table)
        return table

    def _fit(self, table: Table) -> None:
        """Word reads the cell widths, LibreOffice the grid columns: set both, within the margins."""
        section = self.document.sections[-1]
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

    def phase_line(self, item: ItemView) -> str:
        return ", ".join(f"{p.minutes} min {word_line(p.label) or self.kind(p.kind).lower()}" for p in item.phases)

    def labelled(self, label: str, text: str) -> None:
        """A bold label followed by the user's text, one list paragraph per line."""
        lines = [_BULLET.sub("", line) for line in word_text(text).split("\n") if line.strip()]
        if lines:
            self.paragraph(label, bold=True)
            for line in lines:
                self.paragraph(line, "List Bullet")

    def script_item(self, index: int) -> None:
        translate = self.translate
        item = self.data.agenda.items[index]
        scheduled = self.data.agenda.schedule.items[index]
        self.paragraph(f"{self.clock_range(scheduled.start, scheduled.end)}  {word_line(item.title)}", "Heading 2")
        facts = [self.kind(item.kind), translate("ProgrammeExport", "{minutes} min").format(minutes=item.minutes)]
        if item.presenter:
            facts.append(translate("ProgrammeExport", "by {presenter}").format(presenter=word_line(item.presenter)))
        if scheduled.pinned:
            facts.append(translate("ProgrammeExport", "fixed time"))
        self.paragraph(" · ".join(facts))
        if item.phases:
            self.paragraph(translate("ProgrammeExport", "Phases"), bold=True)
            for phase, times in zip(item.phases, scheduled.phases):
                label = word_line(phase.label) or self.kind(phase.kind)
                self.paragraph(f"{self.clock_range(times.start, times.end)}  {label} ({phase.minutes} min)",
                               "List Bullet")
        self.labelled(translate("ProgrammeExport", "Description"), item.description)
        self.labelled(translate("ProgrammeExport", "Questions for the projector"), item.prompts)
        self.labelled(translate("ProgrammeExport", "Private notes"), item.notes)
        self.labelled(translate("ProgrammeExport", "Materials"), item.materials)
        attachments = "\n".join(a.title or a.filename for a in self.data.attachments.get(item.id, []))
        self.labelled(translate("ProgrammeExport", "Attachments"), attachments)


def build_programme(data: ProgrammeData, *, script: bool = False) -> bytes:
    """The handout (or, with ``script``, the facilitator's script) as .docx bytes.

    Raises :class:`facilitator.export.errors.TemplateError` when the reference template is unusable.
    """
    document = open_template(None)
    ensure_heading_styles(document)
    writer = _Writer(document, data)
    set_language(document, writer.words.word_language)
    if script:
        heading = writer.translate("ProgrammeExport", "Facilitator's script")
    else:
        heading = writer.translate("ProgrammeExport", "Programme")
    document.core_properties.title = core_property(data.workshop.title)
    document.core_properties.subject = core_property(heading)
    writer.header(heading)
    days = by_day(range(len(data.agenda.items)), lambda index: data.agenda.items[index].day)
    if not data.agenda.items:
        writer.paragraph(writer.translate("ProgrammeExport", "The agenda is empty."))
    for number, indices in days:  # a longer programme: a heading and a table per day
        if len(days) > 1:
            writer.day_heading(number)
        writer.table(indices)
    if script:
        for number, indices in days:
            if len(days) > 1:
                writer.day_heading(number)
            for index in indices:
                writer.script_item(index)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
