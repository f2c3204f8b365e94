"""A medical reviewer's approval publishes the term: the approval is recorded for the
latest revision, then the workflow step approves, and Wagtail's finish action publishes
that revision. Reviewers hold no publish permission on terms; the approval is the
authority, and the guard (`glossary.review_guard`) checks it on the save that makes the
term live."""

from review.publishing import publish_on_approval

from .approvals import record_approval
from .models import GlossaryTerm

publish_on_approval(GlossaryTerm)


def approve_term(task_state, term: GlossaryTerm, user, *, comment: str = ""):
    """Record `user`'s approval of the term's latest revision and approve the step (which
    publishes it when this is the last step). Call inside a transaction."""
    revision = term.get_latest_revision()
    approval = record_approval(revision, user)
    if task_state.revision_id != revision.pk:
        # Edited since it was submitted (reviewers may edit in the editor): the step
        # approves the version the reviewer saw and approved, so that Wagtail (which
        # asks for approval again after an edit) does not send it round again.
        task_state.revision = revision
        task_state.save(update_fields=["revision"])
    task_state.approve(user=user, comment=comment)
    return approval
