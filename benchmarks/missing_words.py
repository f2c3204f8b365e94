"""The report of words not in the glossary at the demo's 19 summaries, 1,000 and 10,000.

    .venv/bin/python benchmarks/missing_words.py                  # 19, 1,000, 10,000
    .venv/bin/python benchmarks/missing_words.py --sizes 19 500   # a quicker trial

In a scratch SQLite database (a temporary directory, removed at the end; or
--database-url, e.g. a scratch PostgreSQL database): migrate, seed the demo site (19 real
summaries), then at each size:

- a full count (`count_everything`: every summary's fields rendered and run through the
  engine, what a change to the glossary queues in the background), and its time per page;
- counting one summary again (`count_pages`: what publishing or unpublishing one queues);
- the report page, its per-word page and its CSV export as an editor gets them (median of
  --repeat requests, in-process with Django's test client) and their query counts.

Generated summaries (research/generated, `generate_summaries`) share a few plain texts,
so each is given key findings of its own here: sentences naming made-up drug-like words
(letters only, so the engine finds them rare), drawn with a Zipf-like skew from a
vocabulary that grows with the site, as real rare words are: a few in many summaries,
most in one or two.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from _scratch_site import grow_to, scratch_demo_site

SYLLABLES = ("zor", "vex", "tal", "quin", "drax", "pel", "mub", "rix", "yon", "kef", "ul", "bro")
ENDINGS = ("amab", "oxin", "idol", "azine", "ectin", "ulide")


def made_up_word(number: int) -> str:
    """A distinct, letters-only word no dictionary has: 'zorvexoxin'."""
    parts = []
    while True:
        parts.append(SYLLABLES[number % len(SYLLABLES)])
        number //= len(SYLLABLES)
        if not number:
            break
    return "".join(parts) + ENDINGS[len(parts) % len(ENDINGS)]


def findings_for(rng: random.Random, vocabulary: int) -> str:
    """Key findings as the StreamField's JSON, naming four words of the vocabulary."""
    import json
    import uuid

    words = [made_up_word(int(vocabulary ** rng.random()) - 1) for _ in range(4)]
    sentences = [
        f"Some people took {words[0]}.",
        f"Others were given {words[1]} and {words[2]}.",
        f"The team will test {words[3]} next. {words[0].capitalize()} was safe.",
    ]
    return json.dumps(
        [{"type": "finding", "value": text, "id": str(uuid.uuid4())} for text in sentences]
    )


def give_words(page_ids: list[int], seed: int) -> None:
    from django.db import transaction

    from research.models import ResearchSummaryPage

    rng = random.Random(seed)
    # Distinct words grow with the site, about as vocabularies do (Heaps' law).
    vocabulary = max(50, int(40 * len(page_ids) ** 0.6))
    with transaction.atomic():
        for page_id in page_ids:
            ResearchSummaryPage.objects.filter(pk=page_id).update(
                key_findings=findings_for(rng, vocabulary)
            )


def median_ms(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(size: int, repeat: int, profile: bool = False) -> dict:
    from django.contrib.auth import get_user_model
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from glossary.missing.counting import count_everything, count_pages, countable_pages
    from glossary.models import MissingWord, SummaryWord

    started = time.perf_counter()
    pages = count_everything()
    full = time.perf_counter() - started
    one_page = countable_pages().order_by("pk").values_list("pk", flat=True).first()
    single_ms = median_ms(lambda: count_pages([one_page]), repeat)

    admin = get_user_model().objects.filter(is_superuser=True).first()
    editor = Client(HTTP_HOST="localhost")
    editor.force_login(admin)
    top_word = MissingWord.objects.first().word
    targets = {
        "report": (reverse("missing_words_report"), {}),
        "report page 2": (reverse("missing_words_report"), {"p": 2}),
        "one word's summaries": (reverse("missing_word_summaries"), {"word": top_word}),
        "CSV export": (reverse("missing_words_report"), {"export": "csv"}),
        # What any admin page costs on this site, for comparison.
        "admin baseline (account page)": (reverse("wagtailadmin_account"), {}),
    }
    timings = {}
    for name, (url, params) in targets.items():

        def get(url=url, params=params, name=name):
            response = editor.get(url, params)
            assert response.status_code == 200, (name, response.status_code)
            if response.streaming:
                b"".join(response.streaming_content)

        get()
        # Each request empties the query log as it starts: count from an empty one.
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            get()
        timings[name] = (median_ms(get, repeat), len(queries))
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(editor.get, reverse("missing_words_report"))
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    return {
        "size": size,
        "pages": pages,
        "full_s": full,
        "per_page_ms": full / pages * 1000 if pages else 0,
        "single_ms": single_ms,
        "rows": SummaryWord.objects.count(),
        "words": MissingWord.objects.count(),
        "timings": timings,
    }


def report(result: dict) -> None:
    print(
        f"\n{result['size']:,} summaries ({result['pages']:,} counted): "
        f"{result['words']:,} words not in the glossary, {result['rows']:,} page-word rows"
    )
    print(
        f"  full count {result['full_s']:.1f} s ({result['per_page_ms']:.1f} ms a summary); "
        f"one summary counted again {result['single_ms']:.0f} ms"
    )
    for name, (ms, queries) in result["timings"].items():
        print(f"  {name}: {ms:.0f} ms, {queries} queries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[19, 1_000, 10_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile the report's page")
    parser.add_argument("--database-url", help="a scratch database (default: SQLite in /tmp)")
    args = parser.parse_args()
    with scratch_demo_site("missing-words-", args.database_url):
        from research.generated import generated_summaries

        for size in sorted(args.sizes):
            if grow_to(size):
                ids = list(generated_summaries().order_by("pk").values_list("pk", flat=True))
                give_words(ids, seed=size)
            report(measure(size, args.repeat, args.profile and size == max(args.sizes)))


if __name__ == "__main__":
    main()
