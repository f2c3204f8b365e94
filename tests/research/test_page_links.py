"""The page links under a listing: a long listing links its first and last pages and
those around the current one, not hundreds of pages."""

from bs4 import BeautifulSoup

from django.core.paginator import Paginator

from research.templatetags.pagination_tags import page_number_links


def links(page_count: int, current: int, prefix: str = "") -> list[str]:
    page = Paginator(range(page_count * 12), 12).page(current)
    soup = BeautifulSoup(page_number_links(page, prefix), "html.parser")
    return [item.get_text() for item in soup.find_all("li")]


def test_a_long_listing_links_the_ends_and_the_pages_around_the_current_one():
    assert links(835, 400) == ["1", "…", "398", "399", "400", "401", "402", "…", "835"]
    assert links(835, 1) == ["1", "2", "3", "…", "835"]
    assert links(835, 835) == ["1", "…", "833", "834", "835"]


def test_a_short_listing_links_every_page():
    assert links(7, 3) == ["1", "2", "3", "4", "5", "6", "7"]


def test_the_current_page_is_marked_and_links_keep_the_query():
    soup = BeautifulSoup(
        page_number_links(Paginator(range(100), 12).page(4), "q=walking&"), "html.parser"
    )
    current = soup.find("a", attrs={"aria-current": "page"})
    assert current.get_text() == "4"
    assert current["href"] == "?q=walking&page=4"
    # The gap is decoration: screen readers hear only the page numbers.
    assert all(gap["aria-hidden"] == "true" for gap in soup.select(".pagination__gap"))
