"""Deleting reviewed pages: editors can delete a reviewed summary, or a category holding
some, by every path; the record of each review outlives the page, and can never count
for another page."""

import pytest

from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from wagtail.models import Page, PageLogEntry, Revision

from research.models import ResearchSummaryPage
from review.fingerprint import fingerprint
from review.models import PlainLanguageOverride, ReviewSignOff
from review.models.decisions import PAGE_DELETED
from review.names import OVERRIDE_LOG_ACTION, SIGN_OFF_LOG_ACTION
from review.signoffs import decisions_for, record_override, record_sign_off
from review.verdict import judge
from tests.conftest import HARD_TEXT
from tests.factories import (
    CategoryPageFactory,
    ResearchSummaryPageFactory,
    UserFactory,
    publish_signed_off,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


def sign_off_records(page_id) -> list[ReviewSignOff]:
    return list(ReviewSignOff.objects.filter(object_id=str(page_id)))


def assert_kept_and_ended(records, page_id):
    """Who decided, on what content, when and for which page are kept; the decision is
    detached from the deleted revision and no longer in force."""
    assert records
    for record in records:
        assert record.object_id == str(page_id)
        assert len(record.fingerprint) == 64
        assert record.created_at is not None
        assert record.revision_id is None
        assert record.revoked_at is not None


def test_an_editor_deletes_a_live_reviewed_summary_from_the_admin(client, editorial):
    summary = ResearchSummaryPageFactory(
        parent=editorial.tree.category, signed_off_by=editorial.reviewer
    )
    page_id = summary.pk
    client.force_login(editorial.editor)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page_id]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page_id).exists()
    [record] = sign_off_records(page_id)
    assert_kept_and_ended([record], page_id)
    assert record.user == editorial.reviewer
    assert record.reviewer_name == "Reviewer Okafor"
    assert record.revoked_because == PAGE_DELETED
    # Wagtail's history of the page stays too: the sign-off and the deletion.
    actions = set(PageLogEntry.objects.filter(page_id=page_id).values_list("action", flat=True))
    assert {SIGN_OFF_LOG_ACTION, "wagtail.delete"} <= actions


def test_deleting_a_category_keeps_the_reviews_of_every_summary_under_it(admin_client, tree):
    below = ResearchSummaryPageFactory(parent=tree.subcategory)
    beside = ResearchSummaryPageFactory(parent=tree.category)
    other = CategoryPageFactory(parent=tree.research, title="Pain", slug="pain")
    elsewhere = ResearchSummaryPageFactory(parent=other)
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[tree.category.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[tree.category.pk, below.pk, beside.pk]).exists()
    for page_id in (below.pk, beside.pk):
        assert_kept_and_ended(sign_off_records(page_id), page_id)
    # A summary outside the deleted category keeps its sign-off, attached and in force.
    [kept] = sign_off_records(elsewhere.pk)
    assert kept.revision_id is not None and kept.revoked_at is None
    assert judge(ResearchSummaryPage.objects.get(pk=elsewhere.pk)).sign_off == kept


def test_bulk_delete_of_reviewed_summaries(admin_client, tree):
    first = ResearchSummaryPageFactory(parent=tree.category)
    second = ResearchSummaryPageFactory(parent=tree.category)
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={first.pk}&id={second.pk}&childOf={tree.category.pk}"
    )
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[first.pk, second.pk]).exists()
    for page in (first, second):
        assert_kept_and_ended(sign_off_records(page.pk), page.pk)


def test_deleting_from_code_a_category_and_a_summary(tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)
    nested = ResearchSummaryPageFactory(parent=tree.subcategory)
    summary_id, nested_id = summary.pk, nested.pk
    summary.delete()
    tree.subcategory.delete()
    for page_id in (summary_id, nested_id):
        assert not Page.objects.filter(pk=page_id).exists()
        assert_kept_and_ended(sign_off_records(page_id), page_id)


def test_a_draft_with_an_override_and_an_old_revoked_sign_off(tree, editorial):
    summary = ResearchSummaryPageFactory(parent=tree.category, live=False)
    first = summary.save_revision()
    record_sign_off(first, editorial.reviewer)
    summary.simple_explanation = HARD_TEXT
    second = summary.save_revision()
    record_sign_off(second, editorial.second_reviewer)  # revokes the first: superseded
    override = record_override(second, editorial.reviewer, "The term is needed.", [])
    superseded = ReviewSignOff.objects.get(revision=first)
    page_id = summary.pk
    Page.objects.get(pk=page_id).delete()
    assert not Page.objects.filter(pk=page_id).exists()
    override.refresh_from_db()
    assert override.revision_id is None and override.revoked_because == PAGE_DELETED
    assert override.reason == "The term is needed."
    superseded_then = superseded.revoked_at
    superseded.refresh_from_db()
    # Already ended before the deletion: its revocation is kept as it was.
    assert superseded.revision_id is None
    assert superseded.revoked_at == superseded_then
    assert superseded.revoked_because != PAGE_DELETED
    assert PageLogEntry.objects.filter(page_id=page_id, action=OVERRIDE_LOG_ACTION).exists()


SEQUENCED_FIELDS = ("title", "slug", "paper_title", "doi", "first_published_at")


def next_page_id_will_be(page_id):
    """Rewind the page id counter, as a restore or a table without AUTOINCREMENT would."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('wagtailcore_page', 'id'), %s, false)",
                [page_id],
            )
        else:
            cursor.execute(
                "UPDATE sqlite_sequence SET seq = %s WHERE name = 'wagtailcore_page'",
                [page_id - 1],
            )


def test_a_new_page_given_a_deleted_pages_id_is_not_signed_off(tree):
    """Hostile: page ids may come back (a restore, a database without AUTOINCREMENT);
    a deleted page's reviews must not count for whatever takes its id, even with the very
    same content."""
    deleted = ResearchSummaryPageFactory(parent=tree.category, slug="gone")
    page_id, signed_off_content = deleted.pk, fingerprint(deleted)
    ResearchSummaryPage.objects.get(pk=page_id).delete()

    # The same content, as a new draft, given the deleted page's id.
    next_page_id_will_be(page_id)
    impostor = ResearchSummaryPageFactory(
        parent=Page.objects.get(pk=tree.category.pk),
        live=False,
        **{name: getattr(deleted, name) for name in SEQUENCED_FIELDS},
    )
    assert impostor.pk == page_id
    impostor.save_revision()
    assert fingerprint(impostor) == signed_off_content
    [record] = sign_off_records(page_id)
    assert record.fingerprint == signed_off_content and record.revoked_at is not None
    assert decisions_for(impostor) == (None, None)
    assert judge(impostor, require_sign_off=True).sign_off is None
    assert not ReviewSignOff.objects.for_page(impostor).exists()
    with pytest.raises(Exception, match="cannot be published"):
        impostor.get_latest_revision().publish()
    assert not ResearchSummaryPage.objects.get(pk=page_id).live


def test_purging_revisions_keeps_the_signed_off_revision_of_a_live_page(tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)
    signed = ReviewSignOff.objects.get(object_id=str(summary.pk)).revision_id
    publish_signed_off(summary)  # a second review: the first sign-off is now superseded
    summary.title = "A new draft"
    summary.save_revision()
    call_command("purge_revisions", days=0, verbosity=0)
    assert Revision.objects.filter(pk=signed).exists()
    assert ReviewSignOff.objects.filter(revision_id=signed).exists()
    for decision in ReviewSignOff.objects.filter(object_id=str(summary.pk)):
        assert decision.revision_id is not None


def test_deleting_a_signed_off_revision_of_a_live_page_is_still_refused(tree):
    from django.db.models import ProtectedError

    summary = ResearchSummaryPageFactory(parent=tree.category)
    with pytest.raises(ProtectedError):
        Revision.objects.filter(object_id=str(summary.pk)).delete()
    assert ReviewSignOff.objects.in_force().for_page(summary).exists()
    assert PlainLanguageOverride.objects.for_page(summary).count() == 0
