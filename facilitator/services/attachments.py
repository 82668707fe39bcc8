"""Attachments ("bilag"): a title and optionally the file itself, kept inside the workshop file
so that one file carries the whole workshop to another laptop."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import func
from sqlmodel import Session, col, select

from facilitator.domain.text import clean_line
from facilitator.services.changes import Changes, user_action
from facilitator.services.input_errors import InputError
from facilitator.storage.models import Attachment
from facilitator.storage.store import Store

MAX_BYTES = 200 * 1024 * 1024  # a laptop-sized workshop file; bigger files belong on a share


def _too_big() -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "InputError", "The file is larger than {mb} MB. Keep it elsewhere and add only its title."
        ),
        mb=MAX_BYTES // (1024 * 1024),
    )


@dataclass(frozen=True)
class AttachmentView:
    id: int
    position: int
    title: str
    filename: str
    size: int  # bytes of the stored file, 0 when only a title is kept
    item_id: int | None


def read_attachment_file(path: Path) -> bytes:
    """The bytes of a file to attach; its size is checked before a byte is read (a 2 GB video
    picked by mistake would otherwise fill the memory first); raises :class:`InputError`."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _too_big()
        return path.read_bytes()
    except OSError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("InputError", "The file {path} could not be read: {reason}"),
            path=path,
            reason=exc.strerror,
        ) from exc


def read_attachments(session: Session, workshop_id: int) -> list[AttachmentView]:
    """The workshop's attachments in order, without loading the files themselves."""
    rows = session.exec(
        select(
            Attachment.id,
            Attachment.position,
            Attachment.title,
            Attachment.filename,
            func.coalesce(func.length(Attachment.data), 0),
            Attachment.item_id,
        )
        .where(Attachment.workshop_id == workshop_id)
        .order_by(col(Attachment.position), col(Attachment.id))
    ).all()
    return [AttachmentView(*row) for row in rows]


def read_attachment_data(session: Session, attachment_ids: list[int]) -> dict[int, bytes]:
    """The stored files of ``attachment_ids`` (those with only a title are left out)."""
    rows = session.exec(
        select(Attachment.id, Attachment.data).where(
            col(Attachment.id).in_(attachment_ids), col(Attachment.data).is_not(None)
        )
    ).all()
    return {attachment_id: data for attachment_id, data in rows}


class AttachmentService:
    """Use cases of the attachments list; one call is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @user_action
    def add(
        self,
        workshop_id: int,
        title: str,
        *,
        filename: str = "",
        data: bytes | None = None,
        item_id: int | None = None,
    ) -> tuple[int | None, Changes]:
        """Add an attachment; the title defaults to the file's name, and one of them is needed."""
        filename = clean_line(Path(filename).name) if filename else ""
        title = clean_line(title) or filename
        if not title:
            return None, Changes()
        if data is not None and len(data) > MAX_BYTES:
            raise _too_big()
        with self._store.transaction() as session:
            last = session.exec(
                select(func.max(Attachment.position)).where(Attachment.workshop_id == workshop_id)
            ).one()
            row = Attachment(
                workshop_id=workshop_id,
                item_id=item_id,
                title=title,
                filename=filename,
                data=data,
                position=(last if last is not None else -1) + 1,
            )
            session.add(row)
            session.flush()
            attachment_id = row.id
        return attachment_id, Changes(attachments=True, workshop_id=workshop_id)

    @user_action
    def add_file(
        self, workshop_id: int, path: Path | str, title: str = "", item_id: int | None = None
    ) -> tuple[int | None, Changes]:
        """Read a file from disk into the workshop file."""
        path = Path(path)
        return self.add(workshop_id, title, filename=path.name, data=read_attachment_file(path), item_id=item_id)

    def file_data(self, attachment_id: int) -> bytes:
        """The stored file's bytes (saved out by :func:`facilitator.export.attachments.save_attachment`)."""
        with self._store.read() as session:
            row = session.get(Attachment, attachment_id)
            data = row.data if row is not None else None
        if data is None:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "This attachment has no file, only a title."))
        return data

    @user_action
    def rename(self, attachment_id: int, title: str) -> Changes:
        title = clean_line(title)
        with self._store.transaction() as session:
            row = session.get(Attachment, attachment_id)
            if row is None or not title or row.title == title:
                return Changes()
            row.title = title
        return Changes(attachments=True, workshop_id=row.workshop_id)

    @user_action
    def delete(self, attachment_id: int) -> Changes:
        with self._store.transaction() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                return Changes()
            session.delete(row)
        return Changes(attachments=True, workshop_id=row.workshop_id)

    def attachments(self, workshop_id: int) -> list[AttachmentView]:
        """The workshop's attachments in order, without loading the files themselves."""
        with self._store.read() as session:
            return read_attachments(session, workshop_id)
