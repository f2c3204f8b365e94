"""The sitemap: an index at /sitemap.xml naming parts of a bounded size, which together
list exactly what Wagtail's own sitemap lists (live pages readers may see)."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Page, PageViewRestriction

from tests.factories import (
    CategoryPageFactory,
    ResearchSummaryPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def small_parts(monkeypatch):
    """Parts of three addresses, so a handful of pages fills several."""
    monkeypatch.setattr("home.sitemap.URLS_PER_PART", 3)


def xml_of(response) -> ET.Element:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def part_addresses(client) -> list[str]:
    index = xml_of(client.get("/sitemap.xml"))
    return [part.findtext(f"{SITEMAP}loc") for part in index.findall(f"{SITEMAP}sitemap")]


def listed(client) -> list[tuple[str, str]]:
    """(address, lastmod) of every page the sitemap's parts list, in order."""
    entries = []
    for address in part_addresses(client):
        urlset = xml_of(client.get(address.removeprefix("http://localhost")))
        entries += [
            (url.findtext(f"{SITEMAP}loc"), url.findtext(f"{SITEMAP}lastmod"))
            for url in urlset.findall(f"{SITEMAP}url")
        ]
    return entries


def wagtails_own_sitemap() -> list[tuple[str, str]]:
    """What wagtail.contrib.sitemaps listed, the sitemap this one replaced."""
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    sitemap = WagtailSitemap(request)
    entries = []
    for page in sitemap.items():
        lastmod = sitemap.lastmod(page)
        day = timezone.localtime(lastmod).date().isoformat() if lastmod else None
        entries.append((page.get_full_url(request), day))
    return entries


@pytest.fixture
def site_with_hidden_pages(tree):
    """Readable pages, a draft, a password-protected category with a summary in it, a
    page for one group only, and a page whose slug is not plain ASCII."""
    for n in range(5):
        ResearchSummaryPageFactory(parent=tree.subcategory, slug=f"open-study-{n}")
    ResearchSummaryPageFactory(parent=tree.category, slug="draft-study", live=False)
    locked = CategoryPageFactory(parent=tree.research, title="Locked", slug="locked")
    ResearchSummaryPageFactory(parent=locked, slug="locked-study")
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    staff = StandardPageFactory(parent=tree.home, slug="staff-only")
    PageViewRestriction.objects.create(page=staff, restriction_type=PageViewRestriction.LOGIN)
    StandardPageFactory(parent=tree.home, slug="médula-espinal")
    return tree


def test_the_index_names_each_part_and_the_parts_list_what_wagtails_sitemap_did(
    client, site_with_hidden_pages, small_parts
):
    parts = part_addresses(client)
    assert parts == [f"http://localhost/sitemap-{n}.xml" for n in range(1, len(parts) + 1)]
    assert len(parts) > 1
    entries = listed(client)
    assert entries == wagtails_own_sitemap()
    addresses = [address for address, _ in entries]
    assert "http://localhost/research/sci/walking/open-study-4/" in addresses
    assert "http://localhost/m%C3%A9dula-espinal/" in addresses
    assert len(addresses) == len(set(addresses))


def test_drafts_and_private_pages_never_appear(client, site_with_hidden_pages, small_parts):
    addresses = " ".join(address for address, _ in listed(client))
    for hidden in ("draft-study", "locked", "locked-study", "staff-only"):
        assert f"/{hidden}/" not in addresses, hidden


def test_each_part_is_dated_by_its_latest_page_and_the_index_by_the_latest_of_all(
    client, tree, small_parts
):
    long_ago = timezone.now() - timedelta(days=400)
    pages = [
        ResearchSummaryPageFactory(parent=tree.subcategory, slug=f"study-{n}") for n in range(4)
    ]
    Page.objects.exclude(pk=pages[3].pk).update(last_published_at=long_ago)
    newest = timezone.now() - timedelta(days=3)
    Page.objects.filter(pk=pages[3].pk).update(last_published_at=newest)

    # Tree order: home, research, sci | walking, study-0, study-1 | study-2, study-3.
    assert client.get("/sitemap-2.xml")["Last-Modified"] == http_date(long_ago.timestamp())
    last_part = client.get("/sitemap-3.xml")
    assert last_part["Last-Modified"] == http_date(newest.timestamp())
    since = last_part["Last-Modified"]
    assert client.get("/sitemap-3.xml", HTTP_IF_MODIFIED_SINCE=since).status_code == 304
    index = client.get("/sitemap.xml")
    assert index["Last-Modified"] == http_date(newest.timestamp())
    assert index["X-Robots-Tag"] == "noindex, noodp, noarchive"


@pytest.mark.parametrize(
    "path", ["/sitemap-3.xml", "/sitemap-99999.xml", "/sitemap-0.xml", "/sitemap-01.xml"]
)
def test_a_part_that_does_not_exist_is_not_found(client, tree, small_parts, path):
    ResearchSummaryPageFactory(parent=tree.subcategory)  # five pages: two parts
    assert client.get("/sitemap-2.xml").status_code == 200
    assert client.get(path).status_code == 404


def test_a_site_with_nothing_to_list_has_one_empty_part(client, tree):
    PageViewRestriction.objects.create(
        page=tree.home, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    assert part_addresses(client) == ["http://localhost/sitemap-1.xml"]
    assert xml_of(client.get("/sitemap-1.xml")).findall(f"{SITEMAP}url") == []


def test_the_sitemap_is_read_only(client, tree):
    assert client.post("/sitemap.xml").status_code == 405
    assert client.post("/sitemap-1.xml").status_code == 405


def queries_of(client, path) -> int:
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_more_pages_make_more_parts_but_no_more_queries_per_response(client, tree, small_parts):
    ResearchSummaryPageFactory(parent=tree.subcategory)  # five pages
    assert len(part_addresses(client)) == 2
    index_queries = queries_of(client, "/sitemap.xml")
    part_queries = queries_of(client, "/sitemap-2.xml")

    for n in range(10):
        ResearchSummaryPageFactory(parent=tree.subcategory, slug=f"more-{n}")
    assert len(part_addresses(client)) == 5
    assert queries_of(client, "/sitemap.xml") == index_queries
    assert queries_of(client, "/sitemap-5.xml") == part_queries
