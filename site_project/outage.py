"""What readers get while the database cannot be reached, and what the log gets.

Readers get a short page asking them to try again in a few minutes (503 with
Retry-After), not "Something went wrong". The log gets one ERROR with the traceback when
an outage starts, then at most one line per LOG_INTERVAL_SECONDS saying how many
requests were turned away, instead of a traceback per request.

Only errors that mean "the database cannot serve us now" are treated so. A query that is
wrong (no such table, bad SQL, a bound value of the wrong type) stays a 500 with its
traceback every time: retrying will not fix it.
"""

import logging
import sqlite3
import sys
import threading
import time
from collections.abc import Callable

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
LOG_INTERVAL_SECONDS = 60
TEMPLATE = "503.html"

# SQLite result codes (primary, the low byte of the extended code) for a database that
# is busy, locked by another writer beyond its timeout, unreadable, full or missing.
# SQLITE_ERROR (no such table, syntax errors) is deliberately absent.
SQLITE_UNAVAILABLE = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_NOMEM,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_CANTOPEN,
    }
)
# PostgreSQL SQLSTATE classes: connection exception, insufficient resources (too many
# connections, disk full), operator intervention (shutting down, starting up).
POSTGRES_UNAVAILABLE_CLASSES = frozenset({"08", "53", "57"})
# query_canceled is in class 57 but is a statement timeout: a slow query, not an outage.
POSTGRES_QUERY_CANCELED = "57014"


def is_database_unavailable(error: BaseException | None) -> bool:
    """True when `error` means the database cannot be reached or cannot serve us right
    now, so that the same request could succeed in a little while."""
    if not isinstance(error, (OperationalError, InterfaceError)):
        return False
    cause = error.__cause__  # Django re-raises the driver's error "from" it
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", None)
        return code is not None and code & 0xFF in SQLITE_UNAVAILABLE
    if type(cause).__module__.split(".")[0] in {"psycopg", "psycopg2"}:
        # A client-side failure (refused, timed out, connection lost or closed) carries
        # no SQLSTATE; psycopg 3 calls it `sqlstate`, psycopg2 `pgcode`.
        state = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
        if state is None:
            return True
        return state[:2] in POSTGRES_UNAVAILABLE_CLASSES and state != POSTGRES_QUERY_CANCELED
    # Other drivers mix schema errors into OperationalError: keep their tracebacks.
    return False


class OutageLog:
    """One ERROR with the traceback when an outage starts (no error for a whole interval
    before it), then at most one line per interval with the number of requests turned
    away since the last line. One per process: each worker reports its own."""

    def __init__(
        self,
        interval: float = LOG_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.interval = interval
        self.clock = clock
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self._last_error: float | None = None
        self._last_logged = 0.0
        self._unreported = 0

    def record(self, error: BaseException) -> None:
        now = self.clock()
        with self._lock:
            starts = self._last_error is None or now - self._last_error >= self.interval
            since_line = now - self._last_logged
            if not starts and since_line < self.interval:
                self._last_error = now
                self._unreported += 1
                return
            unreported, self._unreported = self._unreported, 0
            self._last_error = self._last_logged = now
        if starts:
            logger.error(
                "Database unavailable: answering 503 with Retry-After: %d until it is back; "
                "from now on at most one line per %d s%s.",
                RETRY_AFTER_SECONDS,
                self.interval,
                f" ({unreported} requests of the previous outage were not reported)"
                if unreported
                else "",
                exc_info=error,
            )
        else:
            logger.error(
                "Database still unavailable: %d requests answered 503 in the last %d s. "
                "Latest error: %s",
                unreported + 1,
                round(since_line),
                str(error).strip() or type(error).__name__,
            )


OUTAGE_LOG = OutageLog()


def outage_response(error: BaseException) -> HttpResponse:
    """The 503 page. Rendered without a request, so no context processor (site settings,
    navigation) touches the database."""
    OUTAGE_LOG.record(error)
    response = HttpResponse(loader.render_to_string(TEMPLATE), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)  # a cache in front must not keep serving the outage
    # Django logs every response of 500 or more as an ERROR line; OutageLog has already
    # said what there is to say about this one.
    response._has_been_logged = True
    return response


class DatabaseOutageMiddleware:
    """Turns an unavailable database, met in a view or while rendering its template
    (Wagtail's page serving, the context processors), into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_database_unavailable(exception):
            return outage_response(exception)
        return None


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500: the same 503 for an outage met outside a view (another middleware, or
    rendering the 404 page, whose context processors query the database); Django's
    plain 500 otherwise."""
    error = sys.exc_info()[1]
    if is_database_unavailable(error):
        return outage_response(error)
    return defaults.server_error(request, template_name)
