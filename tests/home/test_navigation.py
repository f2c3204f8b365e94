import pytest
from bs4 import BeautifulSoup

from home.models import SiteSettings
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def soup_of(client, url="/"):
    return BeautifulSoup(client.get(url).content, "html.parser")


def test_header_links_only_to_pages_that_exist(client, tree):
    nav = soup_of(client).find("nav", attrs={"aria-label": "Main"})
    assert [(a.get_text(strip=True), a["href"]) for a in nav.find_all("a")] == [
        ("Home", "/"),
        ("Categories", "/research/"),
        ("Latest research", "/research/latest/"),
        ("Search", "/search/"),  # shown on phones, where the header has no search box
    ]


def test_pages_shown_in_menus_join_the_header_and_drafts_do_not(client, tree):
    StandardPageFactory(parent=tree.home, title="About", slug="about", show_in_menus=True)
    StandardPageFactory(
        parent=tree.home, title="Unfinished", slug="unfinished", show_in_menus=True, live=False
    )
    labels = [a.get_text(strip=True) for a in soup_of(client).select("nav[aria-label=Main] a")]
    assert labels == ["Home", "Categories", "Latest research", "About", "Search"]


def test_current_page_is_marked_in_the_header(client, tree):
    current = soup_of(client, "/research/latest/").select("nav[aria-label=Main] a[aria-current]")
    assert [a.get_text(strip=True) for a in current] == ["Latest research"]


def test_footer_has_site_name_from_settings_and_disclaimer_link(client, tree):
    disclaimer = StandardPageFactory(parent=tree.home, title="Disclaimer", slug="disclaimer")
    settings = SiteSettings.for_site(tree.home.get_site())
    settings.site_name = "SCI Plainly"
    settings.disclaimer_page = disclaimer
    settings.save()

    footer = soup_of(client).find("footer")
    assert "SCI Plainly" in footer.select_one(".site-footer__legal").get_text()
    links = {a.get_text(strip=True): a["href"] for a in footer.find_all("a")}
    assert links["Disclaimer"] == "/disclaimer/"
    assert soup_of(client).title.get_text().endswith("| SCI Plainly")


def test_unpublished_disclaimer_is_not_linked(client, tree):
    disclaimer = StandardPageFactory(
        parent=tree.home, title="Disclaimer", slug="disclaimer", live=False
    )
    settings = SiteSettings.for_site(tree.home.get_site())
    settings.disclaimer_page = disclaimer
    settings.save()
    footer_links = [a.get_text(strip=True) for a in soup_of(client).find("footer").find_all("a")]
    assert "Disclaimer" not in footer_links


def test_header_links_are_never_stale_after_a_change(client, tree):
    """The links are cached for every reader (home.site_cache): each change to a page
    shows in the very next response."""

    def header_labels():
        return [a.get_text(strip=True) for a in soup_of(client).select("nav[aria-label=Main] a")]

    assert "About" not in header_labels()  # the links are now in the cache
    about = StandardPageFactory(parent=tree.home, title="About", slug="about", show_in_menus=True)
    assert "About" in header_labels()

    about.title = "About us"
    about.save_revision().publish()
    assert "About us" in header_labels()

    about.unpublish()
    assert "About us" not in header_labels()

    about.save_revision().publish()
    about.move(tree.research, pos="last-child")
    assert "About us" not in header_labels()


def test_footer_follows_a_change_to_the_site_settings_at_once(client, tree):
    assert "SCI Plainly" not in soup_of(client).find("footer").get_text()
    settings = SiteSettings.for_site(tree.home.get_site())
    settings.site_name = "SCI Plainly"
    settings.save()
    assert "SCI Plainly" in soup_of(client).find("footer").get_text()
