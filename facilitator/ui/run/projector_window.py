"""The projector window: fullscreen on the second screen, a normal window on a lone laptop.

It follows screens being plugged in or pulled out during the run; which screen to use is decided by
:func:`facilitator.domain.screens.choose_projector_screen`, this window only applies the answer.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QShowEvent
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
        super().__init__(console, Qt.WindowType.Window)  # its own window, closed with the console
        self._settings = settings
        self._console = console
        self.stage = ProjectorStage(sources, parent=self)
        self.view = self.stage.view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        self.setWindowTitle(self.tr("Projector"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        # The console's shortcuts are added here too; they need a focused widget in this window.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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
            self.showFullScreen()
        else:
            if self.isFullScreen():
                self.showNormal()
            self.setScreen(target)
            area = target.availableGeometry()
            width, height = min(960, area.width()), min(540, area.height())
            self.setGeometry(area.x() + area.width() - width - 40, area.y() + 60, width, height)
            self.show()
        return placement

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_screen_added(self, _screen: QScreen) -> None:
        if self.isVisible():
            self.place()

    def on_screen_removed(self, _screen: QScreen) -> None:
        """Re-place once Qt has finished removing the screen (the window may have been on it)."""
        if self.isVisible():
            QTimer.singleShot(0, self.place)
