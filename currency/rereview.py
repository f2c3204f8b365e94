"""Re-review: a medical reviewer checks a live summary again and records that it is still
accurate, with a one-line note for readers. Nothing is published and the content does
not change, so the review guarantee is untouched; the date restarts the review interval
and readers see it (on the summary and in its "What changed" list), so only a medical
reviewer who wrote none of the content may record it, and only on live content whose
medical sign-off is still in force. A check that finds something to change goes through
the review workflow instead: edit, submit, approve."""

from django.db import transaction

from wagtail.log_actions import log

from review.authorship import authors_of
from review.fingerprint import fingerprint
from review.models.decisions import ReviewSignOff
from review.roles import MEDICAL_REVIEWERS
from review.signoffs import display_name
from review.verdict import requires_sign_off

from .models import ReReview

REREVIEW_LOG_ACTION = "currency.rereview"

NOT_A_REVIEWER = "Only medical reviewers record that a summary was checked again."
NOT_LIVE = "Only a live summary can be checked again: this one is not published."
OWN_WORDS = (
    "You wrote some of this summary, so you cannot vouch for it: another medical "
    "reviewer must check it again."
)
NOT_THE_LIVE_VERSION = (
    "The live version changed while you were checking it. Open the summary again and check "
    "the version readers see now."
)
NO_SIGN_OFF = (
    "The live content has no medical sign-off in force (a reviewer requested changes, or a "
    "newer version was approved since), so a re-review cannot vouch for it. Review the "
    "summary through the review workflow instead."
)
NOTE_NEEDED = "Say in one line, for readers, what you checked."


class ReReviewRefused(Exception):
    def __init__(self, message: str, status: int = 403):
        super().__init__(message)
        self.message, self.status = message, status


def is_medical_reviewer(user) -> bool:
    """A member of the medical reviewers' group; superusers included only as members."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user.groups.filter(name=MEDICAL_REVIEWERS).exists()
    )


def check_may_rereview(page, user, revision_id: int | None = None) -> None:
    """Raise ReReviewRefused with the reason a re-review would be refused, if any."""
    if not is_medical_reviewer(user):
        raise ReReviewRefused(NOT_A_REVIEWER)
    if not requires_sign_off(page) or not page.live or page.live_revision is None:
        raise ReReviewRefused(NOT_LIVE, status=409)
    if revision_id is not None and revision_id != page.live_revision_id:
        raise ReReviewRefused(NOT_THE_LIVE_VERSION, status=409)
    if not signed_off(page):
        raise ReReviewRefused(NO_SIGN_OFF, status=409)
    if user.pk in authors_of(page, page.live_revision):
        raise ReReviewRefused(OWN_WORDS)


def signed_off(page) -> bool:
    """Whether the live content, exactly, has a medical sign-off in force."""
    live = fingerprint(page.live_revision.as_object())
    return (
        fingerprint(page) == live
        and ReviewSignOff.objects.in_force().for_page(page).filter(fingerprint=live).exists()
    )


@transaction.atomic
def record_rereview(page, user, note: str, revision_id: int) -> ReReview:
    note = " ".join(note.split())
    if not note:
        raise ReReviewRefused(NOTE_NEEDED, status=400)
    page = type(page).objects.select_for_update().get(pk=page.pk)
    check_may_rereview(page, user, revision_id)
    rereview = ReReview.objects.create(
        revision=page.live_revision,
        object_id=str(page.pk),
        fingerprint=fingerprint(page),
        user=user,
        reviewer_name=display_name(user),
        note=note,
    )
    log(
        instance=page,
        action=REREVIEW_LOG_ACTION,
        user=user,
        revision=page.live_revision,
        data={"note": note},
    )
    return rereview
