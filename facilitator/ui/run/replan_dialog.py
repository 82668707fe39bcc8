"""Replan the rest of the day: pick a way, look at the new times, then apply (undoable).

The new times are kept beside the plan (the minutes still show what was planned), nothing is
pinned, and times are rounded to whole 5 minutes unless the user chose another step (a setting
of this laptop, remembered).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QHBoxLayout,
    QWidget,
)

from facilitator.services.run import ProposedTime, ReplanMode, RunService
from facilitator.ui.run.slide import clock_text

ROUND_SETTING = "replan/round_minutes"
ROUND_CHOICES = (1, 5, 10, 15)


class ReplanDialog(QDialog):
    """Shows the proposed times of the items not yet started; nothing is stored until Apply."""

    def __init__(self, service: RunService, workshop_id: int, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._workshop_id = workshop_id
        self._settings = settings
        self.setWindowTitle(self.tr("Replan the rest of the day"))
        self.shift = QRadioButton(self.tr("&Shift everything (pinned items move too)"))
        self.compress = QRadioButton(
            self.tr("&Compress the flexible items, keep pinned items and the end of the day")
        )
        self.compress.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.shift)
        group.addButton(self.compress)
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 120)
        self.minimum.setSuffix(self.tr(" min"))
        self.minimum.setValue(service.min_minutes)
        self.rounding = QComboBox()
        for minutes in ROUND_CHOICES:
            self.rounding.addItem(self.tr("%n min", "", minutes), minutes)
        chosen = int(settings.value(ROUND_SETTING, service.round_minutes))
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(chosen)))
        minimum_row = QHBoxLayout()
        minimum_label = QLabel(self.tr("Shortest item after compressing:"))
        minimum_label.setBuddy(self.minimum)
        minimum_row.addWidget(minimum_label)
        minimum_row.addWidget(self.minimum)
        rounding_label = QLabel(self.tr("&Round times to:"))
        rounding_label.setBuddy(self.rounding)
        minimum_row.addWidget(rounding_label)
        minimum_row.addWidget(self.rounding)
        minimum_row.addStretch()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Now"), self.tr("Proposed")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self.tr("Nothing left to replan."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.shift, self.compress):
            layout.addWidget(widget)
        layout.addLayout(minimum_row)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(QLabel(self.tr(
            "The plan stays as planned (the minutes show it); the new times are kept beside it. "
            "Ctrl+Z in the console takes them back.")))
        layout.addWidget(buttons)
        # R then Enter replans from the keyboard: Enter is Apply's. Apply has no accept role, so
        # the dialog gave Enter to Cancel; set once the box is in the dialog (reparenting resets it).
        self.apply_button.setDefault(True)
        self.shift.toggled.connect(self.refresh)
        self.minimum.valueChanged.connect(self.refresh)
        self.rounding.currentIndexChanged.connect(self._rounding_chosen)
        self.resize(640, 420)
        self.refresh()

    def mode(self) -> ReplanMode:
        return ReplanMode.SHIFT if self.shift.isChecked() else ReplanMode.COMPRESS

    def _rounding_chosen(self) -> None:
        self._settings.setValue(ROUND_SETTING, self.rounding.currentData())
        self.refresh()

    def proposal(self) -> list[ProposedTime]:
        self._service.min_minutes = self.minimum.value()
        self._service.round_minutes = int(self.rounding.currentData())
        self.minimum.setSingleStep(self._service.round_minutes)
        return self._service.propose_replan(self._workshop_id, self.mode())

    def _times(self, start: int, minutes: int, phases: tuple[int, ...] = ()) -> str:
        times = f"{clock_text(start)}–{clock_text(start + minutes)}"
        if len(phases) > 1:
            times += " (" + " + ".join(str(m) for m in phases) + self.tr(" min)")
        return times

    def refresh(self) -> None:
        lines = self.proposal()
        self.minimum.setEnabled(self.mode() is ReplanMode.COMPRESS)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            old = self._times(line.old_start, line.old_minutes)
            new = self._times(line.new_start, line.new_minutes, line.new_phases)
            changed = (line.old_start, line.old_minutes) != (line.new_start, line.new_minutes)
            for column, text in enumerate((line.title, old, new)):
                cell = QTableWidgetItem(text)
                if column == 2 and changed:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not lines)
        self.apply_button.setEnabled(bool(lines))
