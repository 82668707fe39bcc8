"""Copying workshops between stores of any engines keeps everything (tests/unit/storage)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from facilitator.services.bundle import Services
from facilitator.services.copying import CopyService
from facilitator.storage.database import open_store
from facilitator.storage.models import Change, metadata
from facilitator.storage.store import Store


def _counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
                for table in metadata.sorted_tables if table.name != Change.__tablename__}


def _minutes_text(store: Store, workshop_id: int) -> list[str]:
    """Every paragraph and table cell of the exported Word minutes, in order."""
    import io

    from docx import Document

    from facilitator.export.minutes import build_minutes
    from facilitator.services.reading import ReadingService

    document = Document(io.BytesIO(build_minutes(ReadingService(store).read(workshop_id))))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return [p.text for p in document.paragraphs] + cells


def _demo(path: Path) -> tuple[Store, int]:
    store = open_store(path)
    workshop_id, _ = Services.over(store).templates.create_demo()
    services = Services.over(store)
    item = next(i for i in services.capture.items(workshop_id) if i.kind == "group_work")
    parent, _ = services.capture.add_contribution(item.id, None, "Overskrift")
    assert parent is not None
    services.capture.add_contribution(item.id, None, "Underpunkt")
    services.capture.indent(services.capture.lines(item.id, None)[-1].id)
    services.attachments.add(workshop_id, "Bilag 1", filename="bilag.pdf", data=b"%PDF-1.4 \x00\xff")
    services.run.start(workshop_id, item.id)
    return store, workshop_id


def test_a_copy_into_another_store_has_every_row_with_new_links(tmp_path: Path, any_store_target) -> None:  # noqa: ANN001
    source, workshop_id = _demo(tmp_path / "source.sqlite")
    target = open_store(any_store_target)
    try:
        Services.over(target).workshops.create("Already here")  # the copy gets a new id
        before = _counts(target)
        (copied,) = CopyService(target).copy_all(source, workshop_id)
        assert copied.target_id != workshop_id or before["workshop"] == 0
        after = _counts(target)
        expected = _counts(source)
        assert {name: after[name] - before[name] for name in after} == expected
        services, mine = Services.over(target), Services.over(source)
        group = [i for i in services.capture.items(copied.target_id) if i.kind == "group_work"][0]
        original = [i for i in mine.capture.items(workshop_id) if i.kind == "group_work"][0]
        lines = services.capture.lines(group.id, None)
        assert [(line.text, line.parent_id is not None) for line in lines] == [
            (line.text, line.parent_id is not None) for line in mine.capture.lines(original.id, None)]
        assert lines[-1].parent_id == lines[-2].id  # the sub-point hangs under the copied line
        (attachment,) = [a for a in services.attachments.attachments(copied.target_id) if a.title == "Bilag 1"]
        assert attachment.size == len(b"%PDF-1.4 \x00\xff")
        state = services.run.state(copied.target_id)
        assert state.current() is not None and state.current().item.title == original.title
    finally:
        target.close()
        source.close()


def test_sqlite_to_server_and_back_gives_the_same_workshop(tmp_path: Path, server_url: str) -> None:
    source, workshop_id = _demo(tmp_path / "source.sqlite")
    server = open_store(server_url)
    home = open_store(tmp_path / "home.sqlite")
    try:
        (on_server,) = CopyService(server).copy_all(source, workshop_id)
        (back,) = CopyService(home).copy_all(server, on_server.target_id)
        assert _counts(home) == _counts(source)
        a, b = Services.over(source), Services.over(home)
        assert [(i.title, i.kind) for i in a.capture.items(workshop_id)] == [
            (i.title, i.kind) for i in b.capture.items(back.target_id)]
        assert _minutes_text(source, workshop_id) == _minutes_text(server, on_server.target_id) == \
            _minutes_text(home, back.target_id)
    finally:
        for store in (source, server, home):
            store.close()
