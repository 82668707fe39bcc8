"""Legibility rules of the painted projector: big digits, text that wraps inside its box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from facilitator.domain.countdown import Tone
from facilitator.ui.run.projector_view import ProjectorView
from facilitator.ui.run.slide import Layout, Slide, aco_columns

LONG_TITLE = (
    "Drøftelse: fra strategiske mål og indsatsområder til design af løsninger sammen med borgeren "
    "og patienten, med organisationen og i samspil med samarbejdspartnere på tværs af sektorer"
)


def painted(qtbot, slide: Slide, width: int, height: int) -> ProjectorView:
    view = ProjectorView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.set_slide(slide)
    view.grab()  # paints
    return view


@pytest.mark.parametrize("layout", [Layout.TIMER, Layout.GROUP, Layout.ACO, Layout.BREAK])
@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1024, 768), (3840, 2160)])
def test_countdown_is_at_least_a_fifth_of_the_height(qtbot, layout, width, height):
    slide = Slide(layout, heading="Opsamling", countdown="+03:12", tone=Tone.OVERTIME,
                  prompts=("Hvilke mål?",), columns=aco_columns(), resume_at="We resume at 13:00")
    view = painted(qtbot, slide, width, height)
    digits = view.drawn["countdown"]
    assert digits.height() >= height / 5
    assert QRectF(view.rect()).contains(digits)


def test_long_title_and_prompts_wrap_inside_the_screen(qtbot):
    prompts = tuple(f"Spørgsmål {n}: hvordan sikrer vi en enkel og overskuelig koordination for "
                    f"borgeren på tværs af hospital og kommune?" for n in range(6))
    view = painted(qtbot, Slide(Layout.TIMER, heading=LONG_TITLE, presenter="v/ formandskabet",
                                countdown="12:00", prompts=prompts, next_up="Next: Opsamling"),
                   1280, 720)
    screen = QRectF(view.rect())
    heading, countdown = view.drawn["heading"], view.drawn["countdown"]
    assert screen.contains(heading) and screen.contains(view.drawn["prompts"])
    assert heading.bottom() <= countdown.top()
    assert view.drawn["prompts"].top() >= countdown.bottom()


def test_black_screen_paints_nothing_but_black(qtbot):
    view = painted(qtbot, Slide(Layout.BLACK), 320, 180)
    image = view.grab().toImage()
    assert {image.pixelColor(x, y).name() for x in range(0, 320, 40) for y in range(0, 180, 30)} == {
        "#000000"
    }
    assert view.drawn == {}
