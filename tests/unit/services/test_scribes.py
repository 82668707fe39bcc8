"""Table scribes' access: tokens, revocation, and a token's reach limited to its own cluster."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select

from facilitator.domain.access_tokens import token_hash
from facilitator.domain.clock import ManualClock
from facilitator.domain.kinds import ContributionOrigin
from facilitator.services.capture import CaptureService
from facilitator.services.run import RunService
from facilitator.services.scribes import AccessRefused, NotAllowed, ScribeService
from facilitator.storage.models import Cluster, ScribeAccess, Workshop


@pytest.fixture
def scribes(world):
    capture = CaptureService(world.store)
    return ScribeService(world.store, capture, RunService(world.store, ManualClock(datetime(2026, 3, 4, 9, 0, tzinfo=timezone.utc))))


def test_a_token_is_stored_only_as_its_hash_and_joins_its_cluster(world, scribes):
    syd = world.cluster_ids[0]
    token = scribes.issue(world.workshop_id, syd)
    with world.store.read() as session:
        stored = session.exec(select(ScribeAccess)).all()
    assert [row.token_hash for row in stored] == [token_hash(token)]
    assert token not in repr(stored)
    access = scribes.join(world.workshop_id, token)
    assert access is not None and access.cluster_id == syd


def test_wrong_token_or_other_workshop_joins_nothing(world, scribes):
    token = scribes.issue(world.workshop_id, world.cluster_ids[0])
    assert scribes.join(world.workshop_id, token[:-1] + ("0" if token[-1] != "0" else "1")) is None
    with world.store.transaction() as session:
        other = Workshop(title="Another day")
        session.add(other)
        session.flush()
        other_id = other.id
    assert scribes.join(other_id, token) is None


def test_reissue_kills_the_old_code_and_its_sessions_at_once(world, scribes):
    syd = world.cluster_ids[0]
    old = scribes.issue(world.workshop_id, syd)
    access = scribes.join(world.workshop_id, old)
    new = scribes.reissue(world.workshop_id, syd)
    assert scribes.join(world.workshop_id, old) is None
    with pytest.raises(AccessRefused):
        scribes.access(access.id, world.workshop_id)
    with pytest.raises(AccessRefused):
        scribes.add(access, world.group_item_id, 0, "late line")
    assert scribes.join(world.workshop_id, new) is not None
    assert CaptureService(world.store).lines(world.group_item_id, syd) == []


def test_a_newer_code_supersedes_joining_but_keeps_phones_already_in(world, scribes):
    """After an app restart new codes are issued; phones that joined before keep writing."""
    syd = world.cluster_ids[0]
    first = scribes.issue(world.workshop_id, syd)
    access = scribes.join(world.workshop_id, first)
    scribes.issue(world.workshop_id, syd)
    assert scribes.join(world.workshop_id, first) is None
    view, _ = scribes.add(access, world.group_item_id, 0, "still here")
    assert view is not None


def test_lines_from_the_table_are_marked_and_cleaned_like_the_keyboards(world, scribes):
    syd = world.cluster_ids[0]
    access = scribes.join(world.workshop_id, scribes.issue(world.workshop_id, syd))
    view, changes = scribes.add(access, world.group_item_id, 0, "  Bedre\x00 overgange \x07😀 ")
    assert changes.capture and view is not None
    assert view.text == "Bedre overgange 😀" and view.origin == ContributionOrigin.TABLE
    blank, nothing = scribes.add(access, world.group_item_id, 0, " \n\t ")
    assert blank is None and not nothing.any()


def test_sub_point_goes_under_the_last_top_level_line(world, scribes):
    syd = world.cluster_ids[0]
    access = scribes.join(world.workshop_id, scribes.issue(world.workshop_id, syd))
    first, _ = scribes.add(access, world.group_item_id, 0, "Mål")
    sub, _ = scribes.add(access, world.group_item_id, 0, "delmål", sub_point=True)
    assert sub.parent_id == first.id
    scribes.set_sub_point(access, sub.id, False)
    assert CaptureService(world.store).contribution(sub.id).parent_id is None


def test_a_token_reads_only_its_own_cluster(world, scribes):
    syd, nord = world.cluster_ids[:2]
    capture = CaptureService(world.store)
    capture.add_contribution(world.talk_item_id, nord, "Nord's secret")
    capture.add_contribution(world.talk_item_id, None, "plenary line")
    capture.add_contribution(world.talk_item_id, syd, "typed for Syd")
    access = scribes.join(world.workshop_id, scribes.issue(world.workshop_id, syd))
    page = scribes.page(access)
    assert page.cluster_name == "Klynge Syd" and page.item.id == world.talk_item_id
    texts = [line.text for column in page.columns for line in column.lines]
    assert texts == ["typed for Syd"]
    assert [line.own for column in page.columns for line in column.lines] == [False]
    assert "Ole" not in repr(page)  # no participant names


def test_a_token_cannot_touch_another_clusters_or_keyboard_lines(world, scribes):
    syd, nord = world.cluster_ids[:2]
    capture = CaptureService(world.store)
    nord_line, _ = capture.add_contribution(world.group_item_id, nord, "Nord")
    typed, _ = capture.add_contribution(world.group_item_id, syd, "typed on the laptop")
    access = scribes.join(world.workshop_id, scribes.issue(world.workshop_id, syd))
    for line in (nord_line, typed):
        with pytest.raises(NotAllowed):
            scribes.edit(access, line.id, "changed")
        with pytest.raises(NotAllowed):
            scribes.delete(access, line.id)
    assert capture.contribution(nord_line.id).text == "Nord"
    assert capture.contribution(typed.id).text == "typed on the laptop"


def test_writes_outside_the_workshop_or_its_columns_are_refused(world, scribes):
    syd = world.cluster_ids[0]
    access = scribes.join(world.workshop_id, scribes.issue(world.workshop_id, syd))
    with pytest.raises(NotAllowed):
        scribes.add(access, 999_999, 0, "nowhere")
    with pytest.raises(NotAllowed):
        scribes.add(access, world.group_item_id, 1, "no such column")
    view, _ = scribes.add(access, world.table_item_id, 1, "Lokale ønsker")
    assert view.column_index == 1


def test_own_lines_can_be_edited_and_deleted_twice_safely(world, scribes):
    syd = world.cluster_ids[0]
    access = scribes.join(world.workshop_id, scribes.issue(world.workshop_id, syd))
    view, _ = scribes.add(access, world.group_item_id, 0, "first")
    assert scribes.edit(access, view.id, "second").capture
    assert scribes.delete(access, view.id).capture
    assert not scribes.delete(access, view.id).any()  # a resent delete changes nothing
    with pytest.raises(NotAllowed):
        scribes.edit(access, view.id, "after delete")


def test_a_removed_cluster_takes_its_access_with_it(world, scribes):
    syd = world.cluster_ids[0]
    token = scribes.issue(world.workshop_id, syd)
    access = scribes.join(world.workshop_id, token)
    with world.store.transaction() as session:
        session.delete(session.get(Cluster, syd))
    assert scribes.join(world.workshop_id, token) is None
    with pytest.raises(AccessRefused):
        scribes.access(access.id, world.workshop_id)


def test_states_list_each_cluster_with_its_live_access(world, scribes):
    syd = world.cluster_ids[0]
    scribes.issue(world.workshop_id, syd)
    states = scribes.states(world.workshop_id)
    assert [s.cluster_name for s in states][:2] == ["Klynge Syd", "Klynge Nord"]
    assert states[0].issued_at is not None and states[1].issued_at is None
    scribes.revoke(world.workshop_id, syd)
    assert scribes.states(world.workshop_id)[0].issued_at is None


def test_a_line_sent_twice_is_stored_once_and_client_ids_never_cross_tables(world, scribes):
    syd, nord = world.cluster_ids[:2]
    syd_access = scribes.join(world.workshop_id, scribes.issue(world.workshop_id, syd))
    nord_access = scribes.join(world.workshop_id, scribes.issue(world.workshop_id, nord))
    first, changes = scribes.add(syd_access, world.group_item_id, 0, "Én gang", client_id="phone-line-0001")
    again, repeated = scribes.add(syd_access, world.group_item_id, 0, "Én gang", client_id="phone-line-0001")
    assert changes.capture and not repeated.any() and again.id == first.id
    other, _ = scribes.add(nord_access, world.group_item_id, 0, "Nords egen", client_id="phone-line-0001")
    assert other.id != first.id and other.cluster_id == nord
    capture = CaptureService(world.store)
    assert [line.text for line in capture.lines(world.group_item_id, syd)] == ["Én gang"]
    assert [line.text for line in capture.lines(world.group_item_id, nord)] == ["Nords egen"]


def test_joining_compares_every_tables_code_in_constant_time_even_after_a_match(world, scribes, monkeypatch):
    """How long a join takes says nothing about which code, or how much of one, was right."""
    import hmac

    from facilitator.domain import access_tokens

    tokens = [scribes.issue(world.workshop_id, cluster) for cluster in world.cluster_ids]
    compared: list[tuple[bytes, bytes]] = []
    compare = hmac.compare_digest

    def recording(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(access_tokens.hmac, "compare_digest", recording)
    assert scribes.join(world.workshop_id, tokens[0]).cluster_id == world.cluster_ids[0]  # the first one matches
    assert len(compared) == len(world.cluster_ids)  # …and the other three are compared all the same
    compared.clear()
    assert scribes.join(world.workshop_id, "0" * 28) is None
    assert len(compared) == len(world.cluster_ids)
