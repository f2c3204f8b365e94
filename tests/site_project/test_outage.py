"""An unreachable database: readers get a 503 page with Retry-After, the log gets one
traceback per outage. The dead databases here are real: a PostgreSQL port nothing
listens on, and a SQLite file in a folder that does not exist."""

import logging
import socket
import sqlite3
from contextlib import contextmanager
from unittest import mock

import dj_database_url
import pytest
from bs4 import BeautifulSoup

from django.db import connections, transaction
from django.db.utils import ConnectionHandler, load_backend
from django.test import Client

from site_project.outage import (
    LOG_INTERVAL_SECONDS,
    OUTAGE_LOG,
    RETRY_AFTER_SECONDS,
    is_database_unavailable,
)

pytestmark = pytest.mark.django_db

DEAD_POSTGRES = "postgres://postgres@127.0.0.1:1/dead"
LIVE_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres"
BACKENDS = ["sqlite", "postgresql"]
OUTAGE_HEADING = "Back in a few minutes"


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """A fresh outage log per test, on a clock the test moves."""
    fake = FakeClock()
    monkeypatch.setattr(OUTAGE_LOG, "clock", fake)
    OUTAGE_LOG.reset()
    yield fake
    OUTAGE_LOG.reset()


def dead_wrapper(kind, tmp_path):
    if kind == "postgresql":
        pytest.importorskip("psycopg", reason="psycopg is needed to reach PostgreSQL")
        url = DEAD_POSTGRES
    else:
        url = f"sqlite:///{tmp_path / 'no-such-folder' / 'db.sqlite3'}"
    config = ConnectionHandler().configure_settings({"default": dj_database_url.parse(url)})
    return load_backend(config["default"]["ENGINE"]).DatabaseWrapper(config["default"])


@contextmanager
def dead_database(kind, tmp_path):
    """Every query of the request goes to a database that cannot be reached."""
    live = connections["default"]
    dead = dead_wrapper(kind, tmp_path)
    connections["default"] = dead
    try:
        yield
    finally:
        connections["default"] = live
        dead.close()


def unavailable_error(kind, tmp_path):
    """The error Django raises when it cannot connect."""
    dead = dead_wrapper(kind, tmp_path)
    try:
        dead.ensure_connection()
    except Exception as error:
        return error
    raise AssertionError("the dead database answered")


def error_records(caplog):
    return [r for r in caplog.records if r.levelno >= logging.ERROR]


def tracebacks(caplog):
    return [r for r in error_records(caplog) if r.exc_info]


def assert_outage_page(response):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == "en"
    assert page.title.get_text(strip=True) == OUTAGE_HEADING
    assert page.main.h1.get_text(strip=True) == OUTAGE_HEADING
    text = page.main.get_text(" ", strip=True)
    assert "Please try again in a few minutes." in text
    assert "Something went wrong" not in text


@pytest.mark.parametrize("kind", BACKENDS)
def test_pages_on_a_dead_database_are_a_503_with_retry_after(client, summary, tmp_path, kind):
    with dead_database(kind, tmp_path):
        for url in ["/", summary.url, "/research/latest/", "/search/?q=walking"]:
            assert_outage_page(client.get(url))
    # Back again: the same pages are served, nothing is left broken.
    assert client.get(summary.url).status_code == 200


@pytest.mark.parametrize("kind", BACKENDS)
def test_a_vote_on_a_dead_database_is_a_503_not_a_500(client, summary, tmp_path, kind):
    with dead_database(kind, tmp_path):
        response = client.post(f"/feedback/{summary.pk}/", {"helpful": "yes"})
    assert_outage_page(response)
    page = BeautifulSoup(response.content, "html.parser")
    assert "send it again" in page.main.get_text(" ", strip=True)


@pytest.mark.parametrize("kind", BACKENDS)
def test_fifty_requests_log_one_traceback_then_one_line_per_interval(
    client, tree, tmp_path, caplog, clock, kind
):
    caplog.set_level(logging.INFO)
    with dead_database(kind, tmp_path):
        for _ in range(50):
            assert client.get("/").status_code == 503
        assert len(tracebacks(caplog)) == 1
        # Not one "Service Unavailable" line per request either.
        assert len(error_records(caplog)) == 1
        assert "Database unavailable" in error_records(caplog)[0].getMessage()

        clock.now += LOG_INTERVAL_SECONDS - 1
        assert client.get("/").status_code == 503
        assert len(error_records(caplog)) == 1

        clock.now += 1
        assert client.get("/").status_code == 503
        records = error_records(caplog)
        assert len(records) == 2 and not records[1].exc_info
        assert "still unavailable: 51 requests answered 503" in records[1].getMessage()

        # Quiet for a whole interval: the next failure is a new outage, with a traceback.
        clock.now += LOG_INTERVAL_SECONDS
        assert client.get("/").status_code == 503
        assert len(tracebacks(caplog)) == 2


@pytest.mark.parametrize("kind", BACKENDS)
def test_failing_in_the_context_processors_is_a_503(client, summary, tmp_path, kind):
    # The page itself was found; the header's navigation is what cannot be built.
    error = unavailable_error(kind, tmp_path)
    with mock.patch("home.context_processors.build_navigation", side_effect=error):
        assert_outage_page(client.get(summary.url))


@pytest.mark.parametrize("kind", BACKENDS)
def test_failing_while_rendering_the_404_page_is_a_503(tree, tmp_path, caplog, kind):
    # Outside any view: Django renders 404.html itself, and its context processors query.
    caplog.set_level(logging.INFO)
    error = unavailable_error(kind, tmp_path)
    client = Client(raise_request_exception=False)
    with mock.patch("home.context_processors.build_navigation", side_effect=error):
        for _ in range(5):
            assert_outage_page(client.get("/no-such-page/"))
    assert len(error_records(caplog)) == 1


def schema_error():
    """A real "no such table" from the database under test: a programming error."""
    with pytest.raises(Exception) as caught, transaction.atomic():
        connections["default"].cursor().execute("SELECT * FROM no_such_table")
    return caught.value


def test_a_query_on_a_missing_table_stays_a_500_with_every_traceback(tree, caplog):
    # SQLite calls "no such table" an OperationalError too; it must not pass for an outage.
    caplog.set_level(logging.INFO)
    error = schema_error()
    client = Client(raise_request_exception=False)
    with mock.patch("home.context_processors.build_navigation", side_effect=error):
        responses = [client.get("/") for _ in range(3)]
    assert [r.status_code for r in responses] == [500, 500, 500]
    assert "Retry-After" not in responses[0]
    assert b"Something went wrong" in responses[0].content
    assert len(tracebacks(caplog)) == 3


def sqlite_error(tmp_path, sql, *, locked=False):
    """The driver error SQLite gives, wrapped by Django as in a request."""
    path = tmp_path / "db.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE IF NOT EXISTS t (x)")
    if locked:
        holder.execute("BEGIN EXCLUSIVE")
    wrapper = dead_wrapper("sqlite", tmp_path)
    try:
        with pytest.raises(Exception) as caught, wrapper.wrap_database_errors:
            sqlite3.connect(path, timeout=0.01).execute(sql)
        return caught.value
    finally:
        holder.close()


def test_sqlite_errors_are_judged_by_their_result_code(tmp_path):
    assert is_database_unavailable(sqlite_error(tmp_path, "SELECT * FROM t", locked=True))
    assert is_database_unavailable(unavailable_error("sqlite", tmp_path))
    assert not is_database_unavailable(sqlite_error(tmp_path, "SELECT * FROM no_such_table"))
    assert not is_database_unavailable(sqlite_error(tmp_path, "SELEC nonsense"))
    assert not is_database_unavailable(sqlite_error(tmp_path, "SELECT ?"))  # wrong arguments
    assert not is_database_unavailable(ValueError("not a database error"))


def live_postgres():
    psycopg = pytest.importorskip("psycopg", reason="psycopg is needed to reach PostgreSQL")
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        pytest.skip("no PostgreSQL at 127.0.0.1:5432 (CI has one)")
    return psycopg.connect(LIVE_POSTGRES.replace("postgres://", "postgresql://"), autocommit=True)


def postgres_error(sql):
    config = ConnectionHandler().configure_settings(
        {"default": dj_database_url.parse(LIVE_POSTGRES)}
    )["default"]
    django_side = load_backend(config["ENGINE"]).DatabaseWrapper(config)
    with (
        live_postgres() as conn,
        pytest.raises(Exception) as caught,
        django_side.wrap_database_errors,
    ):
        conn.execute(sql)
    return caught.value


def test_postgres_errors_are_judged_by_their_sqlstate(tmp_path):
    assert is_database_unavailable(unavailable_error("postgresql", tmp_path))
    # The server ending our connection, as on a restart or failover (57P01).
    assert is_database_unavailable(postgres_error("SELECT pg_terminate_backend(pg_backend_pid())"))
    # A statement timeout is a slow query, not an outage (57014).
    assert not is_database_unavailable(
        postgres_error("SET statement_timeout = 1; SELECT pg_sleep(1)")
    )
    assert not is_database_unavailable(postgres_error("SELECT * FROM no_such_table"))
