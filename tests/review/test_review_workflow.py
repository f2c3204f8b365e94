"""The "Plain-language and medical review" workflow as writers and reviewers use it."""

import pytest
from bs4 import BeautifulSoup

from django.core import mail

from wagtail.models import PageLogEntry, TaskState, WorkflowState

from readability.names import SUBMIT_BUTTON
from research.models import ResearchSummaryPage
from review.models import MedicalReviewTask, PlainLanguageOverride, ReviewSignOff
from review.names import APPROVE, APPROVE_WITH_OVERRIDE, OVERRIDE_LOG_ACTION, REQUEST_CHANGES
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.research.test_page_tree import summary_form_data

pytestmark = pytest.mark.django_db


def add_url(parent):
    return f"/admin/pages/add/research/researchsummarypage/{parent.pk}/"


def submit_new_summary(client, editorial, simple_explanation, slug="walking-training"):
    client.force_login(editorial.writer)
    data = summary_form_data(slug=slug, simple_explanation=simple_explanation)
    data[SUBMIT_BUTTON] = SUBMIT_BUTTON
    response = client.post(add_url(editorial.tree.category), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return ResearchSummaryPage.objects.get(slug=slug)


# What a reviewer types in the approve dialog's required line for readers.
READER_NOTE = "Checked against the paper"


def workflow_action(client, page, action, **data):
    """A workflow action from the dashboard; approvals carry the dialog's line for
    readers unless the test gives its own (or removes it, with reader_note=None)."""
    if action in (APPROVE, APPROVE_WITH_OVERRIDE):
        data.setdefault("reader_note", READER_NOTE)
    data = {name: value for name, value in data.items() if value is not None}
    state = page.current_workflow_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/", data)


def assert_permission_denied(response):
    # Wagtail's admin turns a refused action into a redirect to the dashboard with a message.
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_failing_summary_is_sent_back_to_its_writer_with_the_report(client, editorial):
    mail.outbox.clear()
    page = submit_new_summary(client, editorial, HARD_TEXT)

    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    rejected = TaskState.objects.get(workflow_state=state, status=TaskState.STATUS_REJECTED)
    assert rejected.task.name == "Plain-language check"
    assert "Simple explanation" in rejected.comment
    assert "above the limit" in rejected.comment
    page.refresh_from_db()
    assert not page.live

    to_writer = [m for m in mail.outbox if editorial.writer.email in m.to]
    assert to_writer, [m.subject for m in mail.outbox]
    assert "needs changes" in to_writer[0].body
    assert "Submit again for review" in to_writer[0].body


def test_passing_summary_reaches_medical_reviewers_who_are_told_what_to_do(client, editorial):
    mail.outbox.clear()
    page = submit_new_summary(client, editorial, PLAIN_TEXT)

    task = page.current_workflow_task.specific
    assert isinstance(task, MedicalReviewTask)
    reviewer_mail = [m for m in mail.outbox if editorial.reviewer.email in m.to]
    assert reviewer_mail and "Please review" in reviewer_mail[0].subject
    assert "approve it" in reviewer_mail[0].body
    assert not any(editorial.writer.email in m.to for m in reviewer_mail)


def test_fixed_and_resubmitted_summary_is_checked_again_and_moves_on(client, editorial):
    page = submit_new_summary(client, editorial, HARD_TEXT)
    data = summary_form_data(slug=page.slug, simple_explanation=PLAIN_TEXT)
    data[SUBMIT_BUTTON] = SUBMIT_BUTTON
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert isinstance(page.current_workflow_task.specific, MedicalReviewTask)


def test_reviewer_approval_publishes_and_stamps_the_review(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    response = workflow_action(client, page, APPROVE)
    assert response.status_code == 302

    page.refresh_from_db()
    assert page.live
    assert page.reviewed_by == editorial.reviewer
    assert page.reviewed_at is not None
    assert ReviewSignOff.objects.filter(revision=page.live_revision).exists()
    public = BeautifulSoup(client.get(page.url).content, "html.parser")
    stamp = " ".join(public.select_one(".summary__review").get_text().split())
    assert stamp.startswith("Medically reviewed by Reviewer Okafor, MD, PhD, on")
    # The writer is the one who submitted it, recorded with the sign-off.
    assert page.written_by == editorial.writer
    byline = " ".join(public.select_one(".summary__writer").get_text().split())
    assert byline == "Written by Writer"


def test_writers_cannot_change_the_review_stamp(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.writer)
    data = summary_form_data(slug=page.slug, simple_explanation=PLAIN_TEXT)
    data["reviewed_by"] = str(editorial.writer.pk)
    data["reviewed_at"] = "2020-01-01 00:00"
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    page.refresh_from_db()
    assert page.reviewed_by is None and page.reviewed_at is None


def test_reviewer_request_changes_needs_a_comment_and_returns_it(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    workflow_action(client, page, REQUEST_CHANGES, comment="Finding 2 overstates the result.")
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert "overstates" in state.current_task_state.comment
    page.refresh_from_db()
    assert not page.live


def test_reviewer_cannot_approve_a_summary_they_wrote(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    data = summary_form_data(slug=page.slug, simple_explanation=PLAIN_TEXT + " It was safe.")
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)  # the reviewer's own words
    assert response.status_code == 302
    task = page.current_workflow_task.specific
    assert APPROVE not in [name for name, *_ in task.get_actions(page, editorial.reviewer)]
    response = workflow_action(client, page, APPROVE)
    assert_permission_denied(response)
    page.refresh_from_db()
    assert not page.live

    client.force_login(editorial.second_reviewer)
    page = ResearchSummaryPage.objects.get(pk=page.pk)
    workflow_action(client, page, APPROVE)
    # The review step was opened on the writer's version; after the edit Wagtail
    # re-runs the automatic check on the edited version and asks for its review.
    page = ResearchSummaryPage.objects.get(pk=page.pk)
    assert isinstance(page.current_workflow_task.specific, MedicalReviewTask)
    workflow_action(client, page, APPROVE)
    page.refresh_from_db()
    assert page.live and page.reviewed_by == editorial.second_reviewer


def make_failing_in_review(client, editorial, settings_change=None):
    """A summary that passed the automatic check, then the limit was tightened."""
    from readability.models import PlainLanguageSettings

    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    limits = PlainLanguageSettings.for_site(editorial.tree.home.get_site())
    limits.simple_max_grade = 1
    limits.simple_warn_grade = 1
    limits.save()
    return page


def test_approving_a_failing_summary_keeps_it_in_review_and_explains_why(client, editorial):
    page = make_failing_in_review(client, editorial)
    client.force_login(editorial.reviewer)
    response = workflow_action(client, page, APPROVE)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/plain-language/pages/{page.pk}/?blocked=1"

    page.refresh_from_db()
    assert not page.live
    assert isinstance(page.current_workflow_task.specific, MedicalReviewTask)
    assert not ReviewSignOff.objects.exists()

    report = client.get(response["Location"])
    assert report.status_code == 200
    assert b"stays in review" in report.content
    assert b"above the limit of 1" in report.content


def test_override_without_a_reason_is_refused(client, editorial):
    page = make_failing_in_review(client, editorial)
    client.force_login(editorial.reviewer)
    response = workflow_action(client, page, APPROVE_WITH_OVERRIDE, reason="", comment="")
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert not page.live
    assert not PlainLanguageOverride.objects.exists()


def test_override_with_a_reason_publishes_and_is_in_the_audit_log(client, editorial):
    page = make_failing_in_review(client, editorial)
    client.force_login(editorial.reviewer)
    reason = "‘Spinal cord injury’ is the condition itself and cannot be simpler."
    workflow_action(client, page, APPROVE_WITH_OVERRIDE, reason=reason, comment="")

    page.refresh_from_db()
    assert page.live
    override = PlainLanguageOverride.objects.get()
    assert override.reason == reason and override.user == editorial.reviewer
    assert override.revision_id == page.live_revision_id
    assert override.failed_checks
    entry = PageLogEntry.objects.get(page=page, action=OVERRIDE_LOG_ACTION)
    assert entry.data["reason"] == reason
    client.force_login(editorial.editor)
    history = client.get(f"/admin/pages/{page.pk}/history/")
    assert "Plain-language check overridden" in history.content.decode()


def test_only_reviewers_are_offered_the_override(client, editorial):
    page = make_failing_in_review(client, editorial)
    task = page.current_workflow_task.specific
    reviewer_actions = [name for name, *_ in task.get_actions(page, editorial.reviewer)]
    assert APPROVE_WITH_OVERRIDE in reviewer_actions
    assert task.get_actions(page, editorial.writer) == []
    assert task.get_actions(page, editorial.editor) == []
    client.force_login(editorial.editor)
    response = workflow_action(client, page, APPROVE_WITH_OVERRIDE, reason="x" * 40)
    assert_permission_denied(response)
    page.refresh_from_db()
    assert not page.live


def test_an_override_holds_only_for_the_content_it_was_given_on(client, editorial):
    from review.verdict import judge

    page = make_failing_in_review(client, editorial)
    client.force_login(editorial.reviewer)
    workflow_action(client, page, APPROVE_WITH_OVERRIDE, reason="Unavoidable medical term here.")
    page.refresh_from_db()
    assert judge(page).can_publish

    page.simple_explanation = PLAIN_TEXT + " One more sentence."
    verdict = judge(page)
    assert verdict.override is None and verdict.sign_off is None
    assert not verdict.can_publish


def test_writer_is_told_at_once_when_the_automatic_check_sends_it_back(client, editorial):
    client.force_login(editorial.writer)
    data = summary_form_data(simple_explanation=HARD_TEXT)
    data[SUBMIT_BUTTON] = SUBMIT_BUTTON
    response = client.post(
        f"/admin/pages/add/research/researchsummarypage/{editorial.tree.category.pk}/",
        data,
        follow=True,
    )
    shown = [str(message) for message in response.context["messages"]]
    # One message, and it is the true one: no "submitted" beside it.
    assert len(shown) == 1, shown
    assert "Not sent to a medical reviewer" in shown[0]
    assert "automatic plain-language check found problems" in shown[0]


def test_the_reports_know_of_a_sign_off_as_soon_as_it_is_given(client, editorial):
    from readability.models import PlainLanguageStatus

    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    assert not PlainLanguageStatus.objects.get(page=page).signed_off
    client.force_login(editorial.reviewer)
    workflow_action(client, page, APPROVE)
    assert PlainLanguageStatus.objects.get(page=page).signed_off
    client.force_login(editorial.editor)
    report = BeautifulSoup(client.get("/admin/reports/plain-language/").content, "html.parser")
    assert "Yes" in [cell.get_text(strip=True) for cell in report.select("td")]
