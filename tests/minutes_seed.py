"""Test data: a workshop shaped like seed 001 (four clusters, their numbered lists, plenary, Q&A), stored.

Contributions go through :class:`CaptureService` like typed lines do; the rows no service writes
yet (agenda, votes, ACO, evaluation) are added through the storage models.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from facilitator.domain.kinds import ContributionKind, ItemKind, Stance, TimerEventKind
from facilitator.services.capture import CaptureService
from facilitator.services.reading import ReadingService, WorkshopReading
from facilitator.storage.database import open_store
from facilitator.storage.store import Store
from facilitator.storage.models import (
    AcoProposal,
    AcoResponse,
    ActionItem,
    AgendaItem,
    Attachment,
    Cluster,
    Contribution,
    EvaluationDimension,
    EvaluationEntry,
    Participant,
    Phase,
    Theme,
    TimerEvent,
    Vote,
    VoteOption,
    Workshop,
)

CLUSTERS = {
    "Klynge Syd": ["Mariagerfjord", "Vesthimmerland", "Rebild"],
    "Klynge Nord": ["Frederikshavn", "Hjørring", "Læsø", "Brønderslev"],
    "Klynge Midt": ["Aalborg", "Jammerbugt"],
    "Klynge Vest": ["Thisted", "Morsø"],
}

LISTS = {
    "Klynge Syd": [
        "Mål som sikrer lige vilkår, lige værdighed. Ligheder mellem det somatiske/psykiatriske.",
        "Sikrer borgerne i overgang ml. sektorer men også internt i kommune henholdsvis sygehus.",
        "Blive klar til fremtiden og til at tage mod den ændrede type af opgaver i kommunerne",
        "Fokus på velfærdsteknologi og digitale løsninger",
        "Sikre ensartethed, ensartethed i kvaliteten.",
    ],
    "Klynge Nord": [
        "Det sammenhængende borgerforløb!!",
        "Planlagt opgaveoverdragelse.",
        "Telemedicin/velfærdsteknologi (også for at kompensere for lægemangel)",
        "Kommunikation om det nye sundhedsvæsen.",
        "Kommuner skal møde region med håndfaste krav.",
        "Kapacitets tilpasning (sengepladser).",
        "Vi skal ikke glemme psykiatrien",
        "Dokumentation - hvad virker / virker ikke?",
    ],
    "Klynge Midt": [
        "Velafbalanceret, gennemsigtigt sundhedsvæsen for borgeren",
        "Veltilrettelagt opgaveoverdragelse på borgerniveau",
        "Fælles kompetenceforløb, fælles uddannelsesforløb",
    ],
    "Klynge Vest": [
        "En borger, en sag! Vi koordinerer",
        "Shared Care",
        "Fokus på psykiatrien og ligestillingen heraf",
        "Fokus på forebyggelse",
    ],
}

SUB_POINTS = ["Både for borgere med somatisk og psykisk sygdom", "Indebærer at vi vurderer resultater"]

QUESTION = "Opgaverne mellem sektorer, hvordan sikrer vi en fornuftig arbejdsdeling?"
ANSWER = "En masse fordomme om hinandens opgaveløsning. Nødvendigt at forankre aftalen dybt."
DECISION = "Vi arbejder videre med de fire fælles temaer"
THEMES = ["Lighed mellem somatik og psykiatri", "Det sammenhængende borgerforløb", "Velfærdsteknologi"]
PROMPTS = ["Hvad mangler SKU for at blive handlekraftige?", "Hvordan gør vi medlemmerne til en succes?"]
COLUMNS = ["Hvad skal vi holde op med?", "Hvad skal vi fortsætte med?"]


@dataclass
class SeedWorkshop:
    """The stored workshop and the ids tests look things up by."""

    store: Store
    workshop_id: int
    items: dict[str, int] = field(default_factory=dict)
    clusters: dict[str, int] = field(default_factory=dict)


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2014, 1, 24, hour, minute, tzinfo=dt.timezone.utc)


def _add(store: Store, row: object) -> int:
    with store.transaction() as session:
        session.add(row)
        session.flush()
        return row.id  # type: ignore[attr-defined]


def build_seed_workshop(store: Store) -> SeedWorkshop:
    workshop_id = _add(
        store,
        Workshop(
            title="Temadag om sundhedsaftalen",
            date=dt.date(2014, 1, 24),
            venue="Aalborg",
            facilitator="Thøger Michelsen",
            contact_name="Lene Antonsen",
            contact_email="lenant@example.dk",
            contact_phone="+45 5173 2858",
            language="da",
            day_start_min=9 * 60,
        ),
    )
    seed = SeedWorkshop(store, workshop_id)
    for position, (name, members) in enumerate(CLUSTERS.items()):
        seed.clusters[name] = _add(
            store, Cluster(workshop_id=workshop_id, position=position, name=name, members="\n".join(members))
        )
    _add(store, Participant(workshop_id=workshop_id, cluster_id=seed.clusters["Klynge Syd"], name="Ulla Madsen",
                            organisation="Rebild Kommune", role="Sundhedschef", email="um@rebild.dk"))
    _add(store, Participant(workshop_id=workshop_id, name="Ole Stavad", role="Næstformand"))
    items = [
        ("welcome", ItemKind.PRESENTATION, "Velkomst", "Ole Stavad", 15),
        ("talk", ItemKind.PRESENTATION, "Optakt til samarbejdet om sundhedsaftaler og praksisplan", "Christian Harsløf", 45),
        ("lunch", ItemKind.BREAK, "Frokost", "", 30),
        ("goals", ItemKind.GROUP_WORK, "Opsamling på målsætninger/visioner", "", 60),
        ("vote", ItemKind.PLENARY, "Prioritering", "", 15),
        ("aco", ItemKind.ACO, "Accepter, kritiser, tilbyd", "", 30),
        ("stop", ItemKind.PLENARY, "Hvad skal vi holde op med?", "", 15),
        ("empty", ItemKind.OTHER, "Punkt uden referat", "", 10),
        ("next", ItemKind.NEXT_STEPS, "Det videre forløb", "", 10),
        ("evaluation", ItemKind.EVALUATION, "Evaluering", "", 10),
    ]
    for position, (key, kind, title, presenter, minutes) in enumerate(items):
        seed.items[key] = _add(
            store,
            AgendaItem(workshop_id=workshop_id, position=position, kind=str(kind), title=title,
                       presenter=presenter, planned_minutes=minutes,
                       capture_columns="\n".join(COLUMNS) if key == "stop" else "",
                       prompts=PROMPTS[0] if key == "goals" else ""),
        )
    _fill(seed)
    return seed


def _fill(seed: SeedWorkshop) -> None:
    store, items, clusters = seed.store, seed.items, seed.clusters
    capture = CaptureService(store)
    capture.add_contribution(items["welcome"], None, "Store udfordringer på sundhedsområdet.", ContributionKind.NOTE)
    capture.add_contribution(items["talk"], None, "Flere opgaver skal løses i det nære sundhedsvæsen.", ContributionKind.NOTE)
    capture.add_contribution(items["talk"], None, QUESTION, ContributionKind.QUESTION)
    capture.add_contribution(items["talk"], None, ANSWER, ContributionKind.ANSWER)
    for event, hour, minute in ((TimerEventKind.START, 9, 20), (TimerEventKind.END, 10, 12)):
        _add(store, TimerEvent(item_id=items["talk"], kind=str(event), at=at(hour, minute)))
    _add(store, Phase(item_id=items["goals"], label="20 min gruppearbejde", prompts="\n".join(PROMPTS)))
    themes = [_add(store, Theme(item_id=items["goals"], position=i, title=t)) for i, t in enumerate(THEMES)]
    first_of: dict[str, int] = {}
    for name, points in LISTS.items():
        for text in points:
            view, _ = capture.add_contribution(items["goals"], clusters[name], text)
            first_of.setdefault(name, view.id)
    for position, text in enumerate(SUB_POINTS):
        _add(store, Contribution(item_id=items["goals"], cluster_id=clusters["Klynge Midt"],
                                 parent_id=first_of["Klynge Midt"], position=100 + position, text=text))
    capture.add_contribution(items["goals"], None, DECISION, ContributionKind.DECISION)
    with store.transaction() as session:
        for name, theme in (("Klynge Syd", themes[0]), ("Klynge Vest", themes[0]), ("Klynge Nord", themes[1])):
            row = session.get(Contribution, first_of[name])
            row.theme_id = theme
    options = [_add(store, VoteOption(item_id=items["vote"], position=i, theme_id=t)) for i, t in enumerate(themes)]
    for option, cluster, dots in ((options[0], "Klynge Syd", 3), (options[0], "Klynge Nord", 2), (options[1], "Klynge Midt", 4)):
        _add(store, Vote(option_id=option, cluster_id=clusters[cluster], dots=dots))
    proposal = _add(store, AcoProposal(item_id=items["aco"], title="Fælles IT-platform", cluster_id=clusters["Klynge Vest"]))
    for cluster, stance, text in (("Klynge Syd", Stance.ACCEPT, "Godt forslag"), ("Klynge Syd", Stance.OFFER, "Vi deler vores erfaringer"),
                                  ("Klynge Nord", Stance.CRITICISE, "Hvem betaler?")):
        _add(store, AcoResponse(proposal_id=proposal, cluster_id=clusters[cluster], stance=str(stance), text=text))
    capture.add_contribution(items["stop"], None, "Lange dagsordener", column_index=0)
    capture.add_contribution(items["stop"], None, "Klyngemøderne", column_index=1)
    capture.add_contribution(items["stop"], None, "Fælles seminarer", column_index=1)
    _add(store, Attachment(workshop_id=seed.workshop_id, item_id=items["talk"], title="Slides fra oplægget"))
    _add(store, Attachment(workshop_id=seed.workshop_id, title="Deltagerliste"))
    _add(store, ActionItem(workshop_id=seed.workshop_id, what="Udkast til målsætninger", who="SKU", when="uge 12"))
    for position, (name, remark, rating) in enumerate((("Rammerne", "Fine rammer, gode lokaler", 4),
                                                       ("Indhold", "Super oplæg", 5), ("Udbytte", "", None))):
        dimension = _add(store, EvaluationDimension(workshop_id=seed.workshop_id, position=position, name=name))
        if remark:
            _add(store, EvaluationEntry(dimension_id=dimension, text=remark, rating=rating))


@pytest.fixture
def seed_workshop(tmp_path: Path) -> Iterator[SeedWorkshop]:
    store = open_store(tmp_path / "workshop.sqlite")
    try:
        yield build_seed_workshop(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def shared_seed_workshop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SeedWorkshop]:
    """One stored seed workshop for a whole test module whose tests only read it."""
    store = open_store(tmp_path_factory.mktemp("seed") / "workshop.sqlite")
    try:
        yield build_seed_workshop(store)
    finally:
        store.close()


def read(seed: SeedWorkshop) -> WorkshopReading:
    """The seed workshop as the minutes read it."""
    return ReadingService(seed.store).read(seed.workshop_id)
