"""How well the grade agrees with people, next to textstat's formulas.

    .venv/bin/python benchmarks/readability_quality.py [--data DIR]

* Sentences: Spearman correlation between the human ratings (1-6) and each measure,
  on the ``train`` and ``dev`` splits of the rated sentences. The grade model was
  fitted on ``train`` only (``benchmarks/fit_grade.py``).
* Pairs: share of the 411 Cochrane pairs where the plain summary gets a lower (easier)
  value than its technical abstract; a tie counts as wrong. Our jargon weights were
  chosen on these pairs by 5-fold cross-validation (held-out accuracy printed by
  fit_grade.py); the other figures involve no fitting on the pairs.
* Syllables: how often the spelling rules (used for words the dictionary lacks) agree
  with the CMU dictionary on the dictionary's own words.

textstat runs offline (see ``_common.offline_textstat``).
"""

from __future__ import annotations

from _common import data_dir, offline_textstat, read_jsonl, spearman

from readability.core import analyse
from readability.core.lexicon import zipf
from readability.core.syllables import _dictionary, estimate_syllables
from readability.core.tokens import TOKEN_PATTERN, profile

RARE_THRESHOLDS = (2.0, 2.5, 3.0, 3.5, 4.0)


def our_sentence_grade(report) -> float:
    total = sum(sentence.words for sentence in report.sentences)
    if not total:
        return 0.0
    return sum(sentence.grade * sentence.words for sentence in report.sentences) / total


def rare_share(report) -> float:
    words = report.metrics.words - report.metrics.numbers
    return report.metrics.rare_words / words if words else 0.0


def measures(textstat):
    return {
        "ours: grade": lambda text, report: report.grade,
        "ours: Flesch-Kincaid": lambda text, report: report.metrics.flesch_kincaid_grade,
        "ours: SMOG": lambda text, report: report.metrics.smog,
        "ours: Dale-Chall": lambda text, report: report.metrics.dale_chall,
        "ours: rare-word share": lambda text, report: rare_share(report),
        "textstat Flesch-Kincaid": lambda text, report: textstat.flesch_kincaid_grade(text),
        "textstat SMOG": lambda text, report: textstat.smog_index(text),
        "textstat ARI": lambda text, report: textstat.automated_readability_index(text),
        "textstat Dale-Chall": lambda text, report: textstat.dale_chall_readability_score(text),
    }


def rare_share_at(text: str, threshold: float) -> float:
    """Share of words (numbers and names aside) below ``threshold`` Zipf."""
    words = [profile(match.group()) for match in TOKEN_PATTERN.finditer(text)]
    words = [
        info
        for position, info in enumerate(words)
        if not info.is_number and not (position and info.capitalised)
    ]
    return sum(info.zipf < threshold for info in words) / len(words) if words else 0.0


def syllable_agreement() -> tuple[float, float, float, int]:
    exact = near = exact_long = long_total = total = 0
    for word, syllables in _dictionary().items():
        if not word.isalpha() or zipf(word) < 2.0:
            continue
        estimate = estimate_syllables(word)
        total += 1
        exact += estimate == syllables
        near += abs(estimate - syllables) <= 1
        if syllables >= 3:
            long_total += 1
            exact_long += estimate == syllables
    return exact / total, near / total, exact_long / long_total, total


def main(argv: list[str] | None = None) -> None:
    folder, args = data_dir(argv, __doc__ or "")
    textstat = offline_textstat()
    table = measures(textstat)
    sentence_table = dict(table)
    sentence_table["ours: grade"] = lambda text, report: our_sentence_grade(report)

    rated = read_jsonl(folder / "rated_sentences.jsonl", args.limit)
    values: dict[str, dict[str, list[float]]] = {name: {"train": [], "dev": []} for name in table}
    ratings: dict[str, list[float]] = {"train": [], "dev": []}
    for row in rated:
        report = analyse(row["text"])
        ratings[row["split"]].append(float(row["readability"]))
        for name, measure in sentence_table.items():
            values[name][row["split"]].append(measure(row["text"], report))

    pairs = read_jsonl(folder / "technical_plain_pairs.jsonl", args.limit)
    right = dict.fromkeys(table, 0)
    for row in pairs:
        technical, plain = analyse(row["technical"]), analyse(row["plain"])
        for name, measure in table.items():
            right[name] += measure(row["plain"], plain) < measure(row["technical"], technical)

    print(
        f"{len(rated)} rated sentences ({len(ratings['train'])} train, "
        f"{len(ratings['dev'])} dev), {len(pairs)} pairs\n"
    )
    print(f"{'measure':<26} {'Spearman train':>15} {'Spearman dev':>13} {'pairs plain easier':>19}")
    for name in table:
        train = spearman(values[name]["train"], ratings["train"])
        dev = spearman(values[name]["dev"], ratings["dev"])
        share = right[name] / len(pairs)
        print(f"{name:<26} {train:>15.3f} {dev:>13.3f} {share:>18.1%}")
    print("\n(sentences: ours: grade is the sentence grade, without the text-level jargon load)")

    train = [row for row in rated if row["split"] == "train"]
    correlations = [
        spearman([rare_share_at(row["text"], threshold) for row in train], ratings["train"])
        for threshold in RARE_THRESHOLDS
    ]
    shares = ", ".join(
        f"{threshold:g}: {value:.3f}"
        for threshold, value in zip(RARE_THRESHOLDS, correlations, strict=True)
    )
    print(f"\nrare-word share by Zipf threshold, Spearman on train: {shares}")

    exact, near, exact_long, total = syllable_agreement()
    print(
        f"\nsyllable rules vs the CMU dictionary ({total} words with Zipf >= 2): "
        f"exact {exact:.1%}, within one {near:.1%}, exact on 3+ syllables {exact_long:.1%}"
    )


if __name__ == "__main__":
    main()
