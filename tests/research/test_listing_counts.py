"""The summary counts readers see (category lists, "Summaries (n)", "Page x of y") are
kept in the cache (research.models.listing_counts): each change a reader would notice
shows in the very next response, the cache warm from the response before."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from research.models import ResearchSummaryPage
from research.models.listing_counts import counts_under_pages
from research.pagination import SUMMARIES_PER_PAGE
from tests.factories import CategoryPageFactory, ResearchSummaryPageFactory, publish_signed_off

pytestmark = pytest.mark.django_db


def category_counts(client, address="/research/") -> dict[str, str]:
    soup = BeautifulSoup(client.get(address).content, "html.parser")
    return {
        li.select_one(".category-list__name").get_text(strip=True): li.select_one(
            ".category-list__count"
        ).get_text(strip=True)
        for li in soup.select(".category-list > li")
    }


def listed_count(client, address) -> str:
    soup = BeautifulSoup(client.get(address).content, "html.parser")
    return soup.select_one("#summaries-heading .count").get_text(strip=True)


def test_publishing_shows_in_the_counts_at_once(client, tree):
    ResearchSummaryPageFactory(parent=tree.subcategory)
    assert category_counts(client) == {"Spinal Cord Injury": "1 summary"}
    assert listed_count(client, tree.category.url) == "(1)"
    ResearchSummaryPageFactory(parent=tree.subcategory)
    assert category_counts(client) == {"Spinal Cord Injury": "2 summaries"}
    assert category_counts(client, tree.category.url) == {"Walking": "2 summaries"}
    assert listed_count(client, tree.category.url) == "(2)"
    assert listed_count(client, tree.subcategory.url) == "(2)"


def test_unpublishing_and_deleting_show_in_the_counts_at_once(client, tree):
    first, second = (ResearchSummaryPageFactory(parent=tree.category) for _ in range(2))
    assert category_counts(client, "/") == {"Spinal Cord Injury": "2 summaries"}
    first.unpublish()
    assert category_counts(client, "/") == {"Spinal Cord Injury": "1 summary"}
    second.delete()
    assert category_counts(client, "/") == {"Spinal Cord Injury": "0 summaries"}


def test_moving_a_category_moves_its_count(client, tree):
    pain = CategoryPageFactory(parent=tree.research, title="Pain", slug="pain")
    ResearchSummaryPageFactory(parent=tree.subcategory)
    assert category_counts(client) == {"Pain": "0 summaries", "Spinal Cord Injury": "1 summary"}
    tree.subcategory.move(pain, pos="last-child")
    assert category_counts(client) == {"Pain": "1 summary", "Spinal Cord Injury": "0 summaries"}


def test_a_private_section_is_not_counted_and_counts_again_once_opened(client, tree):
    ResearchSummaryPageFactory(parent=tree.category)
    ResearchSummaryPageFactory(parent=tree.subcategory)
    assert category_counts(client) == {"Spinal Cord Injury": "2 summaries"}
    restriction = PageViewRestriction.objects.create(
        page=tree.subcategory, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    assert category_counts(client) == {"Spinal Cord Injury": "1 summary"}
    assert listed_count(client, tree.category.url) == "(1)"
    restriction.delete()
    assert category_counts(client) == {"Spinal Cord Injury": "2 summaries"}


def test_the_kept_counts_are_what_the_listings_list(tree):
    """Hostile: drafts, an unpublished summary and a private section, each of which the
    listings leave out, are left out of every count too."""
    pain = CategoryPageFactory(parent=tree.research, title="Pain", slug="pain")
    hidden = CategoryPageFactory(parent=pain, title="Hidden", slug="hidden")
    for parent in (tree.category, tree.subcategory, pain, hidden, hidden):
        ResearchSummaryPageFactory(parent=parent)
    ResearchSummaryPageFactory(parent=pain, live=False)
    ResearchSummaryPageFactory(parent=tree.subcategory).unpublish()
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    counts = counts_under_pages()
    for page in (tree.home, tree.research, tree.category, tree.subcategory, pain, hidden):
        listed = ResearchSummaryPage.objects.for_readers(page).count()
        assert counts.get(page.path, 0) == listed, page.title
    assert counts[tree.research.path] == 3


def test_the_page_count_of_latest_research_follows_publishing(client, tree):
    for _ in range(SUMMARIES_PER_PAGE):
        ResearchSummaryPageFactory(parent=tree.category)
    assert b"Page 1 of" not in client.get("/research/latest/").content
    ResearchSummaryPageFactory(parent=tree.category)
    response = client.get("/research/latest/")
    assert b"Page 1 of 2" in response.content
    assert b'<a href="?page=1" aria-current="page">1</a>' in response.content
    assert b'<a href="?page=2">2</a>' in response.content


def test_a_topic_listing_counts_a_topic_added_to_a_summary(client, tree):
    summaries = [ResearchSummaryPageFactory(parent=tree.category) for _ in range(13)]
    for summary in summaries[:12]:
        summary.topics.add("Pain")
        publish_signed_off(summary)
    assert b"Page 1 of" not in client.get("/research/topics/pain/").content
    summaries[12].topics.add("Pain")
    publish_signed_off(summaries[12])
    assert b"Page 1 of 2" in client.get("/research/topics/pain/").content
