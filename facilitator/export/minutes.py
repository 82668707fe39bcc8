"""The Word minutes ("referat") of a workshop, shaped like the consultant's own (seeds 001, 002).

:func:`build_minutes` is a pure function of a :class:`MinutesData` snapshot and the options;
:func:`export_minutes` reads the snapshot, builds the document in memory and writes it atomically.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from docx.document import Document

from facilitator.export.atomic import write_atomically
from facilitator.export.targets import safe_export_target
from facilitator.export.docx_body import BodyEnd
from facilitator.export.docx_numbering import Lists
from facilitator.export.docx_template import (
    add_page_numbers,
    ensure_heading_styles,
    open_template,
    set_language,
)
from facilitator.export.docx_text import core_property
from facilitator.export.minutes_back import BackMatter
from facilitator.export.minutes_data import MinutesData
from facilitator.export.minutes_front import FrontMatter
from facilitator.export.minutes_items import ItemSections
from facilitator.export.minutes_plan import plan_sections
from facilitator.export.minutes_read import read_minutes_data
from facilitator.export.minutes_writer import Context, MinutesOptions, Writer
from facilitator.export.wording import Wording
from facilitator.storage.database import Store

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all) while the document is built; for a progress bar."""

__all__ = ["MinutesOptions", "Progress", "build_minutes", "export_minutes"]


class MinutesBuilder(Writer):
    """Puts the sections together and sets the document-wide properties."""

    def build(self, progress: Progress | None) -> None:
        planned = plan_sections(self.data, self.options.include_empty)
        back = BackMatter(self.context)
        sections = ItemSections(self.context)
        total = len(planned) + 3
        self._page_setup()
        FrontMatter(self.context).write()
        _report(progress, 1, total)
        for done, section in enumerate(planned, start=2):
            sections.write(section.number, section.item)
            if section.hosts_evaluation:
                back.evaluation(own_heading=False)
            if section.hosts_actions:
                back.next_steps(own_heading=False)
            _report(progress, done, total)
        if not any(section.hosts_evaluation for section in planned):
            back.evaluation(own_heading=True)
        if not any(section.hosts_actions for section in planned):
            back.next_steps(own_heading=True)
        back.attachments()
        _report(progress, total - 1, total)

    def _page_setup(self) -> None:
        document = self.document
        ensure_heading_styles(document)
        set_language(document, self.wording.word_language)
        add_page_numbers(document, self.tr("Page {page} of {pages}"))
        workshop = self.data.workshop
        properties = document.core_properties
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        properties.title = core_property(workshop.title)
        properties.subject = core_property(self.tr("Minutes"))
        properties.author = core_property(workshop.contact_name)
        properties.last_modified_by = core_property(workshop.contact_name)
        properties.language = self.wording.word_language
        properties.keywords = ""
        properties.comments = ""
        properties.category = ""
        properties.created = now
        properties.modified = now
        properties.revision = 1


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def build_minutes(
    data: MinutesData, options: MinutesOptions = MinutesOptions(), progress: Progress | None = None
) -> bytes:
    """The minutes as the bytes of a .docx file; raises :class:`TemplateError` for a bad template."""
    document: Document = open_template(options.template)
    wording = Wording.for_language(options.language or data.workshop.language)
    context = Context(document, data, options, wording, Lists(document), BodyEnd(document))
    MinutesBuilder(context).build(progress)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_minutes(
    store: Store,
    workshop_id: int,
    target: Path | str,
    options: MinutesOptions = MinutesOptions(),
    progress: Progress | None = None,
) -> Path:
    """Write the minutes of ``workshop_id`` to ``target``; an existing file is replaced only whole.

    Raises an :class:`~facilitator.export.errors.ExportError` (with ``message()``) for a bad
    target, template or workshop id, before or instead of touching the target.
    """
    target = safe_export_target(target)  # refused before the (long) build, not after it
    data = read_minutes_data(store, workshop_id)
    steps = [1]  # the build's total, so the bar ends full only once the file is in place

    def relay(done: int, total: int) -> None:
        steps[0] = total
        _report(progress, done, total)

    content = build_minutes(data, options, relay)
    written = write_atomically(target, content)
    _report(progress, steps[0], steps[0])
    return written
