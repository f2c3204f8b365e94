"""Reader-facing routes of the research tree that are not pages in it: search and feeds.
Included before Wagtail's catch-all, so a page with one of these slugs at the top of the
tree would be hidden behind them."""

from django.urls import path

from .feeds import LatestSummariesAtomFeed, LatestSummariesFeed
from .search.views import search

urlpatterns = [
    path("search/", search, name="search"),
    path("feed/", LatestSummariesFeed(), name="feed"),
    path("feed/atom.xml", LatestSummariesAtomFeed(), name="feed_atom"),
    path(
        "feed/<category_path:category_path>/atom.xml",
        LatestSummariesAtomFeed(),
        name="category_feed_atom",
    ),
    path("feed/<category_path:category_path>/", LatestSummariesFeed(), name="category_feed"),
]
