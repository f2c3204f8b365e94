"""Real-browser tests: Playwright driving Debian's Chromium against a live test server.

Without Chromium at $CHROMIUM (default /usr/bin/chromium) every test here is skipped
with a message saying so; `python3 dev.py test` installs it from Debian's packages when
it can (as root, with apt-get).
"""

import os
import threading
from pathlib import Path

import pytest

from django.core.signals import request_finished, request_started

# Playwright's sync API keeps an event loop running in the test thread; the database work
# here is still synchronous, so Django's async-safety guard does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# The flags keep Chromium off the network: this machine has none but the package mirrors.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(
            f"Browser tests skipped: no Chromium at {CHROMIUM}. Install Debian's package "
            "('apt-get install chromium') or set CHROMIUM to its path."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class RequestsInFlight:
    """Counts the requests the live server is still working on. A test can end while the
    editor it drove still has one going (an autosave, a check as the writer typed): the
    database must not be emptied under it, or SQLite refuses the flush and every later
    test starts on the leftovers."""

    def __init__(self):
        self.count = 0
        self.changed = threading.Condition()

    def started(self, **kwargs):
        with self.changed:
            self.count += 1

    def finished(self, **kwargs):
        with self.changed:
            self.count = max(0, self.count - 1)
            self.changed.notify_all()

    def wait_until_none(self, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.count == 0, timeout=timeout)


requests_in_flight = RequestsInFlight()
request_started.connect(requests_in_flight.started, dispatch_uid="browser-tests-started")
request_finished.connect(requests_in_flight.finished, dispatch_uid="browser-tests-finished")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item):
    # Before any fixture is torn down, so before the database is emptied: close what the
    # test left open in Chromium, then let the live server finish what it had started.
    browser = item.funcargs.get("browser")
    if browser is not None:
        for context in browser.contexts:
            context.close()
    assert requests_in_flight.wait_until_none(timeout=15), (
        f"{requests_in_flight.count} request(s) still running on the live server 15 s "
        "after the test's browsers closed"
    )


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page, context=None) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, context=context, options=options)
    return results.response["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)
