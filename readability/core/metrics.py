"""Counts and the classic readability formulas, on this package's tokenisation.

The formulas are the published ones; what differs from other tools is what they count:

* sentences come from ``sentences.py`` (a decimal point or "et al." ends nothing);
* a number or statistic ("0.73", "95%", "p<0.05") is one word of 2 syllables and 4
  letters: never polysyllabic, long or unfamiliar (see ``tokens.py``);
* names count as familiar words for Dale-Chall, as its rules say; URLs, DOIs, citations
  and code are not counted at all.

Counts: ``words`` (words and numbers), ``numbers``, ``sentences``, ``syllables``,
``polysyllables`` (3+ syllables), ``long_words`` (7+ letters), ``complex_words`` (not on
the Dale-Chall list of familiar words), ``rare_words`` (below the rare-word Zipf
threshold, names and numbers excepted), ``letters``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

NUMBER_LETTERS = 4


@dataclass(slots=True)
class Counts:
    words: int = 0
    numbers: int = 0
    sentences: int = 0
    syllables: int = 0
    polysyllables: int = 0
    long_words: int = 0
    complex_words: int = 0
    rare_words: int = 0
    letters: int = 0

    def add(self, other: Counts) -> None:
        self.words += other.words
        self.numbers += other.numbers
        self.sentences += other.sentences
        self.syllables += other.syllables
        self.polysyllables += other.polysyllables
        self.long_words += other.long_words
        self.complex_words += other.complex_words
        self.rare_words += other.rare_words
        self.letters += other.letters


@dataclass(frozen=True, slots=True)
class Metrics:
    """All counts and formulas of a text (0 for every formula when there is no text)."""

    words: int
    numbers: int
    sentences: int
    syllables: int
    polysyllables: int
    long_words: int
    complex_words: int
    rare_words: int
    letters: int
    jargon_words: int
    unexplained_jargon: int
    words_per_sentence: float
    syllables_per_word: float
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    smog: float
    dale_chall: float
    automated_readability_index: float
    coleman_liau: float

    def to_dict(self) -> dict[str, float | int]:
        return {
            key: round(value, 2) if isinstance(value, float) else value
            for key, value in asdict(self).items()
        }


def compute(counts: Counts, jargon_words: int = 0, unexplained_jargon: int = 0) -> Metrics:
    words, sentences = counts.words, counts.sentences
    totals = {
        "words": words,
        "numbers": counts.numbers,
        "sentences": sentences,
        "syllables": counts.syllables,
        "polysyllables": counts.polysyllables,
        "long_words": counts.long_words,
        "complex_words": counts.complex_words,
        "rare_words": counts.rare_words,
        "letters": counts.letters,
        "jargon_words": jargon_words,
        "unexplained_jargon": unexplained_jargon,
    }
    if words == 0 or sentences == 0:
        return Metrics(
            **totals,
            words_per_sentence=0.0,
            syllables_per_word=0.0,
            flesch_reading_ease=0.0,
            flesch_kincaid_grade=0.0,
            smog=0.0,
            dale_chall=0.0,
            automated_readability_index=0.0,
            coleman_liau=0.0,
        )
    per_sentence = words / sentences
    per_word = counts.syllables / words
    letters = counts.letters + NUMBER_LETTERS * counts.numbers
    complex_share = 100.0 * counts.complex_words / words
    dale_chall = 0.1579 * complex_share + 0.0496 * per_sentence
    if complex_share > 5.0:
        dale_chall += 3.6365
    return Metrics(
        **totals,
        words_per_sentence=per_sentence,
        syllables_per_word=per_word,
        flesch_reading_ease=206.835 - 1.015 * per_sentence - 84.6 * per_word,
        flesch_kincaid_grade=0.39 * per_sentence + 11.8 * per_word - 15.59,
        smog=1.043 * math.sqrt(counts.polysyllables * 30.0 / sentences) + 3.1291,
        dale_chall=dale_chall,
        automated_readability_index=4.71 * letters / words + 0.5 * per_sentence - 21.43,
        coleman_liau=0.0588 * (100.0 * letters / words)
        - 0.296 * (100.0 * sentences / words)
        - 15.8,
    )
