"""The send package: Word, PDF, every attachment under a safe name, and drafts a mail program opens."""

from __future__ import annotations

import email
import zipfile
from email import policy
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from facilitator.export.errors import ExportError
from facilitator.export.file_names import safe_file_name, stored_file_name, unique_names
from facilitator.export.package import Recipients, write_package
from facilitator.services.attachments import AttachmentService
from facilitator.services.reading import ReadingService
from facilitator.services.setup import SetupService
from tests.minutes_seed import SeedWorkshop, seed_workshop  # noqa: F401  (fixture)

STEM = "Referat Temadag om sundhedsaftalen 2014-01-24"
SLIDES = b"%PDF-1.4 slides " * 50


@pytest.fixture
def seed(seed_workshop: SeedWorkshop) -> SeedWorkshop:  # noqa: F811
    """The seed with real files: slides under the talk, a hostile name, a name used twice."""
    attachments = AttachmentService(seed_workshop.store)
    talk = seed_workshop.items["talk"]
    attachments.add(seed_workshop.workshop_id, "Slides", filename="slides.pdf", data=SLIDES, item_id=talk)
    attachments.add(seed_workshop.workshop_id, "Andre slides", filename="Slides.PDF", data=b"%PDF other", item_id=talk)
    attachments.add(seed_workshop.workshop_id, "Hjul", filename="..\\..\\CON.txt", data=b"hjul")
    setup = SetupService(seed_workshop.store)
    for person in setup.participants(seed_workshop.workshop_id):
        if person.name == "Ole Stavad":
            setup.set_participant_field(person.id, "email", "ole@example.dk")
    pid, _ = setup.add_participant(seed_workshop.workshop_id, "Lene Antonsen")
    setup.set_participant_field(pid, "email", "lenant@example.dk")
    return seed_workshop


def package(seed: SeedWorkshop, target: Path, recipients: Recipients = Recipients.ALL, **kwargs: object):  # noqa: ANN201
    service = ReadingService(seed.store)
    reading = service.read(seed.workshop_id)
    files = service.attachment_files([a.id for a in reading.all_attachments()])
    return write_package(reading, files, target, recipients, **kwargs)  # type: ignore[arg-type]


def parsed(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)  # type: ignore[return-value]


def test_folder_holds_minutes_bilag_and_a_draft_to_everyone(seed: SeedWorkshop, tmp_path: Path,
                                                           qapp: QGuiApplication) -> None:
    result = package(seed, tmp_path / "pakke")
    folder = tmp_path / "pakke"
    assert result.target == folder and folder.is_dir()
    assert result.files == [f"{STEM}.docx", f"{STEM}.pdf", "slides.pdf", "Slides (2).PDF", "_CON.txt",
                            f"Referat Temadag om sundhedsaftalen, 24. januar 2014.eml"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(result.files)
    assert (folder / "slides.pdf").read_bytes() == SLIDES and (folder / "_CON.txt").read_bytes() == b"hjul"
    assert (folder / f"{STEM}.pdf").read_bytes().startswith(b"%PDF")
    assert result.titles_only == ["Slides fra oplægget", "Deltagerliste"]  # titles with no file
    message = parsed(folder / result.drafts[0])
    assert message["X-Unsent"] == "1" and message["Subject"] == "Referat: Temadag om sundhedsaftalen, 24. januar 2014"
    assert message["From"].addresses[0].addr_spec == "lenant@example.dk"
    assert sorted(a.addr_spec for a in message["To"].addresses) == ["lenant@example.dk", "ole@example.dk",
                                                                    "um@rebild.dk"]
    attached = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert set(attached) == set(result.files[:5])
    assert attached["slides.pdf"] == SLIDES
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")  # CRLF, as mail is
    assert body.startswith("Kære deltagere\n\nHermed referatet fra Temadag om sundhedsaftalen den 24. januar 2014.")
    assert body.rstrip().endswith("Venlig hilsen\nLene Antonsen")


def test_one_draft_per_cluster_and_one_to_the_organisers(seed: SeedWorkshop, tmp_path: Path,
                                                       qapp: QGuiApplication) -> None:
    result = package(seed, tmp_path / "klynger", Recipients.CLUSTERS)
    assert len(result.drafts) == 5  # four clusters and those in none
    to = {name: [a.addr_spec for a in parsed(tmp_path / "klynger" / name)["To"].addresses]
          for name in result.drafts if parsed(tmp_path / "klynger" / name)["To"] is not None}
    assert to == {"Referat Temadag om sundhedsaftalen, 24. januar 2014 - Klynge Syd.eml": ["um@rebild.dk"],
                  "Referat Temadag om sundhedsaftalen, 24. januar 2014 - Øvrige deltagere.eml":
                      ["ole@example.dk", "lenant@example.dk"]}
    assert "Kære deltagere i Klynge Syd\r\n" in parsed(tmp_path / "klynger" / result.drafts[0]).get_body(("plain",)).get_content()
    organisers = package(seed, tmp_path / "arrangører", Recipients.ORGANISERS)
    message = parsed(tmp_path / "arrangører" / organisers.drafts[0])
    assert [a.addr_spec for a in message["To"].addresses] == ["lenant@example.dk"]


def test_a_zip_holds_the_same_and_english_words_on_request(seed: SeedWorkshop, tmp_path: Path,
                                                          qapp: QGuiApplication) -> None:
    from facilitator.export.minutes import MinutesOptions

    result = package(seed, tmp_path / "pakke", as_zip=True, options=MinutesOptions(language="en"))
    assert result.target == tmp_path / "pakke.zip" and not (tmp_path / "pakke").exists()
    with zipfile.ZipFile(result.target) as archive:
        names = archive.namelist()
        draft = email.message_from_bytes(archive.read(result.drafts[0]), policy=policy.default)
    assert names == result.files and names[0] == "Minutes Temadag om sundhedsaftalen 2014-01-24.docx"
    assert draft["Subject"] == "Minutes: Temadag om sundhedsaftalen, 24 January 2014"


def test_a_target_that_is_a_file_is_refused_and_kept(seed: SeedWorkshop, tmp_path: Path,
                                                    qapp: QGuiApplication) -> None:
    target = tmp_path / "referat.txt"
    target.write_text("keep me")
    with pytest.raises(ExportError) as caught:
        package(seed, target)
    assert "folder" in caught.value.message() and target.read_text() == "keep me"
    with pytest.raises(ExportError) as caught:
        package(seed, seed.store.path)  # the open workshop file
    assert "workshop file" in caught.value.message()
    with pytest.raises(ExportError):
        package(seed, tmp_path / "missing" / "pakke")


@pytest.mark.parametrize(("stored", "safe"), [
    ("slides.pdf", "slides.pdf"),
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\lene\\Desktop\\Årsmøde.docx", "Årsmøde.docx"),
    ('a<b>c:d"e|f?g*.txt', "a b c d e f g .txt"),
    ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("console.txt", "console.txt"),
    ("referat. ", "referat"), ("...", "bilag"), ("", "bilag"), (".bashrc", "bashrc"),
    ("x" * 200 + ".pdf", "x" * 116 + ".pdf"),
    ("A\u030agade.txt", "\u00c5gade.txt"),  # macOS's decomposed Å made one character
])
def test_safe_file_names(stored: str, safe: str) -> None:
    assert stored_file_name(stored) == safe


def test_a_title_keeps_its_words_around_a_slash() -> None:
    assert safe_file_name("Dag 1/2: Plan") == "Dag 1 2 Plan"


def test_unique_names_ignore_case() -> None:
    assert unique_names(["a.pdf", "A.PDF", "a.pdf", "b"], taken=["b"]) == ["a.pdf", "A (2).PDF", "a (3).pdf", "b (2)"]
