"""The grade: how hard a sentence or a text is, as a US school grade.

Everything fitted lives in ``data/grade_model.json`` (the numbers) and
``data/word_weights.json`` (each word's difficulty and register, read by ``lexicon``),
both written by ``benchmarks/fit_grade.py`` from the development data, never edited by
hand. Two questions, two parts of the model:

Sentence difficulty (which sentences to rewrite)
-------------------------------------------------
A sentence's **score** is on the 1-6 scale of human ratings of medical sentences::

    score = intercept + peak * PEAK + length * ln(1 + tokens) + density * DENSITY
            + syllables * SYLLABLES_PER_WORD
            + sum over words of difficulty(word)

* every word has a Zipf frequency in general English (wordfreq); names count as everyday
  words (Zipf 5), an abbreviation not spelled out as Zipf 1, a spelled-out one 2.5;
  numbers have none and count only towards ``tokens``;
* ``PEAK``: mean rarity (7 - Zipf) of the three rarest words; ``DENSITY``: mean of
  max(0, 4.5 - Zipf); every weight is positive, so a longer sentence or a rarer word
  never scores easier (a piecewise cost of each word by its frequency was tried: it
  added nothing held-out, and its fitted weights had rarer words cost less);
* ``difficulty(word)``: what people's ratings say about a word beyond its frequency
  ("cells", "expression" and "protein" are common words that readers of medical text
  find hard; "what", "did", "babies" make a sentence easier), shrunk towards 0 by ridge
  regression so that a word seen in a few sentences moves little.

A sentence's **grade** is its score on a straight line fitted so that the sentences of
ordinary prose get the mean and spread of their Flesch-Kincaid grades.

Text grade (is the page plain enough)
-------------------------------------
A text's grade is one linear formula over the whole text::

    grade = intercept + SENTENCES * mean sentence score (token-weighted)
            + LENGTH * words per sentence + SYLLABLES * syllables per word
            + TERMS * listed terms per word + ABBREVIATIONS * abbreviations per word
            + NUMBERS * numbers per token + REGISTER * mean register of its words

``REGISTER`` is how much more often a word appears in technical research abstracts than
in their plain-language summaries (log-odds, smoothed): "CI", "RR", "heterogeneity"
high, "people", "doctor", "tell" low. Jargon is counted per word over at least
``JARGON_MIN_WORDS`` words (a short title is not a page of jargon).

The formula is fitted at once to three things: the technical text of each pair above its
plain summary, each teacher-graded news article above its simpler versions, and on that
ordinary prose, Flesch-Kincaid's own grades (so a grade 8 here is a grade 8 there), then
stretched so that the three levels are at least as far apart as Flesch-Kincaid puts them.
Above ``COMPRESS_FROM`` the scale is compressed logarithmically (monotone: no ranking
changes): the difference between "grade 19" and "grade 24" says nothing a writer can use.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .jargon import ABBREVIATION, MEDICAL_TERM, UNEXPLAINED_ABBREVIATION
from .lexicon import WORD_WEIGHTS_PATH

MODEL_PATH = Path(__file__).with_name("data") / "grade_model.json"

NAME_ZIPF = 5.0
UNEXPLAINED_ABBREVIATION_ZIPF = 1.0
EXPLAINED_ABBREVIATION_ZIPF = 2.5
DENSITY_ZIPF = 4.5
MAX_RARITY = 7.0
PEAK_WORDS = 3

# The jargon densities are over a page: in a three-word title one abbreviation is a
# third of the words, but shows as a jargon hit, not as ten grades.
JARGON_MIN_WORDS = 50
TERM_REASONS = frozenset({MEDICAL_TERM})
ABBREVIATION_REASONS = frozenset({UNEXPLAINED_ABBREVIATION, ABBREVIATION})

MIN_SCORE = 1.0
MAX_SCORE = 6.0


def load_model(path: Path = MODEL_PATH) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


_MODEL = load_model()
# Names the fitted model (its numbers and word weights): a verdict recorded under another
# version was judged on another scale and must be checked again.
MODEL_VERSION = hashlib.sha256(
    MODEL_PATH.read_bytes() + WORD_WEIGHTS_PATH.read_bytes()
).hexdigest()[:12]
_SENTENCE = _MODEL["sentence"]
_TEXT = _MODEL["text"]
COMPRESS_FROM: float = _TEXT["compress_from"]
COMPRESS_SCALE: float = _TEXT["compress_scale"]


@dataclass(frozen=True, slots=True)
class Signals:
    """The inputs of the model for one sentence."""

    peak: float
    tokens: int
    density: float
    syllables: int  # of the words (numbers have none)
    words: int
    difficulty: float = 0.0  # sum of the words' learned difficulty
    zipfs: tuple[float, ...] = ()  # adjusted Zipf of each word, for refitting

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words if self.words else 0.0

    def to_dict(self) -> dict[str, float]:
        return {
            "peak": round(self.peak, 3),
            "tokens": self.tokens,
            "density": round(self.density, 3),
            "syllables_per_word": round(self.syllables_per_word, 3),
            "difficulty": round(self.difficulty, 3),
        }


def signals(zipfs: list[float], tokens: int, syllables: int, difficulty: float = 0.0) -> Signals:
    """Signals from the adjusted Zipf values of a sentence's words (numbers excluded)
    and the sum of their learned difficulty."""
    words = len(zipfs)
    if not words:
        return Signals(0.0, tokens, 0.0, 0, 0)
    # Rarity is MAX_RARITY - Zipf, clipped at 0 ("the" is Zipf 7.7): the rarest words
    # are the ones with the lowest Zipf.
    peak = sum(max(0.0, MAX_RARITY - z) for z in sorted(zipfs)[:PEAK_WORDS]) / PEAK_WORDS
    below = [z for z in zipfs if z < DENSITY_ZIPF]
    density = (DENSITY_ZIPF * len(below) - sum(below)) / words
    return Signals(peak, tokens, density, syllables, words, difficulty, tuple(zipfs))


def sentence_score(signal: Signals) -> float:
    """Difficulty on the 1-6 rating scale, before clipping."""
    if signal.tokens == 0:
        return 0.0
    return (
        _SENTENCE["intercept"]
        + _SENTENCE["peak"] * signal.peak
        + _SENTENCE["length"] * math.log1p(signal.tokens)
        + _SENTENCE["density"] * signal.density
        + _SENTENCE["syllables"] * signal.syllables_per_word
        + signal.difficulty
    )


def sentence_grade(score: float) -> float:
    """US school grade of one sentence from its score; 0 for no text, never negative."""
    if score <= 0.0:
        return 0.0
    line = _MODEL["sentence_grade"]
    return max(0.0, line["intercept"] + line["per_score"] * score)


@dataclass(slots=True)
class TextTotals:
    """What the text grade needs, summed over a text's sentences."""

    sentences: int = 0
    tokens: int = 0
    words: int = 0  # tokens that are not numbers
    syllables: int = 0  # of the words
    weighted_score: float = 0.0  # sum of sentence score * tokens
    terms: int = 0  # uses of listed terms
    abbreviations: int = 0  # uses of abbreviations, spelled out or not
    register: float = 0.0  # sum of the words' register

    @property
    def mean_score(self) -> float:
        """Token-weighted mean sentence score (0 for no text)."""
        return self.weighted_score / self.tokens if self.tokens else 0.0

    def features(self) -> dict[str, float]:
        """The text formula's inputs (all 0 for no text)."""
        if not self.tokens or not self.sentences:
            return dict.fromkeys(TEXT_FEATURES, 0.0)
        words = max(1, self.words)
        jargon_words = max(self.words, JARGON_MIN_WORDS)
        return {
            "sentence_score": self.mean_score,
            "words_per_sentence": self.tokens / self.sentences,
            "syllables_per_word": self.syllables / words,
            "terms": self.terms / jargon_words,
            "abbreviations": self.abbreviations / jargon_words,
            "numbers": (self.tokens - self.words) / self.tokens,
            "register": self.register / words,
        }


TEXT_FEATURES = (
    "sentence_score",
    "words_per_sentence",
    "syllables_per_word",
    "terms",
    "abbreviations",
    "numbers",
    "register",
)
JARGON_FEATURES = ("terms", "abbreviations")


def raw_text_grade(features: dict[str, float]) -> float:
    """The fitted linear formula, before compression and clipping."""
    return _TEXT["intercept"] + sum(_TEXT["weights"][name] * features[name] for name in features)


def compress(grade: float) -> float:
    """Monotone: unchanged up to COMPRESS_FROM, logarithmic above (same slope at the
    join, so no kink); never negative."""
    if grade > COMPRESS_FROM:
        grade = COMPRESS_FROM + COMPRESS_SCALE * math.log1p(
            (grade - COMPRESS_FROM) / COMPRESS_SCALE
        )
    return max(0.0, grade)


def text_grade(totals: TextTotals, without: Iterable[str] = ()) -> float:
    """Grade of a text; ``without`` names features left out (e.g. ``JARGON_FEATURES``:
    what the text would read at without its terms and abbreviations)."""
    if not totals.tokens:
        return 0.0
    features = totals.features()
    for name in without:
        features[name] = 0.0
    return compress(raw_text_grade(features))


def count_jargon(totals: TextTotals, reasons: Iterable[str]) -> None:
    for reason in reasons:
        if reason in TERM_REASONS:
            totals.terms += 1
        elif reason in ABBREVIATION_REASONS:
            totals.abbreviations += 1


def clip_score(score: float) -> float:
    return min(MAX_SCORE, max(MIN_SCORE, score)) if score > 0 else 0.0
