"""What a summary shows of its review schedule (its dates and its "What changed" list),
kept in Django's cache per live revision so that a summary page costs no query for them
once warm.

The key carries the live revision (a publish gives a new one) and a version of the
schedule that any change to the dates of pages already live moves: a re-review, the
site's or a category's interval, a sign-off. "Today" is never cached: whether a summary
is overdue is worked out on each request from the cached due date.
"""

import dataclasses
import uuid

from django.core.cache import cache

from .history import Change, what_changed
from .models import ReviewSchedule
from .schedule import Currency, currency_of, today

VERSION_KEY = "currency.version"
# A safety net only: every change that moves the dates moves the version.
CACHE_SECONDS = 24 * 60 * 60


def schedule_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, None)
    return version


def forget_review_dates(sender=None, **kwargs) -> None:
    """A receiver: dates or notes of live pages may have changed."""
    if sender is ReviewSchedule and kwargs.get("created"):
        return  # the settings row made on first use holds the defaults: nothing moves
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def remember_review_dates(sender, instance, **kwargs) -> None:
    """A receiver for a publish: every live page's dates may move (a category's interval),
    and the page just published is worked out at once, so that its first reader costs no
    query for them."""
    forget_review_dates()
    page = getattr(instance, "specific", instance)
    if hasattr(page, "reviewed_at"):
        review_record(page)


def review_record(page) -> tuple[Currency | None, list[Change]]:
    """The page's review dates (as of today) and its "What changed" list."""
    if not page.live:
        return None, []
    key = f"currency.page:{page.pk}:{page.live_revision_id}:{schedule_version()}"
    cached = cache.get(key)
    if cached is None:
        cached = (currency_of(page), what_changed(page))
        cache.set(key, cached, CACHE_SECONDS)
    dates, changes = cached
    if dates is not None:
        dates = dataclasses.replace(dates, today=today())
    return dates, changes
