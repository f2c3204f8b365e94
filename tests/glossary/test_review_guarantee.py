"""A definition readers see is one a medical reviewer approved: every path from code
that could make a term's content live, for every role. (The admin's paths are in
test_admin_paths.py, the workflow in test_review_workflow.py.)"""

import pytest

from django.core.exceptions import PermissionDenied
from django.db import transaction

from glossary.models import GlossaryApproval, GlossaryTerm
from glossary.review_guard import NOT_APPROVED, SUPERSEDED, TermPublishRefused
from review.guard import RevisionImmutable
from tests.glossary.conftest import ROLES
from tests.glossary.factories import approve, change_term, draft_term, live_term

pytestmark = pytest.mark.django_db

STIFF = "Muscles that feel stiff or tight and are hard to relax."
STIFF_AND_JERKY = "Muscles that feel stiff and may jerk on their own."


def reloaded(term) -> GlossaryTerm:
    return GlossaryTerm.objects.get(pk=term.pk)


# --- revision.publish() from code ---------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_publishing_content_nobody_approved_is_refused_for_every_role(people, role):
    term = draft_term(term="spasticity", definition=STIFF)
    with pytest.raises(TermPublishRefused, match="has not approved"):
        term.latest_revision.publish(user=people.by_role(role), skip_permission_checks=True)
    assert not reloaded(term).live


@pytest.mark.parametrize("role", ROLES)
def test_an_edit_after_the_approval_is_not_published(people, role):
    term = draft_term(term="spasticity", definition=STIFF)
    approve(term.latest_revision, people.reviewer)
    edited = change_term(term, definition=STIFF_AND_JERKY, user=people.writer)

    with pytest.raises(TermPublishRefused, match="has not approved"):
        edited.publish(user=people.by_role(role), skip_permission_checks=True)
    assert not reloaded(term).live


def test_a_live_term_keeps_its_approved_definition_when_an_unapproved_edit_is_published(
    people,
):
    term = live_term(term="spasticity", definition=STIFF)
    edited = change_term(term, definition=STIFF_AND_JERKY, user=people.editor)
    with pytest.raises(TermPublishRefused):
        edited.publish(user=people.superuser)
    term = reloaded(term)
    assert term.live and term.definition == STIFF
    assert term.live_revision_id != edited.pk


def test_approved_content_goes_live(people):
    term = draft_term(term="spasticity", definition=STIFF)
    approve(term.latest_revision, people.reviewer)
    term.latest_revision.publish(user=people.editor)
    term = reloaded(term)
    assert term.live and term.definition == STIFF


def test_an_approval_is_of_the_content_not_of_the_revision_row(people):
    """Even if the approved revision's content is changed behind the guard's back
    (QuerySet.update skips it), what it now holds was not approved."""
    term = draft_term(term="spasticity", definition=STIFF)
    revision = term.latest_revision
    approve(revision, people.reviewer)
    content = {**revision.content, "definition": STIFF_AND_JERKY}
    type(revision).objects.filter(pk=revision.pk).update(content=content)
    revision.refresh_from_db()
    with pytest.raises(TermPublishRefused):
        revision.publish()
    assert not reloaded(term).live


def test_content_a_later_approval_replaced_cannot_come_back_without_a_new_review(people):
    term = live_term(term="spasticity", definition=STIFF)
    first = term.live_revision
    newer = change_term(term, definition=STIFF_AND_JERKY, user=people.writer)
    approve(newer, people.reviewer)
    newer.publish()

    with pytest.raises(TermPublishRefused) as refused:
        first.publish(user=people.editor)  # what a revert publishes
    assert refused.value.reason == SUPERSEDED
    assert reloaded(term).definition == STIFF_AND_JERKY

    approve(first, people.second_reviewer)  # reviewed again: it may come back
    first.publish(user=people.editor)
    assert reloaded(term).definition == STIFF


# --- saving the row directly --------------------------------------------------------


@pytest.mark.parametrize(
    "field, value",
    [
        ("term", "spastic muscles"),
        ("slug", "elsewhere"),
        ("kind", "research"),
        ("other_forms", "spastic\nstiffness"),
        ("expansion", "Something Else"),
        ("definition", STIFF_AND_JERKY),
        ("plain_alternative", "tight muscles"),
        ("writer_guidance", "avoid"),
    ],
)
def test_saving_new_content_into_a_live_term_is_refused_field_by_field(field, value):
    term = live_term(term="spasticity", definition=STIFF)
    before = getattr(term, field)
    setattr(term, field, value)
    with pytest.raises(TermPublishRefused, match="has not approved"):
        term.save()
    assert getattr(reloaded(term), field) == before


def test_saving_a_live_term_unchanged_or_its_bookkeeping_passes(people):
    term = live_term(term="spasticity", definition=STIFF)
    term.save()  # nothing new for readers
    term.locked, term.locked_by = True, people.editor
    term.save(update_fields=["locked", "locked_by", "locked_at"])
    assert reloaded(term).locked


def test_a_term_created_live_from_code_is_refused():
    with pytest.raises(TermPublishRefused) as refused:
        GlossaryTerm.objects.create(term="spasticity", definition=STIFF)  # live by default
    assert refused.value.reason == NOT_APPROVED
    assert not GlossaryTerm.objects.filter(term="spasticity").exists()


def test_making_a_draft_row_live_by_one_field_judges_the_row_as_written(people):
    """save(update_fields=["live"]) writes only `live`: the content in the row is what
    goes live, whatever the object in memory holds."""
    term = draft_term(term="spasticity", definition=STIFF_AND_JERKY)  # row: unapproved
    approved = change_term(term, definition=STIFF)
    approve(approved, people.reviewer)
    in_memory = approved.as_object()
    in_memory.live = True
    with pytest.raises(TermPublishRefused):
        in_memory.save(update_fields=["live"])
    assert not reloaded(term).live


def test_unpublishing_needs_no_approval():
    term = live_term(term="spasticity", definition=STIFF)
    term.unpublish()
    assert not reloaded(term).live


def test_deleting_a_term_takes_its_approvals_with_it():
    term = live_term(term="spasticity", definition=STIFF)
    assert GlossaryApproval.objects.filter(term_id=term.pk).exists()
    pk = term.pk
    term.delete()
    assert not GlossaryApproval.objects.filter(term_id=pk).exists()


# --- "see also" links (a many-to-many written beside the row) ------------------------


def test_adding_a_link_to_a_live_term_and_saving_it_is_refused():
    term, other = live_term(term="spasticity"), live_term(term="spasm")
    term.see_also.add(other)
    with pytest.raises(TermPublishRefused):
        term.save()
    assert list(reloaded(term).see_also.all()) == []


def test_committing_only_the_links_of_a_live_term_is_refused():
    """save(update_fields=["see_also"]) writes no field, so no pre_save is sent: the
    links' own check refuses it."""
    term, other = live_term(term="spasticity"), live_term(term="spasm")
    term.see_also = [other]
    with pytest.raises(TermPublishRefused), transaction.atomic():
        term.save(update_fields=["see_also"])
    assert list(reloaded(term).see_also.all()) == []


@pytest.mark.parametrize("change", ["add", "remove", "clear", "set"])
def test_changing_a_live_terms_links_from_the_other_side_is_refused(change):
    """The reverse manager writes at once, with no save of the live term."""
    other, third = live_term(term="spasm"), live_term(term="clonus")
    term = live_term(term="spasticity", see_also=[other] if change != "add" else [])
    reverse = other.glossaryterm_set
    with pytest.raises(TermPublishRefused), transaction.atomic():
        if change == "add":
            reverse.add(term)
        elif change == "remove":
            reverse.remove(term)
        elif change == "clear":
            reverse.clear()
        else:
            reverse.set([third])
    expected = [] if change == "add" else [other]
    assert list(reloaded(term).see_also.all()) == expected


def test_links_to_a_draft_term_change_freely_from_the_other_side():
    other = live_term(term="spasm")
    draft = draft_term(term="spasticity")
    other.glossaryterm_set.add(draft)
    assert list(GlossaryTerm.objects.get(pk=draft.pk).see_also.all()) == [other]


def test_approved_links_go_live_with_the_approved_content(people):
    first, second = live_term(term="spasm"), live_term(term="clonus")
    term = live_term(term="spasticity", see_also=[first])
    revision = change_term(term, see_also=[second], user=people.writer)
    approve(revision, people.reviewer)
    revision.publish()
    assert list(reloaded(term).see_also.all()) == [second]


def test_an_approved_term_with_unapproved_links_is_refused(people):
    other = live_term(term="spasm")
    term = draft_term(term="spasticity")
    approve(term.latest_revision, people.reviewer)
    linked = change_term(term, see_also=[other], user=people.writer)
    with pytest.raises(TermPublishRefused):
        linked.publish()
    assert not reloaded(term).live


# --- approved revisions are kept as they were --------------------------------------


def test_an_approved_revision_is_not_overwritten_in_place(people):
    term = draft_term(term="spasticity", definition=STIFF)
    revision = term.latest_revision
    approve(revision, people.reviewer)
    draft = revision.as_object()
    draft.definition = STIFF_AND_JERKY
    with pytest.raises(RevisionImmutable):
        draft.save_revision(overwrite_revision=revision)
    revision.refresh_from_db()
    assert revision.content["definition"] == STIFF


def test_a_live_revision_is_not_rewritten_from_code():
    term = live_term(term="spasticity", definition=STIFF)
    revision = term.live_revision
    revision.content = {**revision.content, "definition": STIFF_AND_JERKY}
    with pytest.raises(PermissionDenied):
        revision.save()


def test_a_draft_revision_nobody_reviewed_may_be_overwritten(people):
    term = draft_term(term="spasticity", definition=STIFF)
    draft = term.get_latest_revision_as_object()
    draft.definition = STIFF_AND_JERKY
    revision = draft.save_revision(overwrite_revision=term.latest_revision)
    assert revision.pk == term.latest_revision.pk
    revision.refresh_from_db()
    assert revision.content["definition"] == STIFF_AND_JERKY
