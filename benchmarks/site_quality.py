"""Reports → Site quality at the demo's 19 summaries, 1,000 and 10,000: the page and its
CSV export as an editor gets them, with the grades stored (readability.live_grades) and
with none stored (every summary graded on the request, as the page did before grades
were kept), and what refreshing every summary's grades costs in the background; then the
other pages editors and reviewers read the site's state from (their dashboards, the
reviews falling due, the plain-language quality report).

    .venv/bin/python benchmarks/site_quality.py                  # 19, 1,000, 10,000
    .venv/bin/python benchmarks/site_quality.py --sizes 19 500   # a quicker trial

In a scratch SQLite database (a temporary directory, removed at the end; or
--database-url, e.g. a scratch PostgreSQL database): migrate, seed the demo site, then
generate summaries (`generate_summaries`) up to each size. Times are the median of
--repeat requests, in-process with Django's test client.
"""

from __future__ import annotations

import argparse
import statistics
import time

from _scratch_site import DEMO_SUMMARIES, grow_to, scratch_demo_site

# The other pages editors and reviewers read the site's state from: (demo user, URL).
OTHER_PAGES = {
    "dashboard as the editor": ("editor", "/admin/"),
    "dashboard as the reviewer": ("reviewer", "/admin/"),
    "dashboard as the writer": ("writer", "/admin/"),
    "Reviews falling due report": ("editor", "reviews_falling_due_report"),
    "Plain-language quality report": ("editor", "plain_language_quality"),
}


def timed_ms(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(size: int, repeat: int, profile: bool = False) -> dict:
    from django.contrib.auth import get_user_model
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from readability.live_grades import refresh_live_grades
    from readability.models import LiveFieldGrades

    admin = get_user_model().objects.filter(is_superuser=True).first()
    editor = Client(HTTP_HOST="localhost")
    editor.force_login(admin)
    url = reverse("site_quality_report")

    def get(params=None):
        response = editor.get(url, params or {})
        assert response.status_code == 200, response.status_code
        if response.streaming:
            b"".join(response.streaming_content)

    def counted(call) -> tuple[float, int]:
        reset_queries()  # each request empties the log as it starts: count from empty
        with CaptureQueriesContext(connection) as queries:
            ms = timed_ms(call)
        return ms, len(queries)

    LiveFieldGrades.objects.all().delete()
    get()  # warm the glossary and settings; stores every summary's grades
    LiveFieldGrades.objects.all().delete()
    cold = counted(get)
    warm_ms = statistics.median(timed_ms(get) for _ in range(repeat))
    warm = (warm_ms, counted(get)[1])
    export_ms = statistics.median(timed_ms(lambda: get({"export": "csv"})) for _ in range(repeat))
    others = {}
    for name, (username, page_url) in OTHER_PAGES.items():
        user = get_user_model().objects.get(username=username)
        other = Client(HTTP_HOST="localhost")
        other.force_login(user)

        def fetch(other=other, page_url=page_url):
            response = other.get(reverse(page_url) if not page_url.startswith("/") else page_url)
            assert response.status_code == 200, (page_url, response.status_code)

        fetch()
        ms = statistics.median(timed_ms(fetch) for _ in range(repeat))
        others[name] = (ms, counted(fetch)[1])
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(get)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
    LiveFieldGrades.objects.all().delete()
    started = time.perf_counter()
    refreshed = refresh_live_grades()
    refresh_s = time.perf_counter() - started
    return {
        "size": size,
        "cold": cold,
        "warm": warm,
        "export_ms": export_ms,
        "others": others,
        "refreshed": refreshed,
        "refresh_s": refresh_s,
    }


def report(result: dict) -> None:
    print(f"\n{result['size']:,} live summaries")
    print(f"  page, no grades stored: {result['cold'][0]:,.0f} ms, {result['cold'][1]:,} queries")
    print(f"  page, grades stored:    {result['warm'][0]:,.0f} ms, {result['warm'][1]:,} queries")
    print(f"  CSV export, stored:     {result['export_ms']:,.0f} ms")
    for name, (ms, queries) in result["others"].items():
        print(f"  {name}: {ms:,.0f} ms, {queries:,} queries")
    print(
        f"  refreshing every summary's grades (after a glossary change): "
        f"{result['refresh_s']:.1f} s for {result['refreshed']:,} pages "
        f"({result['refresh_s'] / max(result['refreshed'], 1) * 1000:.1f} ms a page)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[19, 1_000, 10_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="profile the page, stored")
    parser.add_argument("--database-url", help="a scratch database (default: SQLite in /tmp)")
    args = parser.parse_args()
    with scratch_demo_site("site-quality-", args.database_url):
        for size in sorted(args.sizes):
            grow_to(size)
            profile = args.profile and size == max(args.sizes)
            report(measure(max(size, DEMO_SUMMARIES), args.repeat, profile))


if __name__ == "__main__":
    main()
