"""Counting runs as background tasks, queued once the change is committed: in production
they wait in the database for `manage.py db_worker`, so publishing never waits for a
count; with the immediate backend (development) they run at once."""

from django_tasks import task

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from .counting import count_pages, recount_if_still_needed


@task()
def count_summaries(page_ids: list[int], also_words: list[str]) -> str:
    counted = count_pages(page_ids, also_words)
    return f"counted {counted} of {len(page_ids)} page(s)"


@task()
def count_all_summaries(requested_at: str | None = None) -> str:
    requested = parse_datetime(requested_at) if requested_at else None
    if recount_if_still_needed(requested):
        return "counted every summary"
    return "skipped: a later count covers this request"


def request_full_count() -> None:
    """Count every summary again once the current transaction commits."""
    requested_at = timezone.now().isoformat()
    transaction.on_commit(lambda: count_all_summaries.enqueue(requested_at))


class PendingCount:
    """The pages (and words) one transaction changed, counted as one task when it
    commits: deleting a category deletes each of its summaries, one signal each."""

    def __init__(self):
        self.page_ids: set[int] = set()
        self.words: set[str] = set()
        self.sent = False

    def __call__(self):
        self.sent = True
        if self.page_ids or self.words:
            count_summaries.enqueue(sorted(self.page_ids), sorted(self.words))


def count_after_commit(page_ids=(), words=()) -> None:
    page_ids, words = set(page_ids), set(words)
    if not page_ids and not words:
        return
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        for _savepoints, callback, _robust in connection.run_on_commit:
            if isinstance(callback, PendingCount) and not callback.sent:
                callback.page_ids.update(page_ids)
                callback.words.update(words)
                return
    pending = PendingCount()
    pending.page_ids.update(page_ids)
    pending.words.update(words)
    transaction.on_commit(pending)
