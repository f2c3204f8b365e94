"""The "Glossary review" workflow: a medical reviewer's approval records the approval
and publishes; nobody approves their own words; changes are requested with a comment;
and scheduled publishing skips a term nobody approved while the others go live."""

import datetime
import io

import pytest

from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import ModelLogEntry, Revision, WorkflowState

from glossary.models import GlossaryApproval, GlossaryReviewTask, GlossaryTerm
from glossary.review_audit import APPROVAL_LOG_ACTION
from glossary.review_setup import WORKFLOW_NAME, ensure_glossary_roles
from review.names import PUBLISH_REFUSED_LOG_ACTION
from tests.glossary.factories import approve, change_term, draft_term, live_term

pytestmark = pytest.mark.django_db

STIFF = "Muscles that feel stiff or tight and are hard to relax."
STIFF_AND_JERKY = "Muscles that feel stiff and may jerk on their own."


def submit(term, user):
    term = GlossaryTerm.objects.get(pk=term.pk)
    return term.get_workflow().start(term, user)


def act(term, user, action, **data):
    term = GlossaryTerm.objects.get(pk=term.pk)
    task = term.current_workflow_task
    return task.on_action(term.current_workflow_task_state, user, action, **data)


def actions_for(term, user):
    term = GlossaryTerm.objects.get(pk=term.pk)
    return [name for name, _label, _modal in term.current_workflow_task.get_actions(term, user)]


def test_terms_go_through_the_glossary_review_workflow(people):
    workflow = GlossaryTerm.get_default_workflow()
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert isinstance(task, GlossaryReviewTask)
    assert people.reviewer.groups.filter(pk__in=task.groups.all()).exists()


def test_setting_up_the_roles_twice_changes_nothing(people):
    from wagtail.models import Workflow, WorkflowContentType

    ensure_glossary_roles()
    ensure_glossary_roles()
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert GlossaryReviewTask.objects.count() == 1
    assert WorkflowContentType.objects.count() == 1


def test_a_reviewer_approves_and_the_term_goes_live_with_the_approval_recorded(people):
    term = draft_term(term="spasticity", definition=STIFF)
    change_term(term, definition=STIFF, user=people.writer)
    submit(term, people.writer)
    act(term, people.reviewer, "approve", comment="Clear and correct.")

    term = GlossaryTerm.objects.get(pk=term.pk)
    assert term.live and term.definition == STIFF
    approval = GlossaryApproval.objects.get(term=term)
    assert approval.approved_by == people.reviewer
    assert approval.approved_by_name == "Reviewer Okafor"
    assert approval.fingerprint == term.reader_fingerprint()
    assert term.workflow_states.get().status == WorkflowState.STATUS_APPROVED
    entry = ModelLogEntry.objects.get(action=APPROVAL_LOG_ACTION, object_id=str(term.pk))
    assert entry.user == people.reviewer
    assert entry.data["reviewer"] == "Reviewer Okafor"


def test_a_reviewer_who_edited_the_term_cannot_approve_it(people):
    term = draft_term(term="spasticity", definition=STIFF)
    change_term(term, definition=STIFF, user=people.writer)
    submit(term, people.writer)
    change_term(term, definition=STIFF_AND_JERKY, user=people.reviewer)  # in the editor

    assert actions_for(term, people.reviewer) == ["reject"]
    with pytest.raises(PermissionDenied, match="cannot approve words they wrote"):
        act(term, people.reviewer, "approve")
    assert not GlossaryTerm.objects.get(pk=term.pk).live
    assert not GlossaryApproval.objects.exists()

    act(term, people.second_reviewer, "approve")  # another reviewer may
    assert GlossaryTerm.objects.get(pk=term.pk).definition == STIFF_AND_JERKY


def test_a_reviewers_old_words_brought_back_by_someone_else_are_still_theirs(people):
    term = draft_term(term="spasticity")
    change_term(term, definition=STIFF_AND_JERKY, user=people.reviewer)  # their words
    change_term(term, definition=STIFF, user=people.writer)
    submit(term, people.writer)
    act(term, people.second_reviewer, "approve")  # STIFF goes live
    change_term(term, definition=STIFF_AND_JERKY, user=people.writer)  # the revert
    submit(term, people.writer)

    with pytest.raises(PermissionDenied, match="cannot approve words they wrote"):
        act(term, people.reviewer, "approve")
    assert GlossaryTerm.objects.get(pk=term.pk).definition == STIFF


def test_resaving_without_changes_makes_nobody_an_author(people):
    term = draft_term(term="spasticity")
    change_term(term, definition=STIFF, user=people.writer)
    submit(term, people.writer)
    change_term(term, user=people.reviewer)  # opened and saved, nothing changed
    assert "approve" in actions_for(term, people.reviewer)


@pytest.mark.parametrize("role", ["writer", "editor", "superuser"])
def test_only_medical_reviewers_approve_terms(people, role):
    term = draft_term(term="spasticity")
    change_term(term, definition=STIFF, user=people.writer)
    submit(term, people.writer)
    user = people.by_role(role)

    assert "approve" not in actions_for(term, user)
    with pytest.raises(PermissionDenied):
        act(term, user, "approve")
    assert not GlossaryTerm.objects.get(pk=term.pk).live


def test_requesting_changes_needs_a_comment_and_sends_the_term_back(people):
    term = live_term(term="spasticity", definition=STIFF)
    change_term(term, definition=STIFF_AND_JERKY, user=people.writer)
    submit(term, people.writer)

    with pytest.raises(PermissionDenied, match="needs a comment"):
        act(term, people.reviewer, "reject", comment="")
    act(term, people.reviewer, "reject", comment="Say what makes muscles jerk.")

    term = GlossaryTerm.objects.get(pk=term.pk)
    assert term.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert term.definition == STIFF  # readers still see the approved version
    rejected = term.workflow_states.get().current_task_state
    assert rejected.comment == "Say what makes muscles jerk."


def test_a_superuser_who_is_not_a_reviewer_may_send_a_term_back(people):
    term = draft_term(term="spasticity")
    change_term(term, definition=STIFF, user=people.writer)
    submit(term, people.writer)
    act(term, people.superuser, "reject", comment="Not ready yet.")
    state = GlossaryTerm.objects.get(pk=term.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


@pytest.mark.parametrize(
    "data",
    [{"reason": "x" * 30}, {"comment": ["a list"]}, {"comment": "ok", "update": "no"}],
)
def test_malformed_action_data_is_refused(people, data):
    term = draft_term(term="spasticity")
    change_term(term, definition=STIFF, user=people.writer)
    submit(term, people.writer)
    with pytest.raises(PermissionDenied, match="not valid"):
        act(term, people.reviewer, "approve", **data)
    assert not GlossaryTerm.objects.get(pk=term.pk).live


# --- scheduled publishing -----------------------------------------------------------


def schedule(revision, minutes_ago=10):
    when = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=when)


def run_publish_scheduled():
    out, err = io.StringIO(), io.StringIO()
    call_command("publish_scheduled", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_scheduled_publishing_skips_an_unapproved_term_and_publishes_the_others(people):
    unapproved = draft_term(term="spasticity", definition=STIFF)
    schedule(unapproved.latest_revision, minutes_ago=20)  # due first
    approved = draft_term(term="spasm", definition="A muscle that tightens suddenly.")
    approve(approved.latest_revision, people.reviewer)
    schedule(approved.latest_revision, minutes_ago=10)
    edited = live_term(term="clonus", definition="Muscles that jerk again and again.")
    schedule(change_term(edited, definition="Muscles that twitch.", user=people.writer))

    out, err = run_publish_scheduled()

    assert GlossaryTerm.objects.get(pk=approved.pk).live
    assert not GlossaryTerm.objects.get(pk=unapproved.pk).live
    assert GlossaryTerm.objects.get(pk=edited.pk).definition.startswith("Muscles that jerk")
    assert "Published 1, refused by the publish gate 2" in out
    assert "spasticity" in err and "has not approved" in err
    # Not retried every run: the schedule is cancelled, and the history says why.
    assert not Revision.objects.filter(
        object_id=str(unapproved.pk), approved_go_live_at__isnull=False
    ).exists()
    refusal = ModelLogEntry.objects.get(
        action=PUBLISH_REFUSED_LOG_ACTION, object_id=str(unapproved.pk)
    )
    assert "has not approved" in refusal.data["reasons"][0]


def test_an_expired_term_is_taken_down_at_its_time():
    term = live_term(term="spasticity", definition=STIFF)
    GlossaryTerm.objects.filter(pk=term.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    run_publish_scheduled()
    term = GlossaryTerm.objects.get(pk=term.pk)
    assert not term.live and term.expired
