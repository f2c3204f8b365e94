"""What readers are shown of the glossary, compiled once per version of it.

The live terms (never the engine's shipped list: a reader is only ever shown a definition
a medical reviewer approved) become one TermIndex and a table of entries, with the
address of the glossary page. Each process keeps the compiled glossary for the current
version; the version is a token in Django's cache (shared by the processes: Redis in
production), replaced whenever the live terms or the glossary page change, so every
process compiles again on its next page. A page that finds no token makes one; the
compiling costs two queries, once per change, and none per page.
"""

import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction

from readability.core.terms import Term, TermIndex, parse_terms

VERSION_KEY = "glossary.reader_version"
# A safety net only: every change forgets the version at once.
VERSION_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Entry:
    """One live term as a reader meets it."""

    term: str
    slug: str
    kind: str
    definition: str
    expansion: str

    @property
    def is_abbreviation(self) -> bool:
        return self.kind == "abbreviation"


@dataclass
class ReaderGlossary:
    version: str
    index: TermIndex
    entries: dict[str, Entry] = field(default_factory=dict)  # by the engine term's name
    # The glossary page's address; None when there is no live glossary page.
    page_url: str | None = None

    def entry_for(self, term: Term) -> Entry | None:
        return self.entries.get(term.term)

    def entry_url(self, entry: Entry) -> str:
        return f"{self.page_url or ''}#{entry.slug}"


_compiled: ReaderGlossary | None = None


def current_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        # add, not set: two processes that both found none agree on the first one.
        if not cache.add(VERSION_KEY, version, VERSION_SECONDS):
            version = cache.get(VERSION_KEY) or version
    return version


def reader_glossary() -> ReaderGlossary:
    global _compiled
    version = current_version()
    compiled = _compiled
    if compiled is None or compiled.version != version:
        compiled = _compiled = compile_glossary(version)
    return compiled


def compile_glossary(version: str) -> ReaderGlossary:
    from .models import GlossaryPage, GlossaryTerm

    live = list(GlossaryTerm.objects.live().order_by("pk"))
    index = TermIndex()
    entries = {}
    for term in live:
        parsed = parse_terms([term.as_engine_term()])
        if not parsed:
            continue
        engine_term = parsed[0]
        index.add(engine_term)
        entries[engine_term.term] = Entry(
            term=term.term,
            slug=term.slug,
            kind=term.kind,
            definition=term.definition,
            expansion=term.expansion,
        )
    # Its address from its path in the tree, as Page.url would give it without asking for
    # the sites again (a query here would be paid on every page of a cold process).
    page = GlossaryPage.objects.live().first()
    return ReaderGlossary(
        version=version, index=index, entries=entries, page_url=page.url if page else None
    )


def start_empty(version: str | None = None) -> None:
    """A new version with no terms and no glossary page, compiled already: how a fresh
    database starts (tests)."""
    global _compiled
    version = version or uuid.uuid4().hex
    cache.set(VERSION_KEY, version, VERSION_SECONDS)
    _compiled = ReaderGlossary(version=version, index=TermIndex())


def forget_reader_glossary(**kwargs) -> None:
    """Every process compiles the glossary again on its next page; and again once the
    change commits, in case a page in between compiled what was there before."""
    cache.delete(VERSION_KEY)
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        transaction.on_commit(lambda: cache.delete(VERSION_KEY))
