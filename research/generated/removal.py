"""Removing every generated page, and nothing else.

Sign-offs protect their revisions from deletion (the audit trail of a real review must
survive), so for generated pages the sign-offs, revisions and log entries go first; then
the generated categories, with the summaries inside them, by treebeard's bulk delete.
"""

from collections.abc import Callable

from django.db import transaction

from taggit.models import Tag
from wagtail.models import Page, PageLogEntry, Revision

from review.models import PlainLanguageOverride, ReviewSignOff

from . import TOPIC_SLUG, generated_categories, generated_summaries
from .content import TITLE_PREFIX


@transaction.atomic
def delete_generated(say: Callable[[str], None] = print) -> dict[str, int]:
    summaries = list(generated_summaries().values_list("pk", flat=True))
    categories = list(generated_categories().values_list("pk", flat=True))
    ids = [str(pk) for pk in summaries + categories]
    counts = {"summaries": len(summaries), "categories": len(categories)}
    for model in (ReviewSignOff, PlainLanguageOverride):
        model.objects.filter(object_id__in=ids).delete()
    PageLogEntry.objects.filter(page_id__in=summaries + categories).delete()
    # Generated summaries never sit outside generated categories, but one moved there
    # by hand would otherwise be left without its revisions.
    Revision.objects.filter(object_id__in=ids, base_content_type__model="page").delete()
    pages = Page.objects.filter(pk__in=summaries + categories)
    # Outermost first: deleting a category takes its sub-pages with it.
    for page in pages.order_by("depth"):
        if Page.objects.filter(pk=page.pk).exists():
            page.delete()
    say(f"Deleted {counts['summaries']} generated summaries, {counts['categories']} categories.")
    counts["topics"] = Tag.objects.filter(
        slug__startswith=TOPIC_SLUG, name__startswith=TITLE_PREFIX
    ).delete()[0]
    return counts
