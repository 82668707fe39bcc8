"""Replan the rest of the day: pick a way, look at the new times, then apply (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
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


class ReplanDialog(QDialog):
    """Shows the proposed times of the items not yet started; nothing is stored until Apply."""

    def __init__(self, service: RunService, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._workshop_id = workshop_id
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
        minimum_row = QHBoxLayout()
        minimum_label = QLabel(self.tr("Shortest item after compressing:"))
        minimum_label.setBuddy(self.minimum)
        minimum_row.addWidget(minimum_label)
        minimum_row.addWidget(self.minimum)
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
        layout.addWidget(QLabel(self.tr("Ctrl+Z in the console takes the new plan back.")))
        layout.addWidget(buttons)
        self.shift.toggled.connect(self.refresh)
        self.minimum.valueChanged.connect(self.refresh)
        self.resize(640, 420)
        self.refresh()

    def mode(self) -> ReplanMode:
        return ReplanMode.SHIFT if self.shift.isChecked() else ReplanMode.COMPRESS

    def proposal(self) -> list[ProposedTime]:
        self._service.min_minutes = self.minimum.value()
        return self._service.propose_replan(self._workshop_id, self.mode())

    def refresh(self) -> None:
        lines = self.proposal()
        self.minimum.setEnabled(self.mode() is ReplanMode.COMPRESS)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            old = f"{clock_text(line.old_start)}–{clock_text(line.old_start + line.old_minutes)}"
            new = f"{clock_text(line.new_start)}–{clock_text(line.new_start + line.new_minutes)}"
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
