"""The Crossref client behind 'Fill from DOI': what it asks, what it makes of each
answer, and a message for every way a lookup fails. Crossref's answers are the recorded
ones; no test here may open a network connection (`no_network`)."""

import json
import socket
import urllib.error
from email.message import Message

import pytest

from research import crossref
from tests.research.crossref_fakes import (
    MARKUP_DOI,
    NEJM_DOI,
    answer_with,
    no_network,  # noqa: F401 - the fixture, used by name
    recorded,
)

pytestmark = pytest.mark.usefixtures("no_network")


def test_the_network_guard_is_on():
    with pytest.raises(pytest.fail.Exception, match="network connection"):
        crossref.UrllibTransport().get("http://192.0.2.1/works/x", {}, 1)


def test_a_found_paper_fills_title_journal_year_and_authors(monkeypatch):
    fake = answer_with(monkeypatch, body=recorded("nejm_work.json"))
    fields = crossref.look_up(f"https://doi.org/{NEJM_DOI}").as_fields()
    assert fields == {
        "paper_title": "Recovery of Over-Ground Walking after Chronic Motor Complete Spinal "
        "Cord Injury",
        "journal": "New England Journal of Medicine",
        # The printed issue's year (published-print), as journals cite it.
        "publication_year": 2018,
        # Eight authors: the first three, then "et al." (AMA style).
        "paper_authors": "Claudia A. Angeli\nMaxwell Boakye\nRebekah A. Morton\net al.",
    }
    (request,) = fake.requests
    assert request["url"] == "http://crossref.invalid/works/10.1056%2FNEJMoa1803588"
    assert request["timeout"] == crossref.TIMEOUT_SECONDS <= 5


def test_crossref_is_told_who_is_asking_and_how_to_reach_us(monkeypatch, settings):
    settings.WAGTAIL_SITE_NAME = "Spinal Cord Research Help"
    fake = answer_with(monkeypatch, body=recorded("nejm_work.json"))
    crossref.look_up(NEJM_DOI)
    headers = fake.requests[0]["headers"]
    assert headers["User-Agent"].startswith("Spinal Cord Research Help (")
    assert "mailto:editors@example.org" in headers["User-Agent"]
    # Nothing but the DOI and who we are: no cookie, no user, no page content.
    assert set(headers) == {"User-Agent", "Accept"}


def test_six_authors_are_all_listed(monkeypatch):
    work = json.loads(recorded("nejm_work.json"))
    work["message"]["author"] = work["message"]["author"][:6]
    answer_with(monkeypatch, body=json.dumps(work).encode())
    authors = crossref.look_up(NEJM_DOI).as_fields()["paper_authors"].splitlines()
    assert len(authors) == 6
    assert authors[-1] == "Yangsheng Chen"


def test_markup_in_crossref_text_becomes_plain_text(monkeypatch):
    answer_with(monkeypatch, body=recorded("markup_work.json"))
    paper = crossref.look_up(MARKUP_DOI)
    # Tags go; entities become the characters they stand for, kept as text (escaped
    # wherever shown, see test_hostile_paper_text_is_escaped_on_the_page).
    assert paper.title == (
        "A test record: CO2 & <script>alert(1)</script> alert(2): not a real paper"
    )
    assert paper.journal == "Journal of Tests & Fixtures"
    # A group's name, a family name alone, whitespace tidied; an empty entry skipped.
    assert paper.authors == ["Fill From DOI Test Group", "Onlyfamily", "Ann Lee"]
    # published-print has no year ([[null]]), so Crossref's "issued" year is used.
    assert paper.year == 2021


@pytest.mark.parametrize(
    ("dates", "year"),
    [
        (
            {"published-online": {"date-parts": [[2017, 12]]}, "issued": {"date-parts": [[2016]]}},
            2017,
        ),
        ({"issued": {"date-parts": [[1850]]}}, None),  # outside the years the field accepts
        ({"issued": {"date-parts": []}}, None),
        ({"issued": "2019"}, None),
        ({}, None),
    ],
)
def test_year_sources_in_order_and_unusable_years(monkeypatch, dates, year):
    body = json.dumps({"status": "ok", "message-type": "work", "message": {**dates}}).encode()
    answer_with(monkeypatch, body=body)
    assert crossref.look_up("10.1234/years").year == year


def test_a_doi_crossref_does_not_know_says_to_check_for_typos(monkeypatch):
    answer_with(monkeypatch, status=404, body=b"Resource not found.")
    with pytest.raises(crossref.NotFound, match="Check it for typos"):
        crossref.look_up("10.1056/NEJMoa18035888")


@pytest.mark.parametrize(
    "error",
    [
        TimeoutError("timed out"),
        TimeoutError(),
        urllib.error.URLError(TimeoutError("timed out")),
        urllib.error.URLError(ConnectionRefusedError(111, "Connection refused")),
        urllib.error.URLError(socket.gaierror(-3, "Temporary failure in name resolution")),
        ConnectionResetError(),
    ],
)
def test_timeouts_and_no_connection_say_to_fill_by_hand(monkeypatch, error):
    """The real transport's handling, with the connection itself replaced."""

    class Opener:
        def open(self, request, timeout):
            raise error

    monkeypatch.setattr(crossref, "_opener", Opener)
    monkeypatch.setattr(crossref, "transport", crossref.UrllibTransport())
    with pytest.raises(crossref.Unreachable) as raised:
        crossref.look_up(NEJM_DOI)
    assert raised.value.message == (
        "Could not reach Crossref. Check your connection, or fill the fields by hand."
    )


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_crossref_busy_or_failing_says_try_later(monkeypatch, status):
    headers = Message()
    headers["Retry-After"] = "60"

    class Opener:
        def open(self, request, timeout):
            raise urllib.error.HTTPError(request.full_url, status, "busy", headers, None)

    monkeypatch.setattr(crossref, "_opener", Opener)
    monkeypatch.setattr(crossref, "transport", crossref.UrllibTransport())
    with pytest.raises(crossref.Busy, match="Try again in a few minutes") as raised:
        crossref.look_up(NEJM_DOI)
    assert raised.value.retry_after == 60


@pytest.mark.parametrize(
    "body",
    [
        b'{"status": "ok", "message": {"title": ["Cut off',
        b"<html><body>Down for maintenance</body></html>",
        b"[1, 2, 3]",
        b'{"status": "ok", "message": "not a work"}',
        b"\xff\xfe not utf-8",
        recorded("not_a_work.json"),
    ],
)
def test_an_unreadable_answer_says_so(monkeypatch, body):
    answer_with(monkeypatch, body=body)
    with pytest.raises(crossref.BadAnswer):
        crossref.look_up(NEJM_DOI)


def test_an_oversized_answer_is_refused(monkeypatch):
    answer_with(monkeypatch, body=b" " * (crossref.MOST_BYTES + 1))
    with pytest.raises(crossref.BadAnswer):
        crossref.look_up(NEJM_DOI)


def test_a_redirect_to_another_host_is_not_followed():
    handler = crossref._SameHostRedirects()
    request = crossref.urllib.request.Request("https://api.crossref.org/works/10.1234%2Fx")
    assert handler.redirect_request(request, None, 302, "Found", {}, "https://evil.test/") is None
    same_host = handler.redirect_request(
        request, None, 301, "Moved", {}, "https://api.crossref.org/works/10.1234%2Fy"
    )
    assert same_host.full_url == "https://api.crossref.org/works/10.1234%2Fy"


def test_found_papers_are_cached_and_problems_are_not(monkeypatch):
    fake = answer_with(monkeypatch, body=recorded("nejm_work.json"))
    first = crossref.look_up(NEJM_DOI)
    # DOIs are case-insensitive: the lower-case form is the same paper, from the cache.
    assert crossref.look_up(NEJM_DOI.lower()) == first
    assert len(fake.requests) == 1

    missing = answer_with(monkeypatch, status=404)
    for _ in range(2):
        with pytest.raises(crossref.NotFound):
            crossref.look_up("10.1234/not-yet-registered")
    assert len(missing.requests) == 2


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "Type or paste the paper's DOI first."),
        ("   ", "Type or paste the paper's DOI first."),
        ("10.1056/NEJMoa 1803588", "no spaces or line breaks"),
        ("10.1056/NEJMoa\n1803588", "no spaces or line breaks"),
        ("10.1056/NEJMoa\u00a01803588", "no spaces or line breaks"),  # no-break space
        ("../../etc/passwd", "This is not a DOI"),
        ("<script>alert(1)</script>", "This is not a DOI"),
        ("NEJMoa1803588", "This is not a DOI"),
        ("10.12/short-prefix", "This is not a DOI"),
        ("10.١٠٥٦/NEJMoa1803588", "This is not a DOI"),  # Arabic-Indic digits
        ("10.1056/" + "x" * 300, "This is not a DOI"),
        ("10.1056/NEJMoa\u200b1803588", "invisible character"),
        ("10.1056/NEJMoa\u00ad1803588", "invisible character"),
        ("10.1056/NEJMoa\x001803588", "invisible character"),
    ],
)
def test_what_is_not_a_doi_is_refused_before_any_request(raw, message):
    # The autouse transport fails the test if it is called.
    with pytest.raises(crossref.NotADoi, match=message):
        crossref.look_up(raw)


@pytest.mark.parametrize(
    ("doi", "path"),
    [
        # A DOI is one path segment: its slashes and dots cannot climb out of /works/.
        ("10.1234/../../admin", "/works/10.1234%2F..%2F..%2Fadmin"),
        (
            "10.1002/(SICI)1097-4636(199706)35:4<409::AID-JBM1>3.0.CO;2-8",
            "/works/10.1002%2F%28SICI%291097-4636%28199706%2935%3A4%3C409%3A%3AAID-JBM1%3E3.0.CO%3B2-8",
        ),
        ("10.1234/café?x=1#top", "/works/10.1234%2Fcaf%C3%A9%3Fx%3D1%23top"),
    ],
)
def test_odd_but_possible_dois_are_percent_encoded(monkeypatch, doi, path):
    fake = answer_with(monkeypatch, status=404)
    with pytest.raises(crossref.NotFound):
        crossref.look_up(doi)
    assert fake.requests[0]["url"] == "http://crossref.invalid" + path
