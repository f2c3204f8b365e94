"""Which cached addresses a change makes stale.

A page's change touches its own address, the pages that list it (its ancestors: the
categories, the research index, home), and the site-wide lists: latest research, topic
listings, the feeds (the site's and each enclosing category's), the sitemap (its index and
every numbered part: a page added or removed moves the addresses after it along) and search.
The proxy drops every query-string variant of an address (?page=2, ?q=…), so these are
paths only. An address ending in "*" is a prefix: a category's covers its summaries and
sub-categories, which show its title in their breadcrumbs and listings.

Some changes show on every page, so they purge the whole site: the home page and the
pages in the main menu (the header is built from them), and site settings.
"""

from os.path import commonprefix

from django.urls import reverse

from wagtail.models import Page, Site

from ..feeds import category_path_of, feed_urls
from ..models import CategoryPage, ResearchIndexPage, ResearchSummaryPage
from .varnish import PREFIX_MARK


def whole_site(site: Site) -> list[str]:
    return [site.root_url + "/" + PREFIX_MARK]


def urls_for_page(page: Page) -> list[str]:
    """The addresses to purge when `page` is published, unpublished or deleted, or moved
    away from (or to) where it is now. Computed while the page is still in the tree."""
    site = page.get_site()
    page_url = page.get_full_url()
    if site is None or page_url is None:
        return []  # not on any site: no reader could have it cached
    if shown_on_every_page(page, site):
        return whole_site(site)

    page = page.specific_deferred
    ancestors = list(page.get_ancestors().filter(depth__gte=site.root_page.depth).specific())
    urls = {page_url, sitemap_prefix(site)}
    urls.update(ancestor.get_full_url() for ancestor in ancestors)
    if isinstance(page, CategoryPage):
        urls.add(page_url + PREFIX_MARK)

    index = next((p for p in [*ancestors, page] if isinstance(p, ResearchIndexPage)), None)
    if index is not None and isinstance(page, CategoryPage | ResearchSummaryPage):
        urls.update(research_listings(site, index))
        categories = [p for p in [*ancestors, page] if isinstance(p, CategoryPage)]
        for category in categories:
            urls.update(
                reverse_on(site, url) for url in feed_urls(category_path_of(category, index))
            )
        if isinstance(page, CategoryPage):
            # Its sub-categories' feeds carry its name too.
            category_feed = feed_urls(category_path_of(page, index))[0]
            urls.add(reverse_on(site, category_feed) + PREFIX_MARK)
    return without_covered(urls)


def without_covered(urls) -> list[str]:
    """`urls` less those a prefix among them already covers, so each is sent once."""
    prefixes = [url.removesuffix(PREFIX_MARK) for url in urls if url.endswith(PREFIX_MARK)]
    return sorted(
        url
        for url in urls
        if url.endswith(PREFIX_MARK) or not any(url.startswith(p) for p in prefixes)
    )


def research_listings(site: Site, index: ResearchIndexPage) -> list[str]:
    """What lists summaries across the tree: latest, topics (its prefix: a summary's
    topics may have changed), the site's feeds and search."""
    index_url = index.get_full_url()
    return [
        index_url + index.reverse_subpage("latest"),
        index_url + index.reverse_subpage("topics") + PREFIX_MARK,
        *(reverse_on(site, url) for url in feed_urls()),
        reverse_on(site, "search"),
    ]


def shown_on_every_page(page: Page, site: Site) -> bool:
    """The home page, and the pages in the header's menu (home/navigation.py)."""
    if page.pk == site.root_page_id:
        return True
    return page.depth == site.root_page.depth + 1 and page.show_in_menus


def sitemap_prefix(site: Site) -> str:
    """The sitemap's index (/sitemap.xml) and its parts (/sitemap-1.xml, …), as one prefix."""
    paths = [reverse("sitemap"), reverse("sitemap_part", args=("1",))]
    return site.root_url + commonprefix(paths) + PREFIX_MARK


def documents_prefix(site: Site) -> str:
    """Every document the site serves (/documents/<id>/<file name>), as one prefix."""
    paths = [reverse("wagtaildocs_serve", args=args) for args in ((1, "a"), (2, "b"))]
    return site.root_url + commonprefix(paths) + PREFIX_MARK


def reverse_on(site: Site, name_or_path: str) -> str:
    path = name_or_path if name_or_path.startswith("/") else reverse(name_or_path)
    return site.root_url + path
