"""Hostile input against every public endpoint: how many requests, how many server errors.

Sends exactly the requests of tests/site_project/test_fuzz_public_endpoints.py (the
inventory, the systematic requests and the derandomized strategies in
tests/site_project/public_endpoints.py) to a fresh test database, but counts every
answer instead of stopping at the first 5xx, and prints the figures per endpoint. The
database is SQLite in memory, or the one DATABASE_URL names (a test database
"test_<name>" is created beside it and dropped).

    .venv/bin/python benchmarks/fuzz_public.py [--examples 30]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fuzz .venv/bin/python benchmarks/fuzz_public.py
"""

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_project.settings.test")


def main() -> None:
    import django

    django.setup()
    from hypothesis import given, settings

    from django.core.cache import cache
    from django.db import connection, transaction
    from django.test.utils import setup_test_environment

    from tests.site_project.fuzzing import (
        EXAMPLES_PER_ENDPOINT,
        FUZZ_SETTINGS,
        send,
        server_error,
    )
    from tests.site_project.public_endpoints import (
        ENDPOINT_NAMES,
        build_fuzz_site,
        endpoints,
    )

    def run_endpoint(name, endpoint, counts, errors):
        def record(request):
            cache.clear()  # as the test does: no rate limit stops the requests early
            response = send(request)
            counts[f"{response.status_code // 100}xx"] += 1
            if response.status_code >= 500:
                errors.append(f"[{name}] {request}\n{server_error(response)}")

        for request in endpoint.every_input_in_turn():
            record(request)
        settings(FUZZ_SETTINGS, max_examples=args.examples)(
            given(request=endpoint.requests())(record)
        )()

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--examples",
        type=int,
        default=EXAMPLES_PER_ENDPOINT,
        help="generated requests per endpoint, after the systematic ones",
    )
    parser.add_argument("--show", type=int, default=3, help="server errors to print in full")
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    statuses: Counter[str] = Counter()
    errors: list[str] = []
    print(f"database: {connection.vendor}, {args.examples} generated requests per endpoint\n")
    heading = ("endpoint", "requests", "2xx/3xx", "4xx", "5xx", "seconds")
    print("{:<26} {:>8} {:>8} {:>6} {:>6} {:>8}".format(*heading), flush=True)
    started_all = time.perf_counter()
    try:
        for name in ENDPOINT_NAMES:
            counts: Counter[str] = Counter()
            started = time.perf_counter()
            with transaction.atomic():
                run_endpoint(name, endpoints(build_fuzz_site())[name], counts, errors)
                transaction.set_rollback(True)
            seconds = time.perf_counter() - started
            statuses.update(counts)
            total = sum(counts.values())
            ok = counts["2xx"] + counts["3xx"]
            print(
                f"{name:<26} {total:>8} {ok:>8} {counts['4xx']:>6} {counts['5xx']:>6}"
                f" {seconds:>8.1f}",
                flush=True,
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    total = sum(statuses.values())
    print(
        f"\n{len(ENDPOINT_NAMES)} endpoints, {total} requests in "
        f"{time.perf_counter() - started_all:.0f} s: "
        f"{statuses['2xx'] + statuses['3xx']} answered, {statuses['4xx']} refused (4xx), "
        f"{statuses['5xx']} server errors (5xx)"
    )
    for error in errors[: args.show]:
        print("\n" + error)


if __name__ == "__main__":
    main()
