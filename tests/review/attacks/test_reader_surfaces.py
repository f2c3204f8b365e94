"""Attacks on the guarantee: after a medical sign-off, a change made by any role through
any path is refused, or does not reach an anonymous reader until a new review.

Every attack ends by reading the site as an anonymous reader would (the page with its
meta, Open Graph and JSON-LD, the category listing, search, feeds and the sitemap)."""

import datetime

import pytest

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from readability.names import (
    PUBLISH_BUTTON,
    SUBMIT_BUTTON,
    WORKFLOW_ACTION_BUTTON,
    WORKFLOW_ACTION_NAME,
)
from research.models import ResearchSummaryPage
from review.guard import MoveRefused, RevisionImmutable
from review.media import MediaChangeRefused
from review.names import APPROVE, REQUEST_CHANGES
from review.signoffs import record_sign_off
from review.verdict import PublishRefused
from tests.admin_forms import summary_form_data_from
from tests.conftest import PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory
from tests.review.attacks.test_reviewers import review_stamp
from tests.review.test_review_workflow import submit_new_summary, workflow_action

pytestmark = pytest.mark.django_db

MARKER = "Unreviewedword"


def anonymous_sees(page, marker=MARKER) -> list[str]:
    """Where an anonymous reader meets `marker`."""
    reader = Client()
    page = Page.objects.get(pk=page.pk).specific
    surfaces = {
        "page": page.url or "",
        "category": page.get_parent().url or "",
        "search": f"/search/?q={marker}",
        "feed": "/feed/",
        "atom": "/feed/atom.xml",
        "sitemap": "/sitemap-1.xml",  # a small site: every page is in the first part
    }
    seen = []
    for name, url in surfaces.items():
        if not url:
            continue
        html = reader.get(url, follow=True).content.decode()
        if name == "search":
            # The results page repeats the query; what matters is whether it finds the page.
            if f'href="{page.url}"' in html:
                seen.append(name)
        elif marker.lower() in html.lower():
            seen.append(name)
    return seen


@pytest.fixture
def live(editorial):
    page = ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        simple_explanation=PLAIN_TEXT,
        signed_off_by=editorial.reviewer,
        owner=editorial.writer,
    )
    assert anonymous_sees(page, page.title) and not anonymous_sees(page)
    return page


def publish_form(client, user, page, **changes):
    client.force_login(user)
    data = summary_form_data_from(page, **changes)
    data[PUBLISH_BUTTON] = PUBLISH_BUTTON
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


@pytest.mark.parametrize(
    "changes",
    [
        {"seo_title": f"{MARKER} title"},
        {"search_description": f"{MARKER} description"},
        {"slug": MARKER.lower()},
        {"topics": MARKER},
        {"title": f"{MARKER} title"},
    ],
    ids=["seo title", "search description", "slug", "topics", "title"],
)
@pytest.mark.parametrize("role", ["editor", "admin"])
def test_publishing_a_changed_field_from_the_editor_is_refused(
    client, editorial, live, changes, role
):
    user = editorial.editor
    if role == "admin":
        from tests.factories import UserFactory

        user = UserFactory(username="admin", is_superuser=True, is_staff=True)
    response = publish_form(client, user, live, **changes)
    if response.status_code == 302:  # refused after the draft was saved (related content)
        response = client.get(response["Location"])
    assert "medical reviewer has not approved" in response.content.decode()
    assert not anonymous_sees(live)


@pytest.mark.parametrize("field", ["go_live_at", "expire_at"])
def test_new_dates_need_a_new_review(client, editorial, live, field):
    when = (timezone.now() + datetime.timedelta(days=30)).strftime("%Y-%m-%d %H:%M")
    response = publish_form(client, editorial.editor, live, **{field: when})
    assert response.status_code == 200
    page = ResearchSummaryPage.objects.get(pk=live.pk)
    assert getattr(page, field) is None and page.live


def test_code_that_edits_a_live_page_is_refused(live):
    live.search_description = f"{MARKER} description"
    with pytest.raises(PublishRefused):
        live.save()
    base = Page.objects.get(pk=live.pk)  # the base class holds title, slug, SEO fields
    base.seo_title = f"{MARKER} title"
    with pytest.raises(PublishRefused):
        base.save()
    assert not anonymous_sees(live)


def test_code_cannot_rewrite_the_review_stamp(editorial, live):
    live.reviewed_by_name = "Prof. Made Up"
    live.save(update_fields=["reviewed_by_name"])
    live.reviewed_by_name = "Prof. Made Up"
    live.save()
    html = Client().get(live.url).content.decode()
    assert "Made Up" not in html
    assert review_stamp(html).startswith("Medically reviewed by Reviewer Okafor, MD, PhD, on")


def test_a_reviewed_revision_is_never_rewritten_in_place(editorial, live):
    revision = live.live_revision
    revision.content["simple_explanation"] = f"{MARKER} text."
    with pytest.raises(RevisionImmutable):
        revision.save()
    # Autosave asks to overwrite the latest revision; a reviewed one is kept and the
    # edit is saved beside it.
    page = live.get_latest_revision_as_object()
    page.simple_explanation = f"{MARKER} text."
    new = page.save_revision(user=revision.user, overwrite_revision=revision)
    assert new.pk != revision.pk
    revision.refresh_from_db()
    assert MARKER not in revision.content["simple_explanation"]
    with pytest.raises(PublishRefused):
        new.publish()
    assert not anonymous_sees(live)


def test_bulk_and_scheduled_publishing_skip_unreviewed_changes(client, editorial, live):
    page = live.get_latest_revision_as_object()
    page.simple_explanation = f"{MARKER} text."
    revision = page.save_revision(user=editorial.writer)
    client.force_login(editorial.editor)
    parent = editorial.tree.category.pk
    client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={live.pk}&childOf={parent}",
        {"include_descendants": ""},
    )
    assert not anonymous_sees(live)
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save(update_fields=["approved_go_live_at"])
    from django.core.management import call_command

    call_command("publish_scheduled")
    assert not anonymous_sees(live)


def test_older_signed_off_content_cannot_be_brought_back(editorial, live):
    old = live.live_revision
    page = live.get_latest_revision_as_object()
    page.simple_explanation = PLAIN_TEXT + " They also slept better."
    newer = page.save_revision(user=editorial.writer)
    record_sign_off(newer, editorial.second_reviewer)
    newer.publish()
    with pytest.raises(PublishRefused):
        old.publish()  # a revert to what an older review approved
    assert "slept better" in ResearchSummaryPage.objects.get(pk=live.pk).simple_explanation


def test_requesting_changes_ends_the_sign_off(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    record_sign_off(page.get_latest_revision(), editorial.reviewer)  # approved once...
    client.force_login(editorial.second_reviewer)
    workflow_action(client, page, REQUEST_CHANGES, comment="The dose is wrong.")  # ...then not
    with pytest.raises(PublishRefused):
        page.get_latest_revision().publish()


def test_a_reviewer_who_edits_while_approving_is_stopped(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    data = summary_form_data_from(page, simple_explanation=f"{PLAIN_TEXT} {MARKER}.")
    data[WORKFLOW_ACTION_BUTTON] = "true"
    data[WORKFLOW_ACTION_NAME] = APPROVE
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "cannot approve it" in response.content.decode()
    assert not ResearchSummaryPage.objects.get(pk=page.pk).live


def test_moving_a_live_summary_is_refused_on_every_path(client, editorial, live):
    client.force_login(editorial.editor)
    target = editorial.tree.subcategory
    response = client.post(f"/admin/pages/{live.pk}/move/{target.pk}/confirm/", follow=True)
    assert (
        response.status_code == 200 and "review covered the category" in response.content.decode()
    )
    with pytest.raises(MoveRefused):
        live.move(target, pos="last-child")
    assert ResearchSummaryPage.objects.get(pk=live.pk).get_parent().pk == live.get_parent().pk


def test_copies_and_aliases_of_summaries_are_refused_with_a_message(client, editorial, live):
    client.force_login(editorial.editor)
    form = {"new_title": "Copy", "new_slug": "copy", "new_parent_page": live.get_parent().pk}
    for extra in ({}, {"publish_copies": "on"}, {"alias": "on"}):
        response = client.post(f"/admin/pages/{live.pk}/copy/", {**form, **extra})
        assert response.status_code == 200 and "cannot be copied" in response.content.decode()
    category = editorial.tree.category
    response = client.post(
        f"/admin/pages/{category.pk}/copy/",
        {"new_title": "C2", "new_slug": "c2", "new_parent_page": category.get_parent().pk,
         "copy_subpages": "on", "publish_copies": "on"},
    )  # fmt: skip
    assert response.status_code == 200 and "cannot be copied" in response.content.decode()
    assert not ResearchSummaryPage.objects.exclude(pk=live.pk).exists()
    with pytest.raises((PublishRefused, ValidationError)):
        live.copy(to=live.get_parent(), update_attrs={"slug": "copy-2"}, keep_live=True)
    with pytest.raises(PermissionDenied):
        live.create_alias(parent=editorial.tree.subcategory)


def test_media_under_a_live_summary_cannot_be_swapped(client, editorial):
    image = get_image_model().objects.create(
        title="Stimulator", file=get_test_image_file(), uploaded_by_user=editorial.writer
    )
    embed = f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="A stimulator"/>'
    live = ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        research_summary=f"<p>The device.</p>{embed}",
        signed_off_by=editorial.reviewer,
    )
    original = image.file.name
    new_file = get_test_image_file(filename="other.png", colour="red").file.getvalue()
    for user in (editorial.writer, editorial.editor):
        client.force_login(user)
        for change in (
            {"file": SimpleUploadedFile("other.png", new_file, content_type="image/png")},
            {"description": "A different picture"},  # the default alt text
        ):
            response = client.post(f"/admin/images/{image.pk}/", {"title": "Stimulator", **change})
            assert response.status_code == 200
            assert "Live reviewed summaries show this image" in response.content.decode()
        image.refresh_from_db()
        assert image.file.name == original and not image.description
    # What readers never get from an image stays free to edit.
    response = client.post(f"/admin/images/{image.pk}/", {"title": "Stimulator", "tags": "device"})
    assert response.status_code == 302
    image.file = get_test_image_file(filename="swapped.png", colour="red")
    image.file_hash = ""
    with pytest.raises(MediaChangeRefused):
        image.save()
    with pytest.raises(MediaChangeRefused):
        get_image_model().objects.get(pk=image.pk).delete()
    assert live.live


def test_categories_are_published_by_editors_and_never_sent_to_review(client, editorial):
    category = editorial.tree.category
    client.force_login(editorial.writer)
    html = client.get(f"/admin/pages/{category.pk}/edit/").content.decode()
    assert f'name="{SUBMIT_BUTTON}"' not in html and f'name="{PUBLISH_BUTTON}"' not in html
    data = {"title": category.title, "slug": category.slug, "intro": "Typed by the writer."}
    response = client.post(f"/admin/pages/{category.pk}/edit/", {**data, SUBMIT_BUTTON: "1"})
    assert response.status_code == 200
    assert "Only research summaries go to medical review" in response.content.decode()
    assert response.context["form"]["intro"].value() == "Typed by the writer."
    client.force_login(editorial.editor)
    html = client.get(f"/admin/pages/{category.pk}/edit/").content.decode()
    assert f'name="{PUBLISH_BUTTON}"' in html and f'name="{SUBMIT_BUTTON}"' not in html
