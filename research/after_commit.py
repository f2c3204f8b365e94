"""Forgetting a cached value once more when the change under it is committed.

A value kept in Django's cache (the header links, the site settings, listing counts,
search choices) is forgotten by a signal while the change is still inside its
transaction. A reader's request on another connection in that moment still reads the
data as it was and keeps it again, and it would then stay (an unpublished page's link,
a private section's count) until the cache's safety expiry, a day. Forgetting it again
after the commit closes that gap."""

from collections.abc import Callable

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move


def again_after_commit(forget: Callable[[], None]) -> None:
    """Call `forget` again when the current transaction commits (once per transaction,
    however many changes asked); nothing outside one."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        return
    if any(callback is forget for _savepoints, callback, _robust in connection.run_on_commit):
        return
    transaction.on_commit(forget)


def forget_on_changes(forget: Callable[..., None], models: tuple[type, ...], name: str) -> None:
    """Call `forget` whenever a value kept in the cache may have changed: a save or delete
    of one of `models`, and a page published, unpublished or moved (also outside a
    request: publish_scheduled, a shell). `name` keeps each connection unique."""

    def forget_on_save_or_delete(sender, instance, **kwargs):
        if isinstance(instance, models):
            forget()

    for signal, event in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(forget_on_save_or_delete, weak=False, dispatch_uid=f"{name}_{event}")
    for signal, event in (
        (page_published, "published"),
        (page_unpublished, "unpublished"),
        (post_page_move, "moved"),
    ):
        signal.connect(forget, weak=False, dispatch_uid=f"{name}_{event}")
