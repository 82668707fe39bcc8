"""Workshops: create, edit the title block, list by recency, delete whole."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.services.bundle import Services


def test_title_block_edits_are_stored(services: Services, workshop_id: int) -> None:
    workshops = services.workshops
    workshops.set_text(workshop_id, "venue", "Skarrildhus\n")
    workshops.set_text(workshop_id, "contact_email", "lenant@rm.dk")
    workshops.set_date(workshop_id, dt.date(2019, 3, 7))
    workshops.set_day(workshop_id, 9 * 60, 16 * 60)
    workshops.set_language(workshop_id, "en")
    workshop = workshops.get(workshop_id)
    assert (workshop.venue, workshop.contact_email, workshop.date) == ("Skarrildhus", "lenant@rm.dk", dt.date(2019, 3, 7))
    assert (workshop.day_start_min, workshop.day_end_min, workshop.language) == (540, 960, "en")
    with pytest.raises(ValueError):
        workshops.set_text(workshop_id, "id", "7")
    with pytest.raises(ValueError):
        workshops.set_language(workshop_id, "de")


def test_list_is_most_recently_opened_first_and_delete_removes_everything(services: Services) -> None:
    first, _ = services.workshops.create("Første")
    second, _ = services.workshops.create("Anden")
    services.setup.add_cluster(first, "Klynge Syd")
    services.workshops.mark_opened(first)
    assert [w.title for w in services.workshops.list()] == ["Første", "Anden"]
    services.workshops.delete(first)
    assert [w.id for w in services.workshops.list()] == [second]
    assert services.setup.clusters(first) == []
