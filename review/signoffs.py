"""Recording reviewers' decisions, finding the one in force, and ending them.

The lifetime of a sign-off (and of an override, which lives beside it):

- it covers the reader-visible content it was given on (`review.fingerprint`), on
  that page only, and nothing else;
- it stays in force until revoked, and it is revoked when
  - a reviewer requests changes on the page: every decision on that page ends, since
    the reviewer has just said the content is not ready;
  - a later sign-off is given on the same page: only the newest review counts, so
    content that an older review approved cannot be brought back (by a revert, a
    schedule or code) without a new review;
- a revoked decision is kept, with who revoked it, when and why, for the audit trail.
The content that is live when its sign-off is replaced stays live: the replacing
sign-off is the one that will be published next.
"""

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import TaskState

from people.models import Person

from .fingerprint import fingerprint
from .models.decisions import PlainLanguageOverride, ReviewSignOff
from .names import OVERRIDE_LOG_ACTION, REVOKED_LOG_ACTION, SIGN_OFF_LOG_ACTION

SUPERSEDED = "a later sign-off replaced it"
CHANGES_REQUESTED = "a reviewer requested changes"


def decisions_for(page):
    """(override, sign-off) in force for `page`'s content exactly as it stands."""
    if page.pk is None:
        return None, None
    content = fingerprint(page)
    return (
        PlainLanguageOverride.objects.in_force().for_page(page).filter(fingerprint=content).first(),
        ReviewSignOff.objects.in_force().for_page(page).filter(fingerprint=content).first(),
    )


@transaction.atomic
def record_sign_off(revision, user, *, writer=None, reader_note: str = ""):
    """A medical reviewer approved the content of `revision`: older decisions on the page
    end, and this one is written to the page's history, with who wrote the content
    (`writer`, else `writer_of(revision)`) and `reader_note`, the reviewer's one line for
    readers on what changed."""
    page = revision.as_object()
    approved = fingerprint(page)
    revoke(page, user, because=SUPERSEDED, keep_fingerprint=approved)
    writer = writer if writer is not None else writer_of(revision, page)
    sign_off = ReviewSignOff.objects.create(
        revision=revision,
        object_id=str(page.pk),
        fingerprint=approved,
        user=user,
        reviewer_name=display_name(user),
        writer=writer,
        writer_name=display_name(writer),
        reader_note=reader_note,
    )
    log(
        instance=page,
        action=SIGN_OFF_LOG_ACTION,
        user=user,
        revision=revision,
        data={"reader_note": reader_note} if reader_note else None,
    )
    return sign_off


def writer_of(revision, page=None):
    """Who wrote the content of `revision`, for the byline: whoever submitted it for
    review (they answer for the words they sent), else whoever saved the revision, else
    the page's owner. Never the automatic check, which only acts on a submission."""
    task_state = (
        TaskState.objects.filter(revision=revision, workflow_state__requested_by__isnull=False)
        .select_related("workflow_state__requested_by")
        .order_by("-started_at", "-pk")
        .first()
    )
    if task_state is not None:
        return task_state.workflow_state.requested_by
    if revision.user_id is not None:
        return revision.user
    page = page if page is not None else revision.as_object()
    return page.owner


def display_name(user) -> str:
    """The name readers see: the person's profile name, else the account's name."""
    if user is None:
        return ""
    person = Person.objects.for_user(user)
    if person is not None:
        return person.display_name
    return user.get_full_name() or user.get_username()


def record_override(revision, user, reason: str, failed_checks: list[dict]):
    """Let this content go live although its plain-language check fails, with the reason
    kept on the record and written to the page's audit log."""
    page = revision.as_object()
    override = PlainLanguageOverride.objects.create(
        revision=revision,
        object_id=str(page.pk),
        fingerprint=fingerprint(page),
        user=user,
        reason=reason,
        failed_checks=failed_checks,
    )
    log(
        instance=page,
        action=OVERRIDE_LOG_ACTION,
        user=user,
        revision=revision,
        data={"reason": reason, "failed_checks": failed_checks},
    )
    return override


def revoke(page, user, *, because: str, keep_fingerprint: str | None = None) -> int:
    """End the decisions in force on `page` (all of them, or all but those for
    `keep_fingerprint`, so that an override given with this approval survives it)."""
    now = timezone.now()
    revoked = 0
    for model in (ReviewSignOff, PlainLanguageOverride):
        decisions = model.objects.in_force().for_page(page)
        if keep_fingerprint is not None:
            decisions = decisions.exclude(fingerprint=keep_fingerprint)
        # One save each (a handful at most), so that listeners such as the status see it.
        for decision in decisions:
            decision.revoked_at, decision.revoked_by, decision.revoked_because = now, user, because
            decision.save(update_fields=["revoked_at", "revoked_by", "revoked_because"])
            revoked += 1
    if revoked and because == CHANGES_REQUESTED:
        log(instance=page, action=REVOKED_LOG_ACTION, user=user, data={"because": because})
    return revoked
