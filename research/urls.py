"""Reader-facing routes that are not pages in the tree: search, feedback, feeds and
e-mail subscriptions. Included before Wagtail's catch-all, so a page with one of these
slugs at the top of the tree would be hidden behind them."""

from django.urls import path

from .feedback.views import summary_feedback
from .feeds import LatestSummariesAtomFeed, LatestSummariesFeed
from .search.views import search
from .subscriptions import views as subscriptions

urlpatterns = [
    path("search/", search, name="search"),
    path("feed/", LatestSummariesFeed(), name="feed"),
    path("feed/atom.xml", LatestSummariesAtomFeed(), name="feed_atom"),
    path(
        "feed/<path:category_path>/atom.xml", LatestSummariesAtomFeed(), name="category_feed_atom"
    ),
    path("feed/<path:category_path>/", LatestSummariesFeed(), name="category_feed"),
    path("feedback/<int:page_id>/", summary_feedback, name="summary_feedback"),
    path("subscribe/", subscriptions.subscribe, name="subscribe"),
    path("subscribe/check-your-email/", subscriptions.subscribe_sent, name="subscribe_sent"),
    path(
        "subscribe/confirm/<str:token>/",
        subscriptions.confirm_subscription,
        name="confirm_subscription",
    ),
    path(
        "subscribe/confirmed/", subscriptions.subscription_confirmed, name="subscription_confirmed"
    ),
    path("subscribe/unsubscribe/<str:token>/", subscriptions.unsubscribe_view, name="unsubscribe"),
]
