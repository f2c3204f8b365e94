"""Working out stored grades again in the background (readability.live_grades): queued
in the database in production for `manage.py db_worker`, run at once in development."""

from django_tasks import task

from django.core.cache import cache
from django.db import transaction

from .live_grades import refresh_live_grades

# While set, a refresh has been asked for: a dashboard opened by every editor in the
# meantime does not queue another.
REFRESH_ASKED_KEY = "live-grades:refresh-asked"
REFRESH_ASKED_FOR_SECONDS = 10 * 60


@task()
def refresh_stale_live_grades() -> str:
    graded = refresh_live_grades()
    cache.delete(REFRESH_ASKED_KEY)
    return f"{graded} page(s) graded again"


def ask_for_refresh() -> bool:
    """Queue a refresh of every stale stored grade (after a deploy changed what grades
    are worked out with, say), unless one was asked for in the last few minutes; True if
    this call queued it."""
    if not cache.add(REFRESH_ASKED_KEY, True, timeout=REFRESH_ASKED_FOR_SECONDS):
        return False
    transaction.on_commit(refresh_stale_live_grades.enqueue, robust=True)
    return True
