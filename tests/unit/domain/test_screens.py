"""Projector screen choice, including screens plugged in and pulled out mid-run."""

from __future__ import annotations

from facilitator.domain.screens import Placement, ScreenInfo, choose_projector_screen

LAPTOP = ScreenInfo("eDP-1", 1920, 1200, primary=True)
HDMI = ScreenInfo("HDMI-1", 1920, 1080)
USB_C = ScreenInfo("DP-2", 1280, 800)


def test_no_screen_at_all_gives_a_window_nowhere_in_particular():
    assert choose_projector_screen([], None) == Placement(None, False)


def test_one_screen_gives_a_normal_window_on_it():
    assert choose_projector_screen([LAPTOP], "HDMI-1") == Placement("eDP-1", False)


def test_second_screen_is_used_fullscreen():
    assert choose_projector_screen([LAPTOP, HDMI], None) == Placement("HDMI-1", True)


def test_remembered_screen_wins_when_connected():
    screens = [LAPTOP, HDMI, USB_C]
    assert choose_projector_screen(screens, "DP-2") == Placement("DP-2", True)
    assert choose_projector_screen([LAPTOP, HDMI], "DP-2") == Placement("HDMI-1", True)


def test_console_screen_is_never_the_projector_even_if_remembered():
    screens = [LAPTOP, HDMI]
    assert choose_projector_screen(screens, "eDP-1") == Placement("HDMI-1", True)
    assert choose_projector_screen(screens, None, console="HDMI-1") == Placement("eDP-1", True)


def test_hot_plug_sequence():
    assert choose_projector_screen([LAPTOP], None) == Placement("eDP-1", False)
    assert choose_projector_screen([LAPTOP, HDMI], None) == Placement("HDMI-1", True)
    assert choose_projector_screen([LAPTOP], "HDMI-1") == Placement("eDP-1", False)


def test_console_screen_unplugged_falls_back_to_the_primary():
    placement = choose_projector_screen([LAPTOP, HDMI], None, console="DP-9")
    assert placement == Placement("HDMI-1", True)
