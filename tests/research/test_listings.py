import pytest
from bs4 import BeautifulSoup

from research.pagination import SUMMARIES_PER_PAGE
from tests.factories import CategoryPageFactory, ResearchSummaryPageFactory, publish_signed_off

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".summary-card__title a")]


def make_summaries(parent, count, prefix="Summary"):
    return [
        ResearchSummaryPageFactory(parent=parent, title=f"{prefix} {n:02d}") for n in range(count)
    ]


def test_category_lists_its_own_and_subcategory_summaries_newest_first(client, tree):
    make_summaries(tree.category, 2, "Direct")
    make_summaries(tree.subcategory, 1, "Nested")
    response = client.get(tree.category.url)
    assert titles(response) == ["Nested 00", "Direct 01", "Direct 00"]
    assert b'Summaries <span class="count">(3)</span>' in response.content


def test_drafts_are_never_listed(client, tree):
    draft = ResearchSummaryPageFactory(parent=tree.category, title="Secret draft", live=False)
    assert not draft.live
    assert "Secret draft" not in titles(client.get(tree.category.url))
    assert "Secret draft" not in titles(client.get("/research/latest/"))


@pytest.mark.parametrize(
    ("query", "expected_page"),
    [
        ("", 1),
        ("?page=2", 2),
        ("?page=x", 1),
        ("?page=0", 1),
        ("?page=-3", 1),
        ("?page=999", 2),
        ("?page=2.5", 1),
        ("?page=%00", 1),
    ],
)
def test_category_pagination_never_errors(client, tree, query, expected_page):
    make_summaries(tree.category, SUMMARIES_PER_PAGE + 3)
    response = client.get(tree.category.url + query)
    assert response.status_code == 200
    assert response.context["summaries"].number == expected_page
    expected_count = SUMMARIES_PER_PAGE if expected_page == 1 else 3
    assert len(titles(response)) == expected_count
    assert f"Page {expected_page} of 2".encode() in response.content


def test_latest_research_spans_all_categories_newest_first(client, tree):
    other = CategoryPageFactory(parent=tree.research, title="Pain", slug="pain")
    ResearchSummaryPageFactory(parent=tree.category, title="Oldest")
    ResearchSummaryPageFactory(parent=other, title="Middle")
    ResearchSummaryPageFactory(parent=tree.subcategory, title="Newest")
    response = client.get("/research/latest/")
    assert response.status_code == 200
    assert titles(response) == ["Newest", "Middle", "Oldest"]


def test_research_index_lists_categories_with_counts(client, tree):
    CategoryPageFactory(parent=tree.research, title="Pain", slug="pain")
    make_summaries(tree.subcategory, 2)
    soup = BeautifulSoup(client.get("/research/").content, "html.parser")
    counts = {
        li.select_one(".category-list__name").get_text(strip=True): li.select_one(
            ".category-list__count"
        ).get_text(strip=True)
        for li in soup.select(".category-list > li")
    }
    assert counts == {"Pain": "0 summaries", "Spinal Cord Injury": "2 summaries"}


def test_topic_listing_shows_only_summaries_with_that_topic(client, tree):
    tagged = ResearchSummaryPageFactory(parent=tree.category, title="Tagged")
    tagged.topics.add("Stem Cells")
    publish_signed_off(tagged)  # topics are reviewed too
    ResearchSummaryPageFactory(parent=tree.category, title="Untagged")

    response = client.get("/research/topics/stem-cells/")
    assert response.status_code == 200
    assert titles(response) == ["Tagged"]

    index = BeautifulSoup(client.get("/research/topics/").content, "html.parser")
    assert [a.get_text(" ", strip=True) for a in index.select(".topic-list a")] == [
        "Stem Cells (1)"
    ]


def test_unknown_topic_is_a_friendly_404(client, tree):
    response = client.get("/research/topics/no-such-topic/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_home_page_shows_latest_summaries_and_categories(client, tree):
    make_summaries(tree.category, 8)
    response = client.get("/")
    assert response.status_code == 200
    assert titles(response) == [f"Summary {n:02d}" for n in range(7, 1, -1)]
    soup = BeautifulSoup(response.content, "html.parser")
    assert [a.get_text(strip=True) for a in soup.select(".category-list__name")] == [
        "Spinal Cord Injury"
    ]
