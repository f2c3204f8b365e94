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
from collections import Counter
from dataclasses import dataclass

from _common import mean, solve_linear_system, stdev
from _sentence_fitting import Sentence, SentenceModel, Text, folds

from readability.core.grade import JARGON_MIN_WORDS, TEXT_FEATURES

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
CHUNK_WEIGHT = 0.3  # the chunks together, against 1 for the whole articles
LEVELS = ("elementary", "intermediate", "advanced")
LEVEL_PAIRS = ((0, 1), (1, 2), (0, 2))


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
