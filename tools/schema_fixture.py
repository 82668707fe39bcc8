"""Make ``tests/fixtures/schema-NNNN.sqlite``: a workshop file as the schema NNNN code wrote it.

Each fixture carries the one before it forward: the previous schema's file is opened (and so
upgraded) by the code whose head revision is NNNN, and then used, through the services as the app
uses them, for what that revision added, so the upgrade tests (tests/unit/storage/
test_migrations.py) can check those values survive every later upgrade. schema-0001 is the seed
workshop of ``tests/minutes_seed.py``; 0002..0006 were carried forward the same way by hand.

The code must be revision NNNN's own, so make the fixture when adding the migration (the head of
your checkout is NNNN)::

    python3 tools/schema_fixture.py

or later, from an export of a commit whose head revision was NNNN::

    git archive 9b0f768 | tar -x -C /tmp/code-0007
    PYTHONPATH=/tmp/code-0007 python3 tools/schema_fixture.py

A new migration adds its recipe to ``RECIPES``: real content for the columns it adds.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
COPENHAGEN = ZoneInfo("Europe/Copenhagen")
BOOT = "laptop-boot-1"  # the elapsed clock's boot that the runs of 0007 and 0008 share
WORKSHOP = 1


def _laptop(at: datetime, monotonic: float):  # noqa: ANN202 (the ManualClock of the code in use)
    """The facilitator's laptop: wall clock at ``at``, elapsed clock at ``monotonic`` since boot."""
    from facilitator.domain.clock import ManualClock

    return ManualClock(at, monotonic=monotonic, epoch=BOOT)


def timer_elapsed(store) -> None:  # noqa: ANN001
    """0007: the 0006 file's run carried on after a restart; events with the elapsed clock.

    Item 2 (paused 11.56 UTC) resumes at 12.00 and ends 12.19; item 3 runs to 12.34; item 4 (two
    phases) starts, gets two more minutes at 12.40 and is paused at 12.41, 5 min left of phase 1.
    """
    from facilitator.services.run import RunService

    clock = _laptop(datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc), monotonic=7200.0)
    run = RunService(store, clock, tz=COPENHAGEN)
    run.toggle(WORKSHOP)
    clock.advance(19 * 60)
    run.next(WORKSHOP)
    clock.advance(15 * 60)
    run.next(WORKSHOP)
    clock.advance(6 * 60)
    run.extend(WORKSHOP, 2)
    clock.advance(60)
    run.toggle(WORKSHOP)


def replanned_times(store) -> None:  # noqa: ANN001
    """0008: the same boot at 12.45 UTC resumes item 4 and compresses the rest of the day."""
    from facilitator.services.run import ReplanMode, RunService

    clock = _laptop(datetime(2026, 11, 20, 12, 45, tzinfo=timezone.utc), monotonic=9900.0)
    run = RunService(store, clock, tz=COPENHAGEN)
    run.toggle(WORKSHOP)
    run.apply_replan(WORKSHOP, ReplanMode.COMPRESS)


RECIPES: dict[str, Callable[..., None]] = {
    "0007_timer_elapsed": timer_elapsed,
    "0008_replanned_times": replanned_times,
}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from facilitator.storage.database import open_store
    from facilitator.storage.revisions import head_revision, revision_graph

    revision = head_revision()
    recipe = RECIPES.get(revision)
    if recipe is None:
        print(f"No recipe for {revision} in RECIPES.", file=sys.stderr)
        return 1
    (previous,) = revision_graph()[revision]
    source = FIXTURES / f"schema-{previous[:4]}.sqlite"
    target = FIXTURES / f"schema-{revision[:4]}.sqlite"
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / f"schema-fixture-{os.getpid()}"
    scratch.mkdir()
    try:
        work = scratch / target.name
        shutil.copyfile(source, work)
        store = open_store(work)  # the upgrade from the previous schema, as a user's file gets it
        try:
            recipe(store)
            assert store.schema_revision() == revision
        finally:
            store.close()
        shutil.copyfile(work, target)  # not the before-upgrade copy open_store left beside it
    finally:
        shutil.rmtree(scratch)
    print(f"{target} written from {source.name} by the {revision} code")
    return 0


if __name__ == "__main__":
    sys.exit(main())
