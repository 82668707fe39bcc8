"""Which screen the projector view goes to, decided without Qt.

Screens come and go during a run (the projector cable is plugged in late, or pulled out). Keeping the
choice in a pure function over plain descriptions lets the hot-plug cases be tested without real
screens; the window only applies the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    """What the choice needs to know about one screen."""

    name: str
    width: int
    height: int
    primary: bool = False


@dataclass(frozen=True)
class Placement:
    """Where the projector view goes: a screen by name, fullscreen or as a normal window."""

    screen: str | None
    fullscreen: bool


def choose_projector_screen(
    screens: Sequence[ScreenInfo], remembered: str | None, console: str | None = None
) -> Placement:
    """Choose the projector's screen.

    A screen other than the console's is used fullscreen: the remembered one if it is connected,
    otherwise the first other screen in the system's order. With only the console's screen the view
    becomes a normal window there, so the laptop stays usable.

    Args:
        screens: the connected screens, in the system's order.
        remembered: the name of the screen the user chose last time, if any.
        console: the name of the screen the console is on; defaults to the primary screen.
    """
    if not screens:
        return Placement(None, False)
    if console not in {s.name for s in screens}:  # unknown or unplugged: Qt moves it to primary
        console = next((s.name for s in screens if s.primary), screens[0].name)
    others = [s for s in screens if s.name != console]
    if not others:
        return Placement(console, False)
    chosen = next((s for s in others if s.name == remembered), others[0])
    return Placement(chosen.name, True)
