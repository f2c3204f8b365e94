"""Forgetting a cached value once more when the change under it is committed.

A value kept in Django's cache (the header links, the site settings, listing counts,
search choices) is forgotten by a signal while the change is still inside its
transaction. A reader's request on another connection in that moment still reads the
data as it was and keeps it again, and it would then stay (an unpublished page's link,
a private section's count) until the cache's safety expiry, a day. Forgetting it again
after the commit closes that gap."""

from collections.abc import Callable

from django.db import transaction


def again_after_commit(forget: Callable[[], None]) -> None:
    """Call `forget` again when the current transaction commits (once per transaction,
    however many changes asked); nothing outside one."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return
    if any(callback is forget for _savepoints, callback, _robust in connection.run_on_commit):
        return
    transaction.on_commit(forget)
