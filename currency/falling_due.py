"""Which live summaries fall due for review, in the words the dashboard panel and the
"Reviews falling due" report both use: overdue, due this month, or up to date. One
list, so that the panel's counts and the report's rows can never disagree."""

import datetime
from dataclasses import dataclass

from wagtail.models import Page

from review.roles import EDITORS, MEDICAL_REVIEWERS

from .schedule import Currency, live_reviewed_pages

DUE_SOON_DAYS = 31  # "this month": the next month's worth of days, whatever the date

OVERDUE = "overdue"
DUE_SOON = "due_soon"
UP_TO_DATE = "up_to_date"
STATE_WORDS = {OVERDUE: "Overdue", DUE_SOON: "Due this month", UP_TO_DATE: "Up to date"}


def sees_review_schedule(user) -> bool:
    """Medical reviewers and editors (and superusers): the panel's and the report's rule."""
    return bool(
        user.is_authenticated
        and (
            user.is_superuser or user.groups.filter(name__in=[MEDICAL_REVIEWERS, EDITORS]).exists()
        )
    )


def state_of(dates: Currency) -> str:
    if dates.overdue:
        return OVERDUE
    if dates.due_within(DUE_SOON_DAYS):
        return DUE_SOON
    return UP_TO_DATE


@dataclass
class ScheduledReview:
    """One live reviewed summary and when its next review falls due."""

    page: Page
    dates: Currency
    state: str

    @property
    def page_id(self) -> int:
        return self.page.pk

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def last_reviewed_on(self) -> datetime.date:
        return self.dates.last_reviewed_on

    @property
    def reviewed_by(self) -> str:
        """Whoever did the latest review: the re-reviewer when a re-review is the latest."""
        return self.dates.rechecked_by or self.dates.reviewed_by

    @property
    def due_on(self) -> datetime.date:
        return self.dates.due_on

    @property
    def state_words(self) -> str:
        return STATE_WORDS[self.state]


def scheduled_reviews(on: datetime.date | None = None) -> list[ScheduledReview]:
    """Every live reviewed summary, the earliest due first: the most overdue, then those
    due soonest, then the rest."""
    return [
        ScheduledReview(page, dates, state_of(dates)) for page, dates in live_reviewed_pages(on)
    ]
