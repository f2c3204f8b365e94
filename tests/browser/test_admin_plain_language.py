"""The admin views we add, in Chromium: the live plain-language panel responds to typing,
and our panel and report page have no WCAG violations."""

import pytest

from review.roles import MEDICAL_REVIEWERS, WRITERS, ensure_roles
from review.setup import ensure_review_workflow
from tests.browser.conftest import axe_violations, describe
from tests.conftest import HARD_TEXT, PLAIN_TEXT, build_tree
from tests.factories import ResearchSummaryPageFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def draft(live_server):
    tree = build_tree()
    groups = ensure_roles(research_root=tree.research, site_root=tree.home)
    ensure_review_workflow(tree.research, groups[MEDICAL_REVIEWERS])
    writer = UserFactory(username="wren", first_name="Wren")
    writer.groups.add(groups[WRITERS])
    page = ResearchSummaryPageFactory(
        parent=tree.category, live=False, simple_explanation=PLAIN_TEXT, owner=writer
    )
    page.save_revision(user=writer)
    return page


def log_in(page, live_server, username="wren"):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "password")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")


def test_panel_updates_as_the_writer_types(page, live_server, draft):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    inline = page.locator("#panel-child-content-simple_explanation-section .pl-inline")
    inline.wait_for()
    assert "Reading grade" in inline.inner_text()

    page.fill("textarea[name=simple_explanation]", HARD_TEXT)
    # A function, not an expression: Playwright polls an expression with eval(), which the
    # admin's Content-Security-Policy refuses.
    page.wait_for_function(
        "() => document.querySelector('#panel-child-content-simple_explanation-section .pl-inline')"
        ".textContent.startsWith('Too hard to publish')"
    )
    page.get_by_role("button", name="Toggle checks").click()
    panel = page.locator("[data-plain-language-panel]")
    panel.wait_for()
    assert "too hard to publish" in panel.inner_text()
    assert "allogeneic" in panel.inner_text().lower()
    # Under the hard sentence, why it is hard and what to do, as the writer sees it.
    reason = panel.locator(".pl-sentences .pl-reason[data-reason=rare_words]")
    assert reason.is_visible()
    assert "'Allogeneic' (try 'from a donor')" in reason.inner_text()
    assert "Use the everyday words suggested" in reason.inner_text()
    violations = axe_violations(page, context={"include": [["[data-plain-language-panel]"]]})
    assert violations == [], describe(violations)


def test_report_page_has_no_violations(page, live_server, draft):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/plain-language/pages/{draft.pk}/?blocked=1")
    assert page.get_by_role("heading", name="Simple explanation").is_visible()
    violations = axe_violations(page, context={"include": [["main"]]})
    assert violations == [], describe(violations)


def test_quality_report_has_no_violations(page, live_server, draft):
    UserFactory(username="chief", is_superuser=True, is_staff=True)
    log_in(page, live_server, username="chief")
    page.goto(f"{live_server.url}/admin/reports/plain-language/")
    assert page.get_by_role("table").is_visible()
    violations = axe_violations(page, context={"include": [["main"]]})
    assert violations == [], describe(violations)
