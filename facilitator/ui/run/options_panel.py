"""The run's settings beside the console: projector screen, phases by themselves, chime, warning.

The first three are preferences of this laptop and live in ``QSettings``; the warning minutes
belong to the workshop and are stored through the run service by the console.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.run.projector_window import SCREEN_SETTING, screen_infos

AUTO_ADVANCE_SETTING = "run/auto_advance"
CHIME_SETTING = "run/chime"


class RunOptions(QWidget):
    """Screen chooser and two switches, each stored as soon as it changes.

    Signals:
        auto_advance_changed(bool): phases now do (or no longer) start by themselves.
        screen_chosen(): the remembered projector screen changed.
        warning_changed(int): the user set the workshop's warning minutes (stored by the console).
    """

    auto_advance_changed = Signal(bool)
    screen_chosen = Signal()
    warning_changed = Signal(int)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.screen_box = QComboBox()
        self.screen_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.screen_box.activated.connect(self._choose_screen)
        self.auto_advance_box = QCheckBox(self.tr("Phases start by themselves"))
        self.auto_advance_box.setChecked(settings.value(AUTO_ADVANCE_SETTING, True, bool))
        self.auto_advance_box.toggled.connect(self._set_auto_advance)
        self.chime_box = QCheckBox(self.tr("Soft sound at zero (system beep)"))
        self.chime_box.setChecked(settings.value(CHIME_SETTING, False, bool))
        self.chime_box.toggled.connect(lambda on: settings.setValue(CHIME_SETTING, on))
        for box in (self.auto_advance_box, self.chime_box):
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must stay the timer's key
        self.warning_box = QSpinBox()
        self.warning_box.setRange(0, 60)
        self.warning_box.setSuffix(self.tr(" min"))
        self.warning_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.warning_box.valueChanged.connect(self.warning_changed)
        warning_row = QHBoxLayout()
        warning_label = QLabel(self.tr("Warning colour in the last:"))
        warning_label.setBuddy(self.warning_box)
        warning_row.addWidget(warning_label)
        warning_row.addWidget(self.warning_box)
        warning_row.addStretch()
        screen_row = QHBoxLayout()
        screen_row.addWidget(QLabel(self.tr("Projector screen:")))
        screen_row.addWidget(self.screen_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(screen_row)
        layout.addWidget(self.auto_advance_box)
        layout.addWidget(self.chime_box)
        layout.addLayout(warning_row)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.fill_screens)  # type: ignore[attr-defined]
        app.screenRemoved.connect(self.fill_screens)  # type: ignore[attr-defined]
        self.fill_screens()

    def show_warning(self, minutes: int) -> None:
        """Show the workshop's stored value without announcing it as a change."""
        self.warning_box.blockSignals(True)
        self.warning_box.setValue(minutes)
        self.warning_box.blockSignals(False)

    def auto_advance(self) -> bool:
        return self.auto_advance_box.isChecked()

    def chime(self) -> bool:
        return self.chime_box.isChecked()

    def fill_screens(self, *_args: object) -> None:
        """List the connected screens, the remembered one selected ("Automatic" if gone)."""
        remembered = str(self._settings.value(SCREEN_SETTING, "") or "")
        self.screen_box.clear()
        self.screen_box.addItem(self.tr("Automatic"), "")
        for info in screen_infos():
            self.screen_box.addItem(f"{info.name} ({info.width}×{info.height})", info.name)
        self.screen_box.setCurrentIndex(max(0, self.screen_box.findData(remembered)))

    def _choose_screen(self, index: int) -> None:
        self._settings.setValue(SCREEN_SETTING, self.screen_box.itemData(index) or "")
        self.screen_chosen.emit()

    def _set_auto_advance(self, on: bool) -> None:
        self._settings.setValue(AUTO_ADVANCE_SETTING, on)
        self.auto_advance_changed.emit(on)
