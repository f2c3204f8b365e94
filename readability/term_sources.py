"""The site's term list: where the engine's terms come from when it judges the site's
content (the publish gate, the editor's live panel, the reading level readers see).

The readability app knows no glossary (a lower layer never imports a higher one): an
app that keeps terms registers a `TermSource` in its AppConfig.ready. The source's live
terms are then the whole list (`build_index(..., include_shipped=False)`), so a term
unpublished there stops being suggested; while the source has no live terms (a fresh
database before seeding, or no source at all) the shipped list is used, as the pure
engine (`readability.core`, its command line) always does.

The index is built once per process and rebuilt when the source's stamp changes. The
stamp is read from the database on every call, so that a change made in one process
(one gunicorn worker publishes a term) reaches every other at its next judgement, with
no shared cache needed; `forget()` drops this process's copy at once.
"""

from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

from readability.core.terms import TermIndex, build_index, parse_terms, shipped_index

SHIPPED_STAMP = "shipped"


@dataclass(frozen=True)
class TermSource:
    # Cheap, and different whenever the live terms differ (e.g. counts and dates
    # aggregated from the database).
    stamp: Callable[[], str]
    # The live terms in the engine's JSON shape (readability.core.terms).
    terms: Callable[[], list[dict]]


@dataclass(frozen=True)
class SiteTerms:
    index: TermIndex
    # Changes whenever the list changes: part of the key of anything cached from it.
    stamp: str


_source: TermSource | None = None
_cached: SiteTerms | None = None
_lock = Lock()


def register_term_source(source: TermSource) -> None:
    """Make `source` the site's term list (one source: a second replaces the first)."""
    global _source
    _source = source
    forget()


def forget() -> None:
    """Drop this process's copy: the next call reads the source again."""
    global _cached
    with _lock:
        _cached = None


def site_terms() -> SiteTerms:
    """The site's term index with its stamp."""
    global _cached
    source = _source
    if source is None:
        return SiteTerms(shipped_index(), SHIPPED_STAMP)
    stamp = source.stamp()
    cached = _cached
    if cached is not None and cached.stamp == stamp:
        return cached
    terms = parse_terms(source.terms())
    index = build_index(terms, include_shipped=False) if terms else shipped_index()
    fresh = SiteTerms(index, stamp)
    with _lock:
        _cached = fresh
    return fresh


def site_term_index() -> TermIndex:
    return site_terms().index
