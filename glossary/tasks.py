"""The background half of keeping glossary usage current (glossary.usage): each task
rebuilds the index, then names the pages made stale so their cached copies are purged."""

from django_tasks import task

from readability.live_grades import refresh_live_grades

from .usage import announce_pages_changed, pages_using, refresh_all_pages, refresh_page


@task()
def refresh_usage_for_page(page_id: int) -> str:
    """After a page is published, unpublished or deleted. The page's own copies are
    purged by its publishing; the glossary page lists its title under each term it used
    or uses, so it is stale whenever either is not empty."""
    before, now = refresh_page(page_id)
    if before or now:
        announce_pages_changed([])
    return f"page {page_id}: {len(now)} glossary term(s)"


@task()
def refresh_usage_for_terms(term_ids: list[int], pages_before: list[int]) -> str:
    """After live terms changed: every page's usage, then the pages that used a changed
    term before (`pages_before`) or use it now, then the stored grades (the term list is
    part of a grade). The grades come last: they are a copy for a report, and a page that
    cannot be graded must not keep readers' cached copies stale; the report works out
    any row not refreshed."""
    refresh_all_pages()
    stale = set(pages_before) | pages_using(term_ids)
    announce_pages_changed(stale)
    refresh_live_grades()
    return f"{len(stale)} page(s) show the {len(term_ids)} changed term(s)"
