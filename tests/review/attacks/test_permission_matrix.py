"""Who may do what to a research summary, written as the table it is. Every cell is
checked against the running site (permission testers, workflow actions, admin views).

The summary is in medical review, written and submitted by the writer. "publish" means
Wagtail lets the person press Publish; whatever they press, the guard still refuses
content without a medical sign-off in force (see test_reader_surfaces.py)."""

import pytest

from django.contrib.auth.models import AnonymousUser

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.permissions import policy_registry

from readability.names import SETTINGS_PERMISSION
from review.names import APPROVE, APPROVE_WITH_OVERRIDE, OVERRIDE_PERMISSION
from tests.admin_forms import summary_form_data_from
from tests.conftest import PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.review.test_review_workflow import submit_new_summary

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "writer", "reviewer", "editor", "admin")
Y, N = True, False

# fmt: off
POLICY = {
    #                     anonymous writer reviewer editor admin
    "view draft":         (N,       Y,     Y,       Y,     Y),
    "preview":            (N,       Y,     Y,       Y,     Y),
    "edit":               (N,       Y,     Y,       Y,     Y),
    "submit":             (N,       Y,     N,       Y,     Y),
    "approve":            (N,       N,     Y,       N,     N),
    "approve own text":   (N,       N,     N,       N,     N),
    "override":           (N,       N,     Y,       N,     N),
    "publish":            (N,       N,     N,       Y,     Y),
    "unpublish":          (N,       N,     N,       Y,     Y),
    "move":               (N,       Y,     N,       Y,     Y),
    "delete":             (N,       Y,     N,       Y,     Y),
    "copy":               (N,       N,     N,       N,     N),
    "edit media":         (N,       Y,     N,       Y,     Y),
    "edit settings":      (N,       N,     N,       Y,     Y),
}
# fmt: on
# "submit" is asked of a fresh draft (a page already in review cannot be submitted
# again). "preview" is the editor's live preview, or for reviewers the preview of the
# version under review that Wagtail gives their step. Writers may move and delete their
# own drafts, which no reader has seen; a live summary they may not touch (see the test
# below).
# Only medical reviewers approve and override: an admin who is not one may send a
# summary back, never sign it off.
# Nobody copies a summary: a copy would be a second page for the same paper (its DOI
# is unique) with nobody's review; the copy form says so.
# "edit" for the reviewer is Wagtail's access to the editor for a page in their review
# step; anything they change makes them an author, who may not approve it. "edit
# media" for the writer is their own uploads only (Wagtail's owner rule); media shown
# by live reviewed pages are refused for everyone (test_reader_surfaces.py).


@pytest.fixture
def world(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.logout()
    admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    image = get_image_model().objects.create(
        title="Writer's photo", file=get_test_image_file(), uploaded_by_user=editorial.writer
    )
    users = {
        "anonymous": AnonymousUser(),
        "writer": editorial.writer,
        "reviewer": editorial.reviewer,
        "editor": editorial.editor,
        "admin": admin,
    }
    return page, image, users


def http_ok(client, user, url) -> bool:
    client.logout()
    if user.is_authenticated:
        client.force_login(user)
    response = client.get(url)
    return response.status_code == 200


def previews(client, user, page) -> bool:
    """The editor's live preview of typed content, or the review step's preview."""
    client.logout()
    if user.is_authenticated:
        client.force_login(user)
    url = f"/admin/pages/{page.pk}/edit/preview/"
    client.post(url, summary_form_data_from(page))
    shown = client.get(url + "?mode=")
    if shown.status_code == 200 and page.title in shown.content.decode():
        return True
    task = page.current_workflow_task
    shown = client.get(f"/admin/pages/workflow/preview/{page.pk}/{task.pk}/")
    return shown.status_code == 200 and page.title in shown.content.decode()


def workflow_actions(page, user) -> list[str]:
    if not user.is_authenticated:
        return []
    task = page.current_workflow_task.specific
    return [name for name, *_ in task.get_actions(page, user)]


drafts = {}


def can(action, page, image, user, client, own_page) -> bool:
    tester = page.permissions_for_user(user)
    if action == "view draft":
        return http_ok(client, user, f"/admin/pages/{page.pk}/view_draft/")
    if action == "preview":
        return previews(client, user, page)
    if action == "edit":
        return http_ok(client, user, f"/admin/pages/{page.pk}/edit/")
    if action == "submit":
        if "draft" not in drafts:
            drafts["draft"] = ResearchSummaryPageFactory(parent=page.get_parent(), live=False)
        on_draft = drafts["draft"].permissions_for_user(user)
        return on_draft.can_edit() and on_draft.can_submit_for_moderation()
    if action == "approve":
        return APPROVE in workflow_actions(page, user)
    if action == "approve own text":
        return user.is_authenticated and APPROVE in workflow_actions(own_page(user), user)
    if action == "override":
        return user.has_perm(OVERRIDE_PERMISSION) and APPROVE_WITH_OVERRIDE in workflow_actions(
            page, user
        )
    if action == "publish":
        return tester.can_publish()
    if action == "unpublish":
        return tester.can_unpublish() or (
            user.is_authenticated and page.permissions_for_user(user).can_publish()
        )
    if action == "move":
        return tester.can_move()
    if action == "delete":
        return tester.can_delete()
    if action == "copy":
        client.logout()
        if user.is_authenticated:
            client.force_login(user)
        before = Page.objects.count()
        client.post(
            f"/admin/pages/{page.pk}/copy/",
            {
                "new_title": "Copy",
                "new_slug": f"copy-{user.pk}",
                "new_parent_page": page.get_parent().pk,
            },
        )
        return Page.objects.count() > before
    if action == "edit media":
        policy = policy_registry.get_by_type(get_image_model())
        return policy.user_has_permission_for_instance(user, "change", image)
    if action == "edit settings":
        return user.has_perm(SETTINGS_PERMISSION)
    raise AssertionError(action)


def test_the_permission_table_is_what_the_site_enforces(client, editorial, world):
    page, image, users = world
    drafts.clear()
    own_pages = {}

    def own_page(user):
        """A summary in review whose latest words this user wrote."""
        if user.username not in own_pages:
            own = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
            own.simple_explanation = PLAIN_TEXT + " Mine."
            own.save_revision(user=user)
            editorial.workflow.start(own, editorial.writer)
            own_pages[user.username] = type(own).objects.get(pk=own.pk)
        return own_pages[user.username]

    found = {
        action: tuple(can(action, page, image, users[role], client, own_page) for role in ROLES)
        for action in POLICY
    }
    mismatches = {
        action: {role: found[action][i] for i, role in enumerate(ROLES)}
        for action in POLICY
        if found[action] != POLICY[action]
    }
    if mismatches:
        pytest.fail(
            "The site differs from the table:\n"
            + "\n".join(f"  {action}: {cells}" for action, cells in mismatches.items())
        )


def test_on_a_live_summary_only_editors_and_admins_may_take_it_down_or_move_it(editorial):
    from tests.factories import ResearchSummaryPageFactory as Factory

    live = Factory(parent=editorial.tree.category, owner=editorial.writer)
    for user in (editorial.writer, editorial.reviewer):
        tester = live.permissions_for_user(user)
        assert not (tester.can_unpublish() or tester.can_move() or tester.can_delete()), user
    tester = live.permissions_for_user(editorial.editor)
    assert tester.can_unpublish() and tester.can_move() and tester.can_delete()
