"""What a change to the glossary or to a page sets off for readers: the compiled glossary
forgotten (glossary.reader_glossary), usage rebuilt and stale pages named
(glossary.usage, glossary.tasks)."""

from django.db import transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import GlossaryPage, GlossaryTerm, GlossaryUsage
from .reader_glossary import forget_reader_glossary
from .signals import glossary_changed
from .tasks import refresh_usage_for_page, refresh_usage_for_terms
from .usage import announce_pages_changed, pages_of_deleted_terms, pages_using


@receiver(glossary_changed, dispatch_uid="glossary_readers_terms_changed")
def terms_changed(sender, terms, **kwargs):
    # Sent once the change is committed: the next page compiles the new terms.
    forget_reader_glossary()
    pages_before = pages_using(terms)
    refresh_usage_for_terms.enqueue(sorted(terms), sorted(pages_before))


@receiver(pre_delete, sender=GlossaryTerm, dispatch_uid="glossary_readers_term_deleted")
def remember_pages_of_deleted_term(sender, instance, **kwargs):
    pages = set(GlossaryUsage.objects.filter(term=instance).values_list("page_id", flat=True))
    if pages:
        pages_of_deleted_terms[instance.pk] = pages


@receiver(page_published, dispatch_uid="glossary_readers_page_published")
@receiver(page_unpublished, dispatch_uid="glossary_readers_page_unpublished")
def page_changed(sender, instance, **kwargs):
    if isinstance(instance, GlossaryPage):
        forget_reader_glossary()  # the terms' links go to its address
        return
    if (
        getattr(instance, "plain_language_fields", ())
        or GlossaryUsage.objects.filter(page_id=instance.pk).exists()
    ):
        page_id = instance.pk
        transaction.on_commit(lambda: refresh_usage_for_page.enqueue(page_id))


@receiver(post_page_move, dispatch_uid="glossary_readers_page_moved")
def page_moved(sender, instance, **kwargs):
    if isinstance(instance.specific_deferred, GlossaryPage):
        forget_reader_glossary()


@receiver(pre_delete, dispatch_uid="glossary_readers_page_deleted")
def page_deleted(sender, instance, **kwargs):
    if not isinstance(instance, Page) or type(instance) is not instance.specific_class:
        return
    if isinstance(instance, GlossaryPage):
        forget_reader_glossary()
    elif GlossaryUsage.objects.filter(page_id=instance.pk).exists():
        # Its rows go with it; the glossary page listed it.
        transaction.on_commit(lambda: announce_pages_changed([]))
