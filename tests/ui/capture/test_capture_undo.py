"""Capture undo and redo: redo brings back the same rows; a paste is one transaction each way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from sqlalchemy import event
from sqlmodel import select

from facilitator.storage.models import Contribution
from tests.ui.capture.conftest import press, type_text
from tests.ui.capture.test_contributions_page import CTRL, _page, _stored

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _rows(world, item_id) -> list[tuple[int, str, bool]]:  # noqa: ANN001
    """Every row of the item, deleted ones too: (id, text, live)."""
    with world.store.read() as session:
        rows = session.exec(select(Contribution).where(Contribution.item_id == item_id)).all()
        return sorted((row.id, row.text, row.deleted_at is None) for row in rows)


@contextmanager
def counted_commits(store) -> Iterator[list[int]]:  # noqa: ANN001
    commits: list[int] = []

    def count(_connection) -> None:  # noqa: ANN001
        commits.append(1)

    event.listen(store.engine, "commit", count)
    try:
        yield commits
    finally:
        event.remove(store.engine, "commit", count)


def _keys(qtbot, key, modifier, times: int) -> None:  # noqa: ANN001
    for _ in range(times):
        press(qtbot, QApplication.focusWidget(), key, modifier)


def test_add_edit_undo_twice_redo_twice_gives_the_edited_line_in_the_same_row(qtbot, world, feed) -> None:  # noqa: ANN001
    page = _page(qtbot, world, feed, world.group_item_id)
    panel = page.panels[0]
    panel.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.entry)
    type_text(qtbot, panel.entry, "Første udgave")
    press(qtbot, panel.entry, Qt.Key.Key_Return)
    [(line_id, _, _)] = _rows(world, world.group_item_id)
    press(qtbot, panel.entry, Qt.Key.Key_Up)
    press(qtbot, panel.view, Qt.Key.Key_F2)
    editor = panel.view.findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Rettet udgave")
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)
    _keys(qtbot, Qt.Key.Key_Z, CTRL, 2)
    assert _stored(world, world.group_item_id, world.cluster_ids[0]) == []
    _keys(qtbot, Qt.Key.Key_Z, SHIFT_CTRL, 2)
    assert _stored(world, world.group_item_id, world.cluster_ids[0]) == [("Rettet udgave", False)]
    assert _rows(world, world.group_item_id) == [(line_id, "Rettet udgave", True)]  # no second row
    _keys(qtbot, Qt.Key.Key_Z, CTRL, 1)
    assert _stored(world, world.group_item_id, world.cluster_ids[0]) == [("Første udgave", False)]


def test_undo_and_redo_of_a_paste_are_one_transaction_each_and_keep_the_rows(qtbot, world, feed) -> None:  # noqa: ANN001
    page = _page(qtbot, world, feed, world.group_item_id)
    panel = page.panels[1]
    lines = [f"Punkt {number}" for number in range(1, 201)]
    QGuiApplication.clipboard().setText("\n".join(lines))
    panel.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.entry)
    press(qtbot, panel.entry, Qt.Key.Key_V, CTRL)
    with counted_commits(world.store) as commits:
        press(qtbot, panel.entry, Qt.Key.Key_Return)
    assert len(commits) == 1
    pasted = _rows(world, world.group_item_id)
    assert [text for _, text, live in pasted if live] == lines
    with counted_commits(world.store) as commits:
        press(qtbot, panel.entry, Qt.Key.Key_Z, CTRL)
    assert len(commits) == 1
    assert _stored(world, world.group_item_id, world.cluster_ids[1]) == []
    assert QApplication.focusWidget() is panel.entry  # typing can go on after each step
    with counted_commits(world.store) as commits:
        press(qtbot, panel.entry, Qt.Key.Key_Z, SHIFT_CTRL)
    assert len(commits) == 1
    assert [text for text, _ in _stored(world, world.group_item_id, world.cluster_ids[1])] == lines
    assert _rows(world, world.group_item_id) == pasted  # the same rows, not copies


def test_redo_is_the_same_two_keys_on_every_platform_each_bound_once(qtbot, world, feed) -> None:  # noqa: ANN001
    """X11's StandardKey.Redo is Ctrl+Shift+Z: binding it twice made redo ambiguous there."""
    page = _page(qtbot, world, feed, world.group_item_id)
    redo = next(a for a in page.actions() if a.text().startswith("Redo"))
    assert [key.toString() for key in redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
