"""Twenty tables' phones adding a line a second each, on loopback: nothing lost, nothing doubled.

CI runs 10 seconds; ``--scribe-seconds 60`` runs the full minute the issue asks for. Timings are
the bench's business (``scribe_ack_ms_p50/p99``); here only counts are asserted.
"""

from __future__ import annotations

from collections import Counter

import pytest

from facilitator.bench.scribe_load import run_phones
from facilitator.scribes.limits import Limits
from facilitator.services.bundle import Services
from facilitator.storage.models import AgendaItem, Cluster, Workshop
from tests.scribe_support import running_site

PHONES = 20
CI_SECONDS = 10.0


@pytest.fixture
def seconds(request: pytest.FixtureRequest) -> float:
    chosen = request.config.getoption("--scribe-seconds")
    return CI_SECONDS if chosen is None else float(chosen)


def _big_room(store):  # noqa: ANN001, ANN202
    """A workshop with twenty clusters and a group-work item running."""
    from tests.capture_fixtures import World

    with store.transaction() as session:
        workshop = Workshop(title="Stor temadag")
        session.add(workshop)
        session.flush()
        clusters = [Cluster(workshop_id=workshop.id, position=i, name=f"Bord {i + 1}") for i in range(PHONES)]
        item = AgendaItem(workshop_id=workshop.id, position=0, kind="group_work", title="Gruppearbejde",
                          planned_minutes=30)
        session.add_all([*clusters, item])
        session.flush()
        world = World(store, workshop.id, [c.id for c in clusters], [], item.id, item.id, item.id, item.id,
                      item.id, item.id)
    Services.over(store).run.start(world.workshop_id, world.group_item_id)
    return world


def test_twenty_phones_lose_nothing_and_double_nothing(store, seconds):
    world = _big_room(store)
    with running_site(world, Limits()) as running:  # the real limits: each phone has its own address
        codes = [card.code for card in running.site.cards()]
        results = run_phones(running.site.address, codes, world.group_item_id, seconds)
        stored = running.stored()
    assert [r.errors for r in results] == [[] for _ in results]
    assert [r.refused for r in results] == [[] for _ in results]
    sent = [text for result in results for text in result.sent]
    assert len(sent) == PHONES * round(seconds)
    counted = Counter((row.cluster_id, row.text) for row in stored)
    assert sum(counted.values()) == len(sent)  # 0 doubled
    by_cluster = dict(zip(range(PHONES), world.cluster_ids))
    for result in results:  # 0 lost, and each table's lines in the order it sent them
        mine = [row.text for row in stored if row.cluster_id == by_cluster[result.cluster_index]]
        assert mine == result.sent
        assert [row.position for row in stored if row.cluster_id == by_cluster[result.cluster_index]] == list(
            range(len(result.sent)))
