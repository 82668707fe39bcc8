"""The export dialog: where to write the minutes, how, and a progress bar while they are built."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.export.errors import ExportError, naming_unknown_workshop
from facilitator.export.minutes import MinutesOptions, export_minutes
from facilitator.i18n import LANGUAGES
from facilitator.services.reading import ReadingService
from facilitator.services.workshops import WorkshopView
from facilitator.storage.errors import StoreError
from facilitator.ui.minutes.file_opener import FileOpener, open_with_desktop
from facilitator.ui.minutes.write_progress import show_failure, show_progress

WORD, PDF = ".docx", ".pdf"


def suggested_file_name(workshop: WorkshopView, minutes_word: str, suffix: str = WORD) -> str:
    """``Temadag - Referat.docx``: the title with characters Windows forbids in names removed."""
    title = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", workshop.title).split()).strip(" .") or "Workshop"
    return f"{title[:80]} - {minutes_word}{suffix}"


class ExportDialog(QDialog):
    """Choose file, template, language and options; export with progress; open the result.

    Signals:
        exported(str): the minutes were written to this path.
    """

    exported = Signal(str)

    def __init__(self, reading: ReadingService, workshop: WorkshopView, parent: QWidget | None = None,
                 open_file: FileOpener = open_with_desktop) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export minutes"))
        self._reading = reading
        self._workshop = workshop
        self._open_file = open_file
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.target = QLineEdit(str(Path(documents) / suggested_file_name(workshop, self.tr("Minutes"))))
        self.file_format = QComboBox()
        self.file_format.addItem(self.tr("Word document (.docx)"), WORD)
        self.file_format.addItem(self.tr("PDF (.pdf)"), PDF)
        self.file_format.activated.connect(self._format_chosen)
        self.target.textChanged.connect(self._target_typed)
        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("Facilitator's own style"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(workshop.language), 0))
        self.include_empty = QCheckBox(self.tr("Include items and sections with nothing recorded"))
        self.actual_times = QCheckBox(self.tr("Show actual times next to the planned ones"))
        self.actual_times.setChecked(True)
        self.chart = QCheckBox(self.tr("Chart of planned and actual times in the programme"))
        self.chart.setChecked(True)
        self.emails = QCheckBox(self.tr("Show participants' e-mail addresses"))
        self.emails.setChecked(True)
        self.open_when_done = QCheckBox(self.tr("Open the file when it is written"))
        self.open_when_done.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&File:"), self._with_button(self.target, self._choose_target))
        form.addRow(self.tr("F&ormat:"), self.file_format)
        form.addRow(self.tr("&Style template:"), self._with_button(self.template, self._choose_template))
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for box in (self.include_empty, self.actual_times, self.chart, self.emails, self.open_when_done):
            layout.addWidget(box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _with_button(self, edit: QLineEdit, choose: Callable[[], None]) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(choose)
        layout.addWidget(button)
        return row

    def _choose_target(self) -> None:
        word, pdf = self.tr("Word documents (*.docx)"), self.tr("PDF documents (*.pdf)")
        chosen = pdf if self.file_format.currentData() == PDF else word
        path, used = QFileDialog.getSaveFileName(
            self, self.tr("Save minutes as"), self.target.text(), f"{word};;{pdf}", chosen
        )
        if path:
            suffix = PDF if used == pdf else WORD
            self.target.setText(path if path.lower().endswith(suffix) else path + suffix)

    def _format_chosen(self, _index: int) -> None:
        """The target keeps its name and folder and takes the chosen format's extension."""
        text = self.target.text().strip()
        if text:
            path = Path(text)
            stem = path.stem if path.suffix.lower() in (WORD, PDF) else path.name
            self.target.setText(str(path.with_name(stem + self.file_format.currentData())))

    def _target_typed(self, text: str) -> None:
        suffix = Path(text.strip()).suffix.lower()
        index = self.file_format.findData(suffix)
        if index >= 0:
            self.file_format.setCurrentIndex(index)
        # Word styles only apply to Word files.
        self.template.setEnabled(suffix != PDF)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a style template"), self.template.text(),
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.template.setText(path)

    def options(self) -> MinutesOptions:
        template = self.template.text().strip()
        return MinutesOptions(
            include_empty=self.include_empty.isChecked(),
            show_actual_times=self.actual_times.isChecked(),
            include_emails=self.emails.isChecked(),
            programme_chart=self.chart.isChecked(),
            template=Path(template) if template else None,
            language=self.language.currentData(),
        )

    def export(self) -> Path | None:
        """Write the minutes; say clearly what went wrong if they could not be written."""
        text = self.target.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file name for the minutes."))
            return None
        target = Path(text)
        if target.suffix.lower() not in (WORD, PDF):
            target = target.with_name(target.name + self.file_format.currentData())
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing the minutes…"))
        try:
            with naming_unknown_workshop(self._workshop.id):
                reading = self._reading.read(self._workshop.id)
                written = export_minutes(reading, target, self.options(), self._progress)
        except (ExportError, StoreError) as error:
            self._failed(error.message())
            return None
        finally:
            self.export_button.setEnabled(True)
        self.status.setText(self.tr("The minutes were written to {path}.").format(path=written))
        self.exported.emit(str(written))
        if self.open_when_done.isChecked() and not self._open_file(written):
            self.status.setText(self.tr("The minutes were written to {path}, but no program could open them.")
                                .format(path=written))
        return written

    def _failed(self, message: str) -> None:
        show_failure(self, self.progress, self.status, self.tr("Minutes not written"), message)

    def _progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)
