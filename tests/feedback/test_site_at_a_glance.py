"""The editors' "Site quality at a glance": its figures, worked out here again from the
gate's own grades and the answers the test made; the newest summaries against those
before them; summaries being graded again left out and counted, never graded on the
dashboard; only those who may see Site quality see it."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from feedback.quality.glance import SiteAtAGlancePanel
from readability.assessment import assess
from readability.models import LiveFieldGrades
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory
from tests.feedback.test_site_quality import answer, moment, published_with_override
from tests.review.test_dashboard_panels import dashboard, render

pytestmark = pytest.mark.django_db


def simple_grade(page) -> float:
    return assess(page).reports["simple_explanation"].grade


def panel_text(client, user) -> str:
    soup = dashboard(client, user)
    section = soup.find(id="site-at-a-glance-section")
    assert section is not None, "no glance panel"
    return " ".join(section.get_text(" ", strip=True).split())


@pytest.fixture
def site(editorial, django_capture_on_commit_callbacks):
    """Two hard summaries (published with an override) then two plain ones, newer."""
    with django_capture_on_commit_callbacks(execute=True):
        pages = [
            published_with_override(
                editorial,
                parent=editorial.tree.category,
                title=f"Hard {number}",
                simple_explanation=HARD_TEXT,
                first_published_at=moment(2024, 1 + number),
            )
            for number in range(2)
        ] + [
            ResearchSummaryPageFactory(
                parent=editorial.tree.category,
                title=f"Plain {number}",
                simple_explanation=PLAIN_TEXT,
                first_published_at=moment(2024, 6 + number),
            )
            for number in range(2)
        ]
    return editorial, pages


def test_the_figures_are_the_gates_grades_over_the_live_summaries(client, site):
    editorial, pages = site
    grades = [simple_grade(page) for page in pages]
    hard, plain = grades[:2], grades[2:]

    text = panel_text(client, editorial.editor)

    assert "4 live summaries." in text
    assert f"Simple explanations average grade {round(sum(grades) / 4, 1)} (limit 8)." in text
    assert "Over a grade limit: simple explanation in 2." in text
    assert (
        f"The 2 newest summaries: simple explanations average grade {round(sum(plain) / 2, 1)}; "
        f"the 2 before them: {round(sum(hard) / 2, 1)} (easier to read)." in text
    )


def test_answers_of_the_last_ninety_days_against_the_ninety_before(client, site):
    editorial, pages = site
    now = timezone.now()
    for days, helpful in [(1, True), (10, True), (30, True), (80, False)]:
        answer(pages[0], helpful, now - datetime.timedelta(days=days))
    for days, helpful in [(100, True), (170, False)]:
        answer(pages[1], helpful, now - datetime.timedelta(days=days))
    answer(pages[1], False, now - datetime.timedelta(days=400))  # older: not counted

    text = panel_text(client, editorial.editor)

    assert (
        "Found helpful by 75% of 4 reader answers in the last 90 days "
        "(50% of 2 in the 90 days before)." in text
    )


def test_no_answers_says_so(client, site):
    editorial, _ = site
    text = panel_text(client, editorial.editor)
    assert "No reader has answered “Was this summary helpful?” in the last 90 days." in text


def test_summaries_being_graded_again_are_left_out_and_counted_not_graded(client, site):
    editorial, pages = site
    LiveFieldGrades.objects.filter(page=pages[0]).update(worked_out_with="older:terms")
    LiveFieldGrades.objects.filter(page=pages[1]).delete()
    remaining = [simple_grade(page) for page in pages[2:]]

    text = panel_text(client, editorial.editor)

    assert "2 summaries are being graded again and left out of these figures." in text
    assert f"average grade {round(sum(remaining) / 2, 1)} (limit 8)" in text
    assert "No live summary is over a grade limit." in text
    # The dashboard graded nothing: the stale row is still stale, the missing one missing.
    assert LiveFieldGrades.objects.get(page=pages[0]).worked_out_with == "older:terms"
    assert not LiveFieldGrades.objects.filter(page=pages[1]).exists()


def test_a_draft_or_an_unpublished_summary_does_not_count(client, site):
    editorial, pages = site
    pages[3].unpublish()
    ResearchSummaryPageFactory(parent=editorial.tree.category, live=False, title="Draft")

    assert "3 live summaries." in panel_text(client, editorial.editor)


@pytest.mark.parametrize("role", ["writer", "reviewer"])
def test_only_those_who_may_see_site_quality_see_it(client, site, role):
    editorial, _ = site
    soup = dashboard(client, getattr(editorial, role))
    assert soup.find(id="site-at-a-glance-section") is None


def test_the_same_queries_however_many_summaries(site, django_capture_on_commit_callbacks):
    editorial, _ = site

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            render(SiteAtAGlancePanel(editorial.editor), editorial.editor)
        return len(captured)

    before = queries()
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(6):
            ResearchSummaryPageFactory(parent=editorial.tree.category, title=f"More {number}")
    assert queries() == before
    html = render(SiteAtAGlancePanel(editorial.editor), editorial.editor)
    assert "10 live summaries." in BeautifulSoup(html, "html.parser").get_text()


def test_stale_grades_are_refreshed_in_the_background_once_asked(
    client, site, django_capture_on_commit_callbacks
):
    """After a deploy changed what grades are worked out with, nothing else grades them
    until someone opens Site quality: the panel queues the refresh (once, however many
    editors open the dashboard meanwhile) and, where tasks run at once, shows the result."""
    editorial, _ = site
    LiveFieldGrades.objects.update(worked_out_with="before:the-deploy")

    with django_capture_on_commit_callbacks() as queued:
        text = panel_text(client, editorial.editor)
    assert "4 summaries are being graded again" in text
    assert len(queued) == 1
    with django_capture_on_commit_callbacks() as queued_again:
        panel_text(client, editorial.editor)
    assert queued_again == []

    queued[0]()  # the worker runs the task
    assert LiveFieldGrades.objects.filter(worked_out_with="before:the-deploy").count() == 0
    text = panel_text(client, editorial.editor)
    assert "being graded again" not in text
    assert "4 live summaries." in text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_where_tasks_run_at_once_the_panel_shows_the_refreshed_figures(client, site):
    """Outside a test's transaction, as a development server runs: the queued task runs
    as the panel asks for it, and the panel reads the figures again."""
    editorial, _ = site
    LiveFieldGrades.objects.update(worked_out_with="before:the-deploy")

    text = panel_text(client, editorial.editor)

    assert "being graded again" not in text
    assert "Over a grade limit: simple explanation in 2." in text
