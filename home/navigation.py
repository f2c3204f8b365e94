"""The header and footer links, built from the live page tree so that they only ever
point at pages that exist. Every page (the admin's too) shows them: the links are the
same for every reader and kept in the site cache (home.site_cache); only which one is
the current page is worked out per request."""

from dataclasses import dataclass

from wagtail.models import Site

from .site_cache import cached_for_site


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    is_current: bool = False
    is_section: bool = False


def site_links(site: Site) -> tuple[str, list[tuple[str, str]]]:
    """(home URL, [(label, URL), ...]) of the live pages the site shows in menus, in
    tree order."""

    def links():
        home = site.root_page
        entries = []
        for child in home.get_children().live().in_menu().specific(defer=True):
            entries.extend(
                child.navigation_items()
                if hasattr(child, "navigation_items")
                else [(child.title, child.url)]
            )
        return home.url, entries

    return cached_for_site("navigation", site, links)


def build_navigation(request) -> list[NavItem]:
    site = Site.find_for_request(request)
    if site is None:
        return []
    home_url, entries = site_links(site)
    path = request.path
    items = [NavItem("Home", home_url, is_current=path == home_url)]
    for label, url in entries:
        items.append(
            NavItem(
                label,
                url,
                is_current=path == url,
                is_section=path != url and path.startswith(url) and url != home_url,
            )
        )
    return items
