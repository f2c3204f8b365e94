"""`glossary_changed`: sent once the database has committed a change to what readers or
writers are shown of the glossary (a term published, unpublished or deleted). Receivers
rebuild what depends on the live terms: the engine's term list, the marked-up pages and
their cached copies, the glossary page."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import Signal, receiver

from wagtail.signals import published, unpublished

from .models import GlossaryTerm

# Sent with sender=GlossaryTerm and `terms`: the primary keys of the terms that changed.
glossary_changed = Signal()


class _PendingChange:
    """The terms one transaction changed, announced once when it commits: seeding or a
    bulk publish of hundreds of terms rebuilds what depends on them once, not each time."""

    def __init__(self):
        self.pks: set = set()
        self.sent = False

    def __call__(self):
        self.sent = True
        glossary_changed.send(sender=GlossaryTerm, terms=frozenset(self.pks))


def announce_change(term_pks) -> None:
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        for _savepoints, callback, _robust in connection.run_on_commit:
            # One already sent (by another commit callback) takes no more.
            if isinstance(callback, _PendingChange) and not callback.sent:
                callback.pks.update(term_pks)
                return
    pending = _PendingChange()
    pending.pks.update(term_pks)
    transaction.on_commit(pending, robust=False)


@receiver(published, sender=GlossaryTerm)
@receiver(unpublished, sender=GlossaryTerm)
def _term_published_or_unpublished(sender, instance, **kwargs):
    announce_change([instance.pk])


@receiver(post_delete, sender=GlossaryTerm)
def _term_deleted(sender, instance, **kwargs):
    if instance.live:
        announce_change([instance.pk])
