"""RSS and Atom feeds of the newest summaries: the whole site at /feed/ (RSS) and
/feed/atom.xml, and one per category at /feed/<category path>/ and
/feed/<category path>/atom.xml, where the path is the category's place under /research/
(e.g. /feed/spinal-cord-injury/walking/). A slug never has a dot, so "atom.xml" cannot
clash with a category."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from .models import CategoryPage, ResearchIndexPage, ResearchSummaryPage

FEED_LENGTH = 20


@dataclass(frozen=True)
class FeedScope:
    index: ResearchIndexPage | None
    category: CategoryPage | None = None
    category_path: str = ""

    @property
    def root(self):
        return self.category or self.index


def find_category(index: ResearchIndexPage | None, category_path: str) -> CategoryPage | None:
    """The live category at `category_path` ("sci/walking") under the research index."""
    if index is None:
        return None
    page = index
    for slug in [part for part in category_path.split("/") if part]:
        page = CategoryPage.objects.child_of(page).live().public().filter(slug=slug).first()
        if page is None:
            return None
    return page if isinstance(page, CategoryPage) else None


def feed_urls(category_path: str = "") -> tuple[str, str]:
    """(RSS URL, Atom URL) for the site or for a category path."""
    if not category_path:
        return reverse("feed"), reverse("feed_atom")
    return (
        reverse("category_feed", args=[category_path]),
        reverse("category_feed_atom", args=[category_path]),
    )


def category_path_of(category: CategoryPage, index: ResearchIndexPage) -> str:
    return category.url_path[len(index.url_path) :].strip("/")


class LatestSummariesFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, category_path=""):
        index = ResearchIndexPage.objects.live().public().first()
        if not category_path:
            return FeedScope(index)
        category = find_category(index, category_path)
        if category is None:
            raise Http404("No such category")
        return FeedScope(index, category, category_path.strip("/"))

    def title(self, scope):
        if scope.category:
            return f"{settings.WAGTAIL_SITE_NAME}: {scope.category.title}"
        return f"{settings.WAGTAIL_SITE_NAME}: latest summaries"

    # Absolute URLs on the Wagtail site's own host, as in the sitemap and canonical links,
    # rather than whichever host name the feed was fetched with.
    def link(self, scope):
        return scope.root.full_url if scope.root else "/"

    def description(self, scope):
        if scope.category:
            return f"New plain-language summaries of research in “{scope.category.title}”."
        return "New plain-language summaries of spinal cord injury research."

    def feed_url(self, scope):
        rss, atom = feed_urls(scope.category_path)
        return atom if self.feed_type is Atom1Feed else rss

    def items(self, scope):
        return ResearchSummaryPage.objects.for_readers(scope.root).with_topics()[:FEED_LENGTH]

    def item_title(self, summary):
        return summary.title

    def item_description(self, summary):
        return summary.simple_explanation

    def item_link(self, summary):
        return summary.full_url

    def item_pubdate(self, summary):
        return summary.first_published_at

    def item_updateddate(self, summary):
        return summary.last_published_at

    def item_categories(self, summary):
        return [topic.name for topic in summary.topics_by_name]


class LatestSummariesAtomFeed(LatestSummariesFeed):
    feed_type = Atom1Feed

    def subtitle(self, scope):
        return self.description(scope)
