"""Re-review: "Checked again: still accurate", without publishing. Only a medical
reviewer who wrote none of the live content may record it, only on live content whose
sign-off is in force; it restarts the interval and readers see it."""

import datetime

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageLogEntry, Revision

from currency.models import ReReview
from currency.rereview import NO_SIGN_OFF, NOT_A_REVIEWER, NOT_THE_LIVE_VERSION, OWN_WORDS
from currency.schedule import currency_of
from review.signoffs import CHANGES_REQUESTED, revoke
from tests.currency.conftest import reviewed_summary
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CHECKED_ON = datetime.date(2025, 12, 1)
NOTE = "Checked against newer studies: still accurate"


def url(page):
    return f"/admin/review/checked-again/{page.pk}/"


def record(client, page, note=NOTE, revision=None):
    return client.post(url(page), {"note": note, "revision": revision or page.live_revision_id})


def text_of(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text().split())


def test_a_reviewer_records_a_re_review_without_publishing(client, editorial, old_summary, clock):
    clock.travel(CHECKED_ON)
    revisions_before = Revision.objects.count()
    live_before = old_summary.live_revision_id
    client.force_login(editorial.second_reviewer)
    assert client.get(url(old_summary)).status_code == 200
    response = record(client, old_summary)
    assert response.status_code == 302

    old_summary.refresh_from_db()
    assert old_summary.live_revision_id == live_before
    assert Revision.objects.count() == revisions_before  # nothing new was published
    rereview = ReReview.objects.get()
    assert (rereview.revision_id, rereview.user, rereview.note) == (
        live_before,
        editorial.second_reviewer,
        NOTE,
    )
    dates = currency_of(old_summary)
    assert dates.last_reviewed_on == CHECKED_ON
    assert dates.due_on == datetime.date(2026, 12, 1)  # the interval restarts
    # In the page's history, with the note.
    entry = PageLogEntry.objects.get(page=old_summary, action="currency.rereview")
    assert entry.data["note"] == NOTE and entry.user == editorial.second_reviewer

    reader = client.__class__()
    page_text = text_of(reader.get(old_summary.url))
    assert "Medically reviewed by Reviewer Okafor, MD, PhD, on 15 January 2025" in page_text
    assert "Last reviewed on 1 December 2025 by Reviewer2: checked again" in page_text
    assert "Next review due by 1 December 2026" in page_text
    assert f"1 December 2025: {NOTE} (checked again, no changes)" in page_text


def test_the_reviewer_who_signed_it_off_may_check_it_again(client, editorial, old_summary, clock):
    clock.travel(CHECKED_ON)
    client.force_login(editorial.reviewer)
    assert record(client, old_summary).status_code == 302
    assert ReReview.objects.filter(user=editorial.reviewer).exists()


@pytest.mark.parametrize("role", ["writer", "editor", "superuser"])
def test_nobody_but_a_medical_reviewer_may_record_one(client, editorial, old_summary, role):
    user = (
        UserFactory(is_superuser=True, username="admin")
        if role == "superuser"
        else getattr(editorial, role)
    )
    client.force_login(user)
    for response in (client.get(url(old_summary)), record(client, old_summary)):
        # The admin turns away users without admin access (a redirect); the rest are told.
        assert response.status_code in (302, 403)
        if response.status_code == 403:
            assert NOT_A_REVIEWER in text_of(response)
    assert not ReReview.objects.exists()
    assert "checked again" not in text_of(client.__class__().get(old_summary.url))


def test_anonymous_visitors_are_sent_to_sign_in(client, old_summary):
    response = record(client, old_summary)
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not ReReview.objects.exists()


def test_a_reviewer_who_wrote_any_of_it_may_not(client, editorial, clock):
    clock.travel(CHECKED_ON)
    page = reviewed_summary(
        editorial.tree.category, editorial.second_reviewer, editorial.reviewer, title="Own"
    )
    client.force_login(editorial.second_reviewer)
    response = record(client, page)
    assert response.status_code == 403 and OWN_WORDS in text_of(response)
    # Words brought in later count too: the reviewer adds a line, another approves it.
    other = reviewed_summary(editorial.tree.category, editorial.writer, editorial.reviewer)
    other.study_duration = "14 weeks"
    revision = other.save_revision(user=editorial.second_reviewer)
    from review.signoffs import record_sign_off

    record_sign_off(revision, editorial.reviewer, reader_note="Duration corrected")
    revision.publish()
    other.refresh_from_db()
    response = record(client, other)
    assert response.status_code == 403 and OWN_WORDS in text_of(response)
    assert not ReReview.objects.exists()


def test_only_the_live_version_can_be_checked_again(client, editorial, old_summary, clock):
    clock.travel(CHECKED_ON)
    older = old_summary.live_revision_id
    old_summary.study_duration = "14 weeks"
    revision = old_summary.save_revision(user=editorial.writer)
    from review.signoffs import record_sign_off

    record_sign_off(revision, editorial.reviewer, reader_note="Duration corrected")
    revision.publish()
    client.force_login(editorial.second_reviewer)
    response = record(client, old_summary, revision=older)
    assert response.status_code == 409 and NOT_THE_LIVE_VERSION in text_of(response)
    assert not ReReview.objects.exists()


def test_live_content_without_a_sign_off_in_force_is_refused(client, editorial, old_summary, clock):
    """A reviewer requested changes on the summary: its sign-off ended. A re-review
    cannot stand in for it; the summary goes through the workflow."""
    clock.travel(CHECKED_ON)
    revoke(old_summary, editorial.reviewer, because=CHANGES_REQUESTED)
    client.force_login(editorial.second_reviewer)
    response = record(client, old_summary)
    assert response.status_code == 409 and NO_SIGN_OFF in text_of(response)
    assert not ReReview.objects.exists()


def test_a_draft_is_refused_and_a_note_is_required(client, editorial, old_summary, clock):
    clock.travel(CHECKED_ON)
    client.force_login(editorial.second_reviewer)
    response = record(client, old_summary, note="   ")
    assert response.status_code == 400 and "This field is required" in text_of(response)
    live = old_summary.live_revision_id
    old_summary.unpublish()
    response = record(client, old_summary, revision=live)
    assert response.status_code == 409
    assert not ReReview.objects.exists()
