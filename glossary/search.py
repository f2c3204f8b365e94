"""Glossary entries for a reader's search: the live terms the words name (found the way
summaries are marked up, so "stem cells" finds "stem cell" and "MSC" the abbreviation),
then those whose name or expansion holds the words ("dysreflexia" finds "autonomic
dysreflexia"). Shown as a small group beside the summaries found, each linking to its
entry on the glossary page; nothing when there is no live glossary page to link to."""

from dataclasses import dataclass

from .matching import find_terms
from .models import GlossaryTerm
from .reader_glossary import Entry, reader_glossary

MAX_GLOSSARY_RESULTS = 5
# Shorter words would find a term inside many others ("an" in "anaemia", "spinal").
MIN_CONTAINED_LENGTH = 4


@dataclass(frozen=True)
class GlossaryResult:
    entry: Entry
    url: str


def glossary_matches(query: str, limit: int = MAX_GLOSSARY_RESULTS) -> list[GlossaryResult]:
    query = " ".join(query.split())
    glossary = reader_glossary()
    if not query or glossary.page_url is None or not glossary.entries:
        return []
    entries: list[Entry] = []
    for found in find_terms(query, glossary.index):
        entry = glossary.entry_for(found.term)
        if entry is not None and entry not in entries:
            entries.append(entry)
    if len(query) >= MIN_CONTAINED_LENGTH and len(entries) < limit:
        named = GlossaryTerm.objects.live().filter(term__icontains=query) | (
            GlossaryTerm.objects.live().filter(expansion__icontains=query)
        )
        slugs = {entry.slug for entry in entries}
        by_slug = {entry.slug: entry for entry in glossary.entries.values()}
        for slug in named.order_by("term").values_list("slug", flat=True)[: limit * 2]:
            if slug not in slugs and slug in by_slug:
                entries.append(by_slug[slug])
                slugs.add(slug)
    return [GlossaryResult(entry, glossary.entry_url(entry)) for entry in entries[:limit]]
