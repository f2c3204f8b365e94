"""Outside dev, a missing SQLite file stops the site from starting (rather than coming up
empty), and a cache each worker keeps to itself is a warning. Run as a server would:
`manage.py` commands and the WSGI module, in their own processes."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from django.test import override_settings

from site_project.checks import (
    MISSING_SQLITE,
    UNSHARED_CACHE,
    cache_warnings,
    check_shared_cache,
    missing_sqlite_files,
    sqlite_errors,
)

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = "site_project.settings.production"
DEV = "site_project.settings.dev"
LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
    }
}


def run(settings: str, *command: str, **env) -> subprocess.CompletedProcess:
    """`command` in a fresh process with only the environment given here."""
    unset = {"DATABASE_URL", "SECRET_KEY", "REDIS_URL", "ALLOW_NEW_SQLITE", "DEBUG"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    clean.update(DJANGO_SETTINGS_MODULE=settings, SECRET_KEY="x" * 50, **env)
    return subprocess.run(
        [sys.executable, *command], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_database(path: Path) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    return path


def test_production_will_not_serve_from_a_missing_sqlite_file(tmp_path):
    missing = tmp_path / "db.sqlite3"
    served = run(PRODUCTION, "-c", "import site_project.wsgi", DATABASE_URL=sqlite_url(missing))
    assert served.returncode != 0
    assert f"The SQLite database {missing} does not exist" in served.stderr
    assert "ALLOW_NEW_SQLITE=1 python manage.py migrate" in served.stderr
    assert not missing.exists()  # nothing was created behind our back

    checked = run(PRODUCTION, "manage.py", "check", DATABASE_URL=sqlite_url(missing))
    assert checked.returncode != 0 and MISSING_SQLITE in checked.stderr
    assert not missing.exists()


def test_an_empty_file_left_by_an_earlier_start_counts_as_missing(tmp_path):
    empty = tmp_path / "db.sqlite3"
    empty.touch()
    served = run(PRODUCTION, "-c", "import site_project.wsgi", DATABASE_URL=sqlite_url(empty))
    assert served.returncode != 0 and "does not exist or is empty" in served.stderr


def test_migrate_creates_a_new_production_database_only_when_asked(tmp_path):
    new = tmp_path / "db.sqlite3"
    refused = run(PRODUCTION, "manage.py", "migrate", "contenttypes", DATABASE_URL=sqlite_url(new))
    assert refused.returncode != 0 and MISSING_SQLITE in refused.stderr
    # Django's own database checks may have opened (so created) an empty file first; an
    # empty file counts as missing, so it still cannot be served.
    assert not new.exists() or new.stat().st_size == 0

    made = run(
        PRODUCTION,
        "manage.py",
        "migrate",
        "contenttypes",
        DATABASE_URL=sqlite_url(new),
        ALLOW_NEW_SQLITE="1",
    )
    assert made.returncode == 0, made.stderr
    assert new.stat().st_size > 0
    # And from then on the site starts without the opt-in.
    assert run(PRODUCTION, "manage.py", "check", DATABASE_URL=sqlite_url(new)).returncode == 0


def test_dev_still_creates_its_database_by_migrating(tmp_path):
    missing = tmp_path / "db.sqlite3"
    checked = run(
        DEV, "manage.py", "check", "--fail-level", "WARNING", DATABASE_URL=sqlite_url(missing)
    )
    assert checked.returncode == 0, checked.stderr


def test_production_warns_at_start_up_when_rate_limits_would_count_per_worker(tmp_path):
    database = sqlite_url(make_database(tmp_path / "db.sqlite3"))
    served = run(PRODUCTION, "-c", "import site_project.wsgi", DATABASE_URL=database)
    assert served.returncode == 0, served.stderr
    assert "rate limits (votes, sign-ups, contact messages) count per worker" in served.stderr
    assert "Production needs Redis: set REDIS_URL" in served.stderr

    with_redis = run(
        PRODUCTION,
        "-c",
        "import site_project.wsgi",
        DATABASE_URL=database,
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert with_redis.returncode == 0, with_redis.stderr
    assert "count per worker" not in with_redis.stderr


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_a_cache_kept_per_process_is_a_warning(backend):
    [warning] = cache_warnings({"default": {"BACKEND": backend}})
    assert warning.id == UNSHARED_CACHE
    assert cache_warnings(REDIS) == []


def test_the_checks_stay_quiet_in_tests_and_dev():
    # `dev.py test` runs `manage.py check --fail-level WARNING` on these settings.
    with override_settings(CACHES=LOCMEM):
        assert check_shared_cache() == []
    with override_settings(CACHES=LOCMEM, PRODUCTION_CHECKS=True):
        assert [w.id for w in check_shared_cache()] == [UNSHARED_CACHE]


def test_only_sqlite_files_on_disk_are_looked_for(tmp_path):
    existing = make_database(tmp_path / "here.sqlite3")
    databases = {
        "memory": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"},
        "shared_memory": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": "file:memorydb_default?mode=memory&cache=shared",
        },
        "postgres": {"ENGINE": "django.db.backends.postgresql", "NAME": "research"},
        "here": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(existing)},
        "gone": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "gone.db")},
    }
    assert missing_sqlite_files(databases) == [str(tmp_path / "gone.db")]
    assert [e.id for e in sqlite_errors(databases, allow_new=False)] == [MISSING_SQLITE]
    assert sqlite_errors(databases, allow_new=True) == []
