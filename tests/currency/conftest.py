import datetime

import pytest

from django.utils import timezone

from review.signoffs import record_sign_off
from tests.factories import ResearchSummaryPageFactory


def at_noon(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


class Clock:
    """Time travel without a library: everything here asks `django.utils.timezone.now`
    (dates of sign-offs and re-reviews, the site's today)."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch

    def travel(self, when: datetime.date | datetime.datetime) -> None:
        moment = when if isinstance(when, datetime.datetime) else at_noon(when)
        self.monkeypatch.setattr(timezone, "now", lambda: moment)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


REVIEWED_ON = datetime.date(2025, 1, 15)


def reviewed_summary(parent, writer, reviewer, *, note="First published", **fields):
    """A summary `writer` wrote and `reviewer` signed off and published, as the workflow
    would (the dates are the clock's)."""
    page = ResearchSummaryPageFactory(parent=parent, live=False, **fields)
    revision = page.save_revision(user=writer)
    record_sign_off(revision, reviewer, reader_note=note)
    revision.publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def old_summary(editorial, clock):
    """Written by the writer, signed off by the reviewer on 15 January 2025."""
    clock.travel(REVIEWED_ON)
    return reviewed_summary(
        editorial.tree.category, editorial.writer, editorial.reviewer, title="Old summary"
    )
