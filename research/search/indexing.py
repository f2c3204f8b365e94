"""Keep a summary's topics in the search index.

Wagtail indexes a page in `post_save`, which fires before modelcluster saves the page's
child relations, so topics added in the same publish would reach the index only on the
next save. Re-indexing once publishing has finished indexes what readers actually see.

Like Wagtail's own indexing on save (modelsearch's `insert_or_update_object_task`), it is
a background task: queued in the database in production, for `manage.py db_worker`, so
a slow search server never holds up a publish; run at once in development.
"""

from django.dispatch import receiver

from wagtail.search.tasks import insert_or_update_object_task
from wagtail.signals import page_published

from ..models import ResearchSummaryPage


@receiver(page_published, sender=ResearchSummaryPage, dispatch_uid="research_reindex_published")
def reindex_published_summary(sender, instance, **kwargs):
    insert_or_update_object_task.enqueue(
        instance._meta.app_label, instance._meta.model_name, str(instance.pk)
    )
