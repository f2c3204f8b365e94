"""Real-browser tests: Playwright driving Debian's Chromium against a live test server.

Without Chromium at $CHROMIUM (default /usr/bin/chromium) every test here is skipped
with a message saying so; `python3 dev.py test` installs it from Debian's packages when
it can (as root, with apt-get).
"""

import os
import threading
from pathlib import Path

import pytest

from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

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


class OneRequestAtATimeServer(ThreadedWSGIServer):
    """The live server, answering one request at a time. Its threads share one in-memory
    SQLite connection with each other and with the test: two requests at once (Wagtail's
    autosave and the preview, say) break each other's transactions ("no such
    savepoint"), and a request still running when a test ends makes the flush after it
    fail, so that every later test starts on the leftovers."""

    handling = threading.Lock()

    def set_app(self, application):
        super().set_app(one_at_a_time(application, self.handling))


def one_at_a_time(application, lock):
    def answer(environ, start_response):
        lock.acquire()
        try:
            response = application(environ, start_response)
        except BaseException:
            lock.release()
            raise
        # Held until the server closes the response (it does even when the browser has
        # gone): a streamed response still reads the database as it is sent.
        return ReleasedOnClose(response, lock)

    return answer


class ReleasedOnClose:
    def __init__(self, response, lock):
        self.response, self.lock, self.closed = response, lock, False

    def __iter__(self):
        return iter(self.response)

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if hasattr(self.response, "close"):
                self.response.close()
        finally:
            self.lock.release()


@pytest.fixture(scope="session", autouse=True)
def live_server_one_request_at_a_time():
    LiveServerThread.server_class = OneRequestAtATimeServer
    yield
    LiveServerThread.server_class = ThreadedWSGIServer


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    # Before any fixture is torn down, so before the database is emptied: close what the
    # test left open in Chromium, let the live server finish what it had started, and
    # keep it from starting anything else until the teardown is over.
    browser = item.funcargs.get("browser")
    if browser is not None:
        for context in browser.contexts:
            context.close()
    idle = OneRequestAtATimeServer.handling.acquire(timeout=15)
    try:
        yield
    finally:
        if idle:
            OneRequestAtATimeServer.handling.release()
    assert idle, "The live server was still answering a request 15 s after the test ended"


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
