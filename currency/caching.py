"""A summary's page must not outlive, in any cache, the moment it turns overdue.

Pages are shared for `PAGE_CACHE_MAX_AGE` (5 minutes) and may then be served stale
for `PAGE_CACHE_STALE_WHILE_REVALIDATE` more (a day) while the cache fetches a fresh
copy (site_project/page_cache.py). Nothing purges a page at midnight, so a copy kept
the evening before its due date could still be shown, without the overdue notice, the
next day. Within that reach of the moment, the page says so itself: no serving stale,
and kept no longer than the seconds left (max-age and s-maxage). Further off, it keeps
the site's usual headers, so only the last day before a due date costs any caching.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.cache import patch_cache_control

from site_project.page_cache import shared_cache_control


def turns_overdue_at(due_on: datetime.date) -> datetime.datetime:
    """Midnight at the start of the day after the due date, in the site's time zone."""
    day_after = due_on + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day_after, datetime.time.min))


def keep_until_overdue(response, dates) -> None:
    if dates.overdue or settings.PAGE_CACHE_MAX_AGE <= 0:
        return
    seconds_left = int((turns_overdue_at(dates.due_on) - timezone.now()).total_seconds())
    longest = max(settings.PAGE_CACHE_MAX_AGE, settings.PAGE_CACHE_SHARED_MAX_AGE) + max(
        settings.PAGE_CACHE_STALE_WHILE_REVALIDATE, 0
    )
    if seconds_left >= longest:
        return
    directives = shared_cache_control()
    directives.pop("stale_while_revalidate", None)
    lifetime = max(min(seconds_left, settings.PAGE_CACHE_MAX_AGE), 0)
    directives["max_age"] = lifetime
    directives["s_maxage"] = lifetime
    patch_cache_control(response, **directives)
