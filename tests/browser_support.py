"""Phones for the browser tests: Debian's Chromium driven by Playwright, never a downloaded browser."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("FACILITATOR_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True}


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Chromium for one test module: Playwright's sync API keeps an event loop running in the main
    thread while it is open, so it must not outlive the browser tests (asyncio.run refuses to start
    beside it)."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: tools/install-system-deps.sh installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def phone_page(browser, url: str):  # noqa: ANN001, ANN201 (Playwright objects)
    """A new phone (its own cookies and storage) that opened ``url``; page errors fail the test."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.errors = errors  # type: ignore[attr-defined]
    page.goto(url)
    return page


def list_texts(page) -> list[str]:  # noqa: ANN001
    """The phone's list as the scribe reads it: number and text of each line."""
    return page.eval_on_selector_all(
        "ol.lines li.line",
        "items => items.map(li => li.querySelector('.number').textContent + ' ' + "
        "li.querySelector('.text').firstChild.textContent)",
    )
