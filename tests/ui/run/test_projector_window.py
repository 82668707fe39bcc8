"""Projector placement: a window on one screen, fullscreen on another, screens coming and going."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from facilitator.ui.run.projector_window import ProjectorWindow

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def projector(qtbot):
    console = QWidget()
    qtbot.addWidget(console)
    console.show()
    window = ProjectorWindow(QSettings(), console)
    return window


def test_one_screen_gives_a_normal_window(projector):
    placement = projector.place()
    assert placement.screen == QGuiApplication.primaryScreen().name()
    assert not placement.fullscreen
    assert projector.isVisible() and not projector.isFullScreen()


def test_screen_handlers_replace_the_window_and_ignore_a_hidden_one(qtbot, projector):
    screen = QGuiApplication.primaryScreen()
    projector.on_screen_added(screen)
    assert not projector.isVisible()  # closed projector stays closed
    projector.open()
    projector.setGeometry(5000, 5000, 10, 10)  # as if it had been on a screen now gone
    projector.on_screen_removed(screen)
    qtbot.waitUntil(lambda: projector.geometry().width() > 10)
    assert projector.isVisible() and not projector.isFullScreen()
    projector.on_screen_added(screen)
    assert projector.placement.screen == screen.name()


SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget
    from facilitator.ui.run.projector_window import SCREEN_SETTING, ProjectorWindow

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    settings = QSettings("FacilitatorTest", "screens")
    settings.setValue(SCREEN_SETTING, sys.argv[2])
    console = QWidget()
    console.show()
    window = ProjectorWindow(settings, console)
    placement = window.place()
    app.processEvents()
    print(json.dumps({
        "console": console.screen().name(),
        "screen": window.screen().name(),
        "placement": placement.screen,
        "fullscreen": window.isFullScreen(),
        "geometry": window.geometry().getRect(),
    }))
    """
)


def run_with_screens(tmp_path: Path, screens: list[dict], remembered: str = "") -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "settings"), remembered],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["stderr"] = done.stderr
    return result


def screen(name: str, x: int, width: int, height: int) -> dict:
    return {"name": name, "x": x, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}


def test_second_screen_gets_the_projector_fullscreen(tmp_path):
    result = run_with_screens(tmp_path, [screen("laptop", 0, 1280, 800), screen("hdmi", 1280, 1920, 1080)])
    assert result["console"] == "laptop"
    assert result["placement"] == "hdmi" and result["screen"] == "hdmi"
    assert result["fullscreen"]
    assert result["geometry"] == [1280, 0, 1920, 1080]
    assert "requestActivate" not in result["stderr"]  # going fullscreen never activates it


def test_remembered_screen_is_used_when_connected(tmp_path):
    screens = [screen("laptop", 0, 1280, 800), screen("hdmi", 1280, 1920, 1080),
               screen("usb", 3200, 1024, 768)]
    result = run_with_screens(tmp_path, screens, remembered="usb")
    assert result["screen"] == "usb" and result["fullscreen"]
    assert result["geometry"] == [3200, 0, 1024, 768]


def test_remembered_screen_missing_falls_back_to_the_other_screen(tmp_path):
    screens = [screen("laptop", 0, 1280, 800), screen("hdmi", 1280, 1920, 1080)]
    result = run_with_screens(tmp_path, screens, remembered="usb")
    assert result["screen"] == "hdmi" and result["fullscreen"]
