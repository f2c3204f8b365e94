"""Hostile tests of the editors' "Waiting for whom": reviews without a current step, pages
deleted mid-review and glossary terms in review never push a summary out of the panel or
into it wrongly; names stay text; "today" is the day the "Since" date says."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import TaskState

from people.models import Person
from review.dashboard import ROWS
from review.dashboard.waiting import WaitingForWhomPanel
from review.roles import MEDICAL_REVIEWERS
from tests.glossary.factories import draft_term
from tests.review.test_dashboard_panels import HOSTILE, dashboard, render, send_back, submit
from tests.review.test_waiting_panel import rows

pytestmark = pytest.mark.django_db


def panel_text(user) -> tuple[list[list[str]], str]:
    soup = BeautifulSoup(render(WaitingForWhomPanel(user), user), "html.parser")
    return [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all("td")]
        for row in soup.select("tbody tr")
    ], " ".join(soup.get_text(" ", strip=True).split())


def test_a_review_whose_step_has_vanished_hides_no_other_review(client, people, editorial):
    """A step's task state goes when its revision is deleted; the review stays in
    progress with no current step. It must not take a row of the eight, nor be counted in
    'And N more' when it is shown nowhere."""
    pages = [
        submit(client, people["writer"], editorial.tree.category, f"queued-{number}")
        for number in range(ROWS + 1)
    ]
    TaskState.objects.filter(pk=pages[0].current_workflow_state.current_task_state_id).delete()

    found, text = panel_text(people["editor"])

    assert [row[0] for row in found] == [page.title for page in pages[1:]]
    assert "more" not in text


def test_a_page_deleted_mid_review_leaves_the_panel(client, people, editorial):
    kept = submit(client, people["writer"], editorial.tree.category, "kept")
    gone = submit(client, people["writer"], editorial.tree.category, "gone")
    gone.delete()

    found, text = panel_text(people["superuser"])

    assert [row[0] for row in found] == [kept.title]
    assert "more" not in text


def test_a_glossary_term_in_review_is_not_a_summary_waiting(client, people, editorial):
    """A term's review is a workflow state too; its object id is the term's, which may be
    the id of any page."""
    category = editorial.tree.category
    term = draft_term(pk=category.pk, term="dermatome")
    term.get_workflow().start(term, people["writer"])

    found, text = panel_text(people["editor"])

    assert found == []
    assert "No summary is in review." in text


def test_hostile_names_of_writers_reviewers_and_groups_stay_text(client, people, editorial):
    writer, reviewer = people["writer"], editorial.reviewer
    writer.first_name = HOSTILE
    writer.save()
    Person.objects.filter(user=reviewer).update(display_name=HOSTILE + " reviewer")
    waiting = submit(client, writer, editorial.tree.category, "waiting")
    sent_back = submit(client, writer, editorial.tree.category, "sent-back")
    send_back(client, reviewer, sent_back, "Say how many took part.")
    Group.objects.filter(name=MEDICAL_REVIEWERS).update(name=HOSTILE + " group")

    soup = dashboard(client, people["editor"])

    section = soup.find(id="waiting-for-whom-section")
    assert not section.find("script")
    by_title = {row[0]: row for row in rows(soup)}
    assert by_title[waiting.title][2] == HOSTILE + " group"
    assert HOSTILE + " reviewer" in by_title[sent_back.title][2]


@pytest.mark.parametrize(
    "zone, since, now, shown",
    [
        # Late last night to this morning: the date says yesterday, so must the days.
        ("UTC", (2026, 3, 5, 23, 30), (2026, 3, 6, 8, 0), "5 Mar 2026 (1 day)"),
        # The same instants for an editor in New York: 5 Mar 18:30 to 6 Mar 03:00.
        ("America/New_York", (2026, 3, 5, 23, 30), (2026, 3, 6, 8, 0), "5 Mar 2026 (1 day)"),
        # Started just after midnight in New York: today there, all day.
        ("America/New_York", (2026, 3, 6, 5, 30), (2026, 3, 6, 20, 0), "6 Mar 2026 (today)"),
    ],
)
def test_today_and_days_count_the_dates_the_editor_reads(
    client, people, editorial, monkeypatch, zone, since, now, shown
):
    from wagtail.users.models import UserProfile

    page = submit(client, people["writer"], editorial.tree.category, "waiting")
    TaskState.objects.filter(pk=page.current_workflow_state.current_task_state_id).update(
        started_at=datetime.datetime(*since, tzinfo=datetime.UTC)
    )
    editor = people["editor"]
    profile = UserProfile.get_for_user(editor)
    profile.current_time_zone = zone
    profile.save()
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime(*now, tzinfo=datetime.UTC))

    [row] = rows(dashboard(client, editor))

    assert row[3] == shown
