"""Keep a summary's topics in the search index.

Wagtail indexes a page in `post_save`, which fires before modelcluster saves the page's
child relations, so topics added in the same publish would reach the index only on the
next save. Re-indexing once publishing has finished indexes what readers actually see.
"""

from django.dispatch import receiver

from wagtail.search import index
from wagtail.signals import page_published

from ..models import ResearchSummaryPage


@receiver(page_published, sender=ResearchSummaryPage, dispatch_uid="research_reindex_published")
def reindex_published_summary(sender, instance, **kwargs):
    index.insert_or_update_object(instance)
