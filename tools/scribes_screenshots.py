"""Screenshots of the table scribes: a phone's page (narrow viewport) and the projector's join screen.

Usage (headless; needs Debian's chromium, see tools/install-system-deps.sh):
    python tools/scribes_screenshots.py docs/ [--language da|en]

It stores the demo workshop in a temporary file, runs its last group-work item, starts the
scribes' server on 127.0.0.1 (loopback only), lets a headless Chromium phone for Klynge Syd add
two points (one a sub-point), and saves ``scribe-phone.png`` (390×844 CSS pixels at 2×) and
``projector-join.png`` (1920×1080, drawn offscreen exactly as the projector paints it).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.domain.kinds import ItemKind  # noqa: E402
from facilitator.i18n import install_translators  # noqa: E402
from facilitator.services.bundle import Services  # noqa: E402
from facilitator.storage.database import open_store  # noqa: E402
from facilitator.ui.change_feed import ChangeFeed  # noqa: E402
from facilitator.ui.run.projector_view import ProjectorView  # noqa: E402
from facilitator.ui.run.slide import Screen, build_slide  # noqa: E402
from facilitator.ui.scribes.host import ScribeHost  # noqa: E402
from tests.browser_support import ARGS, CHROMIUM, PHONE  # noqa: E402

POINTS = ("Fælles udskrivningsplan, som borgeren selv har set", "Kommunen inviteres med fra første dag")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--language", choices=("da", "en"), default="da")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.language)  # noqa: F841 (kept alive)
    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "day.sqlite")
    services = Services.over(store)
    workshop_id, _ = services.templates.create_demo()
    item = [i for i in services.capture.items(workshop_id) if i.kind == ItemKind.GROUP_WORK][-1]
    services.run.start(workshop_id, item.id)
    host = ScribeHost(services.scribes, services.change_log, ChangeFeed(), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    host.set_network_name("Temadag-hotspot")
    site = host.start(workshop_id, args.language, "127.0.0.1", 0)
    site.server.wait_started()
    args.folder.mkdir(parents=True, exist_ok=True)
    try:
        _phone(site.cards()[0].url, args.folder / "scribe-phone.png")
        view = ProjectorView()
        view.resize(1920, 1080)
        view.set_slide(build_slide(services.run.state(workshop_id), datetime.now(timezone.utc), Screen.JOIN,
                                   host.join_screen()))
        view.grab().save(str(args.folder / "projector-join.png"))
    finally:
        host.stop()
        store.close()
    return 0


def _phone(url: str, target: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_context(**PHONE).new_page()
        page.goto(url)
        page.wait_for_selector("#work:not([hidden])")
        for index, text in enumerate(POINTS):
            page.set_checked("#sub", index == 1)
            page.fill("#text", text)
            page.press("#text", "Enter")
        page.wait_for_function("() => document.querySelectorAll('li.own').length === 2 "
                               "&& !document.querySelector('li.pending')")
        page.set_checked("#sub", False)
        page.fill("#text", "Hjemmesygeplejen")  # a point being typed
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
        page.screenshot(path=str(target))
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
