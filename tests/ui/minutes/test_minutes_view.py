"""The Minutes section: an outline kept current while visible, the export, the last file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain.kinds import ContributionKind
from facilitator.export.document import DocumentPlan, Part
from facilitator.services.capture import CaptureService
from facilitator.services.reading import ReadingService
from facilitator.services.workshops import WorkshopService
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.minutes.minutes_view import MinutesView
from facilitator.ui.minutes.outline_model import OutlineModel
from tests.minutes_seed import LISTS, SeedWorkshop, seed_workshop  # noqa: F401  (fixture)


def outline(view: MinutesView) -> dict[str, str]:
    model = view.outline
    return {model.item(row, 0).text(): model.item(row, 1).text() for row in range(model.rowCount())}


def make_view(qtbot: QtBot, seed: SeedWorkshop, feed: ChangeFeed, opened: list[Path]) -> MinutesView:
    view = MinutesView(ReadingService(seed.store), WorkshopService(seed.store), feed,
                       open_file=lambda path: opened.append(path) or True)
    qtbot.addWidget(view)
    view.show_workshop(seed.workshop_id)
    view.show()
    return view


def test_outline_shows_what_the_minutes_hold_and_follows_changes(
    qtbot: QtBot, seed_workshop: SeedWorkshop  # noqa: F811
) -> None:
    feed = ChangeFeed()
    view = make_view(qtbot, seed_workshop, feed, [])
    rows = outline(view)
    lines = sum(len(points) for points in LISTS.values()) + 2 + 1  # points, sub-points, decision
    assert rows["4. Opsamling på målsætninger/visioner"] == f"Lines: {lines} · Clusters: 4 · Themes: 3"
    # One question with its answer: the document shows one "Spørgsmål:", so does the overview.
    talk = "2. Optakt til samarbejdet om sundhedsaftaler og praksisplan v/ Christian Harsløf"
    assert rows[talk] == "Questions: 1 · Lines: 1 · Attachments: 1"
    assert "Punkt uden referat" not in " ".join(rows)  # left out: nothing was recorded
    assert rows["Participants"] == "People: 2 · Clusters: 4"
    assert rows["9. Det videre forløb"] == "Actions: 1"  # the next-steps table sits in its item
    assert rows["10. Evaluering"] == "Remarks: 2"

    _, changes = CaptureService(seed_workshop.store).add_contribution(
        seed_workshop.items["empty"], None, "Nu er der noteret noget", ContributionKind.NOTE
    )
    feed.publish(changes)
    qtbot.waitUntil(lambda: "8. Punkt uden referat" in outline(view), timeout=2000)
    rows = outline(view)
    assert rows["8. Punkt uden referat"] == "Lines: 1" and rows["10. Evaluering"] == "Remarks: 2"
    assert "Nu er der noteret noget" in view.preview.plain_text()  # the preview followed too


def test_export_from_the_section_and_open_the_last_file(
    qtbot: QtBot, seed_workshop: SeedWorkshop, tmp_path: Path  # noqa: F811
) -> None:
    opened: list[Path] = []
    view = make_view(qtbot, seed_workshop, ChangeFeed(), opened)
    assert not view.open_last_button.isEnabled()
    dialog = view.make_dialog()
    dialog.target.setText(str(tmp_path / "r.docx"))
    dialog.open_when_done.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert view.open_last_button.isEnabled() and str(tmp_path / "r.docx") in view.last_label.text()
    qtbot.mouseClick(view.open_last_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path / "r.docx"]


def heading_at_top(view: MinutesView) -> str:
    """The level-1 heading the preview shows at its top."""
    document = view.preview.document()
    place = view.preview.verticalScrollBar().value()
    block, found = document.begin(), ""
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            if document.documentLayout().blockBoundingRect(block).top() > place + 1:
                break
            found = block.text()
        block = block.next()
    return found


def test_moving_through_the_overview_shows_that_part_in_the_preview(
    qtbot: QtBot, seed_workshop: SeedWorkshop  # noqa: F811
) -> None:
    view = make_view(qtbot, seed_workshop, ChangeFeed(), [])
    view.resize(1200, 600)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.outline_view.setFocus()
    qtbot.keyClick(view.outline_view, Qt.Key.Key_Home)
    assert heading_at_top(view) == "Deltagere"
    qtbot.keyClick(view.outline_view, Qt.Key.Key_Down)
    qtbot.keyClick(view.outline_view, Qt.Key.Key_Down)
    row = view.outline.item(view.outline_view.currentIndex().row(), 0).text()
    assert row.startswith("1. ") and heading_at_top(view) == row
    qtbot.keyClick(view.outline_view, Qt.Key.Key_End)
    assert view.preview.verticalScrollBar().value() > 0
    assert QApplication.focusWidget() is view.outline_view  # the reader stays in the overview


@pytest.mark.parametrize(("language", "one", "two"), [
    ("da", "Tekst: 1 afsnit", "Tekst: 2 afsnit · Bidrag: 1"),
    ("en", "Text: 1 paragraph", "Text: 2 paragraphs · Lines: 1"),
])
def test_the_outline_counts_paragraphs_in_the_singular_and_the_plural(
    qapp: QApplication, language: str, one: str, two: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue("danish" if language == "da" else "english")
    model = OutlineModel()
    model.show(DocumentPlan(parts=[Part("item", "1. Velkomst", {"paragraphs": 1}),
                                   Part("item", "2. Oplæg", {"paragraphs": 2, "lines": 1})]))
    assert [model.item(row, 1).text() for row in range(model.rowCount())] == [one, two]
