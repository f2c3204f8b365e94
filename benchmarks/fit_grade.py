"""Fit the grade model on the development data and write it into the package.

    .venv/bin/python benchmarks/fit_grade.py [--data DIR] [--check]

Writes ``readability/core/data/grade_model.json`` (the numbers) and
``readability/core/data/word_weights.json`` (each learned word's difficulty and
register). ``--check`` writes nothing and says whether the shipped files are what this
script fits (they must be: the model is reproducible from the data and this script).
How each stage is fitted: ``_sentence_fitting.py`` (stage 1) and ``_grade_fitting.py``.
What the numbers mean: ``readability/core/grade.py``. Held-out figures:
``readability_quality.py``.

Every rated sentence (train and dev), every pair and every graded article is used for
the shipped model; the quality script measures it by cross-validation.
"""

from __future__ import annotations

import json
import sys

from _common import data_dir, offline_textstat, read_jsonl
from _grade_fitting import (
    LEVELS,
    build_text_data,
    fit_register,
    fit_text_formula,
    sentence_grade_line,
    stretch,
)
from _sentence_fitting import fit_sentence_model, read_graded, read_text

from readability.core.grade import MODEL_PATH, TEXT_FEATURES
from readability.core.lexicon import WORD_WEIGHTS_PATH

# Above this grade the scale is compressed (logarithmically, with no kink): not fitted,
# a choice about what is worth telling a writer (grades beyond university level differ
# in nothing they can act on).
COMPRESS_FROM = 16.0
COMPRESS_SCALE = 4.0
DECIMALS = 4


def load(folder, limit: int = 0):
    textstat = offline_textstat()
    rated = read_jsonl(folder / "rated_sentences.jsonl", limit)
    items = [(read_text(row["text"]), float(row["readability"]), row["split"]) for row in rated]
    items = [item for item in items if item[0].sentences]
    pairs = [
        (read_text(row["technical"]), read_text(row["plain"]))
        for name in ("technical_plain_pairs.jsonl", "technical_plain_pairs_more.jsonl")
        for row in read_jsonl(folder / name, limit)
    ]
    triplets = []
    for row in read_jsonl(folder / "graded_english_triplets.jsonl", limit):
        triplets.append(
            tuple(read_graded(row[level], textstat.flesch_kincaid_grade) for level in LEVELS)
        )
    return items, pairs, triplets


def fit(items, pairs, triplets):
    """The whole model as the two JSON documents the package reads."""
    model = fit_sentence_model([item for item, _, _ in items], [rating for _, rating, _ in items])
    register = fit_register(pairs)
    data = build_text_data(pairs, triplets, model, register)
    weights = stretch(
        fit_text_formula(data, list(range(len(pairs))), list(range(len(triplets)))), data
    )
    general_sentences = [s for triplet in triplets for text in triplet for s in text.sentences]
    intercept, slope = sentence_grade_line(model, register, weights, general_sentences)
    numbers = {
        "sentence": {
            "intercept": round(model.intercept, DECIMALS),
            "peak": round(model.dense[0], DECIMALS),
            "length": round(model.dense[1], DECIMALS),
            "density": round(model.dense[2], DECIMALS),
            "syllables": round(model.dense[3], DECIMALS),
        },
        "sentence_grade": {
            "intercept": round(intercept, DECIMALS),
            "per_score": round(slope, DECIMALS),
        },
        "text": {
            "intercept": round(weights[0], DECIMALS),
            "weights": {
                name: round(w, DECIMALS) for name, w in zip(TEXT_FEATURES, weights[1:], strict=True)
            },
            "compress_from": COMPRESS_FROM,
            "compress_scale": COMPRESS_SCALE,
        },
    }
    words = {
        "difficulty": {
            w: round(v, DECIMALS) for w, v in sorted(model.difficulty.items()) if round(v, DECIMALS)
        },
        "register": {
            w: round(v, DECIMALS) for w, v in sorted(register.items()) if round(v, DECIMALS)
        },
    }
    return numbers, words


def serialise(document: dict) -> str:
    return json.dumps(document, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    folder, args = data_dir(argv, __doc__ or "", extra=[("--check", "compare, do not write")])
    items, pairs, triplets = load(folder, args.limit)
    numbers, words = fit(items, pairs, triplets)
    outputs = {MODEL_PATH: serialise(numbers), WORD_WEIGHTS_PATH: serialise(words)}
    print(
        f"fitted on {len(items)} rated sentences, {len(pairs)} pairs, {len(triplets)} graded "
        f"articles: {len(words['difficulty'])} word difficulties, "
        f"{len(words['register'])} word registers"
    )
    print(json.dumps(numbers, indent=1))
    if args.check:
        stale = [path.name for path, text in outputs.items() if path.read_text("utf-8") != text]
        print("shipped model files: " + ("differ: " + ", ".join(stale) if stale else "identical"))
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
