import datetime
from dataclasses import dataclass

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


# A day on which the `crowded` summaries below fall due as their names say.
CROWDED_TODAY = datetime.date(2026, 3, 2)


@dataclass
class Crowded:
    """Summaries on `CROWDED_TODAY`, each list in the order it falls due."""

    overdue: list
    due_soon: list
    up_to_date: list


@pytest.fixture
def crowded(editorial, clock):
    """10 overdue and 9 due this month (each more than the dashboard's 8 rows) and 1 up
    to date, on `CROWDED_TODAY`, with the default 12-month interval. Titles run against
    the order they fall due in, so that a listing sorted by title shows it."""

    def summaries(prefix, first_review, count, days_apart):
        found = []
        for number in range(count):
            clock.travel(first_review + datetime.timedelta(days=number * days_apart))
            title = f"{prefix} {chr(ord('Z') - number)}"
            found.append(
                reviewed_summary(
                    editorial.tree.category, editorial.writer, editorial.reviewer, title=title
                )
            )
        return found

    # Reviewed 5 January to 19 February 2025: due 5 January to 19 February 2026.
    overdue = summaries("Overdue", datetime.date(2025, 1, 5), 10, 5)
    # Reviewed 5 to 21 March 2025: due within the 31 days after 2 March 2026.
    due_soon = summaries("Due soon", datetime.date(2025, 3, 5), 9, 2)
    up_to_date = summaries("Up to date", datetime.date(2025, 12, 1), 1, 0)
    clock.travel(CROWDED_TODAY)
    return Crowded(overdue, due_soon, up_to_date)
