"""The grade: how hard a sentence or a text is, as a US school grade.

Model
-----
Each word gets a *rarity*, 7 minus its Zipf frequency in general English (wordfreq),
clipped to [0, 7]: "the" 0, "injury" 2.3, "spinal" 3.1, "tetraplegia" 5.6, unknown 7.
Names count as everyday words (Zipf 5); an abbreviation that the text has not spelled
out counts as Zipf 1 (rarity 6), a spelled-out one as Zipf 2.5. Numbers have no rarity:
they count only towards sentence length.

A sentence's **score** is on the 1-6 scale of the human ratings it was fitted to::

    score = S0 + S_PEAK * peak + S_LENGTH * ln(1 + tokens) + S_DENSITY * density
               + S_SYLLABLES * syllables_per_word

* ``peak``: mean rarity of the sentence's three rarest words (readers judge a sentence
  by its hardest words; this one signal alone has Spearman 0.75 with the ratings);
* ``tokens``: words and numbers in the sentence;
* ``density``: mean over words of max(0, 4.5 - Zipf), how much of the sentence is
  below everyday frequency;
* ``syllables_per_word`` over words (not numbers).

A text's score is the token-weighted mean of its sentence scores plus a **jargon
load**: ``S_TERMS`` per use of a listed term and ``S_ABBREVIATIONS`` per use of an
abbreviation (spelled out or not), per word of text (at least ``JARGON_MIN_WORDS``: a
short title is not a page of jargon). A sentence's own grade leaves the
jargon load out: in a single sentence the jargon shows as jargon hits, and the human
ratings show no effect of it beyond word rarity (sentences with statistics and
abbreviations are, if anything, rated easier than their words predict). Over a whole
text, though, the density of research jargon and shorthand is what most separates the
technical abstracts from their plain summaries: without it 89% of the pairs are ranked
right, with it 96%.

The **grade** is the lower of two straight lines in the score, so steep for easy text
and flatter for hard text (monotone: it changes no ranking)::

    grade = max(0, min(G_SENTENCE_0 + G_SENTENCE_PER_SCORE * score,
                       G_TEXT_0 + G_TEXT_PER_SCORE * score))

A text's grade applies this to its mean sentence score and adds the jargon load on the
text line's slope (``text_grade``): the same as converting the whole score for hard
texts, but at the easy end a necessary drug name in a short plain summary adds about a
grade rather than three.

The sentence line gives the rated sentences without numbers the mean and spread of
their Flesch-Kincaid grades; the text line does the same for the 822 texts of the pairs
(mean 16.0, sd 2.8); they cross at grade 9.8. Flesch-Kincaid is counted on this
package's sentences and tokens, so a grade reads like a Flesch-Kincaid grade without its
failures on statistics. "The cat sat on the mat." is grade 4.5, "We tested a new drug.
It helped people walk again." 2.1; the plain Cochrane summaries have a median of 14.0,
their technical abstracts 17.7.

Figures (``benchmarks/fit_grade.py`` fits them, ``benchmarks/readability_quality.py``
checks them; see ``benchmarks/README.md``): S0..S_SYLLABLES are ordinary least squares on
the 2,580 ``train`` rated sentences (Spearman 0.75 on train); S_TERMS and S_ABBREVIATIONS
are the whole numbers that rank the most of the 411 Cochrane pairs correctly, chosen by
5-fold cross-validation on the pairs (the folds chose 15-17 and 9-13; held-out accuracy
95.9%).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from .jargon import ABBREVIATION, MEDICAL_TERM, UNEXPLAINED_ABBREVIATION

# Fitted by benchmarks/fit_grade.py; frozen here.
S0 = 1.2430
S_PEAK = 0.2174
S_LENGTH = 0.4539
S_DENSITY = 0.8125
S_SYLLABLES = 0.2709
S_TERMS = 16.0
S_ABBREVIATIONS = 9.0
G_SENTENCE_0 = -24.8103
G_SENTENCE_PER_SCORE = 9.6048
G_TEXT_0 = -3.1765
G_TEXT_PER_SCORE = 3.6064

NAME_ZIPF = 5.0
UNEXPLAINED_ABBREVIATION_ZIPF = 1.0
EXPLAINED_ABBREVIATION_ZIPF = 2.5
DENSITY_ZIPF = 4.5
MAX_RARITY = 7.0
PEAK_WORDS = 3

# The jargon load is a density over a page: in a three-word title one abbreviation is
# a third of the words, but shows as a jargon hit, not as ten grades.
JARGON_MIN_WORDS = 50
# Score added by one use of jargon per word of text, by jargon reason ("rare" words
# count through their rarity already).
JARGON_WEIGHTS = {
    MEDICAL_TERM: S_TERMS,
    UNEXPLAINED_ABBREVIATION: S_ABBREVIATIONS,
    ABBREVIATION: S_ABBREVIATIONS,
}

MIN_SCORE = 1.0
MAX_SCORE = 6.0


@dataclass(frozen=True, slots=True)
class Signals:
    """The inputs of the model for one sentence."""

    peak: float
    tokens: int
    density: float
    syllables_per_word: float
    words: int

    def to_dict(self) -> dict[str, float]:
        return {
            "peak": round(self.peak, 3),
            "tokens": self.tokens,
            "density": round(self.density, 3),
            "syllables_per_word": round(self.syllables_per_word, 3),
        }


def signals(zipfs: list[float], tokens: int, syllables: int) -> Signals:
    """Signals from the adjusted Zipf values of a sentence's words (numbers excluded)."""
    words = len(zipfs)
    if not words:
        return Signals(0.0, tokens, 0.0, 0.0, 0)
    # Rarity is MAX_RARITY - Zipf, clipped at 0 ("the" is Zipf 7.7): the rarest words
    # are the ones with the lowest Zipf.
    peak = sum(max(0.0, MAX_RARITY - z) for z in sorted(zipfs)[:PEAK_WORDS]) / PEAK_WORDS
    below = [z for z in zipfs if z < DENSITY_ZIPF]
    density = (DENSITY_ZIPF * len(below) - sum(below)) / words
    return Signals(peak, tokens, density, syllables / words, words)


def sentence_score(signal: Signals) -> float:
    """Difficulty on the 1-6 rating scale, before clipping."""
    if signal.tokens == 0:
        return 0.0
    return (
        S0
        + S_PEAK * signal.peak
        + S_LENGTH * math.log1p(signal.tokens)
        + S_DENSITY * signal.density
        + S_SYLLABLES * signal.syllables_per_word
    )


def text_score(sentences: list[tuple[float, int]], jargon: float, words: int) -> float:
    """Score of a text from (sentence score, tokens) pairs and its ``jargon_load``."""
    weight = sum(tokens for _, tokens in sentences)
    if weight == 0:
        return 0.0
    mean = sum(score * tokens for score, tokens in sentences) / weight
    return mean + jargon / max(words, JARGON_MIN_WORDS)


def text_grade(sentences: list[tuple[float, int]], jargon: float, words: int) -> float:
    """Grade of a text: the grade of its mean sentence score, plus its jargon density on
    the text line's slope. For hard texts (on the text line) this is exactly
    ``score_to_grade(text_score(...))``; at the easy end it stops one drug name in a
    short, plain text from costing the three grades the steep sentence line would add."""
    weight = sum(tokens for _, tokens in sentences)
    if weight == 0:
        return 0.0
    mean = sum(score * tokens for score, tokens in sentences) / weight
    density = jargon / max(words, JARGON_MIN_WORDS)
    return max(0.0, score_to_grade(mean) + G_TEXT_PER_SCORE * density)


def jargon_load(reasons: Iterable[str]) -> float:
    return sum(JARGON_WEIGHTS.get(reason, 0.0) for reason in reasons)


def score_to_grade(score: float) -> float:
    """US school grade for a score; 0 for no text, never negative."""
    if score <= 0.0:
        return 0.0
    sentence_line = G_SENTENCE_0 + G_SENTENCE_PER_SCORE * score
    text_line = G_TEXT_0 + G_TEXT_PER_SCORE * score
    return max(0.0, min(sentence_line, text_line))


def clip_score(score: float) -> float:
    return min(MAX_SCORE, max(MIN_SCORE, score)) if score > 0 else 0.0
