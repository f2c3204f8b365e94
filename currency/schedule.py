"""When each live summary was last reviewed and when it is next due.

Last reviewed: the later of the medical sign-off of the live content (the page's review
stamp, `reviewed_at`, which the publish gate writes from the sign-off in force) and the
latest re-review of the live revision. Next review due: that date plus the interval of
the nearest category up the tree that sets one, else the site's (`ReviewSchedule`).
Overdue: from the day after the due date, in the site's time zone.

Everything here is worked out when asked (a few queries however many summaries), so a
change to an interval or a new review shows at once, with nothing stored to go stale.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.apps import apps
from django.utils import timezone

from wagtail.models import Page

from review.verdict import requires_sign_off

from .models import ReReview, ReviewIntervalMixin, ReviewSchedule


def today() -> datetime.date:
    """The site's date now. Tests travel in time by patching `django.utils.timezone.now`."""
    return timezone.localdate()


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


@dataclass(frozen=True)
class Currency:
    reviewed_by: str  # who signed off the live content
    signed_off_on: datetime.date
    last_reviewed_on: datetime.date
    rechecked_by: str  # who re-reviewed it last, when that is the latest review; else ""
    interval_months: int
    due_on: datetime.date
    today: datetime.date

    @property
    def overdue(self) -> bool:
        return self.today > self.due_on

    def due_within(self, days: int) -> bool:
        return not self.overdue and self.due_on <= self.today + datetime.timedelta(days=days)


def reviewed_page_models() -> list[type[Page]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and requires_sign_off(model) and hasattr(model, "reviewed_at")
    ]


def interval_overrides() -> dict[str, int]:
    """{tree path: months} of every live category that sets its own interval."""
    overrides: dict[str, int] = {}
    for model in apps.get_models():
        if issubclass(model, ReviewIntervalMixin) and issubclass(model, Page):
            rows = model.objects.live().filter(review_interval_months__isnull=False)
            overrides.update(rows.values_list("path", "review_interval_months"))
    return overrides


def interval_for_path(path: str, overrides: dict[str, int], default: int) -> int:
    """The interval of the nearest ancestor (longest path that `path` starts with)."""
    for length in range(len(path) - Page.steplen, 0, -Page.steplen):
        months = overrides.get(path[:length])
        if months is not None:
            return months
    return default


def latest_rereviews(revision_ids) -> dict[int, tuple[datetime.datetime, str]]:
    """{live revision id: (when, by whom)} of the latest re-review of each, in one query;
    `revision_ids` a list or, for thousands of pages, a subquery (a list that long costs
    more to pass than the query takes)."""
    rows = (
        ReReview.objects.filter(revision_id__in=revision_ids)
        .order_by("revision_id", "created_at", "pk")
        .values_list("revision_id", "created_at", "reviewer_name")
    )
    return {revision_id: (at, name) for revision_id, at, name in rows}  # the latest wins


def _currency(page, overrides, default, rereviews, on: datetime.date) -> Currency | None:
    if not page.reviewed_at:
        return None
    signed_off_on = timezone.localdate(page.reviewed_at)
    last, rechecked_by = signed_off_on, ""
    rereview = rereviews.get(page.live_revision_id)
    if rereview is not None and timezone.localdate(rereview[0]) >= signed_off_on:
        last, rechecked_by = timezone.localdate(rereview[0]), rereview[1] or "a medical reviewer"
    months = interval_for_path(page.path, overrides, default)
    return Currency(
        reviewed_by=page.reviewed_by_name,
        signed_off_on=signed_off_on,
        last_reviewed_on=last,
        rechecked_by=rechecked_by,
        interval_months=months,
        due_on=add_months(last, months),
        today=on,
    )


def currency_of(page, on: datetime.date | None = None) -> Currency | None:
    """The review dates of a live reviewed page (None if it has never been reviewed)."""
    if not page.live or not hasattr(page, "reviewed_at"):
        return None
    ancestors = [page.path[:n] for n in range(Page.steplen, len(page.path), Page.steplen)]
    overrides = {path: months for path, months in interval_overrides().items() if path in ancestors}
    return _currency(
        page,
        overrides,
        ReviewSchedule.load().interval_months,
        latest_rereviews([page.live_revision_id]),
        on or today(),
    )


# What the schedule, its panel, its report and its reminders read of a page: loading only
# these keeps the dashboard quick with thousands of summaries (their text is not needed).
FIELDS_READ = (
    "title",
    "draft_title",
    "slug",
    "url_path",
    "path",
    "depth",
    "locale_id",
    "live",
    "live_revision_id",
    "reviewed_at",
    "reviewed_by_name",
)


def live_reviewed_pages(on: datetime.date | None = None) -> list[tuple[Page, Currency]]:
    """Every live reviewed page with its dates, the soonest due first."""
    on = on or today()
    pages = [
        page
        for model in reviewed_page_models()
        for page in model.objects.live().filter(reviewed_at__isnull=False).only(*FIELDS_READ)
    ]
    overrides = interval_overrides()
    default = ReviewSchedule.load().interval_months
    rereviews = latest_rereviews(Page.objects.live().values("live_revision_id"))
    found = []
    for page in pages:
        dates = _currency(page, overrides, default, rereviews, on)
        if dates is not None:
            found.append((page, dates))
    return sorted(found, key=lambda item: (item[1].due_on, item[0].title))
