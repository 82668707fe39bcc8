"""The projector window: fullscreen on the second screen, a normal window on a lone laptop.

It follows screens being plugged in or pulled out during the run; which screen to use is decided by
:func:`facilitator.domain.screens.choose_projector_screen`, this window only applies the answer.

It never takes the keyboard: shown without activation and refusing focus (X11, Windows, macOS), so
typing after F5 stays in the console, and a presenter remote's keys reach the console too. Full
screen is set as a window state, because ``showFullScreen()`` also activates the window. On a
platform that activates new windows whatever their hints (Qt's offscreen platform does; openbox
on X11 does not, checked with clicks, Alt+Tab and _NET_ACTIVE_WINDOW) the window hands the
activation straight back to the console's window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.domain.screens import Placement, ScreenInfo, choose_projector_screen
from facilitator.ui.run.projector_board import BoardSources
from facilitator.ui.run.projector_stage import ProjectorStage

SCREEN_SETTING = "run/projector_screen"


def screen_infos() -> list[ScreenInfo]:
    """The connected screens as the pure choice function sees them."""
    primary = QGuiApplication.primaryScreen()
    return [
        ScreenInfo(s.name(), s.geometry().width(), s.geometry().height(), s is primary)
        for s in QGuiApplication.screens()
    ]


def screen_named(name: str | None) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.name() == name), None)


class ProjectorWindow(QWidget):
    """A top-level window holding the projector's :class:`ProjectorView`.

    Args:
        settings: where the chosen screen is remembered between runs.
        console: the console widget; its screen is never used for the projector.
        sources: what the wall, vote chart and proposal columns read; None shows the timer only.
    """

    def __init__(self, settings: QSettings, console: QWidget, sources: BoardSources | None = None) -> None:
        # Its own window, closed with the console, that never becomes the active window.
        super().__init__(console, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._settings = settings
        self._console = console
        self.stage = ProjectorStage(sources, parent=self)
        self.view = self.stage.view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        self.setWindowTitle(self.tr("Projector"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.placement = Placement(None, False)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.on_screen_added)  # type: ignore[attr-defined]
        app.screenRemoved.connect(self.on_screen_removed)  # type: ignore[attr-defined]

    def remembered_screen(self) -> str | None:
        value = self._settings.value(SCREEN_SETTING, "")
        return str(value) or None

    def open(self) -> None:
        self.place()

    def place(self) -> Placement:
        """Move to the chosen screen, fullscreen there or as a normal window on the console's."""
        console_screen = self._console.screen()
        placement = choose_projector_screen(
            screen_infos(),
            self.remembered_screen(),
            console_screen.name() if console_screen is not None else None,
        )
        self.placement = placement
        target = screen_named(placement.screen)
        if target is None:
            self.showNormal()
            return placement
        if placement.fullscreen:
            if self.isFullScreen() and self.screen() is not target:
                self.showNormal()  # window managers move a fullscreen window only after this
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
            self.show()
        else:
            if self.isFullScreen():
                self.showNormal()
            self.setScreen(target)
            area = target.availableGeometry()
            width, height = min(960, area.width()), min(540, area.height())
            self.setGeometry(area.x() + area.width() - width - 40, area.y() + 60, width, height)
            self.show()
        return placement

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self._hand_back_keys)

    def _hand_back_keys(self) -> None:
        """Give the activation (and with it every key) back to the console's window."""
        console_window = self._console.window()
        if console_window.isVisible():
            console_window.activateWindow()

    def on_screen_added(self, _screen: QScreen) -> None:
        if self.isVisible():
            self.place()

    def on_screen_removed(self, _screen: QScreen) -> None:
        """Re-place once Qt has finished removing the screen (the window may have been on it)."""
        if self.isVisible():
            QTimer.singleShot(0, self.place)
