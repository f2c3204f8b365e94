"""The dashboard panel "Reviews falling due" with more summaries than it has rows for: at
most 8 of each list, the most pressing first, the true totals, a link to see them all;
and where it stands on the dashboard for each role."""

import pytest
from bs4 import BeautifulSoup

from review.dashboard import ROWS
from review.roles import EDITORS, MEDICAL_REVIEWERS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/reviews-falling-due/"


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response


def the_panel(response):
    return BeautifulSoup(response.content, "html.parser").find(id="reviews-falling-due-section")


def listed(table) -> list[str]:
    return [row.find("td").get_text(strip=True) for row in table.find("tbody").find_all("tr")]


def test_each_list_shows_at_most_rows_most_pressing_first_with_true_totals(
    client, editorial, crowded
):
    panel = the_panel(dashboard(client, editorial.editor))
    headings = [heading.get_text(strip=True) for heading in panel.find_all("h3")]
    assert headings == ["Overdue (10)", "Due for review this month (9)"]
    overdue_table, due_soon_table = panel.find_all("table")
    # The most overdue first, then the soonest due; what does not fit is left for the report.
    assert listed(overdue_table) == [page.title for page in crowded.overdue[:ROWS]]
    assert listed(due_soon_table) == [page.title for page in crowded.due_soon[:ROWS]]
    assert crowded.up_to_date[0].title not in panel.get_text()

    links = {link.get_text(strip=True): link["href"] for link in panel.find_all("a")}
    assert links["See all 10 overdue summaries"] == REPORT + "?state=overdue"
    assert links["See all 9 summaries due this month"] == REPORT + "?state=due_soon"
    assert links["The reviews falling due report"] == REPORT


def test_no_see_all_link_when_every_row_fits(client, editorial, old_summary, clock):
    clock.travel(old_summary.reviewed_at.date().replace(year=2026, month=2))
    panel = the_panel(dashboard(client, editorial.editor))
    assert "Overdue (1)" in panel.get_text()
    assert "See all" not in panel.get_text()
    assert panel.find("a", string="The reviews falling due report")["href"] == REPORT


def a_superuser():
    return UserFactory(username="chief", is_superuser=True)


def reviewer_and_editor(editorial):
    user = editorial.second_reviewer
    user.groups.add(editorial.editor.groups.get(name=EDITORS))
    return user


def panel_names(response) -> list[str]:
    return [panel.name for panel in response.context["panels"]]


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_editors_see_their_own_panels_first(client, editorial, crowded, who):
    user = a_superuser() if who == "superuser" else editorial.editor
    response = dashboard(client, user)
    names = panel_names(response)
    ours = names.index("reviews_falling_due")
    # Failing pages, recent overrides and the least helpful summaries, then this one.
    for theirs in ("failing_pages", "recent_overrides", "least_helpful"):
        assert names.index(theirs) < ours, names
    assert ours < names.index("recent_edits")  # Wagtail's "Your most recent edits"
    # As drawn on the page, not only as listed.
    html = response.content.decode()
    assert html.index('id="least-helpful-section"') < html.index('id="reviews-falling-due-section"')


@pytest.mark.parametrize("who", ["reviewer", "reviewer and editor"])
def test_medical_reviewers_see_it_above_awaiting_your_review(client, editorial, crowded, who):
    user = reviewer_and_editor(editorial) if who == "reviewer and editor" else editorial.reviewer
    assert user.groups.filter(name=MEDICAL_REVIEWERS).exists()
    names = panel_names(dashboard(client, user))
    # Wagtail's "Awaiting your review" is `workflow_objects_to_moderate`.
    assert names.index("reviews_falling_due") < names.index("workflow_objects_to_moderate")
    if who == "reviewer and editor":
        assert names.index("reviews_falling_due") < names.index("failing_pages")
