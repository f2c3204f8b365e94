"""Attacks through the review itself: stale stamps, laundered authorship, approvers who
are not reviewers, unchecked override reasons, malformed workflow data, and purges that
would erase the record of a review."""

import json

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client

from wagtail.models import Page

from readability.names import (
    SUBMIT_BUTTON,
    WORKFLOW_ACTION_BUTTON,
    WORKFLOW_ACTION_DATA,
    WORKFLOW_ACTION_NAME,
)
from research.models import ResearchSummaryPage
from review.models import PlainLanguageOverride, ReviewSignOff
from review.names import APPROVE, APPROVE_WITH_OVERRIDE, REQUEST_CHANGES
from tests.admin_forms import summary_form_data_from
from tests.conftest import PLAIN_TEXT
from tests.factories import UserFactory
from tests.review.test_review_workflow import (
    make_failing_in_review,
    submit_new_summary,
    workflow_action,
)

pytestmark = pytest.mark.django_db

REVIEWERS_OWN_WORDS = "Reviewer one wrote this sentence about doses."


def fresh(page):
    return ResearchSummaryPage.objects.get(pk=page.pk)


def edit(client, user, page, action=None, **changes):
    client.force_login(user)
    data = summary_form_data_from(page, **changes)
    if action:
        data[action] = action
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def reader_html(page) -> str:
    return Client().get(Page.objects.get(pk=page.pk).url).content.decode()


def review_stamp(html: str) -> str:
    """The "Medically reviewed by …" line as a reader reads it (the name is a link to the
    reviewer's profile, followed by their credentials)."""
    stamp = BeautifulSoup(html, "html.parser").select_one(".summary__review")
    return " ".join(stamp.get_text().split()).replace(" ,", ",") if stamp else ""


def approved_twice(client, editorial):
    """Approved by the first reviewer, then changed and approved by the second."""
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    workflow_action(client, fresh(page), APPROVE)
    changed = PLAIN_TEXT + " They also slept better."
    latest = fresh(page).get_latest_revision_as_object()
    assert edit(client, editorial.writer, latest, SUBMIT_BUTTON, simple_explanation=changed)
    client.force_login(editorial.second_reviewer)
    workflow_action(client, fresh(page), APPROVE)
    page = fresh(page)
    assert "slept better" in page.simple_explanation
    assert page.reviewed_by == editorial.second_reviewer
    return page


@pytest.mark.parametrize("how", ["bulk", "code"])
def test_republishing_never_brings_back_an_older_reviewers_name(client, editorial, how):
    page = approved_twice(client, editorial)
    if how == "bulk":
        client.force_login(editorial.editor)
        client.post(
            f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&childOf={page.get_parent().pk}",
            {"include_descendants": ""},
        )
    else:
        page.live_revision.publish()
    page = fresh(page)
    assert page.reviewed_by == editorial.second_reviewer
    html = reader_html(page)
    assert "slept better" in html
    assert review_stamp(html).startswith("Medically reviewed by Reviewer2, MD, PhD, on")


def test_the_name_readers_see_is_the_one_the_reviewer_signed_with(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    workflow_action(client, fresh(page), APPROVE)
    editorial.reviewer.first_name, editorial.reviewer.last_name = "Prof. Dr.", "House, MD"
    editorial.reviewer.save()
    html = reader_html(page)
    assert review_stamp(html).startswith("Medically reviewed by Reviewer Okafor, MD, PhD, on")
    assert "House" not in html


def test_a_revert_does_not_launder_a_reviewers_own_words(client, editorial):
    reviewer, other, writer = editorial.reviewer, editorial.second_reviewer, editorial.writer
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(other)
    workflow_action(client, fresh(page), APPROVE)
    edit(client, writer, fresh(page).get_latest_revision_as_object(), SUBMIT_BUTTON)
    own = PLAIN_TEXT + " " + REVIEWERS_OWN_WORDS
    edit(client, reviewer, fresh(page).get_latest_revision_as_object(), simple_explanation=own)
    reviewers_revision = fresh(page).get_latest_revision()
    client.force_login(other)
    workflow_action(client, fresh(page), REQUEST_CHANGES, comment="Drop the dose sentence.")
    latest = fresh(page).get_latest_revision_as_object()
    changed = PLAIN_TEXT + " They slept well."
    edit(client, writer, latest, SUBMIT_BUTTON, simple_explanation=changed)
    client.force_login(other)
    workflow_action(client, fresh(page), APPROVE)
    # The writer restores the reviewer's version and submits it.
    edit(client, writer, reviewers_revision.as_object(), SUBMIT_BUTTON)
    page = fresh(page)
    actions = [name for name, *_ in page.current_workflow_task.specific.get_actions(page, reviewer)]
    assert actions == [REQUEST_CHANGES]
    client.force_login(reviewer)
    workflow_action(client, page, APPROVE)
    assert REVIEWERS_OWN_WORDS not in reader_html(page)


def test_a_superuser_who_is_not_a_reviewer_cannot_sign_off(client, editorial):
    admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(admin)
    workflow_action(client, fresh(page), APPROVE)
    assert not fresh(page).live and not ReviewSignOff.objects.exists()


def test_a_superuser_who_is_not_a_reviewer_cannot_override(client, editorial):
    admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    failing = make_failing_in_review(client, editorial)
    client.force_login(admin)
    reason = "The condition's own name cannot be made any simpler."
    workflow_action(client, fresh(failing), APPROVE_WITH_OVERRIDE, reason=reason, comment="")
    assert not fresh(failing).live and not PlainLanguageOverride.objects.exists()


def test_an_override_reason_is_checked_on_the_editors_path_too(client, editorial):
    page = make_failing_in_review(client, editorial)
    data = summary_form_data_from(fresh(page).get_latest_revision_as_object())
    data.update(
        {
            WORKFLOW_ACTION_BUTTON: "true",
            WORKFLOW_ACTION_NAME: APPROVE_WITH_OVERRIDE,
            WORKFLOW_ACTION_DATA: json.dumps({"reason": "x"}),
        }
    )
    client.force_login(editorial.reviewer)
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert not PlainLanguageOverride.objects.exists() and not fresh(page).live


@pytest.mark.parametrize(
    ("action", "extra"),
    [
        (APPROVE, "{bad"),
        (APPROVE, '{"user": 1}'),
        (APPROVE, '{"task_state": 1}'),
        (APPROVE, "[1]"),
        (APPROVE, "[" * 100_000),
        (APPROVE, '{"a":' * 5_000 + "1" + "}" * 5_000),
        (REQUEST_CHANGES, '{"foo": 1}'),
        (REQUEST_CHANGES, "{}"),  # a request for changes without the required comment
        (REQUEST_CHANGES, '{"update": false, "comment": "x"}'),
        (REQUEST_CHANGES, '{"comment": ["<b>x</b>", {"a": 1}]}'),
        (APPROVE_WITH_OVERRIDE, '{"reason": ["                "]}'),
    ],
)
def test_malformed_workflow_data_is_a_bad_request_not_a_server_error(
    client, editorial, action, extra
):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    data = summary_form_data_from(fresh(page).get_latest_revision_as_object())
    data.update(
        {
            WORKFLOW_ACTION_BUTTON: "true",
            WORKFLOW_ACTION_NAME: action,
            WORKFLOW_ACTION_DATA: extra,
        }
    )
    client.force_login(editorial.reviewer)
    assert client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 400
    page = fresh(page)
    assert not page.live and page.current_workflow_state.status == "in_progress"


def test_purging_old_revisions_keeps_the_record_of_every_review(client, editorial):
    page = approved_twice(client, editorial)
    before = ReviewSignOff.objects.filter(object_id=str(page.pk)).count()
    call_command("purge_revisions", days=0, verbosity=0)
    assert ReviewSignOff.objects.filter(object_id=str(page.pk)).count() == before == 2


def test_what_happened_is_told_only_to_those_who_may_see_the_page(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    outsider = UserFactory(username="outsider")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other_browser = Client()
    other_browser.force_login(outsider)
    response = other_browser.get(f"/admin/review/outcome/{page.pk}/", follow=True)
    shown = " ".join(str(message) for message in response.context["messages"])
    assert page.title not in shown
