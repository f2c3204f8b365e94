"""The glossary page's A to Z: the live terms grouped by first letter, each with its
other forms, its live see-also terms and the published, public pages that use it.

A fixed number of queries however many terms and pages: the terms with their see-also
terms, then the usages with their pages."""

import string
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from wagtail.models import Page

from .models import GlossaryTerm, GlossaryUsage

OTHER = "#"  # terms that start with a digit or a symbol
LETTERS = tuple(string.ascii_uppercase)


@dataclass
class ListedTerm:
    term: GlossaryTerm
    see_also: list[GlossaryTerm] = field(default_factory=list)
    pages: list[tuple[str, str]] = field(default_factory=list)  # (title, address)


@dataclass
class LetterGroup:
    letter: str
    anchor: str
    terms: list[ListedTerm]


@dataclass
class GlossaryListing:
    groups: list[LetterGroup]
    # (letter, anchor or None when no term starts with it), A to Z
    index: list[tuple[str, str | None]]

    @property
    def count(self) -> int:
        return sum(len(group.terms) for group in self.groups)


def first_letter(term: str) -> str:
    """ "Émbolism" is under E; a term starting with a digit or symbol under #."""
    folded = unicodedata.normalize("NFKD", term.strip()[:1]).upper()[:1]
    return folded if folded in LETTERS else OTHER


def letter_anchor(letter: str) -> str:
    return "letter-other" if letter == OTHER else f"letter-{letter.lower()}"


def glossary_listing(request=None) -> GlossaryListing:
    terms = list(GlossaryTerm.objects.live().prefetch_related("see_also"))
    terms.sort(key=lambda term: (first_letter(term.term) == OTHER, term.term.casefold()))
    listed = {term.pk: ListedTerm(term) for term in terms}
    for item in listed.values():
        item.see_also = sorted(
            (other for other in item.term.see_also.all() if other.pk in listed),
            key=lambda other: other.term.casefold(),
        )
    usages = (
        GlossaryUsage.objects.filter(
            term__in=list(listed), page__in=Page.objects.live().public().values("pk")
        )
        .select_related("page")
        .order_by("page__title", "page_id")
    )
    for usage in usages:
        url = usage.page.get_url(request)
        if url:
            listed[usage.term_id].pages.append((usage.page.title, url))

    by_letter: dict[str, list[ListedTerm]] = defaultdict(list)
    for term in terms:
        by_letter[first_letter(term.term)].append(listed[term.pk])
    letters = [*LETTERS, OTHER] if by_letter.get(OTHER) else list(LETTERS)
    groups = [
        LetterGroup(letter, letter_anchor(letter), by_letter[letter])
        for letter in letters
        if by_letter.get(letter)
    ]
    index = [
        (letter, letter_anchor(letter) if by_letter.get(letter) else None) for letter in letters
    ]
    return GlossaryListing(groups=groups, index=index)
