"""Server time and queries of one summary page, uncached, for a given checkout: run it for
two checkouts, interleaved, to compare them on the same machine (issue 13 asked for half
of the server time before it).

    git worktree add /tmp/before da94a75
    createdb -h 127.0.0.1 -U postgres summary_before   # and summary_after; migrate and
    # seed_demo each with its own checkout, then `collect` once for each:
    .venv/bin/python benchmarks/summary_time.py /tmp/before summary_before --collect
    .venv/bin/python benchmarks/summary_time.py /tmp/before summary_before
    .venv/bin/python benchmarks/summary_time.py . summary_after

Production settings, PostgreSQL at 127.0.0.1:5432 (trust auth), Redis at 127.0.0.1:6379,
a kept database connection; measured in-process with Django's test client (five warm-up
requests, the queries of the sixth, then the median and 90th percentile of the rest).
"""

import argparse
import os
import secrets
import statistics
import sys
import time
from pathlib import Path

SUMMARY_PATH = "/research/spinal-cord-injury/stem-cell-therapies-review/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", type=Path, help="the repository to import the site from")
    parser.add_argument("database", help="a PostgreSQL database seeded by that checkout")
    parser.add_argument("--requests", type=int, default=150)
    parser.add_argument("--collect", action="store_true", help="collect static files only")
    args = parser.parse_args()
    checkout = args.checkout.resolve()
    sys.path.insert(0, str(checkout))
    os.chdir(checkout)
    os.environ.update(
        DJANGO_SETTINGS_MODULE="site_project.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{args.database}",
        DATABASE_CONN_MAX_AGE="600",
        REDIS_URL="redis://127.0.0.1:6379/3",
        CACHE_KEY_PREFIX=f"summary-time-{args.database}",
        STATIC_ROOT=f"/tmp/summary-time-static-{args.database}",
    )
    import django

    django.setup()
    if args.collect:
        from django.core.management import call_command

        call_command("collectstatic", "--no-input", verbosity=0)
        return
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    reader = Client(HTTP_HOST="127.0.0.1")
    for _ in range(5):
        assert reader.get(SUMMARY_PATH).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        reader.get(SUMMARY_PATH)
    # Counted now: the next request's request_started signal empties the log.
    query_count = len(queries)
    times = []
    for _ in range(args.requests):
        started = time.perf_counter()
        reader.get(SUMMARY_PATH)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print(
        f"{checkout}: {query_count} queries, median {statistics.median(times):.1f} ms, "
        f"p90 {times[int(len(times) * 0.9)]:.1f} ms"
    )


if __name__ == "__main__":
    main()
