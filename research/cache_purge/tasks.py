"""Purging runs as a background task, after the change is committed.

Queued only once the transaction that made the change commits: a purge sent earlier
could let the proxy fetch, and keep, the page as it was. In production the task waits in
the database for `manage.py db_worker`, so a slow or stopped proxy never holds up a
publish; with the immediate backend (development) it runs at once, and a proxy that is
down costs at most the backend's TIMEOUT, then the task gives up without touching the
publish. With a backend that can run a task later, an unreachable proxy is tried again
on a growing delay.
"""

import logging
from datetime import timedelta
from urllib.parse import urlsplit

from django_tasks import task

from django.db import transaction
from django.utils import timezone

from wagtail.contrib.frontend_cache.utils import get_backends

from .paths import without_covered
from .varnish import ProxyUnreachable

logger = logging.getLogger(__name__)

# Pages are also cached for no longer than their max-age, so after a few minutes of
# trying a purge stops mattering.
RETRY_DELAYS = (timedelta(seconds=10), timedelta(minutes=1), timedelta(minutes=5))


class PurgeNotDelivered(Exception):
    """Raised when the task gives up, so that the task backend records a failure."""


@task()
def purge_urls(urls: list[str], backend_names: list[str] | None = None, attempt: int = 1) -> str:
    backends = get_backends(backends=backend_names)
    unreachable: dict[str, ProxyUnreachable] = {}
    for name, backend in backends.items():
        wanted = [url for url in urls if backend.invalidates_hostname(urlsplit(url).hostname)]
        try:
            backend.purge_batch(wanted)
        except ProxyUnreachable as error:
            unreachable[name] = error
    if not unreachable:
        return f"purged {len(urls)} address(es) from {len(backends)} cache(s)"
    problems = "; ".join(str(error) for error in unreachable.values())
    if attempt > len(RETRY_DELAYS) or not purge_urls.get_backend().supports_defer:
        logger.error("Page cache not purged, given up after %s attempt(s): %s", attempt, problems)
        raise PurgeNotDelivered(f"Gave up after {attempt} attempt(s): {problems}")
    delay = RETRY_DELAYS[attempt - 1]
    purge_urls.using(run_after=timezone.now() + delay).enqueue(
        urls, sorted(unreachable), attempt + 1
    )
    logger.warning("Page cache not purged yet (%s), trying again in %s", problems, delay)
    return f"retry {attempt + 1} in {delay}"


class PendingPurge:
    """The addresses one transaction made stale, sent as one task when it commits."""

    def __init__(self):
        self.urls: set[str] = set()
        self.sent = False

    def __call__(self):
        self.sent = True
        if self.urls:
            purge_urls.enqueue(without_covered(self.urls))


def purge_after_commit(urls) -> None:
    """Purge `urls` once the current transaction commits (at once outside one).

    Deleting a category deletes each of its summaries, each with its own addresses: they
    join the purge already waiting for this transaction rather than queue one task each.
    """
    urls = set(urls)
    if not urls:
        return
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        # Django drops the callbacks of a transaction that rolls back, so a purge found
        # here still belongs to a transaction that may commit.
        for _savepoints, callback, _robust in connection.run_on_commit:
            # One already sent (a purge asked for by another commit callback) takes no more.
            if isinstance(callback, PendingPurge) and not callback.sent:
                callback.urls.update(urls)
                return
    pending = PendingPurge()
    pending.urls.update(urls)
    transaction.on_commit(pending)
