"""Which words of a summary count as missing from the glossary, and how they group.

A word counts when the engine flags it as jargon in text readers see (the fields a page
declares, rendered as readers get them: `readability.declarations.field_texts`), and
the live glossary does not hold it. Names are never flagged by the engine (a capitalised
word inside a sentence), so they never count.

Uses group into one word the way an editor would add it: a term from the engine's own
list under that term ("tetraplegic" under "tetraplegia"); an abbreviation in its
capitals, plural folded ("MSCs" under "MSC"); any other rare word case-folded, a
possessive or a regular plural folded ("Tramadol's" under "tramadol", "neuropathies"
under "neuropathy"). A word is in the glossary when the engine matches a live term
there (its forms, hyphen variants, any case; an abbreviation in its exact capitals), or
when it groups under one of a live term's forms.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from readability.core import analyse
from readability.core.jargon import RARE, JargonHit, abbreviation_key
from readability.core.terms import (
    Term,
    TermIndex,
    parse_terms,
    shipped_index,
    split_words,
)
from readability.core.tokens import normalise_word
from readability.declarations import field_texts

from ..models import FoundAs, GlossaryTerm
from ..models.missing_words import EXAMPLE_MAX_LENGTH, WORD_MAX_LENGTH

# Endings that are not plurals: "analysis", "stimulus", "pancreas", "kyphosis", "less".
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ys", "as", "os")


def base_form(word: str) -> str:
    """A lower-case word without a possessive or a regular plural ending."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(NOT_PLURAL_ENDINGS):
        return word[:-1]
    return word


def grouping_key(text: str, is_abbreviation: bool) -> str:
    """The word that `text` (a term form, or a word as written) counts under."""
    words = [normalise_word(word) for word in split_words(text)]
    if not words:
        return ""
    if is_abbreviation:
        last = words[-1].replace("’", "'").removesuffix("'s")
        return " ".join([*words[:-1], abbreviation_key(last)])
    lowered = [word.lower() for word in words]
    return " ".join([*lowered[:-1], base_form(lowered[-1])])


@dataclass
class GlossarySnapshot:
    """The live glossary as counting needs it: the engine's index with the glossary's
    terms added (as the site's engine reads text), and the grouping keys of every form
    of a live term."""

    index: TermIndex
    keys: frozenset[str]

    @classmethod
    def of_terms(cls, terms: Iterable[Term]) -> "GlossarySnapshot":
        terms = list(terms)
        keys = {
            grouping_key(form, term.is_abbreviation)
            for term in terms
            for form in (term.term, *term.forms)
        }
        return cls(index=shipped_index().extended(terms), keys=frozenset(keys - {""}))

    @classmethod
    def live(cls) -> "GlossarySnapshot":
        live_terms = GlossaryTerm.objects.live().prefetch_related(None)
        return cls.of_terms(parse_terms([term.as_engine_term() for term in live_terms]))

    def holds(self, word: str) -> bool:
        return word in self.keys


@dataclass
class WordUses:
    word: str
    found_as: str
    uses: int = 0
    example: str = ""


@dataclass
class PageWords:
    words: dict[str, WordUses] = field(default_factory=dict)

    def add(self, word: str, found_as: str, sentence: str) -> None:
        entry = self.words.get(word)
        if entry is None:
            example = " ".join(sentence.split())[:EXAMPLE_MAX_LENGTH]
            entry = self.words[word] = WordUses(word, found_as, example=example)
        entry.uses += 1


def word_of(hit: JargonHit) -> tuple[str, str]:
    """The word a jargon hit counts under (a listed term as the list spells it, e.g.
    "meta-analysis", "Schwann cell"), and how the engine found it."""
    if hit.term is not None:
        found_as = hit.kind if hit.kind in FoundAs.values else FoundAs.MEDICAL
        return hit.term, found_as
    if hit.reason == RARE:
        return grouping_key(hit.text, False), FoundAs.RARE
    return grouping_key(hit.text, True), FoundAs.ABBREVIATION


def key_of(word: str, found_as: str) -> str:
    """What `word` is compared with the glossary's forms by."""
    return grouping_key(word, found_as == FoundAs.ABBREVIATION)


def missing_words(page, glossary: GlossarySnapshot) -> PageWords:
    """The words of `page`'s reader-visible text that the glossary does not hold."""
    found = PageWords()
    for item in field_texts(page):
        report = analyse(item.text, html=item.is_html, extra_terms=glossary.index)
        for hit in report.jargon:
            word, found_as = word_of(hit)
            # Longer than any glossary term can be: not a word an editor could add.
            if not word or len(word) > WORD_MAX_LENGTH or glossary.holds(key_of(word, found_as)):
                continue
            found.add(word, found_as, sentence_of(report, hit))
    return found


def sentence_of(report, hit: JargonHit) -> str:
    if 0 <= hit.sentence < len(report.sentences):
        return report.sentences[hit.sentence].text
    return hit.text
