from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from facilitator.ui.capture.capture_view import CaptureView
from facilitator.ui.change_feed import ChangeFeed
from tests.capture_fixtures import world_fixture

world = pytest.fixture(world_fixture)

# Characters qtbot.keyClicks can type on this platform; others abort pytest (pitfalls.md).
_KEYABLE = set(map(chr, range(32, 127))) | set("æøåÆØÅ·´")


@pytest.fixture
def feed() -> ChangeFeed:
    return ChangeFeed()


@pytest.fixture
def view(qtbot, world, feed, services) -> CaptureView:  # noqa: ANN001
    shown = CaptureView(services, feed)
    qtbot.addWidget(shown)
    shown.show_workshop(world.workshop_id)
    shown.show()
    return shown


def type_text(qtbot, widget: QLineEdit, text: str) -> None:  # noqa: ANN001 (qtbot)
    """Type ``text`` key by key; characters keys cannot produce go in through ``insert``."""
    run = ""
    for char in text:
        if char in _KEYABLE:
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        widget.insert(char)
    if run:
        qtbot.keyClicks(widget, run)


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(widget, key, modifier)
