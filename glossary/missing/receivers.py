"""Every change to what readers see of a summary, or to the live glossary, is counted
again, whatever made it (the editor, a workflow's approval, scheduled publishing, bulk
actions, code)."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from readability.declarations import declared_fields

from ..models import SummaryWord
from ..signals import glossary_changed
from .counting import summary_models
from .tasks import count_after_commit, request_full_count


def summaries_within(page) -> list[int]:
    """The summaries at or under `page` (any state: counting drops those readers lost)."""
    models = summary_models()
    if not models:
        return []
    return list(
        Page.objects.descendant_of(page, inclusive=True).type(*models).values_list("pk", flat=True)
    )


@receiver(page_published, dispatch_uid="missing_words_published")
@receiver(page_unpublished, dispatch_uid="missing_words_unpublished")
def count_changed_summary(sender, instance, **kwargs):
    if declared_fields(instance):
        count_after_commit([instance.pk])


@receiver(post_page_move, dispatch_uid="missing_words_moved")
def count_moved_pages(sender, instance, **kwargs):
    # Moved into (or out of) a private section: readers gained or lost them.
    count_after_commit(summaries_within(instance))


@receiver(pre_delete, dispatch_uid="missing_words_deleted")
def forget_deleted_summary(sender, instance, **kwargs):
    if not isinstance(instance, Page) or type(instance) is not instance.specific_class:
        return
    # Its counts go with it (cascade); the site-wide figures of its words must follow.
    words = SummaryWord.objects.filter(page_id=instance.pk).values_list("word", flat=True)
    count_after_commit(words=list(words))


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="missing_words_restricted")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="missing_words_unrestricted")
def count_restricted_section(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        count_after_commit(summaries_within(page))


@receiver(glossary_changed, dispatch_uid="missing_words_glossary_changed")
def count_again_for_glossary(sender, **kwargs):
    request_full_count()
