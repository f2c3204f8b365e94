"""Fit the grade model's constants on the development data and print them.

    .venv/bin/python benchmarks/fit_grade.py [--data DIR]

1. Sentence score: ordinary least squares of the human rating (1-6) on the signals
   (peak rarity, ln(1 + tokens), density, syllables per word) of the ``train`` rated
   sentences only.
2. Jargon load: S_TERMS and S_ABBREVIATIONS (score per listed-term use, and per
   abbreviation use, per word of text) are the pair of weights on a grid of whole
   numbers 0-30 that ranks the most Cochrane pairs correctly (technical above plain),
   per word counted over at least JARGON_MIN_WORDS words.
   They are chosen by 5-fold cross-validation on the pairs: the accuracy printed is
   that of each fold's choice on its held-out fold. The values to freeze are the ones
   chosen on all pairs.
3. Grade scale, two straight lines whose lower envelope is the grade (steep for easy
   text, flatter for hard text; monotone, so no ranking changes):
   * sentence line (G_SENTENCE_0, G_SENTENCE_PER_SCORE): gives the scores of the
     ``train`` sentences without numbers the mean and standard deviation of their
     Flesch-Kincaid grades;
   * text line (G_TEXT_0, G_TEXT_PER_SCORE): gives the text scores of the 822 pair
     texts the mean and standard deviation of theirs.
   Flesch-Kincaid grades are counted on this package's sentences and tokens, so a
   grade reads like a Flesch-Kincaid grade without its failures on statistics.

Copy the printed constants into ``readability/core/grade.py``.
"""

from __future__ import annotations

import math
import random

from _common import data_dir, least_squares, mean, read_jsonl, spearman, stdev

from readability.core import analyse
from readability.core.grade import JARGON_MIN_WORDS
from readability.core.jargon import ABBREVIATION, MEDICAL_TERM, UNEXPLAINED_ABBREVIATION

JARGON_GRID = range(0, 31)
FOLDS = 5
TERM_REASONS = (MEDICAL_TERM,)
ABBREVIATION_REASONS = (UNEXPLAINED_ABBREVIATION, ABBREVIATION)


def item_signals(report) -> tuple[list[float], int] | None:
    """Token-weighted signals of a rated item (nearly always one sentence)."""
    total = sum(sentence.words for sentence in report.sentences)
    if not total:
        return None
    columns = [0.0, 0.0, 0.0, 0.0]
    for sentence in report.sentences:
        signal = sentence.signals
        weight = sentence.words / total
        columns[0] += weight * signal.peak
        columns[1] += weight * math.log1p(signal.tokens)
        columns[2] += weight * signal.density
        columns[3] += weight * signal.syllables_per_word
    return columns, total


def sentence_rows(report) -> list[tuple[list[float], int]]:
    return [
        (
            [
                sentence.signals.peak,
                math.log1p(sentence.signals.tokens),
                sentence.signals.density,
                sentence.signals.syllables_per_word,
            ],
            sentence.words,
        )
        for sentence in report.sentences
    ]


def predict(coefficients: list[float], row: list[float]) -> float:
    return coefficients[0] + sum(c * x for c, x in zip(coefficients[1:], row, strict=True))


def document(report, coefficients: list[float]) -> tuple[float, float, float, float]:
    """(base score, term uses per word, abbreviation uses per word, FK grade)."""
    rows = sentence_rows(report)
    weight = sum(tokens for _, tokens in rows)
    base = sum(predict(coefficients, row) * tokens for row, tokens in rows) / max(1, weight)
    words = max(JARGON_MIN_WORDS, report.metrics.words - report.metrics.numbers)
    terms = sum(hit.reason in TERM_REASONS for hit in report.jargon) / words
    abbreviations = sum(hit.reason in ABBREVIATION_REASONS for hit in report.jargon) / words
    return base, terms, abbreviations, report.metrics.flesch_kincaid_grade


def text_score(document_row, weights: tuple[int, int]) -> float:
    base, terms, abbreviations, _ = document_row
    return base + weights[0] * terms + weights[1] * abbreviations


def accuracy(pairs, weights: tuple[int, int]) -> float:
    right = sum(
        text_score(plain, weights) < text_score(technical, weights) for technical, plain in pairs
    )
    return right / len(pairs)


def best_weights(pairs) -> tuple[int, int]:
    """Most accurate weights; ties go to the smallest (lexicographically)."""
    grid = [(terms, abbreviations) for terms in JARGON_GRID for abbreviations in JARGON_GRID]
    return max(grid, key=lambda weights: (accuracy(pairs, weights), [-w for w in weights]))


def main(argv: list[str] | None = None) -> None:
    folder, args = data_dir(argv, __doc__ or "")
    rated = read_jsonl(folder / "rated_sentences.jsonl", args.limit)
    train_rows, train_targets, plain_prose = [], [], []
    for row in rated:
        if row["split"] != "train":
            continue
        report = analyse(row["text"])
        signals = item_signals(report)
        if signals is None:
            continue
        train_rows.append(signals[0])
        train_targets.append(float(row["readability"]))
        if report.metrics.numbers == 0 and len(report.sentences) == 1:
            plain_prose.append((signals[0], report.metrics.flesch_kincaid_grade))
    coefficients = least_squares(train_rows, train_targets)
    fitted = [predict(coefficients, row) for row in train_rows]
    print("sentence score (OLS on train):")
    for name, value in zip(
        ["S0", "S_PEAK", "S_LENGTH", "S_DENSITY", "S_SYLLABLES"], coefficients, strict=True
    ):
        print(f"  {name} = {value:.4f}")
    print(f"  train Spearman {spearman(fitted, train_targets):.3f}")

    pairs = []
    for row in read_jsonl(folder / "technical_plain_pairs.jsonl", args.limit):
        pairs.append(
            (
                document(analyse(row["technical"]), coefficients),
                document(analyse(row["plain"]), coefficients),
            )
        )
    order = list(range(len(pairs)))
    random.Random(0).shuffle(order)
    right = 0
    chosen = []
    for fold in range(FOLDS):
        held_out = set(order[fold::FOLDS])
        weights = best_weights([pairs[i] for i in order if i not in held_out])
        chosen.append(weights)
        right += sum(accuracy([pairs[i]], weights) for i in held_out)
    final = best_weights(pairs)
    print("jargon load (pairs):")
    print(f"  (S_TERMS, S_ABBREVIATIONS) chosen in the folds: {chosen}")
    print(f"  5-fold cross-validated accuracy: {right / len(pairs):.3f}")
    print(f"  S_TERMS = {final[0]}\n  S_ABBREVIATIONS = {final[1]}")
    print(
        f"  accuracy on all pairs {accuracy(pairs, final):.3f}; without jargon load "
        f"{accuracy(pairs, (0, 0)):.3f}"
    )

    sentence_line = matched_line(
        [predict(coefficients, row) for row, _ in plain_prose], [fk for _, fk in plain_prose]
    )
    texts = [side for pair in pairs for side in pair]
    text_line = matched_line([text_score(row, final) for row in texts], [row[3] for row in texts])
    crossing = (text_line[0] - sentence_line[0]) / (sentence_line[1] - text_line[1])
    print(f"grade scale ({len(plain_prose)} train sentences without numbers; {len(texts)} texts):")
    print(
        f"  G_SENTENCE_0 = {sentence_line[0]:.4f}\n  G_SENTENCE_PER_SCORE = {sentence_line[1]:.4f}"
    )
    print(f"  G_TEXT_0 = {text_line[0]:.4f}\n  G_TEXT_PER_SCORE = {text_line[1]:.4f}")
    print(
        f"  (the lines cross at score {crossing:.2f}, grade "
        f"{sentence_line[0] + sentence_line[1] * crossing:.1f})"
    )


def matched_line(scores: list[float], grades: list[float]) -> tuple[float, float]:
    """(intercept, slope) giving ``scores`` the mean and spread of ``grades``."""
    slope = stdev(grades) / stdev(scores)
    return mean(grades) - slope * mean(scores), slope


if __name__ == "__main__":
    main()
