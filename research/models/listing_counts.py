"""How many summaries readers find under each page of the tree and with each topic:
the figures the category lists and the listings' page counts show. Counting them means
reading every readable summary, so they are kept in Django's cache and forgotten
whenever anything they depend on changes (research.after_commit.forget_on_changes):
a publish, unpublish, move or delete of a page, a view restriction, a topic. The next
response shows it.

As with home.site_cache, the cache must be shared by the processes serving the site
(Redis in production), or another process could show an old count until it expires."""

from collections import Counter

from django.core.cache import cache
from django.db.models import Count, Exists, F, OuterRef
from django.db.models.functions import Length, Substr

from taggit.models import Tag
from wagtail.models import Page, PageViewRestriction

from ..after_commit import again_after_commit, forget_on_changes
from .summary import ResearchSummaryPage, ResearchSummaryTopic

# A safety net only: every change that can alter a count forgets them at once.
LISTING_COUNTS_SECONDS = 24 * 60 * 60
UNDER_PAGES_KEY = "research.listing_counts.under_pages"
TOPICS_KEY = "research.listing_counts.topics"


def summaries_under(page: Page) -> int:
    """How many summaries `ResearchSummaryPage.objects.for_readers(page)` lists."""
    return counts_under_pages().get(page.path, 0)


def counts_under_pages() -> dict[str, int]:
    """{tree path: readable summaries below it} for every page that has any."""
    counts = cache.get(UNDER_PAGES_KEY)
    if counts is None:
        counts = _count_under_pages()
        cache.set(UNDER_PAGES_KEY, counts, LISTING_COUNTS_SECONDS)
    return counts


def summaries_with_topic(index_page: Page, topic_slug: str) -> int:
    """How many summaries under `index_page` readers find with the topic: the count of
    its topic listing."""
    per_index = cache.get(TOPICS_KEY) or {}
    if index_page.path not in per_index:
        per_index = {**per_index, index_page.path: _count_topics(index_page)}
        cache.set(TOPICS_KEY, per_index, LISTING_COUNTS_SECONDS)
    return per_index[index_page.path].get(topic_slug, 0)


def readable_summaries():
    """The summaries `ResearchSummaryPage.objects.for_readers()` lists, unordered, with
    Wagtail's rule for a private section (a view restriction on the page or any of its
    ancestors) tested in the query itself: `public()` fetches the restrictions with a
    query of its own first, which these counts, made when the cache is empty, would add
    to the page's."""
    in_a_private_section = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return ResearchSummaryPage.objects.live().filter(~Exists(in_a_private_section)).order_by()


def _count_under_pages() -> dict[str, int]:
    # One pass grouped by each summary's parent (its path less the last step), then
    # added up the tree in Python: a summary counts for every ancestor of its parent.
    per_parent = (
        readable_summaries()
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .order_by()
        .values("parent_path")
        .annotate(count=Count("pk"))
        .values_list("parent_path", "count")
    )
    counts: Counter[str] = Counter()
    for parent_path, count in per_parent:
        for end in range(Page.steplen, len(parent_path) + 1, Page.steplen):
            counts[parent_path[:end]] += count
    return dict(counts)


def _count_topics(index_page: Page) -> dict[str, int]:
    readable = readable_summaries().descendant_of(index_page).values("pk")
    return dict(
        ResearchSummaryTopic.objects.filter(content_object__in=readable)
        .order_by()
        .values("tag__slug")
        .annotate(count=Count("content_object", distinct=True))
        .values_list(F("tag__slug"), "count")
    )


def forget_listing_counts(**kwargs) -> None:
    cache.delete_many([UNDER_PAGES_KEY, TOPICS_KEY])
    again_after_commit(forget_listing_counts)


COUNTED_MODELS = (Page, PageViewRestriction, Tag, ResearchSummaryTopic)
forget_on_changes(forget_listing_counts, COUNTED_MODELS, "research_listing_counts")
