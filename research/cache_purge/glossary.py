"""A glossary change purges the pages it shows on, which were not republished: the pages
whose marked-up terms changed (glossary.usage names them once their usage is rebuilt) and
the glossary page, which lists every term and the summaries using it. Nothing else: a
summary's listings and feeds show no definitions."""

from django.dispatch import receiver

from wagtail.models import Page

from glossary.models import GlossaryPage
from glossary.usage import glossary_pages_changed

from .receivers import page_cache_configured
from .tasks import purge_after_commit


@receiver(glossary_pages_changed, dispatch_uid="cache_purge_glossary_pages")
def purge_glossary_pages(sender, pages, **kwargs):
    if not page_cache_configured():
        return
    stale = [*Page.objects.filter(pk__in=pages).live(), *GlossaryPage.objects.live()]
    purge_after_commit(url for page in stale if (url := page.get_full_url()) is not None)
