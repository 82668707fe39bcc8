"""The minutes list attachments by title without loading their files.

Found by an adversarial run: exporting minutes with one 150 MB attachment peaked at 1.0 GB,
because every attachment's bytes were read only to print its title.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from facilitator.export.minutes import export_minutes
from facilitator.services.attachments import AttachmentService
from facilitator.services.reading import ReadingService
from facilitator.storage.database import open_store
from tests.integration.workshop_file import make_workshop


def test_exporting_minutes_reads_the_bytes_of_pictures_only(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    store = open_store(path)
    try:
        attachments = AttachmentService(store)
        pdf, _ = attachments.add(1, "Præsentation", filename="slides.pdf", data=b"%PDF" + bytes(8 * 1024 * 1024))
        attachments.add(1, "Kun en titel")
        reads: list[tuple[str, tuple[object, ...]]] = []  # statements that fetch attachment bytes

        def watch(_conn, _cursor, statement: str, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
            if "attachment.data" in statement.replace("length(attachment.data)", ""):
                reads.append((statement, tuple(parameters)))

        event.listen(store.engine, "before_cursor_execute", watch)
        written = export_minutes(ReadingService(store).read(1), tmp_path / "referat.docx")
    finally:
        store.close()
    assert written.exists()
    for statement, parameters in reads:  # only pictures, asked for by id
        assert "attachment.id IN" in statement and pdf not in parameters, (statement, parameters)
