"""The minutes ("referat") of a workshop, shaped like the consultant's own (seeds 001, 002).

A :class:`~facilitator.services.reading.WorkshopReading` becomes one document plan
(:func:`build_plan`), which the Word writer and the Qt writer (preview, PDF) both render;
:func:`export_minutes` writes the file the target's extension asks for, atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from facilitator.export.atomic import write_atomically
from facilitator.export.minutes.build import build_plan
from facilitator.export.minutes.options import MinutesOptions
from facilitator.export.targets import safe_export_target
from facilitator.services.reading import WorkshopReading

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all) while the document is built; for a progress bar."""

FORMATS = (".docx", ".pdf")

__all__ = ["FORMATS", "MinutesOptions", "Progress", "build_minutes", "build_plan", "export_minutes", "minutes_pdf"]


def build_minutes(reading: WorkshopReading, options: MinutesOptions = MinutesOptions(),
                  progress: Progress | None = None) -> bytes:
    """The minutes as the bytes of a .docx file; raises TemplateError for a bad template."""
    from facilitator.export.docx_writer import write_docx  # python-docx loads when first needed

    return write_docx(build_plan(reading, options), options.template, progress)


def minutes_pdf(reading: WorkshopReading, options: MinutesOptions = MinutesOptions(),
                progress: Progress | None = None) -> bytes:
    """The minutes as the bytes of a PDF file (Qt's writer: no Word, no display needed)."""
    from facilitator.export.pdf import write_pdf

    return write_pdf(build_plan(reading, options), progress)


def export_minutes(
    reading: WorkshopReading,
    target: Path | str,
    options: MinutesOptions = MinutesOptions(),
    progress: Progress | None = None,
) -> Path:
    """Write the minutes to ``target`` as Word (.docx) or PDF (.pdf), chosen by its extension.

    An existing file is replaced only whole. Raises an
    :class:`~facilitator.export.errors.ExportError` (with ``message()``) for a bad target or
    template, before or instead of touching the target.
    """
    target = safe_export_target(target)  # refused before the (long) build, not after it
    steps = [1]  # the build's total, so the bar ends full only once the file is in place

    def relay(done: int, total: int) -> None:
        steps[0] = total
        if progress is not None:
            progress(done, total)

    make = minutes_pdf if target.suffix.lower() == ".pdf" else build_minutes
    written = write_atomically(target, make(reading, options, relay))
    if progress is not None:
        progress(steps[0], steps[0])
    return written
