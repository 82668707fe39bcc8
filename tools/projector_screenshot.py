"""Screenshot the projector view fullscreen, to check it reads from the back of the room.

Usage (headless, a 1920×1080 screen):
    xvfb-run -s "-screen 0 1920x1080x24" python tools/projector_screenshot.py docs/projector.png \
        [--moment group|talk|aco|break|overtime|vote] [--language da|en] [--projector wall|both] \
        [--screen live|title]

It stores seed 000's afternoon in a temporary workshop file, runs it with a manual clock to the
chosen moment, shows the projector window and grabs the whole screen. With ``--projector`` or
``--screen title`` it stores the demo workshop instead (same programme, with clusters, captured
lists, a date and a venue) and shows the item's wall, vote chart or proposal beside the time, or
the title screen (L). ``--language`` is the workshop's: the projector speaks the room's language.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facilitator.domain.clock import ManualClock  # noqa: E402
from facilitator.i18n import install_translators  # noqa: E402
from facilitator.services.bundle import Services  # noqa: E402
from facilitator.services.run import RunService  # noqa: E402
from facilitator.storage.database import open_store  # noqa: E402
from facilitator.storage.store import Store  # noqa: E402
from facilitator.ui.change_feed import ChangeFeed  # noqa: E402
from facilitator.ui.run.projector_board import BoardSources  # noqa: E402
from facilitator.storage.models import AgendaItem  # noqa: E402
from facilitator.ui.run.projector_window import ProjectorWindow  # noqa: E402
from facilitator.storage.models import Workshop  # noqa: E402
from facilitator.ui.run.slide import Screen, build_slide  # noqa: E402
from tests.run_support import DAY, seed_store  # noqa: E402

# Which item to start and how many minutes to let run, per moment.
MOMENTS = {"talk": (0, 7.2), "group": (3, 13.6), "aco": (6, 28.8), "overtime": (1, 23.2),
           "break": (2, 4.0), "vote": (4, 6.0)}


def demo_store(path: Path, mode: str, index: int) -> tuple[Store, int, list[int], BoardSources]:
    """The demo workshop with ``mode`` chosen for the item at ``index``."""
    store = open_store(path)
    services = Services.over(store)
    workshop_id, _ = services.templates.create_demo()
    ids = [item.id for item in services.capture.items(workshop_id)]
    services.capture.set_projector_mode(ids[index], mode)
    return store, workshop_id, ids, BoardSources(services.capture, services.voting, services.aco, ChangeFeed())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--moment", choices=sorted(MOMENTS), default="group")
    parser.add_argument("--language", choices=("da", "en"), default="da")
    parser.add_argument("--projector", choices=("timer", "wall", "both"), help="the demo's item in this mode")
    parser.add_argument("--screen", choices=("live", "title"), default="live", help="title: the L screen")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.language)  # noqa: F841 (kept alive)
    folder = Path(tempfile.mkdtemp())
    index, minutes = MOMENTS[args.moment]
    sources = None
    if args.projector or args.screen == "title":
        store, workshop_id, ids, sources = demo_store(folder / "day.sqlite", args.projector or "timer", index)
    else:
        store, workshop_id, ids = seed_store(folder / "day.sqlite")
    with store.transaction() as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        workshop.language = args.language
    if args.moment == "break":
        with store.transaction() as session:
            item = session.get(AgendaItem, ids[index])
            assert item is not None
            item.kind, item.title = "break", "Kaffepause"
    clock = ManualClock(DAY + timedelta(hours=12, minutes=30))
    service = RunService(store, clock, tz=timezone.utc)
    service.start(workshop_id, ids[index])
    clock.advance(minutes * 60)
    console = QWidget()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    projector = ProjectorWindow(settings, console, sources)
    screen = {"live": Screen.LIVE, "title": Screen.LOGO}[args.screen]
    projector.stage.set_slide(build_slide(service.state(workshop_id), clock.now(), screen))
    projector.open()
    projector.setGeometry(projector.screen().geometry())  # bare Xvfb has no window manager to do it
    projector.setWindowState(Qt.WindowState.WindowFullScreen)
    projector.show()

    def grab() -> None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        projector.screen().grabWindow(0).save(str(args.output))
        store.close()
        app.quit()

    QTimer.singleShot(800, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
