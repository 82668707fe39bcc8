"""The send package: the minutes as Word and PDF, every attachment, and an e-mail draft.

Nobody sends minutes unseen: the consultant reads them, then sends them with the bilag. The
package puts everything for that in one folder (or one zip): ``Referat <title> <date>.docx``,
the same as PDF, each attachment's file under a name safe on Windows and macOS, and one or more
``.eml`` drafts (to all participants, per cluster, or to the organisers) with a short letter in
the workshop's language and the files attached. The app never sends anything itself: the draft
opens in the user's mail program (Outlook treats ``X-Unsent: 1`` as a draft to send).
"""

from __future__ import annotations

import datetime as dt
import io
import mimetypes
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate
from enum import StrEnum
from pathlib import Path

from facilitator.export import errors
from facilitator.export.atomic import write_atomically
from facilitator.export.file_names import safe_file_name, stored_file_name, unique_names
from facilitator.export.minutes.build import build_plan
from facilitator.export.minutes.options import MinutesOptions
from facilitator.export.targets import safe_export_target
from facilitator.export.wording import Wording
from facilitator.services.reading import WorkshopReading
from facilitator.services.setup import ParticipantView

Progress = Callable[[int, int], None]


class Recipients(StrEnum):
    ALL = "all"  # one draft to every participant with an e-mail address
    CLUSTERS = "clusters"  # one draft per cluster (and one to those in no cluster)
    ORGANISERS = "organisers"  # one draft to the facilitator, minute-taker, contact and organiser


@dataclass(frozen=True)
class Draft:
    """One e-mail to write: its file name, whom it greets and whom it goes to."""

    stem: str
    greeting: str
    to: tuple[tuple[str, str], ...]  # (name, address)


@dataclass
class PackageResult:
    target: Path  # the folder, or the zip file
    files: list[str] = field(default_factory=list)  # names in the folder or zip, in order
    drafts: list[str] = field(default_factory=list)  # the .eml names among them
    titles_only: list[str] = field(default_factory=list)  # attachments with no file to send
    without_address: list[str] = field(default_factory=list)  # people the drafts cannot reach


class Letter:
    """The package's words in the workshop's language (the minutes' own translations)."""

    def __init__(self, wording: Wording) -> None:
        self.wording = wording

    def tr(self, text: str) -> str:
        return self.wording.translate(type(self).__name__, text)

    def minutes_word(self) -> str:
        return self.tr("Minutes")

    def subject(self, reading: WorkshopReading) -> str:
        workshop = reading.workshop
        when = self.wording.date(workshop.date) if workshop.date else ""
        title = workshop.title or self.tr("Workshop")
        return self.tr("Minutes: {title}, {date}").format(title=title, date=when) if when else \
            self.tr("Minutes: {title}").format(title=title)

    def body(self, reading: WorkshopReading, greeting: str, with_attachments: bool) -> str:
        workshop = reading.workshop
        when = self.wording.date(workshop.date) if workshop.date else ""
        title = workshop.title or self.tr("Workshop")
        lines = [greeting, ""]
        lines.append(self.tr("Please find attached the minutes of {title} on {date}.").format(title=title, date=when)
                     if when else self.tr("Please find attached the minutes of {title}.").format(title=title))
        lines.append(self.tr("They come as a Word document and as a PDF, with the attachments.")
                     if with_attachments else self.tr("They come as a Word document and as a PDF."))
        lines += ["", self.tr("Kind regards"), sign_off(reading)]
        return "\n".join(lines).rstrip() + "\n"

    def greeting_all(self) -> str:
        return self.tr("Dear participants,")

    def greeting_cluster(self, name: str) -> str:
        return self.tr("Dear participants of {cluster},").format(cluster=name)

    def greeting_others(self) -> str:
        return self.tr("Dear participants,")

    def greeting_organisers(self) -> str:
        return self.tr("Dear organisers,")

    def others(self) -> str:
        return self.tr("Other participants")

    def organisers(self) -> str:
        return self.tr("Organisers")


def sign_off(reading: WorkshopReading) -> str:
    w = reading.workshop
    return w.contact_name or w.minute_taker or w.facilitator


def _addressed(people: Sequence[ParticipantView]) -> tuple[tuple[str, str], ...]:
    """(name, address) of those with an address, each address once."""
    seen: set[str] = set()
    found = []
    for person in people:
        address = person.email.strip()
        if "@" in address and address.casefold() not in seen:
            seen.add(address.casefold())
            found.append((person.name.strip(), address))
    return tuple(found)


def organisers(reading: WorkshopReading) -> list[ParticipantView]:
    """The facilitator, the minute-taker and the contact (matched by name), and the organiser's people."""
    w = reading.workshop
    names = {n.strip().casefold() for n in (w.facilitator, w.minute_taker, w.contact_name) if n.strip()}
    organisation = w.organiser.strip().casefold()
    return [p for p in reading.participants
            if p.name.strip().casefold() in names or (organisation and p.organisation.strip().casefold() == organisation)]


def drafts(reading: WorkshopReading, recipients: Recipients, letter: Letter) -> list[Draft]:
    """The drafts to write for the chosen recipients (always at least one, maybe to nobody yet)."""
    subject_stem = safe_file_name(letter.subject(reading), "e-mail")
    if recipients is Recipients.CLUSTERS:
        found = []
        for cluster in reading.clusters:
            people = [p for p in reading.participants if p.cluster_id == cluster.id]
            found.append(Draft(f"{subject_stem} - {safe_file_name(cluster.name, 'klynge')}",
                               letter.greeting_cluster(cluster.name), _addressed(people)))
        known = {c.id for c in reading.clusters}
        others = [p for p in reading.participants if p.cluster_id not in known]
        if others or not found:
            found.append(Draft(f"{subject_stem} - {safe_file_name(letter.others())}",
                               letter.greeting_others(), _addressed(others)))
        return found
    if recipients is Recipients.ORGANISERS:
        to = _addressed(organisers(reading))
        contact = reading.workshop.contact_email.strip()
        if "@" in contact and contact.casefold() not in {a.casefold() for _n, a in to}:
            to += ((reading.workshop.contact_name.strip(), contact),)
        return [Draft(f"{subject_stem} - {safe_file_name(letter.organisers())}", letter.greeting_organisers(), to)]
    return [Draft(subject_stem, letter.greeting_all(), _addressed(reading.participants))]


def minutes_stem(reading: WorkshopReading, letter: Letter) -> str:
    """``Referat Temadag om sundhedsaftalen 2014-01-23``."""
    workshop = reading.workshop
    parts = [letter.minutes_word(), workshop.title or letter.tr("Workshop")]
    if workshop.date is not None:
        parts.append(workshop.date.isoformat())
    return safe_file_name(" ".join(parts), letter.minutes_word())


def email_draft(reading: WorkshopReading, draft: Draft, letter: Letter,
                files: Sequence[tuple[str, bytes]]) -> bytes:
    """One ``.eml`` draft with the files attached, CRLF line ends as mail programs expect."""
    message = EmailMessage(policy=SMTP)
    workshop = reading.workshop
    if "@" in workshop.contact_email:
        message["From"] = formataddr((sign_off(reading), workshop.contact_email.strip()))
    if draft.to:
        message["To"] = ", ".join(formataddr(pair) for pair in draft.to)
    message["Subject"] = letter.subject(reading)
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # Outlook opens it as a draft to send, not as a received mail
    message.set_content(letter.body(reading, draft.greeting, with_attachments=len(files) > 2))
    for name, data in files:
        kind, _encoding = mimetypes.guess_type(name)
        main, sub = (kind or "application/octet-stream").split("/", 1)
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return message.as_bytes()


def write_package(
    reading: WorkshopReading,
    attachment_files: Mapping[int, bytes],
    target: Path | str,
    recipients: Recipients = Recipients.ALL,
    options: MinutesOptions = MinutesOptions(),
    *,
    as_zip: bool = False,
    progress: Progress | None = None,
) -> PackageResult:
    """Write the package to the folder ``target`` (made if needed) or, ``as_zip``, to one zip file.

    Every file goes through the export guard and is written whole or not at all; an existing
    folder keeps its other files. Raises an :class:`ExportError` with a message for the user.
    """
    from facilitator.export.docx_writer import write_docx  # python-docx loads when first needed
    from facilitator.export.pdf import write_pdf

    wording = Wording.for_language(options.language or reading.workshop.language)
    letter = Letter(wording)
    target = Path(target).expanduser().absolute()
    if as_zip and target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    folder = _folder(target) if not as_zip else None
    total = 4 + len(attachment_files)
    _step(progress, 1, total)
    plan = build_plan(reading, options)
    stem = minutes_stem(reading, letter)
    contents: list[tuple[str, bytes]] = [(f"{stem}.docx", write_docx(plan, options.template))]
    _step(progress, 2, total)
    contents.append((f"{stem}.pdf", write_pdf(plan)))
    _step(progress, 3, total)
    result = PackageResult(target)
    attached = [a for a in reading.all_attachments()]
    with_files = [a for a in attached if a.id in attachment_files]
    result.titles_only = [a.title or a.filename for a in attached if a.id not in attachment_files]
    names = unique_names([stored_file_name(a.filename) if a.filename else safe_file_name(a.title)
                          for a in with_files], taken=[n for n, _d in contents])
    contents += [(name, attachment_files[a.id]) for name, a in zip(names, with_files)]
    letters = drafts(reading, recipients, letter)
    draft_names = unique_names([f"{d.stem}.eml" for d in letters], taken=[n for n, _d in contents])
    for name, draft in zip(draft_names, letters):
        contents.append((name, email_draft(reading, draft, letter, contents[: 2 + len(with_files)])))
        result.drafts.append(name)
    addressed = {a.casefold() for d in letters for _n, a in d.to}
    result.without_address = [p.name for p in reading.participants if p.email.strip().casefold() not in addressed
                              and recipients is not Recipients.ORGANISERS]
    if as_zip:
        write_atomically(target, _zip(contents))
    else:
        assert folder is not None
        for done, (name, data) in enumerate(contents, start=3):
            write_atomically(folder / name, data)
            _step(progress, min(done, total - 1), total)
    result.files = [name for name, _data in contents]
    _step(progress, total, total)
    return result


def _folder(target: Path) -> Path:
    """The package's folder: an existing folder, or a new one in an existing folder."""
    if target.is_dir():
        return target
    if target.exists() or target.is_symlink():
        safe_export_target(target)  # says what it is (a workshop file, a device, …)
        raise errors.TargetNotAFolderError(target)
    if not target.parent.is_dir():
        raise errors.TargetFolderMissingError(target)
    try:
        target.mkdir()
    except OSError as exc:
        raise errors.TargetReadOnlyError(target, exc.strerror or str(exc)) from exc
    return target


def _zip(contents: Sequence[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    stamp = dt.datetime.now().timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents:
            info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= 0x800  # names in UTF-8, so "Referat Årsmøde.pdf" unpacks as such
            archive.writestr(info, data)
    return buffer.getvalue()


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
