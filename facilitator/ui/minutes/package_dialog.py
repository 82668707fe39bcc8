""""Prepare for sending…": the minutes, the bilag and an e-mail draft, opened in the mail program."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.export.errors import ExportError, naming_unknown_workshop
from facilitator.export.file_names import safe_file_name
from facilitator.export.minutes import MinutesOptions
from facilitator.export.package import PackageResult, Recipients, write_package
from facilitator.services.reading import ReadingService
from facilitator.services.workshops import WorkshopView
from facilitator.storage.errors import StoreError
from facilitator.ui.minutes.file_opener import FileOpener, open_with_desktop
from facilitator.ui.minutes.write_progress import show_failure, show_progress


def suggested_folder_name(workshop: WorkshopView, minutes_word: str) -> str:
    """``Referat Temadag 2014-01-23``: a folder name every system accepts."""
    parts = [minutes_word, workshop.title or "Workshop"]
    if workshop.date is not None:
        parts.append(workshop.date.isoformat())
    return safe_file_name(" ".join(parts), minutes_word)


class PackageDialog(QDialog):
    """Where the package goes, whom the draft is for; then the draft opens, nothing is sent.

    Signals:
        written(str): the package was written to this folder or zip file.
    """

    written = Signal(str)

    def __init__(self, reading: ReadingService, workshop: WorkshopView, options: MinutesOptions,
                 parent: QWidget | None = None, open_file: FileOpener = open_with_desktop) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare for sending"))
        self._reading, self._workshop, self._options, self._open_file = reading, workshop, options, open_file
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.target = QLineEdit(str(Path(documents) / suggested_folder_name(workshop, self.tr("Minutes"))))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._choose_folder)
        self.as_zip = QCheckBox(self.tr("One zip file instead of a folder"))
        self.recipients = QButtonGroup(self)
        self.to_all = QRadioButton(self.tr("&All participants, in one e-mail"))
        self.to_clusters = QRadioButton(self.tr("One e-mail &per cluster"))
        self.to_organisers = QRadioButton(self.tr("Only the &organisers (to read it through first)"))
        for button, value in ((self.to_all, Recipients.ALL), (self.to_clusters, Recipients.CLUSTERS),
                              (self.to_organisers, Recipients.ORGANISERS)):
            button.setProperty("recipients", str(value))
            self.recipients.addButton(button)
        self.to_all.setChecked(True)
        self.open_draft = QCheckBox(self.tr("Open the e-mail draft in my mail program"))
        self.open_draft.setChecked(True)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(self.tr("&Write the package"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setDefault(True)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The minutes as Word and PDF, every attachment and an e-mail draft with them attached. "
            "Nothing is sent: the draft opens in your mail program for you to read and send."
        ), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.as_zip)
        for button in (self.to_all, self.to_clusters, self.to_organisers):
            layout.addWidget(button)
        layout.addWidget(self.open_draft)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def chosen_recipients(self) -> Recipients:
        return Recipients(self.recipients.checkedButton().property("recipients"))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the package"),
                                                  str(Path(self.target.text()).parent))
        if folder:
            self.target.setText(str(Path(folder) / Path(self.target.text()).name))

    def write(self) -> PackageResult | None:
        text = self.target.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a folder for the package."))
            return None
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing the package…"))
        try:
            with naming_unknown_workshop(self._workshop.id):
                reading = self._reading.read(self._workshop.id)
                files = self._reading.attachment_files([a.id for a in reading.all_attachments()])
                result = write_package(reading, files, Path(text), self.chosen_recipients(), self._options,
                                       as_zip=self.as_zip.isChecked(), progress=self._progress)
        except (ExportError, StoreError) as error:
            self._failed(error.message())
            return None
        finally:
            self.write_button.setEnabled(True)
        self.status.setText(self._report(result))
        self.written.emit(str(result.target))
        if self.open_draft.isChecked():
            self._open(result)
        return result

    def _report(self, result: PackageResult) -> str:
        lines = [self.tr("Written to {path}: {count} files.").format(path=result.target, count=len(result.files))]
        if result.titles_only:
            lines.append(self.tr("Listed in the minutes, but with no file to send: {titles}.")
                         .format(titles=", ".join(result.titles_only)))
        if result.without_address:
            lines.append(self.tr("No e-mail address for: {names}.").format(names=", ".join(result.without_address)))
        return "\n".join(lines)

    def _open(self, result: PackageResult) -> None:
        """One draft opens in the mail program; several (per cluster), or a zip, open the folder."""
        if result.target.suffix.lower() == ".zip" or len(result.drafts) != 1:
            opened = self._open_file(result.target if result.target.is_dir() else result.target.parent)
        else:
            opened = self._open_file(result.target / result.drafts[0])
        if not opened:
            self.status.setText(self.status.text() + "\n" + self.tr(
                "No mail program could open the draft; it is in the folder."))

    def _failed(self, message: str) -> None:
        show_failure(self, self.progress, self.status, self.tr("Package not written"), message)

    def _progress(self, done: int, total: int) -> None:
        show_progress(self.progress, done, total)
