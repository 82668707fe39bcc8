"""Attachments ("bilag") in the minutes: pictures shown, other files listed by their titles."""

from __future__ import annotations

from collections.abc import Sequence

from facilitator.export.minutes.pictures import document_picture
from facilitator.export.minutes.planner import Writer
from facilitator.services.attachments import AttachmentView
from facilitator.services.reading import is_picture


def attachment_title(attachment: AttachmentView) -> str:
    """The title as the user typed it; a title that is only the file's name loses its suffix."""
    title = attachment.title.strip()
    filename = attachment.filename.strip()
    if filename and title == filename and "." in title.strip("."):
        return title.rsplit(".", 1)[0].strip() or title
    return title or filename


class Bilag(Writer):
    def write(self, attachments: Sequence[AttachmentView]) -> None:
        listed: list[str] = []
        for attachment in attachments:
            picture = document_picture(self.reading.pictures.get(attachment.id)) if is_picture(attachment) else None
            if picture is None:
                listed.append(attachment_title(attachment))
                continue
            self.bullets(listed)
            listed = []
            self.picture(picture.data, picture.width, attachment_title(attachment))
        self.bullets(listed)
