"""Speed of a full report against textstat's three numbers, and on a 1 MB input.

    .venv/bin/python benchmarks/readability_speed.py [--data DIR] [--runs N]

Texts of ~1,500 words are built by shuffling the sentences of the Cochrane abstracts
(technical side) with a new seed for every run, so that no cache keyed on the whole
text helps either side (textstat caches each function on the text; our caches are per
word, as they would be in production). Each run times ``analyse(text)`` (the whole
report: sentences, metrics, grade, jargon, passive voice) and textstat's
``flesch_kincaid_grade + smog_index + dale_chall_readability_score`` on the same text;
the medians and their ratio are printed (the target is a ratio of at most 1.0). Both
sides first analyse 20 other texts, as a running server would have (dictionaries
loaded, per-word caches filled).

Then a 1 MB plain-text input and a 1 MB HTML input (the same sentences in paragraphs,
lists and tables) are timed three times each: the first run and the median are printed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from _common import DEFAULT_DATA, offline_textstat, read_jsonl

from readability.core import analyse

WORDS = 1500
WARM_UP = 20
MEGABYTE_RUNS = 3


def build_text(sentences: list[str], seed: int, words: int = WORDS) -> str:
    rng = random.Random(seed)
    chosen: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choice(sentences)
        chosen.append(sentence)
        count += len(sentence.split())
    return " ".join(chosen)


def build_html(sentences: list[str], seed: int, size: int) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        kind = rng.random()
        picked = [rng.choice(sentences) for _ in range(rng.randint(1, 5))]
        if kind < 0.7:
            block = "<p>" + " ".join(picked) + "</p>"
        elif kind < 0.9:
            block = "<ul>" + "".join(f"<li>{s}</li>" for s in picked) + "</ul>"
        else:
            block = "<table><tr>" + "".join(f"<td>{s}</td>" for s in picked) + "</tr></table>"
        parts.append(block)
        length += len(block)
    return "\n".join(parts)


def sentences_from(folder) -> list[str]:
    from readability.core.sentences import split_sentences
    from readability.core.text import extract_plain

    sentences: list[str] = []
    for row in read_jsonl(folder / "technical_plain_pairs.jsonl"):
        extracted = extract_plain(row["technical"])
        for start, end, _ in split_sentences(extracted.scored, extracted.units):
            sentences.append(row["technical"][start:end])
    return sentences


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--runs", type=int, default=41)
    args = parser.parse_args(argv)
    from pathlib import Path

    sentences = sentences_from(Path(args.data))
    textstat = offline_textstat()

    for seed in range(100_000, 100_000 + WARM_UP):
        warm = build_text(sentences, seed=seed)
        analyse(warm)
        textstat.flesch_kincaid_grade(warm)
        textstat.smog_index(warm)
        textstat.dale_chall_readability_score(warm)

    ours: list[float] = []
    theirs: list[float] = []
    for run in range(args.runs):
        text = build_text(sentences, seed=run)
        started = time.perf_counter()
        analyse(text)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        textstat.flesch_kincaid_grade(text)
        textstat.smog_index(text)
        textstat.dale_chall_readability_score(text)
        theirs.append(time.perf_counter() - started)
    our_median = statistics.median(ours) * 1000
    their_median = statistics.median(theirs) * 1000
    print(f"~{WORDS}-word medical texts, {args.runs} runs, each text new:")
    print(f"  full report (analyse)                   median {our_median:7.2f} ms")
    print(f"  textstat FK + SMOG + Dale-Chall         median {their_median:7.2f} ms")
    print(f"  ratio (target <= 1.0)                          {our_median / their_median:7.2f}")

    megabyte = 1_000_000
    plain = build_text(sentences, seed=10_000, words=megabyte // 6)[:megabyte]
    html = build_html(sentences, seed=10_001, size=megabyte)
    for label, source, is_html in (("plain text", plain, False), ("HTML", html, True)):
        times = []
        for _ in range(MEGABYTE_RUNS):
            started = time.perf_counter()
            report = analyse(source, html=is_html)
            times.append(time.perf_counter() - started)
        print(
            f"1 MB {label} ({len(source):,} chars, {report.metrics.words:,} words, "
            f"{len(report.sentences):,} sentences): first {times[0]:.2f} s, "
            f"median of {MEGABYTE_RUNS} {statistics.median(times):.2f} s"
        )


if __name__ == "__main__":
    main()
