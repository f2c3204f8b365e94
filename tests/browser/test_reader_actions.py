"""What readers do besides reading, in Chromium: search, feedback, subscribe, contact.
Each state a reader can meet has no axe violations (WCAG 2.0-2.2 A and AA), and the
feedback block works inline with JavaScript, announcing through its live region."""

import re

import pytest

from django.core.cache import cache

from feedback.models import SummaryFeedback
from tests.browser.conftest import axe_violations, describe
from tests.browser.site_content import build_public_site
from tests.factories import ContactPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def public_site(live_server):
    cache.clear()
    site = build_public_site()
    ContactPageFactory(parent=site.summary.get_site().root_page)
    yield site
    cache.clear()


def assert_no_violations(page, label):
    violations = axe_violations(page)
    assert violations == [], f"{label}:\n{describe(violations)}"


@pytest.mark.parametrize(
    "path",
    [
        "/search/",
        "/search/?q=walking",
        "/search/?q=zebrafish&category=sci",
        "/search/?q=walking&year=abc&topic=nope",
        "/subscribe/",
        "/subscribe/confirm/not-a-token/",
        "/contact/",
    ],
)
def test_reader_pages_have_no_wcag_violations(page, live_server, public_site, path):
    page.goto(live_server.url + path)
    assert_no_violations(page, path)


def test_forms_with_errors_have_no_violations(page, live_server, public_site):
    page.goto(live_server.url + "/subscribe/")
    page.get_by_label("Your e-mail address").fill("not-an-address")
    page.get_by_role("button", name="Subscribe", exact=True).last.click()
    assert page.locator(".error-summary").is_visible()
    assert_no_violations(page, "subscribe with an error")

    page.goto(live_server.url + "/contact/")
    page.get_by_label("Your name").fill("Sam")
    page.get_by_role("button", name="Send message").click()
    assert page.get_by_label("Your name").input_value() == "Sam"
    assert_no_violations(page, "contact with errors")


def test_feedback_works_inline_and_announces_itself(page, live_server, public_site):
    page.goto(live_server.url + public_site.summary.url)
    block = page.locator("#feedback")
    block.get_by_role("button", name="No").click()
    status = block.locator("[data-feedback-status]")
    status.get_by_text("Thank you for your answer").wait_for()
    box = block.get_by_label("What was hard to understand?")
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    assert page.url.endswith(public_site.summary.url)  # no reload
    assert_no_violations(page, "feedback asking for a comment")

    box.fill("The words about the spine.")
    block.get_by_role("button", name="Send comment").click()
    status.get_by_text("make this summary clearer").wait_for()
    assert_no_violations(page, "feedback thanked")
    # The page was the same for every reader; the script gave the form its own nonce.
    assert re.fullmatch(r"[0-9a-f]{32}", SummaryFeedback.objects.get().vote_nonce)
    # The browser kept the page (it is public) but not for a reader who now has a session.
    page.goto(live_server.url + public_site.summary.url)
    assert "You have answered" in block.inner_text()


def test_feedback_works_without_javascript(browser, live_server, public_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + public_site.summary.url)
    page.locator("#feedback").get_by_role("button", name="Yes").click()
    assert page.url.endswith(public_site.summary.url + "#feedback")
    assert "glad the summary helped" in page.locator("#feedback").inner_text()
    assert SummaryFeedback.objects.get().helpful is True
    # Coming back later shows the answer as given, not the cached question.
    page.goto(live_server.url + public_site.summary.url)
    assert "You have answered" in page.locator("#feedback").inner_text()
    context.close()
