"""Stage 1 of fitting the grade model (see ``_grade_fitting.py`` for the whole): the
model's raw inputs read from texts with the shipped engine's own tokens, and the
sentence score fitted to people's ratings: one ridge regression of the rating on the
dense signals (peak, ln(1 + tokens), density, syllables per word) and on the count of
each word, with the penalty on the words only (a word seen in more rated sentences moves
further from 0), solved by conjugate gradients. Pure Python, deterministic.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field

from _common import mean, spearman, stdev

from readability.core import analyse
from readability.core.grade import ABBREVIATION_REASONS, TERM_REASONS
from readability.core.text import extract
from readability.core.tokens import TOKEN_PATTERN, profile

DENSE_SCALE = 30.0  # see fit_sentence_model
WORD_RIDGE = 20.0  # chosen by 5-fold cross-validation over the rated sentences (10-30)
WORD_MIN_SENTENCES = 1
CONJUGATE_GRADIENT_STEPS = 2000
CHUNK_SENTENCES = 5
FOLDS = 5


@dataclass(slots=True)
class Sentence:
    tokens: int
    words: int
    syllables: int
    peak: float
    density: float
    zipfs: tuple[float, ...]
    lowers: tuple[str, ...]

    def dense(self) -> list[float]:
        return [
            self.peak,
            math.log1p(self.tokens),
            self.density,
            self.syllables / self.words if self.words else 0.0,
        ]


@dataclass(slots=True)
class Text:
    sentences: list[Sentence]
    terms: int
    abbreviations: int
    flesch_kincaid: float = 0.0  # textstat's, where the fit needs it
    bag: Counter = field(default_factory=Counter)
    # Runs of CHUNK_SENTENCES sentences of a graded article, each with its own
    # Flesch-Kincaid grade: they reach the easy end that whole articles do not.
    chunks: list[Text] = field(default_factory=list)


def read_graded(text: str, flesch_kincaid) -> Text:
    """A graded article with its Flesch-Kincaid grade (``flesch_kincaid``: textstat's
    function) and its chunks."""
    read = read_text(text)
    read.flesch_kincaid = flesch_kincaid(text)
    sentences = [sentence.text for sentence in analyse(text).sentences]
    for start in range(0, len(sentences) - CHUNK_SENTENCES + 1, CHUNK_SENTENCES):
        chunk = " ".join(sentences[start : start + CHUNK_SENTENCES])
        piece = read_text(chunk)
        piece.flesch_kincaid = flesch_kincaid(chunk)
        read.chunks.append(piece)
    return read


def read_text(text: str) -> Text:
    """The model's raw inputs for one text, with the shipped engine's tokens."""
    report = analyse(text)
    scored = extract(text, False).scored
    sentences = []
    for sentence in report.sentences:
        signals = sentence.signals
        if signals is None or not signals.tokens:
            continue
        lowers = tuple(
            info.lower
            for info in map(
                profile,
                (m.group() for m in TOKEN_PATTERN.finditer(scored, sentence.start, sentence.end)),
            )
            if not info.is_number
        )
        sentences.append(
            Sentence(
                tokens=signals.tokens,
                words=signals.words,
                syllables=signals.syllables,
                peak=signals.peak,
                density=signals.density,
                zipfs=signals.zipfs,
                lowers=lowers,
            )
        )
    terms = sum(hit.reason in TERM_REASONS for hit in report.jargon)
    abbreviations = sum(hit.reason in ABBREVIATION_REASONS for hit in report.jargon)
    bag = Counter(word for sentence in sentences for word in sentence.lowers)
    return Text(sentences, terms, abbreviations, bag=bag)


# --- stage 1: the sentence score ------------------------------------------------------


@dataclass(slots=True)
class SentenceModel:
    intercept: float
    dense: list[float]  # peak, length, density, syllables
    difficulty: dict[str, float]

    def sentence_score(self, sentence: Sentence) -> float:
        return (
            self.intercept
            + sum(w * x for w, x in zip(self.dense, sentence.dense(), strict=True))
            + sum(self.difficulty.get(word, 0.0) for word in sentence.lowers)
        )

    def score(self, text: Text) -> float:
        """Token-weighted mean sentence score (what the engine computes for a text)."""
        tokens = sum(s.tokens for s in text.sentences)
        if not tokens:
            return 0.0
        return sum(self.sentence_score(s) * s.tokens for s in text.sentences) / tokens


def _item_dense(text: Text) -> list[float]:
    tokens = sum(s.tokens for s in text.sentences)
    columns = [0.0] * 4
    for sentence in text.sentences:
        for index, value in enumerate(sentence.dense()):
            columns[index] += value * sentence.tokens / tokens
    return columns


def _item_bag(text: Text) -> Counter:
    """Word counts of a rated item, token-weighted like its score (nearly always one
    sentence, so plain counts)."""
    tokens = sum(s.tokens for s in text.sentences)
    bag: Counter = Counter()
    for sentence in text.sentences:
        for word in sentence.lowers:
            bag[word] += sentence.tokens / tokens
    return bag


def fit_sentence_model(items: list[Text], ratings: list[float]) -> SentenceModel:
    """Dense signals and word difficulties fitted together by ridge regression. The
    dense columns (and the intercept) are standardised and scaled by DENSE_SCALE, so the
    penalty barely touches them: only the word weights are shrunk."""
    rows = [_item_dense(item) for item in items]
    columns = len(rows[0])
    centre = [mean([row[j] for row in rows]) for j in range(columns)]
    spread = [stdev([row[j] for row in rows]) or 1.0 for j in range(columns)]
    bags = [_item_bag(item) for item in items]
    seen = Counter(word for bag in bags for word in bag)
    vocabulary = sorted(word for word, count in seen.items() if count >= WORD_MIN_SENTENCES)
    word_column = {word: columns + 1 + j for j, word in enumerate(vocabulary)}
    sparse_rows = [
        [
            *(
                (j, (x - c) / s * DENSE_SCALE)
                for j, (x, c, s) in enumerate(zip(row, centre, spread, strict=True))
            ),
            (columns, DENSE_SCALE),
            *((word_column[w], count) for w, count in bag.items() if w in word_column),
        ]
        for row, bag in zip(rows, bags, strict=True)
    ]
    solution = ridge_by_conjugate_gradients(
        sparse_rows, ratings, columns + 1 + len(vocabulary), WORD_RIDGE
    )
    dense = [solution[j] * DENSE_SCALE / spread[j] for j in range(columns)]
    intercept = solution[columns] * DENSE_SCALE - sum(
        w * c for w, c in zip(dense, centre, strict=True)
    )
    difficulty = {
        word: solution[word_column[word]] for word in vocabulary if solution[word_column[word]]
    }
    return SentenceModel(intercept, dense, difficulty)


def ridge_by_conjugate_gradients(
    rows: list[list[tuple[int, float]]], targets: list[float], size: int, alpha: float
) -> list[float]:
    """argmin |M w - t|^2 + alpha |w|^2 for sparse rows of (column, value), by
    conjugate gradients on the normal equations with a diagonal preconditioner (the
    matrix is never formed)."""

    def normal(vector: list[float]) -> list[float]:
        out = [alpha * v for v in vector]
        for row in rows:
            value = sum(vector[j] * x for j, x in row)
            for j, x in row:
                out[j] += x * value
        return out

    diagonal = [alpha] * size
    rhs = [0.0] * size
    for row, target in zip(rows, targets, strict=True):
        for j, x in row:
            rhs[j] += x * target
            diagonal[j] += x * x
    solution = [0.0] * size
    residual = rhs[:]
    preconditioned = [r / d for r, d in zip(residual, diagonal, strict=True)]
    direction = preconditioned[:]
    product_size = sum(r * z for r, z in zip(residual, preconditioned, strict=True))
    tolerance = 1e-10 * sum(r * r for r in rhs)
    for _ in range(CONJUGATE_GRADIENT_STEPS):
        if sum(r * r for r in residual) <= tolerance:
            break
        product = normal(direction)
        step = product_size / sum(d * p for d, p in zip(direction, product, strict=True))
        solution = [s + step * d for s, d in zip(solution, direction, strict=True)]
        residual = [r - step * p for r, p in zip(residual, product, strict=True)]
        preconditioned = [r / d for r, d in zip(residual, diagonal, strict=True)]
        new_size = sum(r * z for r, z in zip(residual, preconditioned, strict=True))
        direction = [
            z + (new_size / product_size) * d
            for z, d in zip(preconditioned, direction, strict=True)
        ]
        product_size = new_size
    return solution


def folds(count: int, seed: int = 0) -> list[list[int]]:
    order = list(range(count))
    random.Random(seed).shuffle(order)
    return [sorted(order[f::FOLDS]) for f in range(FOLDS)]


def cross_validate_sentences(items: list[Text], ratings: list[float]) -> float:
    predictions = [0.0] * len(items)
    for held_out in folds(len(items)):
        held = set(held_out)
        training = [i for i in range(len(items)) if i not in held]
        model = fit_sentence_model([items[i] for i in training], [ratings[i] for i in training])
        for i in held_out:
            predictions[i] = model.score(items[i])
    return spearman(predictions, ratings)
