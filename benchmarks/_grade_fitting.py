"""How the grade model is fitted, shared by ``fit_grade.py`` (which writes the model) and
``readability_quality.py`` (which cross-validates it). Pure Python, deterministic.

Stages (see ``readability/core/grade.py`` for what each part means):

1. Sentence score: one ridge regression of the human rating on the dense signals (peak,
   ln(1 + tokens), density, syllables per word) and on the count of each word, with the
   penalty on the words only (a word seen in more rated sentences moves further from
   0); solved by conjugate gradients.
2. Word register: smoothed log-odds of each word in the technical texts against the
   plain ones of the pairs.
3. Text formula: least squares to Flesch-Kincaid on the graded news articles, plus
   squared hinge losses asking each technical text to be a grade above its plain
   summary and each graded level half a grade above the one below; then stretched (never
   squeezed) so the elementary and advanced means are as far apart as Flesch-Kincaid
   puts them.
4. Sentence grade line: least squares from the sentence scores of the graded news
   sentences to the text formula's grade of each sentence alone.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field

from _common import mean, solve_linear_system, spearman, stdev

from readability.core import analyse
from readability.core.grade import (
    ABBREVIATION_REASONS,
    JARGON_MIN_WORDS,
    TERM_REASONS,
    TEXT_FEATURES,
)
from readability.core.text import extract
from readability.core.tokens import TOKEN_PATTERN, profile

DENSE_SCALE = 30.0  # see fit_sentence_model
WORD_RIDGE = 20.0  # chosen by 5-fold cross-validation over the rated sentences (10-30)
WORD_MIN_SENTENCES = 1
CONJUGATE_GRADIENT_STEPS = 2000
REGISTER_SMOOTHING = 5.0  # added to each word's count on both sides
REGISTER_MIN_TEXTS = 10
REGISTER_LIMIT = 3.0  # log-odds cap: no single word moves a text far
# Plain-register words lower a grade only a little: a page is not made easier by
# sprinkling "people" and "we" over it, and plain medical text stays near Flesch-Kincaid.
REGISTER_FLOOR = -0.5
PAIR_WEIGHT = 20.0
LEVEL_WEIGHT = 10.0
PAIR_MARGIN = 1.0  # grades between a technical text and its plain summary
LEVEL_MARGIN = 0.5  # grades between neighbouring teacher-graded levels
# The stretch aims 1% past Flesch-Kincaid's gap, so that rounding the shipped constants
# cannot leave it a hair short.
STRETCH_MARGIN = 1.01
CHUNK_SENTENCES = 5
CHUNK_WEIGHT = 0.3  # the chunks together, against 1 for the whole articles
LEVELS = ("elementary", "intermediate", "advanced")
LEVEL_PAIRS = ((0, 1), (1, 2), (0, 2))
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


# --- stage 2: word register ------------------------------------------------------------


def fit_register(pairs: list[tuple[Text, Text]]) -> dict[str, float]:
    technical: Counter = Counter()
    plain: Counter = Counter()
    texts: Counter = Counter()
    for hard, easy in pairs:
        technical.update(hard.bag)
        plain.update(easy.bag)
        texts.update(set(hard.bag) | set(easy.bag))
    technical_total = sum(technical.values())
    plain_total = sum(plain.values())
    register = {}
    for word, count in texts.items():
        if count < REGISTER_MIN_TEXTS:
            continue
        log_odds = math.log((technical[word] + REGISTER_SMOOTHING) / technical_total) - math.log(
            (plain[word] + REGISTER_SMOOTHING) / plain_total
        )
        register[word] = max(REGISTER_FLOOR, min(REGISTER_LIMIT, log_odds))
    return register


# --- stage 3: the text formula ----------------------------------------------------------


def text_features(text: Text, model: SentenceModel, register: dict[str, float]) -> list[float]:
    tokens = sum(s.tokens for s in text.sentences)
    words = sum(s.words for s in text.sentences)
    if not tokens:
        return [0.0] * len(TEXT_FEATURES)
    jargon_words = max(words, JARGON_MIN_WORDS)
    lowers = [word for s in text.sentences for word in s.lowers]
    return [
        model.score(text),
        tokens / len(text.sentences),
        sum(s.syllables for s in text.sentences) / max(1, words),
        text.terms / jargon_words,
        text.abbreviations / jargon_words,
        (tokens - words) / tokens,
        sum(register.get(word, 0.0) for word in lowers) / max(1, words),
    ]


@dataclass(slots=True)
class TextData:
    """Feature rows of the pairs (technical, plain) and of the graded triplets."""

    pairs: list[tuple[list[float], list[float]]]
    levels: list[tuple[list[float], list[float], list[float]]]
    targets: list[tuple[float, float, float]]  # Flesch-Kincaid of each level
    chunks: list[list[tuple[list[float], float]]]  # (row, Flesch-Kincaid) per article


def build_text_data(
    pairs: list[tuple[Text, Text]],
    triplets: list[tuple[Text, Text, Text]],
    model: SentenceModel,
    register: dict[str, float],
) -> TextData:
    def row(text: Text) -> list[float]:
        return text_features(text, model, register)

    return TextData(
        pairs=[(row(hard), row(easy)) for hard, easy in pairs],
        levels=[tuple(row(text) for text in triplet) for triplet in triplets],  # type: ignore[misc]
        targets=[tuple(text.flesch_kincaid for text in triplet) for triplet in triplets],  # type: ignore[misc]
        chunks=[
            [(row(chunk), chunk.flesch_kincaid) for text in triplet for chunk in text.chunks]
            for triplet in triplets
        ],
    )


def _dot(weights: list[float], row: list[float]) -> float:
    return weights[0] + sum(w * x for w, x in zip(weights[1:], row, strict=True))


def fit_text_formula(data: TextData, pair_rows: list[int], level_rows: list[int]) -> list[float]:
    """Intercept and weights minimising squared error to Flesch-Kincaid on the graded
    texts plus the squared hinge losses of the orderings (Newton steps on the active
    constraints, with backtracking so that every step lowers the objective)."""
    size = len(TEXT_FEATURES) + 1
    articles = [
        ([1.0, *data.levels[k][level]], data.targets[k][level])
        for k in level_rows
        for level in range(3)
    ]
    chunks = [([1.0, *row], grade) for k in level_rows for row, grade in data.chunks[k]]
    calibration = [(row, y, 1.0 / len(articles)) for row, y in articles] + [
        (row, y, CHUNK_WEIGHT / len(chunks)) for row, y in chunks
    ]
    orderings = [
        (
            [0.0, *(h - e for h, e in zip(data.pairs[i][0], data.pairs[i][1], strict=True))],
            PAIR_MARGIN,
            PAIR_WEIGHT / len(pair_rows),
        )
        for i in pair_rows
    ] + [
        (
            [
                0.0,
                *(h - e for h, e in zip(data.levels[k][upper], data.levels[k][lower], strict=True)),
            ],
            LEVEL_MARGIN,
            LEVEL_WEIGHT / (3 * len(level_rows)),
        )
        for k in level_rows
        for lower, upper in LEVEL_PAIRS
    ]
    spread = [1.0] + [max(stdev([row[j] for row, _ in articles]), 1e-9) for j in range(1, size)]
    calibration = [
        ([x / s for x, s in zip(row, spread, strict=True)], y, weight)
        for row, y, weight in calibration
    ]
    orderings = [
        ([x / s for x, s in zip(row, spread, strict=True)], m, w) for row, m, w in orderings
    ]

    def objective(weights: list[float]) -> float:
        fit = sum(
            weight * (sum(w * x for w, x in zip(weights, row, strict=True)) - y) ** 2
            for row, y, weight in calibration
        )
        hinge = sum(
            weight * max(0.0, margin - sum(w * x for w, x in zip(weights, row, strict=True))) ** 2
            for row, margin, weight in orderings
        )
        return fit + hinge

    weights = [0.0] * size
    current = objective(weights)
    for _ in range(100):
        matrix = [[0.0] * size for _ in range(size)]
        vector = [0.0] * size
        for row, y, weight in calibration:
            for i in range(size):
                vector[i] += weight * row[i] * y
                for j in range(size):
                    matrix[i][j] += weight * row[i] * row[j]
        for row, margin, weight in orderings:
            if margin - sum(w * x for w, x in zip(weights, row, strict=True)) > 0:
                for i in range(size):
                    vector[i] += weight * margin * row[i]
                    for j in range(size):
                        matrix[i][j] += weight * row[i] * row[j]
        target = solve_linear_system(matrix, vector)
        step = 1.0
        while step > 1e-6:
            candidate = [w + step * (t - w) for w, t in zip(weights, target, strict=True)]
            value = objective(candidate)
            if value <= current:
                break
            step /= 2
        if current - value < 1e-12:
            weights = candidate if value <= current else weights
            break
        weights, current = candidate, value
    return [w / s for w, s in zip(weights, spread, strict=True)]


def stretch(weights: list[float], data: TextData) -> list[float]:
    """Scale the formula about the graded texts' mean so that the elementary and
    advanced means are at least as far apart as Flesch-Kincaid's (never squeezed)."""
    grades = [[_dot(weights, row) for row in triplet] for triplet in data.levels]
    ours = mean([g[2] for g in grades]) - mean([g[0] for g in grades])
    theirs = mean([t[2] for t in data.targets]) - mean([t[0] for t in data.targets])
    factor = max(1.0, STRETCH_MARGIN * theirs / ours) if ours > 0 else 1.0
    centre = mean([g for triplet in grades for g in triplet])
    return [centre + factor * (weights[0] - centre)] + [factor * w for w in weights[1:]]


# --- evaluation ----------------------------------------------------------------------------


def pair_accuracy(weights: list[float], data: TextData, rows) -> float:
    rows = list(rows)
    return sum(
        _dot(weights, data.pairs[i][0]) > _dot(weights, data.pairs[i][1]) for i in rows
    ) / len(rows)


def level_accuracy(weights: list[float], data: TextData, rows) -> tuple[int, int]:
    right = total = 0
    for k in rows:
        grades = [_dot(weights, row) for row in data.levels[k]]
        for lower, upper in LEVEL_PAIRS:
            right += grades[lower] < grades[upper]
            total += 1
    return right, total


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


def cross_validate_texts(
    pairs: list[tuple[Text, Text]],
    triplets: list[tuple[Text, Text, Text]],
    model: SentenceModel,
) -> tuple[float, int, int]:
    """Held-out pair accuracy and level orderings (right, total): each fold's register
    and formula are fitted without its pairs and triplets."""
    pair_folds, level_folds = folds(len(pairs)), folds(len(triplets))
    pairs_right = levels_right = levels_total = 0
    for held_pairs, held_levels in zip(pair_folds, level_folds, strict=True):
        training_pairs = sorted(set(range(len(pairs))) - set(held_pairs))
        training_levels = sorted(set(range(len(triplets))) - set(held_levels))
        register = fit_register([pairs[i] for i in training_pairs])
        data = build_text_data(pairs, triplets, model, register)
        weights = stretch(fit_text_formula(data, training_pairs, training_levels), data)
        pairs_right += round(pair_accuracy(weights, data, held_pairs) * len(held_pairs))
        right, total = level_accuracy(weights, data, held_levels)
        levels_right += right
        levels_total += total
    return pairs_right / len(pairs), levels_right, levels_total


def sentence_grade_line(
    model: SentenceModel,
    register: dict[str, float],
    weights: list[float],
    sentences: list[Sentence],
) -> tuple[float, float]:
    """(intercept, slope) of the least-squares line from the sentences' scores to the
    text formula's grade of each sentence read on its own: a sentence's grade is then on
    the scale of the field's grade (a field of grade 6 has sentences around grade 6),
    while sentences are still ranked by their score, which follows people's ratings."""
    scores = [model.sentence_score(s) for s in sentences]
    grades = [
        _dot(weights, text_features(Text([s], 0, 0, bag=Counter(s.lowers)), model, register))
        for s in sentences
    ]
    centre_score, centre_grade = mean(scores), mean(grades)
    slope = sum(
        (x - centre_score) * (y - centre_grade) for x, y in zip(scores, grades, strict=True)
    ) / sum((x - centre_score) ** 2 for x in scores)
    return centre_grade - slope * centre_score, slope
