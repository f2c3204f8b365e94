"""Hostile tests of the stored grades Reports → Site quality reads: the report must
never show the grade of text readers do not see, leave out summaries readers cannot
see, and a failure storing grades must never fail a publish."""

import csv
import io

import pytest

from django.db import DatabaseError

from wagtail.models import PageViewRestriction

from feedback.quality.figures import summaries, summary_rows
from readability.assessment import assess
from readability.models import LiveFieldGrades
from research.models import ResearchSummaryPage
from review.signoffs import record_override, record_sign_off
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/site-quality/"


def simple_grade(page) -> float:
    return round(assess(page).reports["simple_explanation"].grade, 1)


def report_grades(pages=None) -> dict[int, dict]:
    return {row.page.pk: row.grades for row in summary_rows(pages or summaries())}


def published(tree, capture, **fields):
    with capture(execute=True):
        page = ResearchSummaryPageFactory(parent=tree.category, **fields)
    page.refresh_from_db()
    return page


def signed_off_draft(editorial, page, text):
    draft = page.get_latest_revision_as_object()
    draft.simple_explanation = text
    revision = draft.save_revision(user=editorial.writer)
    record_override(revision, editorial.reviewer, "Names cannot be simpler.", [])
    record_sign_off(revision, editorial.reviewer)
    return revision


def test_a_failure_storing_grades_does_not_fail_the_publish(
    editorial, django_capture_on_commit_callbacks, monkeypatch
):
    page = published(
        editorial.tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT
    )
    revision = signed_off_draft(editorial, page, HARD_TEXT)

    def locked(*args, **kwargs):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(LiveFieldGrades.objects, "update_or_create", locked)
    # Without a transaction around it (the admin's publish, an approval) the callback
    # runs inside Wagtail's publish, before its log entry and the other receivers.
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    monkeypatch.undo()

    page.refresh_from_db()
    assert page.live_revision_id == revision.pk
    # The report works the grade out again: nothing stale was stored.
    assert report_grades()[page.pk]["simple_explanation"] == simple_grade(page)


def test_a_live_summary_edited_in_code_shows_the_grade_of_its_new_text(
    editorial, django_capture_on_commit_callbacks
):
    """The guard lets code put signed-off content on a live page without publishing a
    revision (a data fix, an import): readers then see the new text, under the same live
    revision."""
    page = published(
        editorial.tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT
    )
    easy = report_grades()[page.pk]["simple_explanation"]
    revision = signed_off_draft(editorial, page, HARD_TEXT)

    with django_capture_on_commit_callbacks(execute=True):
        revision.as_object().save()

    readers_see = ResearchSummaryPage.objects.get(pk=page.pk)
    assert readers_see.simple_explanation == HARD_TEXT
    assert readers_see.live_revision_id == page.live_revision_id  # not republished
    grade = report_grades()[page.pk]["simple_explanation"]
    assert grade == simple_grade(readers_see)
    assert grade > easy + 5


def test_unpublished_and_private_summaries_are_left_out(
    editorial, client, django_capture_on_commit_callbacks
):
    tree = editorial.tree
    shown = published(tree, django_capture_on_commit_callbacks, title="Shown")
    unpublished = published(tree, django_capture_on_commit_callbacks, title="Unpublished")
    unpublished.unpublish()
    private = published(tree, django_capture_on_commit_callbacks, title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    with django_capture_on_commit_callbacks(execute=True):
        hidden_below = ResearchSummaryPageFactory(parent=tree.subcategory, title="Under private")
    PageViewRestriction.objects.create(
        page=tree.subcategory, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    assert set(report_grades()) == {shown.pk}
    client.force_login(editorial.editor)
    response = client.get(URL + "?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["Summary"] for row in rows] == ["Shown"]
    assert hidden_below.pk not in report_grades()


def test_a_draft_scheduled_on_a_live_summary_is_not_graded_until_it_goes_live(
    editorial, django_capture_on_commit_callbacks
):
    import datetime

    from django.utils import timezone

    page = published(
        editorial.tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT
    )
    easy = report_grades()[page.pk]["simple_explanation"]
    draft = page.get_latest_revision_as_object()
    draft.simple_explanation = HARD_TEXT
    draft.go_live_at = timezone.now() + datetime.timedelta(days=3)
    revision = draft.save_revision(user=editorial.writer)
    record_override(revision, editorial.reviewer, "Names cannot be simpler.", [])
    record_sign_off(revision, editorial.reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()

    assert report_grades()[page.pk]["simple_explanation"] == easy


def test_a_copy_carries_no_grades_of_its_original(editorial, django_capture_on_commit_callbacks):
    page = published(
        editorial.tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT
    )
    with django_capture_on_commit_callbacks(execute=True):
        copy = page.copy(
            to=editorial.tree.subcategory,
            update_attrs={"slug": "copy", "title": "Copy", "doi": "10.1000/copy.1"},
            keep_live=False,
        )
    assert not copy.live
    assert not LiveFieldGrades.objects.filter(page=copy).exists()
    assert set(report_grades()) == {page.pk}


def test_grades_stored_before_a_field_was_declared_are_worked_out_again(
    editorial, client, django_capture_on_commit_callbacks, monkeypatch
):
    """A field added to plain_language_fields (CONTRIBUTING: 'Add a field'): rows stored
    before the deploy lack its grade, so they were worked out with something else."""
    fields = ResearchSummaryPage.plain_language_fields
    monkeypatch.setattr(ResearchSummaryPage, "plain_language_fields", fields[:-1])
    page = published(
        editorial.tree, django_capture_on_commit_callbacks, simple_explanation=PLAIN_TEXT
    )
    assert "study_limitations" not in LiveFieldGrades.objects.get(page=page).grades
    monkeypatch.undo()  # the deploy that declares the field

    assert set(report_grades()[page.pk]) == {field.name for field in fields}
    client.force_login(editorial.editor)
    response = client.get(URL + "?export=csv")
    assert response.status_code == 200
    [row] = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert row["Study limitations grade"] != ""
