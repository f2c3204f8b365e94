"""Cached values forgotten on a change are forgotten again when it commits
(research/after_commit.py): a reader's request that read the data before the commit and
kept it must not leave the old value standing for a day."""

import pytest

from django.core.cache import cache
from django.db import connection, transaction

from home.site_cache import cache_key
from research.models.listing_counts import TOPICS_KEY, UNDER_PAGES_KEY
from research.search.cached_options import CACHE_KEY as FILTER_OPTIONS_KEY
from tests.factories import ResearchSummaryPageFactory

# Real commits: what matters is what happens when the change commits.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

KEPT_VALUES = [
    cache_key("navigation"),
    cache_key("settings"),
    cache_key("sites"),
    UNDER_PAGES_KEY,
    TOPICS_KEY,
    FILTER_OPTIONS_KEY,
]


def test_a_value_kept_again_before_an_unpublish_commits_is_forgotten_at_the_commit(tree):
    summary = ResearchSummaryPageFactory(parent=tree.subcategory)
    with transaction.atomic():
        summary.unpublish()
        # Another reader's request, on its own connection, still saw the summary live
        # and kept what it computed.
        for key in KEPT_VALUES:
            cache.set(key, "as it was before the unpublish", 60)
    assert cache.get_many(KEPT_VALUES) == {}


def test_one_forget_after_commit_however_many_pages_change(tree):
    with transaction.atomic():
        for number in range(5):
            ResearchSummaryPageFactory(parent=tree.subcategory, slug=f"summary-{number}")
        callbacks = [callback for _savepoints, callback, _robust in connection.run_on_commit]
    forgets = [c for c in callbacks if getattr(c, "__name__", "").startswith("forget_")]
    assert sorted(c.__name__ for c in forgets) == [
        "forget_filter_options",
        "forget_listing_counts",
        "forget_site_cache",
    ]
