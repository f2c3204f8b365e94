"""What every page of a site shows and every reader sees the same: the header links,
the site settings. Kept in Django's cache, one entry per kind holding every site's
value, and forgotten whenever a page, a site or the settings change (the signals
connected in home.apps), and again when the change commits (research/after_commit.py):
a publish, unpublish, move, rename or delete shows in the very next response.

The cache must be shared by the processes serving the site (Redis in production;
site_project.checks warns otherwise), or another process could keep an old value until
it expires."""

import functools
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.http.request import split_domain_port

from wagtail.models import Site

from research.after_commit import again_after_commit

# A safety net only: every change that can alter a value forgets it at once.
SITE_CACHE_SECONDS = 24 * 60 * 60
SITE_CACHE_KINDS = ("navigation", "settings", "sites")

T = TypeVar("T")


def cache_key(kind: str) -> str:
    return f"home.site_cache.{kind}"


def cached_for_site(kind: str, site: Site, compute: Callable[[], T]) -> T:
    """The site's cached `kind`, computed (and kept) when the cache has none."""
    per_site = cache.get(cache_key(kind)) or {}
    if site.pk in per_site:
        return per_site[site.pk]
    value = compute()
    cache.set(cache_key(kind), {**per_site, site.pk: value}, SITE_CACHE_SECONDS)
    return value


def forget_site_cache(**kwargs) -> None:
    cache.delete_many([cache_key(kind) for kind in SITE_CACHE_KINDS])
    again_after_commit(forget_site_cache)


def all_sites() -> list[Site]:
    """Every Site with its root page, as Wagtail's lookup fetches them: a handful of rows,
    kept so that finding a request's site costs no query."""
    sites = cache.get(cache_key("sites"))
    if sites is None:
        sites = list(Site.objects.select_related("root_page").order_by("pk"))
        cache.set(cache_key("sites"), sites, SITE_CACHE_SECONDS)
    return sites


def site_for_host(hostname: str, port: int, sites: list[Site]) -> Site | None:
    """Wagtail's choice (wagtail.models.sites.get_site_for_hostname) made among `sites`:
    the site with this host name and port; else the default site if it has this host
    name; else the one site with this host name, or the default site."""
    candidates = [site for site in sites if site.hostname == hostname or site.is_default_site]
    exact = [site for site in candidates if site.hostname == hostname and site.port == port]
    if exact:
        return exact[0]
    default = next((site for site in candidates if site.is_default_site), None)
    if default is not None and default.hostname == hostname:
        return default
    by_name = [site for site in candidates if not site.is_default_site]
    if len(by_name) == 1:
        return by_name[0]
    return default


def site_of_request(request) -> Site | None:
    # As Wagtail's own lookup: the raw host, before ALLOWED_HOSTS is checked.
    hostname = split_domain_port(request._get_raw_host())[0]
    return site_for_host(hostname, request.get_port(), all_sites())


@functools.cache
def with_cached_site(request_class: type) -> type:
    """`request_class` whose `_wagtail_site` is looked up among the kept Sites the first
    time anything asks for it: Site.find_for_request reads that attribute before it
    would query the database. Looked up lazily, so a request that never needs its site
    (a CSP report, a static file) touches neither the cache nor the database, and an
    unreachable database fails in the view, where it becomes the outage page."""
    return type(
        f"{request_class.__name__}WithCachedSite",
        (request_class,),
        {"_wagtail_site": functools.cached_property(site_of_request)},
    )


class CachedSiteMiddleware:
    """Gives Wagtail the request's site from the kept Sites, where Wagtail would ask the
    database on every request: a query of about 5 ms on every page, for a table that
    changes a few times a year."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.__class__ = with_cached_site(request.__class__)
        return self.get_response(request)
