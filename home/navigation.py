"""The header and footer links, built from the live page tree so that they only ever
point at pages that exist.

Every page (the admin's too) shows them, so the links of each site are kept in Django's
cache and forgotten whenever a page or a site changes (signals below): a publish,
unpublish, move, rename or delete shows in the next response. Only which link is the
current one is worked out per request."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

# A safety net only: every change that can alter the links empties the cache at once.
NAVIGATION_CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    is_current: bool = False
    is_section: bool = False


# One entry holds every site's links, {site id: links}, so one delete forgets them all.
NAVIGATION_CACHE_KEY = "home.navigation"


def site_links(site: Site) -> tuple[str, list[tuple[str, str]]]:
    """(home URL, [(label, URL), ...]) of the live pages the site shows in menus, in
    tree order: the same for every reader, so cached."""
    cached = cache.get(NAVIGATION_CACHE_KEY) or {}
    links = cached.get(site.pk)
    if links is None:
        home = site.root_page
        entries = []
        for child in home.get_children().live().in_menu().specific(defer=True):
            entries.extend(
                child.navigation_items()
                if hasattr(child, "navigation_items")
                else [(child.title, child.url)]
            )
        links = (home.url, entries)
        cache.set(NAVIGATION_CACHE_KEY, {**cached, site.pk: links}, NAVIGATION_CACHE_SECONDS)
    return links


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


def forget_navigation(**kwargs) -> None:
    """Forget the links of every site: any change to a page or a site may add, move,
    rename or hide one, and such changes are rare next to reads."""
    cache.delete(NAVIGATION_CACHE_KEY)


# Connected when the app is ready (home.apps), not when a template first needs the links,
# so that a publish from a command (publish_scheduled) is seen as well.
@receiver(post_save, dispatch_uid="home_navigation_saved")
@receiver(post_delete, dispatch_uid="home_navigation_deleted")
def forget_navigation_on_change(sender, instance, **kwargs):
    if isinstance(instance, Page | Site):
        forget_navigation()


page_published.connect(forget_navigation, dispatch_uid="home_navigation_published")
page_unpublished.connect(forget_navigation, dispatch_uid="home_navigation_unpublished")
post_page_move.connect(forget_navigation, dispatch_uid="home_navigation_moved")
