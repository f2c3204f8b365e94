"""Keeping GlossaryUsage (which published pages use which terms) up to date, and saying
which pages a glossary change makes stale.

A page's usage is rebuilt once its publish, unpublish or deletion is committed; every
page's once a change to the live terms is committed (`glossary_changed`). Both run as
background tasks (glossary.tasks): queued in the database in production for
`manage.py db_worker`, run at once in development. When they are done,
`glossary_pages_changed` names the pages whose marked-up copies are stale (those that used
a changed term before the change, and those that use it now); the glossary page lists
usage, so a receiver purges it too (research/cache_purge/glossary.py).

The glossary knows no page type: a page that declares `plain_language_fields`
(readability.declarations) is read through that declaration, as the review and the
reading checks read it.
"""

from django.dispatch import Signal
from django.utils.html import escape

from wagtail.models import Page

from readability.declarations import declared_fields, field_texts, page_types_with_declared_fields

from .markup import slugs_used
from .models import GlossaryTerm, GlossaryUsage
from .reader_glossary import reader_glossary

# Sent with sender=GlossaryUsage and `pages`: primary keys of pages whose marked-up copies
# are stale (the glossary page, which lists usage, is always stale with them; `pages` may
# be empty when only the glossary page is).
glossary_pages_changed = Signal()

# The pages a deleted term was used on, kept from pre_delete (its usage rows go with it)
# until its change is announced.
pages_of_deleted_terms: dict[int, set[int]] = {}


def slugs_on_page(page: Page) -> set[str]:
    glossary = reader_glossary()
    slugs: set[str] = set()
    for text in field_texts(page):
        html = text.text if text.is_html else escape(text.text)
        slugs |= slugs_used(html, glossary)
    return slugs


def refresh_page(page_id: int) -> tuple[set[int], set[int]]:
    """Rebuild one page's usage: (term ids before, term ids now)."""
    before = set(GlossaryUsage.objects.filter(page_id=page_id).values_list("term_id", flat=True))
    page = Page.objects.filter(pk=page_id).first()
    now: set[int] = set()
    if page is not None and page.live:
        page = page.specific
        if declared_fields(page):
            slugs = slugs_on_page(page)
            now = set(
                GlossaryTerm.objects.live().filter(slug__in=slugs).values_list("pk", flat=True)
            )
    if now != before:
        GlossaryUsage.objects.filter(page_id=page_id, term_id__in=before - now).delete()
        GlossaryUsage.objects.bulk_create(
            [GlossaryUsage(term_id=term_id, page_id=page_id) for term_id in now - before]
        )
    return before, now


def refresh_all_pages() -> None:
    live_ids = set()
    for model in page_types_with_declared_fields():
        live_ids.update(model.objects.live().values_list("pk", flat=True))
    gone = GlossaryUsage.objects.exclude(page_id__in=live_ids)
    stale = set(gone.values_list("page_id", flat=True))
    for page_id in sorted(live_ids | stale):
        refresh_page(page_id)


def pages_using(term_ids) -> set[int]:
    term_ids = set(term_ids)
    pages = set(
        GlossaryUsage.objects.filter(term_id__in=term_ids).values_list("page_id", flat=True)
    )
    for term_id in term_ids:
        pages |= pages_of_deleted_terms.pop(term_id, set())
    return pages


def announce_pages_changed(pages) -> None:
    glossary_pages_changed.send(sender=GlossaryUsage, pages=frozenset(pages))
