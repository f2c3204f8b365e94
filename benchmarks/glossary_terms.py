"""What the live glossary costs the engine: seeding the 469 shipped terms, the stamp read
on every judgement (the per-request price of being right across processes), and a
rebuild of the term index after a change.

    .venv/bin/python benchmarks/glossary_terms.py                     # SQLite in /tmp
    .venv/bin/python benchmarks/glossary_terms.py --database-url postgres://postgres@127.0.0.1:5432/glossary_bench

The database is migrated from empty (SQLite: a new file; PostgreSQL: the database must
exist and be empty). Prints the figures; times are medians of repeated runs.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_ms(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="default: a new SQLite file in /tmp")
    parser.add_argument("--repeat", type=int, default=500)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    database = args.database_url or f"sqlite:///{tempfile.mkdtemp()}/glossary-bench.sqlite3"
    os.environ.update(DJANGO_SETTINGS_MODULE="site_project.settings.dev", DATABASE_URL=database)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from glossary.models import GlossaryTerm
    from glossary.seeding import seed_glossary
    from readability import term_sources

    call_command("migrate", verbosity=0)
    reviewer = get_user_model().objects.create(username="bench-reviewer", first_name="Bench")

    from readability.core import analyse

    started = time.perf_counter()
    analyse("The engine reads its word lists once: tetraplegia.")
    print(
        f"engine's first use in the process (paid by seed_demo anyway): "
        f"{time.perf_counter() - started:.2f} s"
    )
    started = time.perf_counter()
    log = seed_glossary(reviewer)
    seeded = time.perf_counter() - started
    print(f"seed_glossary: {len(log.created)} terms live in {seeded:.2f} s")
    started = time.perf_counter()
    again = seed_glossary(reviewer)
    print(
        f"seed_glossary again: {len(again.created)} created, {len(again.existing)} present, "
        f"in {time.perf_counter() - started:.2f} s"
    )

    term_sources.site_terms()
    warm = median_ms(term_sources.site_terms, args.repeat)
    stamp = median_ms(term_sources._source.stamp, args.repeat)

    def rebuild():
        term_sources.forget()
        term_sources.site_terms()

    cold = median_ms(rebuild, max(5, args.repeat // 50))
    print(f"site_terms(), nothing changed (one stamp query): {warm:.3f} ms")
    print(f"  of which the stamp query: {stamp:.3f} ms")
    print(
        f"site_terms() after a change (read {GlossaryTerm.objects.live().count()} live "
        f"terms, build the index): {cold:.1f} ms"
    )


if __name__ == "__main__":
    main()
