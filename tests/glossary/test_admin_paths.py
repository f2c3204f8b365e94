"""The glossary's review guarantee through Wagtail's admin, as people use it: every
button that could put a term's content in front of readers, for every role. A refusal
is a message and a saved draft, never an error page."""

import pytest

from django.urls import reverse

from wagtail.models import Revision, WorkflowState

from glossary.models import GlossaryApproval, GlossaryReviewTask, GlossaryTerm
from tests.glossary.conftest import ROLES
from tests.glossary.factories import approve, change_term, draft_term, live_term

pytestmark = pytest.mark.django_db

STIFF = "Muscles that feel stiff or tight and are hard to relax."
STIFF_AND_JERKY = "Muscles that feel stiff and may jerk on their own."


def url(name, *args):
    return reverse(f"wagtailsnippets_glossary_glossaryterm:{name}", args=args)


def form_data(term, **changes):
    data = {
        "term": term.term,
        "slug": term.slug,
        "kind": term.kind,
        "other_forms": term.other_forms,
        "expansion": term.expansion,
        "definition": term.definition,
        "plain_alternative": term.plain_alternative,
        "writer_guidance": term.writer_guidance,
        "see_also": [other.pk for other in term.see_also.all()],
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(changes)
    return data


def reloaded(term):
    return GlossaryTerm.objects.get(pk=term.pk)


def messages_of(response):
    return " ".join(str(message) for message in response.context["messages"])


@pytest.mark.parametrize("role", ROLES)
def test_the_publish_button_never_puts_unapproved_content_live(client, people, role):
    term = live_term(term="spasticity", definition=STIFF)
    client.force_login(people.by_role(role))
    data = form_data(term, definition=STIFF_AND_JERKY, **{"action-publish": "1"})
    response = client.post(url("edit", term.pk), data, follow=True)

    assert response.status_code < 500
    assert reloaded(term).definition == STIFF
    if role in ("editor", "superuser"):
        assert "was not published" in messages_of(response)
        assert "has not approved" in messages_of(response)
        # Nothing lost: the edit is kept as a draft.
        assert reloaded(term).get_latest_revision().content["definition"] == STIFF_AND_JERKY


@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_publishing_a_new_term_from_the_create_view_saves_a_draft_only(client, people, role):
    client.force_login(people.by_role(role))
    data = form_data(GlossaryTerm(term="clonus", definition=STIFF), **{"action-publish": "1"})
    response = client.post(url("add"), data, follow=True)

    assert response.status_code == 200
    assert "was not published" in messages_of(response)
    term = GlossaryTerm.objects.get(term="clonus")
    assert not term.live and term.get_latest_revision().content["definition"] == STIFF


def test_an_editor_may_publish_exactly_what_a_reviewer_approved(client, people):
    term = draft_term(term="spasticity", definition=STIFF)
    approve(term.latest_revision, people.reviewer)
    client.force_login(people.editor)
    response = client.post(
        url("edit", term.pk), form_data(term, **{"action-publish": "1"}), follow=True
    )
    assert response.status_code == 200
    assert reloaded(term).live


def test_the_publish_button_is_offered_only_for_approved_content(client, people):
    term = draft_term(term="spasticity", definition=STIFF)
    client.force_login(people.editor)
    assert 'name="action-publish"' not in client.get(url("edit", term.pk)).text
    approve(term.latest_revision, people.reviewer)
    assert 'name="action-publish"' in client.get(url("edit", term.pk)).text


@pytest.mark.parametrize("role", ["editor", "superuser"])
def test_reverting_to_content_a_later_approval_replaced_is_refused(client, people, role):
    term = live_term(term="spasticity", definition=STIFF)
    first = term.live_revision
    newer = change_term(term, definition=STIFF_AND_JERKY, user=people.writer)
    approve(newer, people.reviewer)
    newer.publish()

    client.force_login(people.by_role(role))
    data = form_data(first.as_object(), **{"action-publish": "1"})
    response = client.post(url("revisions_revert", term.pk, first.pk), data, follow=True)

    assert response.status_code == 200
    assert "approved a later version" in messages_of(response)
    assert reloaded(term).definition == STIFF_AND_JERKY


def test_submitting_then_approving_through_the_admin_publishes(client, people):
    term = draft_term(term="spasticity", definition="Stiff muscles.")
    client.force_login(people.writer)
    data = form_data(term, definition=STIFF, **{"action-submit": "1"})
    assert client.post(url("edit", term.pk), data).status_code == 302
    state = reloaded(term).current_workflow_task_state
    assert state is not None

    client.force_login(people.reviewer)
    assert "Approve and publish" in client.get(url("edit", term.pk)).text
    response = client.post(url("workflow_action", term.pk, "approve", state.pk), {})
    assert response.status_code in (200, 302)
    term = reloaded(term)
    assert term.live and term.definition == STIFF
    assert GlossaryApproval.objects.get(term=term).approved_by == people.reviewer


def test_a_reviewer_approving_their_own_edit_in_the_editor_is_told_why(client, people):
    term = draft_term(term="spasticity", definition=STIFF)
    change_term(term, definition=STIFF, user=people.writer)
    client.force_login(people.writer)
    client.post(url("edit", term.pk), form_data(reloaded(term), **{"action-submit": "1"}))

    client.force_login(people.reviewer)
    data = form_data(
        reloaded(term).get_latest_revision_as_object(),
        definition=STIFF_AND_JERKY,
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    response = client.post(url("edit", term.pk), data, follow=True)
    assert response.status_code == 200
    assert "cannot approve words they wrote" in messages_of(response)
    term = reloaded(term)
    assert not term.live and not GlossaryApproval.objects.exists()
    assert term.get_latest_revision().content["definition"] == STIFF_AND_JERKY  # kept


def test_approving_own_words_from_the_review_buttons_is_told_why(client, people, monkeypatch):
    term = draft_term(term="spasticity", definition=STIFF)
    client.force_login(people.writer)
    client.post(url("edit", term.pk), form_data(reloaded(term), **{"action-submit": "1"}))
    change_term(term, definition=STIFF_AND_JERKY, user=people.reviewer)
    # The button was drawn before the reviewer's edit; the step checks again.
    state = reloaded(term).current_workflow_task_state
    client.force_login(people.reviewer)
    monkeypatch.setattr(
        GlossaryReviewTask, "get_actions", lambda self, obj, user: [("approve", "Approve", False)]
    )
    response = client.post(url("workflow_action", term.pk, "approve", state.pk), {}, follow=True)
    assert response.status_code == 200
    assert "cannot approve words they wrote" in messages_of(response)
    assert not reloaded(term).live


def test_requesting_changes_in_the_admin_needs_a_comment(client, people):
    term = draft_term(term="spasticity", definition=STIFF)
    client.force_login(people.writer)
    client.post(url("edit", term.pk), form_data(reloaded(term), **{"action-submit": "1"}))
    state = reloaded(term).current_workflow_task_state

    client.force_login(people.reviewer)
    action = url("workflow_action", term.pk, "reject", state.pk)
    response = client.post(action, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    assert reloaded(term).current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    client.post(action, {"comment": "Say which muscles."})
    assert reloaded(term).current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not reloaded(term).live


def test_autosave_never_rewrites_an_approved_revision(client, people):
    term = draft_term(term="spasticity", definition=STIFF)
    approved = change_term(term, definition=STIFF, user=people.writer)
    approve(approved, people.reviewer)
    client.force_login(people.writer)
    data = form_data(
        reloaded(term),
        definition=STIFF_AND_JERKY,
        overwrite_revision_id=str(approved.pk),
        loaded_revision_id=str(approved.pk),
    )
    response = client.post(url("edit", term.pk), data, headers={"accept": "application/json"})

    assert response.status_code == 200
    assert response.json()["revision_id"] != approved.pk
    approved.refresh_from_db()
    assert approved.content["definition"] == STIFF
    assert Revision.objects.filter(object_id=str(term.pk)).count() == 3


def test_the_editor_and_the_history_say_who_approved_the_live_version(client, people):
    term = draft_term(term="spasticity", definition=STIFF)
    approve(term.latest_revision, people.reviewer)
    term.latest_revision.publish()
    client.force_login(people.editor)

    edit = client.get(url("edit", term.pk)).text
    assert "Readers see the version approved by Reviewer Okafor on" in edit
    history = client.get(url("history", term.pk)).text
    assert "Approved by Reviewer Okafor" in history

    change_term(term, definition=STIFF_AND_JERKY, user=people.writer)
    assert "The latest version is not approved yet" in client.get(url("edit", term.pk)).text


def test_unpublishing_and_deleting_need_no_approval(client, people):
    term = live_term(term="spasticity", definition=STIFF)
    client.force_login(people.editor)
    assert client.post(url("unpublish", term.pk)).status_code == 302
    assert not reloaded(term).live
    assert client.post(url("delete", term.pk)).status_code == 302
    assert not GlossaryTerm.objects.filter(pk=term.pk).exists()
    assert not GlossaryApproval.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_everyone_in_the_editorial_roles_finds_the_glossary(client, people, role):
    live_term(term="spasticity", definition=STIFF)
    client.force_login(people.by_role(role))
    listing = client.get(url("list"), {"kind": "medical", "live": "true"})
    assert listing.status_code == 200
    assert "spasticity" in listing.text
    assert "Glossary" in client.get("/admin/").text


@pytest.mark.parametrize("role", ROLES)
def test_the_choosers_create_address_refuses_without_an_error(client, people, role):
    """The "see also" chooser offers no create form for terms (a term starts in its
    editor, where its review starts); a hand-made post to that address is refused."""
    client.force_login(people.by_role(role))
    address = reverse("wagtailsnippetchoosers_glossary_glossaryterm:create")
    data = form_data(GlossaryTerm(term="clonus", definition=STIFF))

    assert client.post(address, data).status_code in (302, 403)
    assert client.get(address).status_code in (302, 403)
    assert not GlossaryTerm.objects.filter(term="clonus").exists()
