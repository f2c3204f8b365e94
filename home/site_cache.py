"""What every page of a site shows and every reader sees the same: the header links,
the site settings. Kept in Django's cache, one entry per kind holding every site's
value, and forgotten whenever a page, a site or the settings change (the signals
below): a publish, unpublish, move, rename or delete shows in the very next response.

The cache must be shared by the processes serving the site (Redis in production;
site_project.checks warns otherwise), or another process could keep an old value until
it expires."""

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

# A safety net only: every change that can alter a value forgets it at once.
SITE_CACHE_SECONDS = 24 * 60 * 60
SITE_CACHE_KINDS = ("navigation", "settings")

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


# Connected when the app is ready (home.apps), so that a change made outside a request
# (publish_scheduled, a shell) is seen as well.
@receiver(post_save, dispatch_uid="home_site_cache_saved")
@receiver(post_delete, dispatch_uid="home_site_cache_deleted")
def forget_on_change(sender, instance, **kwargs):
    from .models import SiteSettings

    if isinstance(instance, Page | Site | SiteSettings):
        forget_site_cache()


page_published.connect(forget_site_cache, dispatch_uid="home_site_cache_published")
page_unpublished.connect(forget_site_cache, dispatch_uid="home_site_cache_unpublished")
post_page_move.connect(forget_site_cache, dispatch_uid="home_site_cache_moved")
