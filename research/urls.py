"""Reader-facing routes that are not pages in the tree: search, feedback, feeds and
e-mail subscriptions. Included before Wagtail's catch-all, so a page with one of these
slugs at the top of the tree would be hidden behind them."""

from django.urls import path

from .search.views import search

urlpatterns = [
    path("search/", search, name="search"),
]
