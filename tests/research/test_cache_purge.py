"""What each change purges from the page cache (no proxy here: a backend that records).

The real proxy is in tests/site_project/test_varnish_purge.py."""

from contextlib import contextmanager

import pytest

from django.core.files.base import ContentFile
from django.test import override_settings

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction, Site

from home.models import SiteSettings
from research.cache_purge.paths import urls_for_page
from research.cache_purge.tasks import PendingPurge
from tests.factories import (
    CategoryPageFactory,
    ResearchSummaryPageFactory,
    StandardPageFactory,
    publish_signed_off,
)
from tests.research import recording_cache

SITE = "http://localhost"
WHOLE_SITE = [f"{SITE}/*"]
# What any summary under Home > Research > Spinal Cord Injury > Walking makes stale,
# besides its own address.
AROUND_A_WALKING_SUMMARY = {
    f"{SITE}/",
    f"{SITE}/research/",
    f"{SITE}/research/sci/",
    f"{SITE}/research/sci/walking/",
    f"{SITE}/research/latest/",
    f"{SITE}/research/topics/*",
    f"{SITE}/feed/",
    f"{SITE}/feed/atom.xml",
    f"{SITE}/feed/sci/",
    f"{SITE}/feed/sci/atom.xml",
    f"{SITE}/feed/sci/walking/",
    f"{SITE}/feed/sci/walking/atom.xml",
    f"{SITE}/sitemap*",
    f"{SITE}/search/",
}


@pytest.fixture
def purges(django_capture_on_commit_callbacks):
    """`with purges() as purged:` a change; `purged` then holds what the page cache was
    asked to purge when the change was committed (at the end of the block). (Wagtail's
    redirects purge an old address at once when a move creates a redirect: not counted.)"""

    @contextmanager
    def recording():
        recording_cache.purged.clear()
        after_commit = []
        with (
            override_settings(WAGTAILFRONTENDCACHE=recording_cache.SETTINGS),
            django_capture_on_commit_callbacks(execute=True),
        ):
            yield after_commit
            before_commit = len(recording_cache.purged)
        after_commit.extend(recording_cache.purged[before_commit:])

    yield recording
    recording_cache.purged.clear()


def test_a_summary_purges_itself_its_categories_listings_feeds_and_sitemap(tree):
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, slug="stem-cells")
    assert set(urls_for_page(summary)) == {
        f"{SITE}/research/sci/walking/stem-cells/",
        *AROUND_A_WALKING_SUMMARY,
    }


def test_a_category_purges_everything_under_it_and_what_lists_it(tree):
    assert set(urls_for_page(tree.subcategory)) == {
        f"{SITE}/",
        f"{SITE}/research/",
        f"{SITE}/research/sci/",
        # Its listing with every ?page=, its summaries and sub-categories (their
        # breadcrumbs carry its title), its feeds and its sub-categories' feeds.
        f"{SITE}/research/sci/walking/*",
        f"{SITE}/feed/sci/walking/*",
        f"{SITE}/feed/sci/",
        f"{SITE}/feed/sci/atom.xml",
        f"{SITE}/research/latest/",
        f"{SITE}/research/topics/*",
        f"{SITE}/feed/",
        f"{SITE}/feed/atom.xml",
        f"{SITE}/sitemap*",
        f"{SITE}/search/",
    }


def test_pages_in_every_header_purge_the_whole_site(tree):
    # Home, and the research index, which is in the main menu.
    assert urls_for_page(tree.home) == WHOLE_SITE
    assert urls_for_page(tree.research) == WHOLE_SITE
    about = StandardPageFactory(parent=tree.home, slug="about", show_in_menus=True)
    assert urls_for_page(about) == WHOLE_SITE


def test_a_page_outside_the_menu_purges_itself_home_and_the_sitemap(tree):
    page = StandardPageFactory(parent=tree.home, slug="privacy", show_in_menus=False)
    assert set(urls_for_page(page)) == {
        f"{SITE}/privacy/",
        f"{SITE}/",
        f"{SITE}/sitemap*",
    }


def test_publishing_a_summary_purges_after_the_commit(tree, purges):
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, live=False, slug="new")
    with purges() as purged:
        publish_signed_off(summary)
        assert recording_cache.purged == [], "purged before the publish was committed"
    assert set(purged) >= {f"{SITE}/research/sci/walking/new/", *AROUND_A_WALKING_SUMMARY}


def test_unpublishing_a_summary_purges_it_and_its_listings(tree, purges):
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, slug="old-news")
    with purges() as purged:
        summary.unpublish()
    assert set(purged) >= {f"{SITE}/research/sci/walking/old-news/", *AROUND_A_WALKING_SUMMARY}


def test_moving_a_category_purges_its_old_and_its_new_places(tree, purges):
    ResearchSummaryPageFactory(parent=tree.subcategory, slug="walking-faster")
    pain = CategoryPageFactory(parent=tree.research, title="Pain", slug="pain")
    with purges() as purged:
        tree.subcategory.move(pain, pos="last-child")
    assert set(purged) >= {
        # Where it was: itself and its summaries, its feeds, the category it left.
        f"{SITE}/research/sci/walking/*",
        f"{SITE}/feed/sci/walking/*",
        f"{SITE}/research/sci/",
        f"{SITE}/feed/sci/",
        # Where it is now.
        f"{SITE}/research/pain/walking/*",
        f"{SITE}/feed/pain/walking/*",
        f"{SITE}/research/pain/",
        f"{SITE}/feed/pain/",
        f"{SITE}/feed/pain/atom.xml",
        f"{SITE}/sitemap*",
    }


def test_a_summary_moved_while_unpublished_purges_both_places(tree, purges):
    # A live summary cannot move (review refuses: its review covered its category); it
    # is unpublished, moved, then published again, and each step purges.
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, slug="moving", live=False)
    pain = CategoryPageFactory(parent=tree.research, title="Pain", slug="pain")
    with purges() as purged:
        summary.move(pain, pos="last-child")
    assert set(purged) >= {
        f"{SITE}/research/sci/walking/moving/",
        f"{SITE}/research/sci/walking/",
        f"{SITE}/research/pain/moving/",
        f"{SITE}/research/pain/",
    }


def test_deleting_a_summary_purges_where_it_was(tree, purges):
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, slug="gone")
    with purges() as purged:
        summary.delete()
    assert set(purged) == {f"{SITE}/research/sci/walking/gone/", *AROUND_A_WALKING_SUMMARY}


def test_deleting_a_category_sends_one_purge_for_it_and_all_its_summaries(tree, purges):
    for number in range(3):
        ResearchSummaryPageFactory(parent=tree.subcategory, slug=f"summary-{number}")
    with purges() as purged:
        tree.subcategory.delete()
    # The category's prefix covers its summaries: none of them is sent on its own.
    assert f"{SITE}/research/sci/walking/*" in purged
    assert not [url for url in purged if url.startswith(f"{SITE}/research/sci/walking/summary")]
    assert len(purged) == len(set(purged))


def test_changing_site_settings_purges_the_whole_site(tree, purges):
    with purges() as purged:
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert purged == []  # created with its defaults on first read: nothing changed
    with purges() as purged:
        site_settings.notice = "This is a demo site."
        site_settings.save()
    assert purged == WHOLE_SITE


def test_nothing_is_worked_out_without_a_page_cache(tree, django_capture_on_commit_callbacks):
    recording_cache.purged.clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        ResearchSummaryPageFactory(parent=tree.subcategory)
    assert recording_cache.purged == []
    # Other work may follow a publish (the glossary's usage and word counts); no purge does.
    assert not [callback for callback in callbacks if isinstance(callback, PendingPurge)]


def test_making_a_category_private_purges_it_everything_under_it_and_its_listings(tree, purges):
    ResearchSummaryPageFactory(parent=tree.subcategory, slug="walking-faster")
    with purges() as purged:
        PageViewRestriction.objects.create(
            page=tree.subcategory, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    # The public copies of the category and its summaries, and every list that showed them.
    assert f"{SITE}/research/sci/walking/*" in purged
    assert set(purged) >= {
        f"{SITE}/feed/sci/walking/*",
        f"{SITE}/research/latest/",
        f"{SITE}/research/topics/*",
        f"{SITE}/search/",
        f"{SITE}/sitemap*",
        f"{SITE}/feed/",
    }


def test_making_a_category_public_again_purges_the_listings_that_left_it_out(tree, purges):
    restriction = PageViewRestriction.objects.create(
        page=tree.subcategory, restriction_type=PageViewRestriction.LOGIN
    )
    with purges() as purged:
        restriction.delete()
    assert f"{SITE}/research/sci/walking/*" in purged
    assert f"{SITE}/research/latest/" in purged


def test_making_a_summary_private_purges_its_public_copy(tree, purges):
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, slug="stem")
    with purges() as purged:
        PageViewRestriction.objects.create(page=summary, restriction_type="login")
    # Its own address and anything under it (private too), and what listed it.
    assert f"{SITE}/research/sci/walking/stem/*" in purged
    assert set(purged) >= AROUND_A_WALKING_SUMMARY


def test_deleting_a_private_category_purges_where_it_was(tree, purges):
    PageViewRestriction.objects.create(page=tree.subcategory, restriction_type="login")
    with purges() as purged:
        tree.subcategory.delete()
    assert f"{SITE}/research/sci/walking/*" in purged


def test_a_collection_made_private_takes_its_documents_out_of_the_cache(tree, purges):
    collection = Collection.get_first_root_node().add_child(name="Trial papers")
    with purges() as purged:
        CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    assert purged == [f"{SITE}/documents/*"]


def test_a_document_moved_into_a_private_collection_leaves_the_cache(tree, purges):
    collection = Collection.get_first_root_node().add_child(name="Trial papers")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    document = get_document_model().objects.create(
        title="Protocol (synthetic test file)",
        file=ContentFile(b"synthetic test file", name="protocol.txt"),
    )
    with purges() as purged:
        document.collection = collection
        document.save()
    assert purged == [f"{SITE}/documents/*"]
