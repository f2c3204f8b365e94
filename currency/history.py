"""The public "What changed" list of a summary: one entry per reviewed change readers
saw (each medical sign-off whose content was published) and per re-review ("checked
again, no changes"), newest first, each with its date and the reviewer's own line."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from wagtail.models import PageLogEntry, Revision

from review.fingerprint import fingerprint
from review.models.decisions import ReviewSignOff

from .models import ReReview

PUBLISH_LOG_ACTION = "wagtail.publish"
# Sign-offs given before reviewers wrote a line for readers say only this: nobody's
# words are invented for them.
NO_NOTE = "Reviewed by a medical reviewer"
CHECKED_AGAIN = "Checked again, no changes needed"


@dataclass(frozen=True)
class Change:
    on: datetime.date
    note: str
    kind: str  # "reviewed" or "checked again"
    at: datetime.datetime


def published_sign_offs(page) -> list[ReviewSignOff]:
    """Sign-offs on `page` whose content went live: the revision they were given on was
    published, or a published revision had exactly their content."""
    sign_offs = list(ReviewSignOff.objects.for_page(page))
    published = set(
        PageLogEntry.objects.filter(
            page_id=page.pk, action=PUBLISH_LOG_ACTION, revision__isnull=False
        ).values_list("revision_id", flat=True)
    )
    if page.live_revision_id:
        published.add(page.live_revision_id)
    found = [s for s in sign_offs if s.revision_id in published]
    unmatched = published - {s.revision_id for s in sign_offs}
    waiting = [s for s in sign_offs if s.revision_id not in published]
    if waiting and unmatched:
        # A publish of a later revision with unchanged content (a direct publish by an
        # editor) counts for the sign-off of that content.
        published_content = {
            fingerprint(revision.as_object())
            for revision in Revision.objects.filter(pk__in=unmatched)
        }
        found += [s for s in waiting if s.fingerprint in published_content]
    return found


def what_changed(page) -> list[Change]:
    if not page.live:
        return []
    changes = [
        Change(
            on=timezone.localdate(s.created_at),
            note=s.reader_note or NO_NOTE,
            kind="reviewed",
            at=s.created_at,
        )
        for s in published_sign_offs(page)
    ]
    changes += [
        Change(
            on=timezone.localdate(r.created_at),
            note=r.note,
            kind="checked again",
            at=r.created_at,
        )
        for r in ReReview.objects.filter(object_id=str(page.pk), revision__isnull=False)
    ]
    return sorted(changes, key=lambda change: change.at, reverse=True)
