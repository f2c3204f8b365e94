"""Readers are told what qualifies the reviewer: a reviewer whose profile names no
credentials cannot approve, by any path, and is told what to do instead."""

import json

import pytest

from people.models import Person
from people.names import CREDENTIALS_MISSING
from readability.names import WORKFLOW_ACTION_BUTTON, WORKFLOW_ACTION_DATA, WORKFLOW_ACTION_NAME
from research.models import ResearchSummaryPage
from review.models import PlainLanguageOverride, ReviewSignOff
from review.names import APPROVE, APPROVE_WITH_OVERRIDE
from tests.admin_forms import summary_form_data_from
from tests.conftest import PLAIN_TEXT
from tests.review.test_review_workflow import (
    make_failing_in_review,
    submit_new_summary,
    workflow_action,
)

pytestmark = pytest.mark.django_db

REASON = "‘Spinal cord injury’ is the condition itself and cannot be simpler."


def fresh(page):
    return ResearchSummaryPage.objects.get(pk=page.pk)


def without_credentials(user, how):
    if how == "no profile":
        Person.objects.filter(user=user).delete()
    else:
        Person.objects.filter(user=user).update(credentials="   ")


def assert_sent_to_profile_and_nothing_approved(client, response, page):
    assert response.status_code == 302
    assert response["Location"] == "/admin/people/me/?credentials=needed"
    profile = client.get(response["Location"])
    assert profile.status_code == 200
    assert CREDENTIALS_MISSING in profile.content.decode()
    page = fresh(page)
    assert not page.live and page.reviewed_by is None
    assert not ReviewSignOff.objects.exists() and not PlainLanguageOverride.objects.exists()
    assert page.current_workflow_task_state is not None  # still waiting for review


@pytest.mark.parametrize("how", ["blank credentials", "no profile"])
def test_a_reviewer_without_credentials_cannot_approve(client, editorial, how):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    without_credentials(editorial.reviewer, how)
    client.force_login(editorial.reviewer)
    response = workflow_action(client, page, APPROVE)
    assert_sent_to_profile_and_nothing_approved(client, response, page)


@pytest.mark.parametrize("how", ["blank credentials", "no profile"])
def test_nor_approve_with_an_override(client, editorial, how):
    page = make_failing_in_review(client, editorial)
    without_credentials(editorial.reviewer, how)
    client.force_login(editorial.reviewer)
    response = workflow_action(client, page, APPROVE_WITH_OVERRIDE, reason=REASON, comment="")
    assert_sent_to_profile_and_nothing_approved(client, response, page)


@pytest.mark.parametrize("action", [APPROVE, APPROVE_WITH_OVERRIDE])
def test_nor_from_the_editor(client, editorial, action):
    page = make_failing_in_review(client, editorial)
    without_credentials(editorial.reviewer, "blank credentials")
    data = summary_form_data_from(fresh(page).get_latest_revision_as_object())
    extra = {"reader_note": "First published", "comment": ""}
    if action == APPROVE_WITH_OVERRIDE:
        extra["reason"] = REASON
    data.update(
        {
            WORKFLOW_ACTION_BUTTON: "true",
            WORKFLOW_ACTION_NAME: action,
            WORKFLOW_ACTION_DATA: json.dumps(extra),
        }
    )
    client.force_login(editorial.reviewer)
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert_sent_to_profile_and_nothing_approved(client, response, page)


def test_once_credentials_are_added_the_approval_goes_through(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    without_credentials(editorial.reviewer, "no profile")
    client.force_login(editorial.reviewer)
    workflow_action(client, page, APPROVE)
    response = client.post(
        "/admin/people/me/",
        {
            "display_name": "Dr Okafor",
            "credentials": "MD",
            "job_title": "",
            "specialty": "",
            "bio": "",
            "conflicts_of_interest": "None declared",
        },
    )
    assert response.status_code == 302
    workflow_action(client, fresh(page), APPROVE)
    page = fresh(page)
    assert page.live and page.reviewed_by == editorial.reviewer
    assert page.reviewed_by_name == "Dr Okafor"
