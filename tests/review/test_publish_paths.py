"""Every path that publishes a summary goes through the gate: failing text never goes
live, the page stays as it was, and the person who tried is told why."""

import datetime

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageLogEntry, Revision
from wagtail.test.utils.form_data import rich_text

from readability.names import PUBLISH_BUTTON, SUBMIT_BUTTON
from research.models import ResearchSummaryPage
from review.names import PUBLISH_REFUSED_LOG_ACTION
from review.signoffs import record_sign_off
from review.verdict import PublishRefused
from tests.admin_forms import summary_form_data_from
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory, publish_signed_off
from tests.research.test_page_tree import summary_form_data

pytestmark = pytest.mark.django_db


def live_summary(editorial, **kwargs):
    return ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        simple_explanation=PLAIN_TEXT,
        signed_off_by=editorial.reviewer,
        **kwargs,
    )


def draft_with(page, simple_explanation):
    page.simple_explanation = simple_explanation
    return page.save_revision()


# --- revision.publish() from code, and the model backstop ---------------------------


def test_code_publishing_failing_text_raises_and_keeps_the_live_version(editorial):
    page = live_summary(editorial)
    live_revision = page.live_revision_id
    revision = draft_with(page, HARD_TEXT)
    record_sign_off(revision, editorial.reviewer)  # reviewed, but still too hard

    with pytest.raises(PublishRefused, match="above the limit"):
        revision.publish()

    page = ResearchSummaryPage.objects.get(pk=page.pk)
    assert page.live and page.live_revision_id == live_revision
    assert page.simple_explanation == PLAIN_TEXT


def test_code_publishing_without_a_sign_off_is_refused(editorial):
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    revision = page.save_revision()
    with pytest.raises(PublishRefused, match="medical reviewer has not approved"):
        revision.publish()
    assert not ResearchSummaryPage.objects.get(pk=page.pk).live


def test_code_publishing_passing_signed_off_text_goes_live(editorial):
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    publish_signed_off(page, editorial.reviewer)
    page = ResearchSummaryPage.objects.get(pk=page.pk)
    assert page.live and page.reviewed_by == editorial.reviewer


def test_a_page_saved_live_without_any_revision_is_refused(editorial):
    page = ResearchSummaryPageFactory.build(title="Sneaky", slug="sneaky", live=True)
    with pytest.raises(PublishRefused):
        editorial.tree.category.add_child(instance=page)
    assert not ResearchSummaryPage.objects.filter(slug="sneaky").exists()


# --- the editor's Publish button and the create view ---------------------------------


def test_editor_publish_with_failing_text_shows_errors_on_the_field(client, editorial):
    page = live_summary(editorial)
    client.force_login(editorial.editor)
    data = summary_form_data(slug=page.slug, simple_explanation=HARD_TEXT)
    data[PUBLISH_BUTTON] = PUBLISH_BUTTON
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 200
    form = response.context["form"]
    assert "above the limit" in " ".join(form.errors["simple_explanation"])
    assert form["simple_explanation"].value() == HARD_TEXT
    page = ResearchSummaryPage.objects.get(pk=page.pk)
    assert page.simple_explanation == PLAIN_TEXT


def test_editor_publish_of_unreviewed_changes_is_refused(client, editorial):
    page = live_summary(editorial)
    client.force_login(editorial.editor)
    data = summary_form_data(slug=page.slug, simple_explanation=PLAIN_TEXT + " It was safe.")
    data[PUBLISH_BUTTON] = PUBLISH_BUTTON
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "medical reviewer has not approved" in str(response.context["form"].non_field_errors())
    assert ResearchSummaryPage.objects.get(pk=page.pk).simple_explanation == PLAIN_TEXT


def test_editor_publish_of_reviewed_content_goes_live(client, editorial):
    """An editor may put back exactly what a reviewer signed off (here after taking it
    down) without another review; the form round trip changes nothing reviewed."""
    page = live_summary(editorial)
    page.unpublish()
    client.force_login(editorial.editor)
    edit_url = f"/admin/pages/{page.pk}/edit/"
    data = summary_form_data_from(page)
    data[PUBLISH_BUTTON] = PUBLISH_BUTTON
    response = client.post(edit_url, data)

    assert response.status_code == 302, response.context["form"].errors
    page = ResearchSummaryPage.objects.get(pk=page.pk)
    assert page.live and page.reviewed_by == editorial.reviewer


def test_publishing_from_the_create_view_is_refused_until_reviewed(client, editorial):
    client.force_login(editorial.editor)
    data = summary_form_data(simple_explanation=PLAIN_TEXT)
    data[PUBLISH_BUTTON] = PUBLISH_BUTTON
    response = client.post(
        f"/admin/pages/add/research/researchsummarypage/{editorial.tree.category.pk}/", data
    )
    assert response.status_code == 200
    assert "Submit it for review" in str(response.context["form"].non_field_errors())
    assert response.context["form"]["simple_explanation"].value() == PLAIN_TEXT
    assert not ResearchSummaryPage.objects.exists()


def test_the_editor_does_not_offer_publish_for_unreviewed_summaries(client, editorial):
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    client.force_login(editorial.editor)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f'name="{PUBLISH_BUTTON}"' not in html
    assert f'name="{SUBMIT_BUTTON}"' in html


# --- writers never publish -----------------------------------------------------------


def test_writers_cannot_publish_by_the_editor(client, editorial):
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    client.force_login(editorial.writer)
    data = summary_form_data(slug=page.slug, simple_explanation=PLAIN_TEXT)
    data[PUBLISH_BUTTON] = PUBLISH_BUTTON
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert not ResearchSummaryPage.objects.get(pk=page.pk).live


def test_writers_cannot_bulk_publish(client, editorial):
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    record_sign_off(page.save_revision(), editorial.reviewer)
    client.force_login(editorial.writer)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}&childOf={page.get_parent().pk}"
    response = client.post(url, {"include_descendants": ""})
    assert response.status_code in (200, 302, 403)
    assert not ResearchSummaryPage.objects.get(pk=page.pk).live


# --- bulk publish ---------------------------------------------------------------------


def test_bulk_publish_skips_failing_pages_names_them_and_publishes_the_rest(client, editorial):
    good = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False, title="Good")
    record_sign_off(good.save_revision(), editorial.reviewer)
    bad = ResearchSummaryPageFactory(
        parent=editorial.tree.category, live=False, title="Bad", simple_explanation=HARD_TEXT
    )
    record_sign_off(bad.save_revision(), editorial.reviewer)

    client.force_login(editorial.editor)
    parent = editorial.tree.category.pk
    response = client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={good.pk}&id={bad.pk}&childOf={parent}"
        f"&next=/admin/pages/{parent}/",
        {"include_descendants": ""},
        follow=True,
    )
    assert response.status_code == 200
    assert ResearchSummaryPage.objects.get(pk=good.pk).live
    assert not ResearchSummaryPage.objects.get(pk=bad.pk).live
    shown = " ".join(str(m) for m in response.context["messages"])
    assert "“Bad” was not published" in shown and "above the limit" in shown


# --- scheduled publishing --------------------------------------------------------------


def schedule(page, simple_explanation, reviewer):
    page.simple_explanation = simple_explanation
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=5)
    revision = page.save_revision()
    record_sign_off(revision, reviewer)
    revision.approved_go_live_at = page.go_live_at
    revision.save()
    return revision


def test_scheduled_publishing_skips_the_failing_page_and_publishes_the_others(editorial):
    pages = [
        ResearchSummaryPageFactory(parent=editorial.tree.category, live=False, title=title)
        for title in ("First", "Too hard", "Third")
    ]
    pages[1].owner = editorial.writer
    pages[1].save()
    for page, text in zip(pages, (PLAIN_TEXT, HARD_TEXT, PLAIN_TEXT), strict=True):
        schedule(page, text, editorial.reviewer)
    mail.outbox.clear()

    call_command("publish_scheduled")

    live = {p.title for p in ResearchSummaryPage.objects.live()}
    assert live == {"First", "Third"}
    refused = PageLogEntry.objects.get(action=PUBLISH_REFUSED_LOG_ACTION)
    assert refused.page_id == pages[1].pk
    assert [m.to for m in mail.outbox] == [[editorial.writer.email]]
    assert "was not published at its scheduled time" in mail.outbox[0].body
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()

    call_command("publish_scheduled")  # nothing left to do, and nobody mailed twice
    assert len(mail.outbox) == 1


# --- content accessibility -----------------------------------------------------------


@pytest.mark.parametrize(
    ("research_summary", "expected"),
    [
        (
            '<p>Read the trial report <a href="https://example.org/report">click here</a>.</p>',
            "The link text “click here” does not say where it goes",
        ),
        (
            '<p>The device.</p><embed embedtype="image" id="1" format="fullwidth" alt=""/>',
            "An image has no alt text",
        ),
        ("<h4>Results</h4><p>Walking got better.</p>", "jumps from heading level 2 to 4"),
    ],
)
def test_content_that_shuts_readers_out_is_refused_on_the_field(
    client, editorial, research_summary, expected
):
    page = live_summary(editorial)
    client.force_login(editorial.editor)
    data = summary_form_data_from(page, research_summary=rich_text(research_summary))
    data[PUBLISH_BUTTON] = PUBLISH_BUTTON
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert expected in " ".join(response.context["form"].errors["research_summary"])


def test_the_automatic_check_sends_back_inaccessible_content(client, editorial):
    client.force_login(editorial.writer)
    data = summary_form_data(
        simple_explanation=PLAIN_TEXT,
        research_summary=rich_text('<p>More: <a href="https://example.org">here</a>.</p>'),
    )
    data[SUBMIT_BUTTON] = SUBMIT_BUTTON
    client.post(
        f"/admin/pages/add/research/researchsummarypage/{editorial.tree.category.pk}/", data
    )
    page = ResearchSummaryPage.objects.get(slug="walking-training")
    task_state = page.current_workflow_state.current_task_state
    assert task_state.status == "rejected"
    assert "does not say where it goes" in task_state.comment
