"""The search form's choices (categories, topics with their counts, years), kept in
Django's cache: counting topics and years over every readable summary costs more than
the rest of a search (about 60 ms at 10,000 summaries), and the choices change only
when the content does.

Forgotten, like the site cache (home.site_cache), whenever something that can alter
them changes: a page saved, deleted, published, unpublished or moved, a topic or a
summary's topics changed, a page's view restriction changed. A bulk write that sends
no signal (`QuerySet.update()`, `bulk_create`) must call `forget_filter_options()`.
"""

from django.core.cache import cache

from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction

from ..after_commit import again_after_commit, forget_on_changes
from ..models import ResearchIndexPage, ResearchSummaryTopic
from .criteria import FilterOptions, filter_options

CACHE_KEY = "research.search.filter_options"
# A safety net only: every change that can alter the choices forgets them at once.
CACHE_SECONDS = 24 * 60 * 60
CHANGES_THAT_MATTER = (Page, Tag, ResearchSummaryTopic, PageViewRestriction)


def cached_filter_options(index_page: ResearchIndexPage | None) -> FilterOptions:
    """filter_options(index_page), from the cache when it holds them."""
    per_index = cache.get(CACHE_KEY) or {}
    key = index_page.pk if index_page is not None else None
    if key in per_index:
        return per_index[key]
    options = filter_options(index_page)
    cache.set(CACHE_KEY, {**per_index, key: options}, CACHE_SECONDS)
    return options


def forget_filter_options(**kwargs) -> None:
    cache.delete(CACHE_KEY)
    again_after_commit(forget_filter_options)


# Connected when this module is imported (research.apps).
forget_on_changes(forget_filter_options, CHANGES_THAT_MATTER, "research_filter_options")
