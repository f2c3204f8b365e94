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


def announce_change(term_pks) -> None:
    pks = frozenset(term_pks)
    transaction.on_commit(
        lambda: glossary_changed.send(sender=GlossaryTerm, terms=pks), robust=False
    )


@receiver(published, sender=GlossaryTerm)
@receiver(unpublished, sender=GlossaryTerm)
def _term_published_or_unpublished(sender, instance, **kwargs):
    announce_change([instance.pk])


@receiver(post_delete, sender=GlossaryTerm)
def _term_deleted(sender, instance, **kwargs):
    if instance.live:
        announce_change([instance.pk])
