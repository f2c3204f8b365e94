"""Does the feedback rate limit (10 votes per client per hour) hold with several gunicorn
workers? Serves the demo site with N workers on 127.0.0.1, once with the local-memory
cache (no REDIS_URL) and once with Redis, sends 50 votes from one client, 8 at a time,
and prints how many the site accepted and how many rows it stored.

    .venv/bin/pip install gunicorn     # or: pip install -e ".[production]"
    .venv/bin/python benchmarks/rate_limit_workers.py --workers 4

It builds a throw-away SQLite demo database (migrate + seed_demo, about a minute) unless
--database-url names one that has the demo content. Each vote comes without a session
cookie, so every one is a new reader session from the same address: only the per-client
limit can stop them. Needs Redis at 127.0.0.1:6379 for the second run (skipped without).
Uses dev settings with DEBUG off: production's static-file manifest would need a
collectstatic first, and nothing here depends on it.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

HOST = "127.0.0.1"
REDIS_URL = "redis://127.0.0.1:6379/0"
VOTES = 50
CONCURRENCY = 8
BOOT_TIMEOUT = 90  # seconds for gunicorn to answer
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def redis_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


def site_env(database_url: str, media: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "CACHE_KEY_PREFIX"}}
    env.update(
        DJANGO_SETTINGS_MODULE="site_project.settings.dev",
        DEBUG="false",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media),
        PYTHONUNBUFFERED="1",
        LOG_LEVEL="ERROR",  # not a "Too Many Requests" line per refused vote
        **extra,
    )
    return env


def prepare_database(env: dict[str, str]) -> None:
    for command in (["migrate", "--no-input", "-v", "0"], ["seed_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=REPO_ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def a_live_summary(env: dict[str, str]) -> tuple[int, str]:
    """(page id, path) of a summary readers can vote on, and the stored vote count."""
    os.environ.update(env)
    import django

    django.setup()
    from research.models import ResearchSummaryPage

    page = ResearchSummaryPage.objects.for_readers().first()
    if page is None:
        sys.exit("No live summary in that database: run seed_demo on it first.")
    return page.pk, page.url


def stored_votes(page_id: int) -> int:
    from feedback.models import SummaryFeedback

    return SummaryFeedback.objects.filter(page_id=page_id).count()


def request(port: int, method: str, path: str, body: str = "", headers=None):
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheader("Set-Cookie", ""), response.read().decode()
    finally:
        connection.close()


def wait_until_up(port: int, path: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + BOOT_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited with {server.returncode}")
        try:
            if request(port, "GET", path)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"gunicorn did not answer {path} within {BOOT_TIMEOUT} s")


def vote(port: int, page_id: int, path: str) -> int:
    """One reader's "Yes", in a session of its own; the HTTP status of the answer."""
    status, cookie, html = request(port, "GET", path)
    csrf = re.search(r"csrftoken=([^;]+)", cookie)
    token = TOKEN.search(html)
    if status != 200 or not csrf or not token:
        return status if status != 200 else 0
    return request(
        port,
        "POST",
        f"/feedback/{page_id}/",
        body=f"helpful=yes&csrfmiddlewaretoken={token.group(1)}",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={csrf.group(1)}",
        },
    )[0]


def run(label: str, workers: int, env: dict[str, str], page_id: int, path: str) -> None:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            str(workers),
            "--bind",
            f"{HOST}:{port}",
            "--preload",
            "--log-level",
            "warning",
            "site_project.wsgi",
        ],
        cwd=REPO_ROOT,
        env=env,
    )
    try:
        wait_until_up(port, path, server)
        before = stored_votes(page_id)
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            statuses = list(pool.map(lambda _: vote(port, page_id, path), range(VOTES)))
        stored = stored_votes(page_id) - before
    finally:
        server.terminate()
        server.wait(timeout=30)
    accepted = sum(status in {200, 303} for status in statuses)
    limited = statuses.count(429)
    other = VOTES - accepted - limited
    print(
        f"{label:<28} {workers:>7} {VOTES:>5} {accepted:>8} {limited:>9} {other:>7} {stored:>7}",
        flush=True,
    )


def clear_redis_prefix(prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--database-url", help="a database with the demo content")
    args = parser.parse_args()
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        sys.exit('gunicorn is not installed: .venv/bin/pip install -e ".[production]"')

    with tempfile.TemporaryDirectory() as scratch:
        media = Path(scratch) / "media"
        database_url = args.database_url or f"sqlite:///{Path(scratch) / 'bench.sqlite3'}"
        if not args.database_url:
            print("Building a demo database (migrate + seed_demo)…", flush=True)
            prepare_database(site_env(database_url, media))
        page_id, path = a_live_summary(site_env(database_url, media))

        print(
            f"\nfeedback limit 10 per client; {VOTES} votes, {CONCURRENCY} at a time, from {HOST}"
        )
        print(
            f"{'cache':<28} {'workers':>7} {'sent':>5} {'accepted':>8} {'limited':>9} "
            f"{'other':>7} {'stored':>7}"
        )
        for workers in args.workers:
            run(
                "local memory (no REDIS_URL)", workers, site_env(database_url, media), page_id, path
            )
            if not redis_reachable():
                print(f"{'redis':<28} {workers:>7}  skipped: no Redis at 127.0.0.1:6379")
                continue
            prefix = f"bench-{uuid.uuid4().hex}"
            env = site_env(database_url, media, REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=prefix)
            try:
                run("redis", workers, env, page_id, path)
            finally:
                clear_redis_prefix(prefix)


if __name__ == "__main__":
    main()
