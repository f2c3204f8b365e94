"""The header and footer links, built from the live page tree so that they only ever
point at pages that exist."""

from dataclasses import dataclass

from wagtail.models import Site


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    is_current: bool = False
    is_section: bool = False


def build_navigation(request) -> list[NavItem]:
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page
    path = request.path
    items = [NavItem("Home", home.url, is_current=path == home.url)]
    for child in home.get_children().live().in_menu().specific():
        entries = (
            child.navigation_items()
            if hasattr(child, "navigation_items")
            else [(child.title, child.url)]
        )
        for label, url in entries:
            items.append(
                NavItem(
                    label,
                    url,
                    is_current=path == url,
                    is_section=path != url and path.startswith(url) and url != home.url,
                )
            )
    return items
