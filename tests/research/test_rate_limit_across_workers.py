"""With Redis, a reader's rate limit holds across worker processes: two processes voting
at once for the same client let exactly the limit through, not the limit per process."""

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from research.rate_limit import FEEDBACK_LIMIT

ROOT = Path(__file__).resolve().parents[2]
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
REDIS_URL = f"redis://{REDIS_HOST}:{REDIS_PORT}/0"
VOTES_PER_WORKER = 25

# One worker: waits for "go" on stdin so that both vote at the same time, then prints
# how many of its votes the limit let through.
WORKER = f"""
import sys
import django
django.setup()
from django.test import RequestFactory
from research.rate_limit import FEEDBACK_LIMIT
request = RequestFactory().post("/feedback/1/", REMOTE_ADDR="203.0.113.7")
print("ready", flush=True)
sys.stdin.readline()
print(sum(FEEDBACK_LIMIT.hit(request) for _ in range({VOTES_PER_WORKER})), flush=True)
"""


@pytest.fixture
def redis_prefix():
    try:
        socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=1).close()
    except OSError:
        pytest.skip(f"no Redis at {REDIS_HOST}:{REDIS_PORT} to share the limit (CI has one)")
    redis = pytest.importorskip("redis", reason="the redis package is in the dev extra")
    prefix = f"test-workers-{uuid.uuid4().hex}"
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def start_worker(prefix: str) -> subprocess.Popen:
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="site_project.settings.dev",
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=prefix,
    )
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
    return worker


def test_two_processes_sharing_redis_let_exactly_the_limit_through(redis_prefix):
    workers = [start_worker(redis_prefix) for _ in range(2)]
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    accepted = []
    for worker in workers:
        out, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err
        accepted.append(int(out.strip()))
    assert sum(accepted) == FEEDBACK_LIMIT.limit == 10
    assert VOTES_PER_WORKER * len(workers) == 50
