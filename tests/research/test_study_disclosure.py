"""Who paid for the study and what its authors declare, as the paper states them: required
to submit or publish, shown to readers under the study facts, and covered by the medical
sign-off like everything else a reader sees."""

import importlib

import pytest
from bs4 import BeautifulSoup

from django.apps import apps

from readability.names import PUBLISH_BUTTON, SUBMIT_BUTTON
from research.models import ResearchSummaryPage
from research.models.summary import NOT_CHECKED, NOT_STATED, NOT_YET_RECORDED
from review.fingerprint import reader_visible
from review.models import ReviewSignOff
from review.signoffs import decisions_for, record_sign_off
from review.verdict import PublishRefused
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.research.test_page_tree import summary_form_data

pytestmark = pytest.mark.django_db

FIELDS = ("study_funding", "author_conflicts")


def add_url(parent):
    return f"/admin/pages/add/research/researchsummarypage/{parent.pk}/"


@pytest.mark.parametrize("action", [SUBMIT_BUTTON, PUBLISH_BUTTON])
@pytest.mark.parametrize("empty", ["", "   "])
def test_submitting_or_publishing_without_them_is_refused_with_what_to_write(
    admin_client, tree, action, empty
):
    data = summary_form_data(study_funding=empty, author_conflicts=empty)
    data[action] = action
    response = admin_client.post(add_url(tree.category), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    for name in FIELDS:
        assert f"write “{NOT_STATED}”" in " ".join(errors[name]), name
    assert not ResearchSummaryPage.objects.exists()


def test_a_draft_may_leave_them_empty(admin_client, tree):
    data = summary_form_data(study_funding="", author_conflicts="")
    assert admin_client.post(add_url(tree.category), data).status_code == 302
    page = ResearchSummaryPage.objects.get()
    assert not page.live and page.study_funding == ""


def test_not_stated_in_the_paper_is_an_answer(admin_client, tree):
    data = summary_form_data(study_funding=NOT_STATED, author_conflicts=NOT_STATED)
    data[SUBMIT_BUTTON] = SUBMIT_BUTTON
    response = admin_client.post(add_url(tree.category), data)
    assert response.status_code == 302
    page = ResearchSummaryPage.objects.get()
    assert page.current_workflow_state is not None
    assert page.get_latest_revision_as_object().study_funding == NOT_STATED


def study_facts(client, page) -> dict:
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return {
        " ".join(div.dt.get_text().split()): " ".join(div.dd.get_text().split())
        for div in soup.select(".study-facts > div")
    }


def test_readers_see_them_under_the_study_facts(client, tree):
    page = ResearchSummaryPageFactory(
        parent=tree.category,
        study_funding="The National Institute of Something, grant 123.",
        author_conflicts=NOT_STATED,
    )
    facts = study_facts(client, page)
    assert facts["Who paid for the study"] == (
        "The National Institute of Something, grant 123. As the paper states it."
    )
    assert facts["The paper authors' conflicts of interest"] == (
        f"{NOT_STATED} As the paper states them."
    )


def test_summaries_from_before_the_fields_say_the_editors_have_not_recorded_them(client, tree):
    page = ResearchSummaryPageFactory(parent=tree.category)
    # As the migration leaves an existing summary: empty, not a made-up value.
    ResearchSummaryPage.objects.filter(pk=page.pk).update(study_funding="", author_conflicts="")
    facts = study_facts(client, page)
    # Said as the site's own remark, not as if the paper said it.
    assert facts["Who paid for the study"] == NOT_YET_RECORDED
    assert facts["The paper authors' conflicts of interest"] == NOT_YET_RECORDED


def test_the_demos_not_checked_value_is_not_presented_as_the_papers_words(client, tree):
    page = ResearchSummaryPageFactory(
        parent=tree.category, study_funding=NOT_CHECKED, author_conflicts=NOT_CHECKED
    )
    facts = study_facts(client, page)
    assert facts["Who paid for the study"] == NOT_CHECKED
    assert facts["The paper authors' conflicts of interest"] == NOT_CHECKED


@pytest.mark.parametrize("name", FIELDS)
def test_changing_them_after_the_sign_off_needs_a_new_sign_off(tree, name):
    page = ResearchSummaryPageFactory(parent=tree.category)
    assert name in reader_visible(page)
    setattr(page, name, "A drug company paid for the study.")
    assert decisions_for(page)[1] is None
    with pytest.raises(PublishRefused):
        page.save()
    revision = page.save_revision()
    with pytest.raises(PublishRefused):
        revision.publish()
    live = ResearchSummaryPage.objects.get(pk=page.pk)
    assert getattr(live, name) != "A drug company paid for the study."

    record_sign_off(revision, UserFactory())
    revision.publish()
    assert getattr(ResearchSummaryPage.objects.get(pk=page.pk), name) == (
        "A drug company paid for the study."
    )


def test_the_migration_records_the_writer_of_existing_sign_offs(tree):
    """review 0007 and research 0009 on a summary signed off before writers were kept:
    the writer is who saved the signed-off revision; the stamp is otherwise untouched."""
    writer = UserFactory(first_name="Wren", last_name="Writer")
    reviewer = UserFactory(first_name="Rev", last_name="Iewer")
    page = ResearchSummaryPageFactory(parent=tree.category, live=False)
    revision = page.save_revision(user=writer)
    record_sign_off(revision, reviewer)
    revision.publish()
    ReviewSignOff.objects.update(writer=None, writer_name="")
    ResearchSummaryPage.objects.update(written_by=None, written_by_name="")
    before = ResearchSummaryPage.objects.values("reviewed_by", "reviewed_by_name", "reviewed_at")
    before = list(before)

    review_migration = importlib.import_module("review.migrations.0007_sign_off_records_writer")
    research_migration = importlib.import_module(
        "research.migrations.0009_authorship_and_disclosure"
    )
    review_migration.record_writers(apps, None)
    research_migration.stamp_writers(apps, None)

    sign_off = ReviewSignOff.objects.get()
    assert (sign_off.writer, sign_off.writer_name) == (writer, "Wren Writer")
    page = ResearchSummaryPage.objects.get()
    assert (page.written_by, page.written_by_name) == (writer, "Wren Writer")
    after = ResearchSummaryPage.objects.values("reviewed_by", "reviewed_by_name", "reviewed_at")
    assert list(after) == before
