"""Reviews falling due in Chromium: the dashboard panel and the report (Reports → Reviews
falling due) have no WCAG violations (axe), for an editor and for a medical reviewer,
and the report's state filter works from Wagtail's filter drawer."""

import datetime

import pytest

from django.utils import timezone

from currency.schedule import add_months
from review.roles import EDITORS, MEDICAL_REVIEWERS, ensure_roles
from review.setup import ensure_review_workflow
from tests.browser.conftest import axe_violations, describe
from tests.conftest import build_tree
from tests.currency.conftest import Clock, reviewed_summary
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HOSTILE_TITLE = '=HYPERLINK("x")<b>Walking</b> after a spinal cord injury'


@pytest.fixture
def falling_due(live_server, monkeypatch):
    """Today is today: one summary reviewed 14 months ago (overdue), one due in ten
    days, one reviewed last week (up to date)."""
    tree = build_tree()
    groups = ensure_roles(research_root=tree.research, site_root=tree.home)
    ensure_review_workflow(tree.research, groups[MEDICAL_REVIEWERS])
    writer = UserFactory(username="wren")
    reviewer = UserFactory(username="rhea", first_name="Rhea", last_name="Reviewer")
    reviewer.groups.add(groups[MEDICAL_REVIEWERS])
    editor = UserFactory(username="eda", first_name="Eda")
    editor.groups.add(groups[EDITORS])
    today = timezone.localdate()
    reviewed_on = {
        HOSTILE_TITLE: add_months(today, -14),
        "Standing frames at home": add_months(today, -12) + datetime.timedelta(days=10),
        "Hand cycling for fitness": today - datetime.timedelta(days=7),
    }
    clock = Clock(monkeypatch)
    for title, day in reviewed_on.items():
        clock.travel(day)
        reviewed_summary(tree.category, writer, reviewer, title=title)
    monkeypatch.undo()  # back to today
    return tree


def log_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "password")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")


@pytest.mark.parametrize("username", ["eda", "rhea"])
def test_the_panel_and_the_report_have_no_violations(page, live_server, falling_due, username):
    log_in(page, live_server, username)
    panel = page.locator("#reviews-falling-due-section")
    assert "Overdue (1)" in panel.inner_text()
    assert "<b>Walking</b>" in panel.inner_text()  # the title as text, not markup
    violations = axe_violations(page, context={"include": [["#reviews-falling-due-section"]]})
    assert violations == [], describe(violations)

    page.goto(f"{live_server.url}/admin/reports/reviews-falling-due/")
    table = page.locator("table.listing")
    assert table.locator("tbody tr").count() == 2  # overdue and due this month
    action = "Record a re-review" if username == "rhea" else "Open in the editor"
    assert table.get_by_role("link", name=action).count() == 2
    violations = axe_violations(page, context={"include": [["main"]]})
    assert violations == [], describe(violations)


def test_the_state_filter_works_from_the_drawer(page, live_server, falling_due):
    log_in(page, live_server, "eda")
    page.goto(f"{live_server.url}/admin/reports/reviews-falling-due/?state=nonsense")
    assert page.get_by_role("alert").filter(has_text="not one this report knows").is_visible()
    page.get_by_role("button", name="Show filters").click()
    page.get_by_role("button", name="State").click()
    page.get_by_label("All").check()
    page.wait_for_url("**state=all**")
    rows = page.locator("table.listing tbody tr")
    rows.nth(2).wait_for()
    assert rows.count() == 3
    assert "Up to date" in rows.nth(2).inner_text()
    assert page.get_by_text("not one this report knows").count() == 0
    violations = axe_violations(page, context={"include": [["main"]]})
    assert violations == [], describe(violations)
