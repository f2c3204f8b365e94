"""The editors' "Waiting for whom": every summary in review, the longest wait first,
with its step and who must act next (the medical reviewers, or the writer it was sent
back to); nothing for other roles; titles and names stay text."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from review.dashboard import ROWS
from review.dashboard.waiting import WaitingForWhomPanel
from review.roles import MEDICAL_REVIEWERS
from tests.conftest import HARD_TEXT
from tests.review.test_dashboard_panels import (
    HOSTILE,
    dashboard,
    render,
    send_back,
    submit,
)

pytestmark = pytest.mark.django_db


def rows(soup) -> list[list[str]]:
    section = soup.find(id="waiting-for-whom-section")
    assert section is not None, "no waiting-for-whom panel"
    return [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all("td")]
        for row in section.select("tbody tr")
    ]


def started_days_ago(page, days):
    """Move the current step's start (or, when sent back, its end) into the past."""
    state = page.current_workflow_state or page.workflow_states.order_by("-pk").first()
    task_state = state.current_task_state
    moment = timezone.now() - datetime.timedelta(days=days)
    task_state.started_at = moment
    if task_state.finished_at:
        task_state.finished_at = moment
    task_state.save()


def test_each_review_says_its_step_and_who_must_act_oldest_first(client, people, editorial):
    category = editorial.tree.category
    submit(client, people["writer"], category, "newer-one")
    older = submit(client, people["writer"], category, "older-one")
    sent_back = submit(client, people["writer"], category, "sent-back-one")
    send_back(client, editorial.reviewer, sent_back, "Say how many took part.")
    started_days_ago(older, 9)
    started_days_ago(sent_back, 4)

    found = rows(dashboard(client, people["editor"]))

    assert [row[0] for row in found] == ["Older One", "Sent Back One", "Newer One"]
    assert found[0][1] == "Medical review"
    assert found[0][2] == MEDICAL_REVIEWERS
    assert "9 days" in found[0][3]
    assert found[1][1] == "Medical review: changes requested"
    assert found[1][2] == "Writer, to make the changes Reviewer Okafor asked for"


def test_what_the_automatic_check_sent_back_waits_for_the_writer(client, people, editorial):
    submit(client, people["writer"], editorial.tree.category, "too-hard", text=HARD_TEXT)

    [row] = rows(dashboard(client, people["superuser"]))

    assert row[1] == "Plain-language check: changes requested"
    assert row[2] == "Writer, to make the changes the automatic plain-language check asked for"


def test_a_published_or_cancelled_review_is_no_longer_waiting(client, people, editorial):
    page = submit(client, people["writer"], editorial.tree.category, "cancelled-one")
    page.current_workflow_state.cancel(user=people["writer"])

    soup = dashboard(client, people["editor"])

    assert rows(soup) == []
    assert "No summary is in review." in soup.find(id="waiting-for-whom-section").get_text()


@pytest.mark.parametrize("role", ["writer", "reviewer", "nobody"])
def test_other_roles_never_see_it(client, people, editorial, role):
    submit(client, people["writer"], editorial.tree.category, "someone-elses")
    assert dashboard(client, people[role]).find(id="waiting-for-whom-section") is None


def test_a_long_queue_shows_the_oldest_few_and_how_many_more(
    client, people, editorial, django_assert_max_num_queries
):
    for number in range(ROWS + 3):
        submit(client, people["writer"], editorial.tree.category, f"queued-{number}")

    # The states, their pages, the steps (their rows, their own rows, their groups) and
    # the count: the same for 8 rows as for 1.
    with django_assert_max_num_queries(6):
        html = render(WaitingForWhomPanel(people["editor"]), people["editor"])

    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.select("tbody tr")) == ROWS
    assert "And 3 more." in soup.get_text()
    assert soup.find("a", string="Every review, step by step")["href"] == "/admin/reports/workflow/"


def test_a_hostile_title_stays_text(client, people, editorial):
    page = submit(client, people["writer"], editorial.tree.category, "hostile-one")
    page.title = page.draft_title = HOSTILE  # the admin shows the draft's title
    page.save()

    soup = dashboard(client, people["editor"])

    assert rows(soup)[0][0] == HOSTILE
    assert not soup.find(id="waiting-for-whom-section").find("script")
