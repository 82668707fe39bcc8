"""Every committing service call logs its scoped Changes in its own transaction."""

from __future__ import annotations

import inspect

import pytest
from sqlmodel import col, func, select

from facilitator.services import bundle
from facilitator.services.bundle import Services
from facilitator.services.changes import EVERYTHING, Changes, ListKey, merge
from facilitator.storage.change_log import ChangeRow
from facilitator.storage.errors import StoreError
from facilitator.storage.models import Change, Contribution
from facilitator.storage.store import Store
from tests.capture_fixtures import World, build_world


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store)


def _log(store: Store) -> list[Change]:
    with store.read() as session:
        return list(session.exec(select(Change).order_by(col(Change.revision))).all())


def _service_classes() -> list[type]:
    return [field.type if isinstance(field.type, type) else getattr(bundle, str(field.type))
            for field in bundle.Services.__dataclass_fields__.values()]


def test_every_public_method_returning_changes_is_a_logged_user_action() -> None:
    """A new service method that commits without logging would be invisible to other stations."""
    missing = []
    for cls in _service_classes():
        for name, method in inspect.getmembers(cls, inspect.isfunction):
            returns = str(method.__annotations__.get("return", ""))
            commits = returns == "Changes" or returns.endswith(", Changes]")  # Changes or (…, Changes)
            if not name.startswith("_") and commits and not getattr(method, "user_action", False):
                missing.append(f"{cls.__name__}.{name}")
    assert missing == []


def test_a_line_logs_one_change_scoped_to_its_list(services: Services, store: Store, world: World) -> None:
    before = len(_log(store))
    view, changes = services.capture.add_contribution(world.group_item_id, world.cluster_ids[1], "Fælles sprog")
    assert view is not None
    log = _log(store)[before:]
    assert [(c.workshop_id, c.item_id, c.list_key, c.kinds, c.station) for c in log] == [
        (world.workshop_id, world.group_item_id, f"{world.cluster_ids[1]}/0", "capture", store.station)
    ]
    assert changes.revisions == {log[0].revision}
    assert (changes.workshop_id, changes.item_id, changes.list_key) == (
        world.workshop_id, world.group_item_id, ListKey(world.cluster_ids[1], 0))


def test_nothing_changed_logs_nothing(services: Services, store: Store, world: World) -> None:
    before = len(_log(store))
    _, changes = services.capture.add_contribution(world.group_item_id, None, "   ")
    assert not changes.any() and len(_log(store)) == before


def test_a_failed_action_stores_neither_its_rows_nor_its_change(services: Services, store: Store,
                                                                  world: World) -> None:
    before = len(_log(store))
    with pytest.raises(StoreError):
        services.capture.add_contribution(999_999, None, "to an item that does not exist")
    assert len(_log(store)) == before
    with store.read() as session:
        assert session.exec(select(func.count()).select_from(Contribution)).one() == 0


def test_an_action_made_of_service_calls_is_one_transaction_and_one_change(
    services: Services, store: Store, world: World
) -> None:
    before = len(_log(store))
    changes = services.qa.add(world.talk_item_id, "Hvem betaler?", "Regionen", "Karen")
    log = _log(store)[before:]
    assert len(log) == 1 and changes.revisions == {log[0].revision}
    assert [(p.question.text, p.answer.text if p.answer else None) for p in services.qa.pairs(world.talk_item_id)] == [
        ("Hvem betaler?", "Regionen")]


def test_a_line_sent_twice_with_its_client_id_is_stored_once(services: Services, store: Store,
                                                               world: World) -> None:
    first, changes = services.capture.add_contribution(world.group_item_id, None, "Idé", client_id="phone-1-a")
    again, repeated = services.capture.add_contribution(world.group_item_id, None, "Idé", client_id="phone-1-a")
    assert first is not None and again is not None and again.id == first.id
    assert changes.any() and not repeated.any()
    assert [line.text for line in services.capture.lines(world.group_item_id, None)] == ["Idé"]
    other, _ = services.capture.add_contribution(world.group_item_id, None, "Idé", client_id="phone-1-b")
    assert other is not None and other.id != first.id


@pytest.mark.parametrize("client_id", ["", "x" * 65, "has space", "æble"])
def test_a_malformed_client_id_is_refused(services: Services, world: World, client_id: str) -> None:
    with pytest.raises(ValueError):
        services.capture.add_contribution(world.group_item_id, None, "Idé", client_id=client_id)


def test_scoped_changes_combine_to_the_scope_both_share() -> None:
    line = Changes(capture=True, workshop_id=1, item_id=2, list_key=ListKey(3), revisions=frozenset({7}))
    other_line = Changes(capture=True, workshop_id=1, item_id=2, list_key=ListKey(None), revisions=frozenset({8}))
    other_item = Changes(agenda=True, workshop_id=1, item_id=5)
    assert (line | line).list_key == ListKey(3)
    both = line | other_line
    assert (both.item_id, both.list_key, both.revisions) == (2, None, {7, 8})
    wide = line | other_item
    assert (wide.workshop_id, wide.item_id, wide.capture, wide.agenda) == (1, None, True, True)
    assert (Changes() | line) == line and (line | Changes()) == line


def test_scope_answers_which_views_it_concerns() -> None:
    line = Changes(capture=True, workshop_id=1, item_id=2, list_key=ListKey(3, 0))
    assert line.in_list(2, 3, 0) and not line.in_list(2, 4, 0) and not line.in_list(2, 3, 1)
    assert not line.in_list(9, 3, 0) and not line.beyond_lists(2)
    assert line.in_workshop(1) and not line.in_workshop(4)
    assert EVERYTHING.in_list(9, 9, 9) and EVERYTHING.in_workshop(4)


def test_a_logged_row_reads_back_as_the_same_changes() -> None:
    row = ChangeRow(12, 1, 2, "-/1", ("capture", "agenda", "unknown"), "laptop:1")
    changes = Changes.from_row(row)
    assert changes == Changes(capture=True, agenda=True, workshop_id=1, item_id=2, list_key=ListKey(None, 1))
    assert changes.revisions == {12}
    assert ListKey.parse("garbage") is None and ListKey.parse(None) is None


def test_a_burst_of_changes_folds_into_one_per_scope() -> None:
    lines = [Changes(capture=True, workshop_id=1, item_id=2, list_key=ListKey(3), revisions=frozenset({n}))
             for n in range(5)]
    folded = merge([*lines, Changes(timer=True, workshop_id=1)])
    assert len(folded) == 2 and folded[0].revisions == set(range(5))
