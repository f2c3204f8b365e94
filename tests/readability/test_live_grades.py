"""The grades the site quality report reads are stored per live summary: they are those
of the text readers see (never a draft's), follow every publish, are worked out again
whenever what they were worked out with has moved (revision, term list), and let the
report read any number of summaries in the same number of queries."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback.quality.figures import summaries, summary_rows
from readability.assessment import assess
from readability.live_grades import live_grades, worked_out_with
from readability.models import LiveFieldGrades
from review.signoffs import record_override, record_sign_off
from review.status import recheck_all
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory, publish_signed_off
from tests.glossary.factories import live_term

pytestmark = pytest.mark.django_db


def gate_grades(page) -> dict:
    """What the publish gate reads of the page's content, field by field."""
    return {
        name: round(report.grade, 1) if report.sentences else None
        for name, report in assess(page).reports.items()
    }


def published(tree, capture, **fields):
    with capture(execute=True):
        page = ResearchSummaryPageFactory(parent=tree.category, **fields)
    page.refresh_from_db()
    return page


def stored(page) -> LiveFieldGrades:
    return LiveFieldGrades.objects.get(page=page)


def test_publishing_stores_the_grades_of_the_published_text(
    tree, django_capture_on_commit_callbacks
):
    page = published(tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT)

    row = stored(page)
    assert row.revision_id == page.live_revision_id
    assert row.grades == gate_grades(page)
    assert row.grades["simple_explanation"] is not None
    assert row.worked_out_with == worked_out_with()


def test_a_draft_leaves_the_live_grades_alone(tree, django_capture_on_commit_callbacks):
    page = published(tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT)
    before = stored(page).grades

    draft = page.get_latest_revision_as_object()
    draft.simple_explanation = HARD_TEXT
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision()

    assert stored(page).grades == before
    live = summaries().get(pk=page.pk)
    assert live_grades([live])[page.pk] == before
    [row] = summary_rows([live])
    assert row.grades == before


def test_publishing_a_harder_text_replaces_them(editorial, django_capture_on_commit_callbacks):
    page = published(
        editorial.tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT
    )
    easy = stored(page).grades["simple_explanation"]

    draft = page.get_latest_revision_as_object()
    draft.simple_explanation = HARD_TEXT
    revision = draft.save_revision(user=editorial.writer)
    record_override(revision, editorial.reviewer, "Names cannot be simpler.", [])
    record_sign_off(revision, editorial.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()

    page.refresh_from_db()
    row = stored(page)
    assert row.revision_id == page.live_revision_id
    assert row.grades["simple_explanation"] > easy + 5
    assert row.grades == gate_grades(page)


@pytest.mark.parametrize("moved", ["term list", "revision"])
def test_a_row_worked_out_with_something_else_is_never_shown(
    tree, django_capture_on_commit_callbacks, moved
):
    page = published(tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT)
    true_grades = stored(page).grades
    forged = {**true_grades, "simple_explanation": 19.5}
    if moved == "term list":
        LiveFieldGrades.objects.filter(page=page).update(
            grades=forged, worked_out_with="older-model:older-terms"
        )
    else:
        older = page.save_revision()  # a revision that is not the live one
        LiveFieldGrades.objects.filter(page=page).update(grades=forged, revision=older)

    live = summaries().get(pk=page.pk)
    assert live_grades([live])[page.pk] == true_grades
    # ...and the row is mended, so the next report reads it.
    row = stored(page)
    assert row.grades == true_grades
    assert (row.revision_id, row.worked_out_with) == (page.live_revision_id, worked_out_with())


def test_a_summary_published_before_grades_were_stored_is_graded_once(tree):
    page = ResearchSummaryPageFactory(parent=tree.category, simple_explanation=PLAIN_TEXT)
    assert not LiveFieldGrades.objects.filter(page=page).exists()  # publish not committed

    live = summaries().get(pk=page.pk)
    assert live_grades([live])[page.pk] == gate_grades(live)
    assert stored(page).grades == gate_grades(live)


def report_queries(pages) -> int:
    with CaptureQueriesContext(connection) as queries:
        summary_rows(summaries().filter(pk__in=[page.pk for page in pages]))
    return len(queries)


def test_the_report_reads_any_number_of_summaries_in_the_same_queries(
    tree, django_capture_on_commit_callbacks
):
    pages = [
        published(tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT)
        for _ in range(6)
    ]
    assert report_queries(pages[:2]) == report_queries(pages)


def test_a_glossary_change_refreshes_every_live_summarys_grades(
    tree, django_capture_on_commit_callbacks
):
    pages = [
        published(tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT)
        for _ in range(2)
    ]
    before = worked_out_with()
    with django_capture_on_commit_callbacks(execute=True):
        live_term(term="walking program", definition="A plan of walking practice.")

    assert worked_out_with() != before
    for page in pages:
        row = stored(page)
        assert row.worked_out_with == worked_out_with()
        assert row.grades == gate_grades(page)


def test_checking_every_summary_again_mends_the_stored_grades(tree):
    page = ResearchSummaryPageFactory(parent=tree.category, simple_explanation=PLAIN_TEXT)
    publish_signed_off(page)  # not committed: no stored row yet
    LiveFieldGrades.objects.create(
        page=page, revision=None, grades={"simple_explanation": 19.5}, worked_out_with="old"
    )

    recheck_all()

    page.refresh_from_db()
    assert stored(page).grades == gate_grades(page)
