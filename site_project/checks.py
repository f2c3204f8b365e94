"""Start-up checks for a deployed site, on when settings.PRODUCTION_CHECKS is true
(production, and base with DEBUG off; never dev or test).

* A SQLite DATABASE_URL whose file is missing (or empty) is refused: SQLite would
  otherwise create an empty database and the site would come up with no content, no
  accounts and every page a 404. ALLOW_NEW_SQLITE=1 lets `migrate` create it.
* A cache that each process keeps to itself is a warning: reader rate limits
  (research/rate_limit.py) then count per worker, so four workers let four times the
  limit through. Production needs Redis (REDIS_URL).

`manage.py` commands that run Django's checks (runserver, migrate, check) report these
with the others; the WSGI entry point, which runs no checks, calls `check_at_startup`.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

MISSING_SQLITE = "site_project.E001"
UNSHARED_CACHE = "site_project.W001"
# Backends that keep entries inside one process (or nowhere).
UNSHARED_CACHE_BACKENDS = frozenset(
    {
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    }
)


def is_in_memory(name: str) -> bool:
    return name in {"", ":memory:"} or "mode=memory" in name


def missing_sqlite_files(databases: dict) -> list[str]:
    """The SQLite files named in `databases` that do not exist or are empty. An empty
    file is what an earlier start against a missing file left behind."""
    missing = []
    for config in databases.values():
        name = str(config.get("NAME") or "")
        if not config.get("ENGINE", "").endswith("sqlite3") or is_in_memory(name):
            continue
        path = Path(name)
        if not path.is_file() or path.stat().st_size == 0:
            missing.append(name)
    return missing


def sqlite_errors(databases: dict, allow_new: bool) -> list[checks.CheckMessage]:
    if allow_new:
        return []
    return [
        checks.Error(
            f"The SQLite database {name} does not exist or is empty, so the site would "
            "start with no content.",
            hint="Check DATABASE_URL. To create a new database there, run "
            "`ALLOW_NEW_SQLITE=1 python manage.py migrate` once.",
            id=MISSING_SQLITE,
        )
        for name in missing_sqlite_files(databases)
    ]


def cache_warnings(caches: dict) -> list[checks.CheckMessage]:
    backend = caches.get("default", {}).get("BACKEND", "")
    if backend not in UNSHARED_CACHE_BACKENDS:
        return []
    return [
        checks.Warning(
            f"The cache ({backend.rsplit('.', 1)[-1]}) is kept by each process, so the "
            "reader rate limits (votes, sign-ups, contact messages) count per worker: "
            "with 4 workers, 4 times the limit gets through.",
            hint="Production needs Redis: set REDIS_URL, e.g. redis://127.0.0.1:6379/0.",
            id=UNSHARED_CACHE,
        )
    ]


def check_sqlite_file(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    if not settings.PRODUCTION_CHECKS:
        return []
    return sqlite_errors(settings.DATABASES, settings.ALLOW_NEW_SQLITE)


def check_shared_cache(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    if not settings.PRODUCTION_CHECKS:
        return []
    return cache_warnings(settings.CACHES)


def check_at_startup() -> None:
    """For the WSGI entry point: refuse to start on an error, log each warning."""
    errors = check_sqlite_file()
    if errors:
        raise ImproperlyConfigured(" ".join(f"{error.msg} {error.hint}" for error in errors))
    for warning in check_shared_cache():
        logger.warning("%s %s (%s)", warning.msg, warning.hint, warning.id)
