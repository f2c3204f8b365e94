"""The Content-Security-Policy in Chromium: readers' pages and the admin the demo editor
uses run with no violation, in any frame; the feedback vote still works inline; and a
script slipped into a page is refused and reported."""

import io

import pytest

from django.core.cache import cache
from django.core.management import call_command

from home.demo_content import DEMO_ACCOUNTS
from research.models import ResearchSummaryPage
from tests.browser.site_content import build_public_site
from tests.conftest import HARD_TEXT
from tests.factories import ContactPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Runs before any page script, in every frame (the admin's preview too), and reports each
# violation to Python through a binding, which survives navigations.
WATCH_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolation({
        page: document.location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile + ":" + event.lineNumber,
    });
});
"""


class Watch:
    """What the browser refused, and any complaint it had about our policy headers."""

    def __init__(self, page):
        self.violations: list[dict] = []
        self.header_errors: list[str] = []
        page.context.expose_binding(
            "__cspViolation", lambda source, report: self.violations.append(report)
        )
        page.context.add_init_script(WATCH_VIOLATIONS)
        page.on("console", self._console)

    def _console(self, message):
        text = message.text
        if "Content Security Policy" in text or "Permissions-Policy" in text:
            self.header_errors.append(text)

    def assert_clean(self, where):
        assert self.violations == [], f"{where}: {self.violations}"
        assert self.header_errors == [], f"{where}: {self.header_errors}"


@pytest.fixture
def watch(page):
    return Watch(page)


@pytest.fixture
def public_site(live_server):
    cache.clear()
    site = build_public_site()
    ContactPageFactory(parent=site.summary.get_site().root_page)
    yield site
    cache.clear()


def public_pages(site) -> dict[str, str]:
    return {
        "home": site.urls["home"],
        "research index": site.urls["research index"],
        "category": site.urls["category"],
        "summary": site.urls["research summary"],
        "search": "/search/?q=walking",
        "subscribe": "/subscribe/",
        "contact": "/contact/",
        "page not found": site.urls["page not found"],
    }


def test_public_pages_run_with_no_violation(page, live_server, public_site, watch):
    for name, path in public_pages(public_site).items():
        response = page.goto(live_server.url + path)
        assert "script-src 'self';" in response.headers["content-security-policy"] + ";", name
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"], name
        assert response.headers["permissions-policy"], name
        page.wait_for_load_state("networkidle")
        # Our own scripts did run: the text-size control is shown by text-size.js.
        assert page.locator("div[data-text-size]").is_visible(), name
        # Nothing on the page is an inline script waiting to be blocked later either.
        inline = page.evaluate(
            """() => [...document.querySelectorAll('script:not([src])')]
                .filter(s => !['application/ld+json', 'application/json'].includes(s.type))
                .length"""
        )
        assert inline == 0, name
    watch.assert_clean("public pages")


def test_feedback_vote_works_inline_under_the_policy(page, live_server, public_site, watch):
    page.goto(live_server.url + public_site.summary.url)
    page.evaluate("window.__samePage = true")
    block = page.locator("#feedback")
    block.get_by_role("button", name="No").click()
    block.locator("[data-feedback-status]").get_by_text("Thank you for your answer").wait_for()
    block.get_by_label("What was hard to understand?").fill("The words about the spine.")
    block.get_by_role("button", name="Send comment").click()
    block.locator("[data-feedback-status]").get_by_text("make this summary clearer").wait_for()
    assert page.evaluate("window.__samePage") is True  # answered by feedback.js, no reload
    watch.assert_clean("feedback")


def test_a_script_slipped_into_a_page_is_refused_and_reported(page, live_server, public_site):
    watch = Watch(page)
    page.goto(live_server.url + public_site.summary.url)
    seen = page.evaluate(
        """() => new Promise((resolve) => {
            const seen = [];
            document.addEventListener('securitypolicyviolation', (event) => {
                seen.push(event.effectiveDirective);
                if (seen.length === 2) resolve(seen);
            });
            setTimeout(() => resolve(seen), 5000);
            const script = document.createElement('script');
            script.textContent = 'window.__injected = true';
            document.body.append(script);
            document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>');
        })"""
    )
    assert sorted(seen) == ["script-src-elem", "style-src-attr"]
    assert page.evaluate("window.__injected") is None
    directives = {violation["directive"] for violation in watch.violations}
    assert {"script-src-elem", "style-src-attr"} <= directives, watch.violations
    with pytest.raises(AssertionError):
        watch.assert_clean("a page with an injected script")


@pytest.fixture
def demo_site(live_server):
    cache.clear()
    call_command("seed_demo", stdout=io.StringIO())
    yield ResearchSummaryPage.objects.live().order_by("pk").first()
    cache.clear()


def log_in_as_demo_editor(page, live_server):
    username, password = next(
        (name, password) for name, password, *_ in DEMO_ACCOUNTS if name == "editor"
    )
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")


def test_the_demo_editor_works_in_the_admin_with_no_violation(page, live_server, demo_site, watch):
    log_in_as_demo_editor(page, live_server)
    page.wait_for_load_state("networkidle")
    watch.assert_clean("dashboard")

    # The editor with the live plain-language panel, which answers as the writer types.
    page.goto(f"{live_server.url}/admin/pages/{demo_site.pk}/edit/")
    inline = page.locator("#panel-child-content-simple_explanation-section .pl-inline")
    inline.wait_for()
    page.fill("textarea[name=simple_explanation]", HARD_TEXT)
    # A function, not an expression: Playwright polls an expression with eval(), which the
    # admin's Content-Security-Policy refuses.
    page.wait_for_function(
        "() => document.querySelector('#panel-child-content-simple_explanation-section .pl-inline')"
        ".textContent.startsWith('Too hard to publish')"
    )
    watch.assert_clean("page editor")

    # Preview: the admin frames its own preview, which frame-ancestors must allow.
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe[src*='/preview/']")
    preview.get_by_role("heading", level=1).wait_for()
    watch.assert_clean("preview")

    # The image chooser, from the rich text toolbar's command list.
    rich_text = "#panel-child-content-research_summary-section .public-DraftEditor-content"
    page.locator(rich_text).click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("/image")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Choose an image").wait_for()
    page.wait_for_load_state("networkidle")
    watch.assert_clean("image chooser")

    reports = (
        "/admin/reports/plain-language/",
        "/admin/reports/reader-feedback/",
        "/admin/reports/reviews-falling-due/",
    )
    for report in reports:
        response = page.goto(live_server.url + report)
        assert response.status == 200, report
        page.wait_for_load_state("networkidle")
        assert "'unsafe-inline'" in response.headers["content-security-policy"]
        watch.assert_clean(report)
