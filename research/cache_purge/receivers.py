"""Every change readers can see purges what it makes stale, however it was made (the
editor, a workflow's approval, scheduled publishing, bulk actions, code).

Wagtail's frontend_cache purges a page's own address on publish and unpublish, at once,
inside the publishing transaction: the proxy could fetch the old page again before the
commit and keep it. Its handlers are replaced (`replace_wagtail_page_handlers`, called
from research's ready()) by these, which purge everything that lists the page too, cover
moves, deletions, view restrictions, documents and settings, and send the purge once the
change is committed. The addresses are worked out while the page is still where it was
(before a move, before a delete). Wagtail's purges of redirects (contrib.redirects) stay
as they are.
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.contrib.frontend_cache import signal_handlers as wagtail_handlers
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from currency.models import ReReview

from .paths import documents_prefix, urls_for_page, whole_site
from .tasks import purge_after_commit
from .varnish import PREFIX_MARK

# Addresses a page had before its move, kept from pre_page_move until post_page_move.
addresses_before_move: dict[int, list[str]] = {}


def replace_wagtail_page_handlers() -> None:
    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.disconnect(wagtail_handlers.page_published_signal_handler, model)
            page_unpublished.disconnect(wagtail_handlers.page_unpublished_signal_handler, model)


def page_cache_configured() -> bool:
    # No cache (development, tests): not even the queries to work out the addresses.
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


@receiver(page_published, dispatch_uid="cache_purge_published")
@receiver(page_unpublished, dispatch_uid="cache_purge_unpublished")
def purge_changed_page(sender, instance, **kwargs):
    if page_cache_configured():
        purge_after_commit(urls_for_page(instance))


@receiver(post_save, sender=ReReview, dispatch_uid="cache_purge_rereviewed")
def purge_rereviewed_page(sender, instance, raw=False, **kwargs):
    """A re-review changes what readers see (its date, the next due date, "What changed")
    without a publish."""
    if raw or not page_cache_configured():
        return
    page = Page.objects.filter(pk=instance.object_id).first()
    if page is not None:
        purge_after_commit(urls_for_page(page.specific))


@receiver(pre_page_move, dispatch_uid="cache_purge_before_move")
def remember_addresses_before_move(sender, instance, **kwargs):
    if page_cache_configured():
        addresses_before_move[instance.pk] = urls_for_page(instance)


@receiver(post_page_move, dispatch_uid="cache_purge_after_move")
def purge_moved_page(sender, instance, **kwargs):
    before = addresses_before_move.pop(instance.pk, [])
    if page_cache_configured():
        purge_after_commit([*before, *urls_for_page(instance)])


@receiver(pre_delete, dispatch_uid="cache_purge_deleted")
def purge_deleted_page(sender, instance, **kwargs):
    # A page's row is deleted twice over (its own type's table and Page's): once is enough.
    if not isinstance(instance, Page) or type(instance) is not instance.specific_class:
        return
    if page_cache_configured():
        purge_after_commit(urls_for_page(instance))


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="cache_purge_restricted")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="cache_purge_unrestricted")
def purge_restricted_section(sender, instance, **kwargs):
    """A page made private (password, sign-in, groups) takes everything under it with
    it: the copies readers were given while it was public must go at once, and so must
    the listings, feeds, sitemap and search that showed it. Lifting a restriction
    changes those listings too. Wagtail's privacy setting saves no page, so no page
    signal covers this."""
    if kwargs.get("raw") or not page_cache_configured():
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return  # deleted with its page, whose deletion purges
    urls = urls_for_page(page)
    page_url = page.get_full_url()
    if urls and page_url is not None:
        urls.append(page_url + PREFIX_MARK)
    purge_after_commit(urls)


@receiver(post_save, dispatch_uid="cache_purge_documents_saved")
@receiver(post_delete, dispatch_uid="cache_purge_documents_deleted")
def purge_documents(sender, instance, **kwargs):
    """A document replaced, deleted or moved into a private collection, or a collection
    made private (or public again): served documents are cached like pages, so all of
    them go (documents change seldom; working out which ones is not worth it)."""
    if kwargs.get("raw") or not page_cache_configured():
        return
    if not issubclass(sender, get_document_model() | CollectionViewRestriction):
        return
    purge_after_commit(documents_prefix(site) for site in Site.objects.all())


@receiver(post_save, dispatch_uid="cache_purge_settings_saved")
@receiver(post_delete, dispatch_uid="cache_purge_settings_deleted")
def purge_site_for_settings(sender, instance, **kwargs):
    """Site settings (name, notice, footer links, reading-level limits) show on every page."""
    if not issubclass(sender, BaseSiteSetting | BaseGenericSetting) or kwargs.get("raw"):
        return
    # Wagtail creates a site's settings, with their defaults, the first time a page reads
    # them: what readers saw has not changed.
    if kwargs.get("created") or not page_cache_configured():
        return
    if isinstance(instance, BaseSiteSetting):
        sites = Site.objects.filter(pk=instance.site_id)
    else:
        sites = Site.objects.all()
    purge_after_commit(url for site in sites for url in whole_site(site))
