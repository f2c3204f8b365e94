"""Who wrote the content a reviewer is asked to approve.

Nobody approves their own words. The words under review are those that changed since
the last sign-off (or since the page began, if it has none; a sign-off revoked since
still marks words another reviewer read): the author of
every revision that changed something a reader sees in that span wrote part of them,
and so did whoever submitted them. Re-saving without changing anything a reader sees
(an autosave, a submit) makes nobody an author.
"""

from wagtail.models import Revision

from .fingerprint import fingerprint
from .models.decisions import ReviewSignOff


def authors_under_review(page, submitted_by_id: int | None = None) -> set[int]:
    authors = {submitted_by_id} if submitted_by_id else set()
    revisions = Revision.objects.filter(
        base_content_type_id=page.get_base_content_type().pk, object_id=str(page.pk)
    ).order_by("created_at", "pk")
    sign_off = ReviewSignOff.objects.filter(object_id=str(page.pk)).first()
    previous_fingerprint = None
    if sign_off is not None:
        signed = sign_off.revision
        revisions = revisions.filter(created_at__gt=signed.created_at).exclude(pk=signed.pk)
        previous_fingerprint = sign_off.fingerprint
    for revision in revisions:
        current = fingerprint(revision.as_object())
        if current != previous_fingerprint and revision.user_id is not None:
            authors.add(revision.user_id)
        previous_fingerprint = current
    return authors


def wrote(user, page, task_state) -> bool:
    """Whether `user` wrote any of the words `task_state` asks them to approve."""
    if user.pk is None:
        return False
    submitted_by = task_state.workflow_state.requested_by_id
    return user.pk in authors_under_review(page, submitted_by)
