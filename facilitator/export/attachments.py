"""Saving an attachment ("bilag") out of the workshop file: an export like any other.

It goes through the same target check and atomic write as the minutes, so "Save attachment as"
aimed at the workshop file itself, a folder or a device is refused and a half-written copy never
replaces a good file.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.export.atomic import write_atomically
from facilitator.export.targets import safe_export_target
from facilitator.services.attachments import AttachmentService


def save_attachment(attachments: AttachmentService, attachment_id: int, target: Path | str) -> Path:
    """Write the stored file to ``target``; raises ExportError (bad target) or InputError (no file)."""
    path = safe_export_target(target)  # before loading what may be a 200 MB file
    return write_atomically(path, attachments.file_data(attachment_id))
