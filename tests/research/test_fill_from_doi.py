"""'Fill from DOI': the Crossref client, the admin endpoint, and the paper's authors as
readers see them. Crossref's answers are the recorded ones in tests/research/crossref/;
no test here may open a network connection (the `no_network` fixture fails it)."""

import json
import socket
import urllib.error
from email.message import Message
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from research import crossref
from research.doi_lookup import (
    DOI_LOOKUP_LIMIT,
    LOOKUP_URL_NAME,
    DoiLookupInput,
    DoiPanel,
    may_look_up_dois,
)
from research.models import ResearchSummaryPage
from review.fingerprint import fingerprint, reader_visible
from tests.factories import ResearchSummaryPageFactory, UserFactory

RECORDED = Path(__file__).parent / "crossref"
NEJM_DOI = "10.1056/NEJMoa1803588"
MARKUP_DOI = "10.5555/fill-from-doi.test"


def recorded(name: str) -> bytes:
    return (RECORDED / name).read_bytes()


class FakeTransport:
    """Answers as Crossref did (or fails as the network does), and remembers each request."""

    def __init__(self, answer=None, raises=None):
        self.answer = answer
        self.raises = raises
        self.requests = []

    def get(self, url, headers, timeout):
        self.requests.append({"url": url, "headers": headers, "timeout": timeout})
        if self.raises is not None:
            raise self.raises
        return self.answer


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any real connection fails the test, and so does any use of the real transport
    that a test did not replace."""

    def refuse(sock, address):
        pytest.fail(f"A test tried to open a network connection to {address!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(crossref, "transport", FakeTransport(raises=AssertionError("no fake")))
    cache.clear()
    yield
    cache.clear()


def answer_with(monkeypatch, status=200, body=b"", retry_after=None) -> FakeTransport:
    fake = FakeTransport(crossref.Answer(status, body, retry_after))
    monkeypatch.setattr(crossref, "transport", fake)
    return fake


def failing_with(monkeypatch, error) -> FakeTransport:
    fake = FakeTransport(raises=error)
    monkeypatch.setattr(crossref, "transport", fake)
    return fake


# The client


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


# The endpoint


def lookup(client, doi=NEJM_DOI, **extra):
    return client.post(
        reverse(LOOKUP_URL_NAME), {"doi": doi}, HTTP_X_REQUESTED_WITH="XMLHttpRequest", **extra
    )


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("role", ["writer", "editor"])
def test_writers_and_editors_get_the_papers_details(monkeypatch, editorial, role):
    answer_with(monkeypatch, body=recorded("nejm_work.json"))
    response = lookup(signed_in(getattr(editorial, role)))
    assert response.status_code == 200
    data = response.json()
    assert data["ok"] is True
    assert data["doi"] == NEJM_DOI
    assert data["fields"]["journal"] == "New England Journal of Medicine"


def test_a_medical_reviewer_may_not_look_dois_up(editorial):
    response = lookup(signed_in(editorial.reviewer))
    assert response.status_code == 403
    assert response.json()["message"] == (
        "Only writers and editors can fill a summary from its DOI."
    )


def test_a_reader_and_an_anonymous_visitor_are_kept_out(editorial):
    reader = UserFactory(username="reader")
    assert lookup(signed_in(reader)).status_code == 403
    assert lookup(Client()).status_code == 403
    # Without the header a script sends, Wagtail sends them to sign in.
    response = Client().post(reverse(LOOKUP_URL_NAME), {"doi": NEJM_DOI})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_only_post_is_accepted(editorial):
    response = signed_in(editorial.writer).get(reverse(LOOKUP_URL_NAME), {"doi": NEJM_DOI})
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.json()["ok"] is False


def test_the_lookup_needs_the_forms_csrf_token(editorial):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editorial.writer)
    assert lookup(client).status_code == 403


@pytest.mark.parametrize(
    ("transport_kwargs", "status", "code", "words"),
    [
        ({"answer": crossref.Answer(404, b"Resource not found.")}, 404, "not_found", "typos"),
        ({"raises": crossref.Unreachable()}, 424, "unreachable", "Could not reach Crossref"),
        ({"answer": crossref.Answer(503, b"")}, 429, "busy", "Try again in a few minutes"),
        ({"answer": crossref.Answer(200, b"{oops")}, 424, "bad_answer", "could not be read"),
        ({"answer": crossref.Answer(418, b"")}, 424, "bad_answer", "HTTP 418"),
    ],
)
def test_every_problem_is_a_4xx_with_a_message(
    monkeypatch, editorial, transport_kwargs, status, code, words
):
    monkeypatch.setattr(crossref, "transport", FakeTransport(**transport_kwargs))
    response = lookup(signed_in(editorial.writer))
    assert response.status_code == status
    data = response.json()
    assert data["ok"] is False
    assert data["code"] == code
    assert words in data["message"]


def test_crossref_asking_us_to_wait_is_passed_on(monkeypatch, editorial):
    answer_with(monkeypatch, status=429, retry_after=120)
    response = lookup(signed_in(editorial.writer))
    assert response.status_code == 429
    assert response["Retry-After"] == "120"


def test_hostile_input_is_a_400_and_never_reaches_crossref(editorial):
    client = signed_in(editorial.writer)
    for raw in ("10.1056/NEJMoa 1803588", "../../etc/passwd", "<img src=x onerror=alert(1)>"):
        response = lookup(client, doi=raw)
        assert response.status_code == 400
        assert response.json()["code"] == "invalid_doi"
    response = client.post(reverse(LOOKUP_URL_NAME), HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 400
    assert response.json()["message"] == "Type or paste the paper's DOI first."


def test_each_writer_has_a_limit_of_lookups(monkeypatch, editorial):
    answer_with(monkeypatch, body=recorded("nejm_work.json"))
    writer = signed_in(editorial.writer)
    for _ in range(DOI_LOOKUP_LIMIT.limit):
        assert lookup(writer).status_code == 200
    response = lookup(writer)
    assert response.status_code == 429
    assert "Wait ten minutes" in response.json()["message"]
    assert response["Retry-After"] == str(DOI_LOOKUP_LIMIT.window)
    # Another writer (from the same address) is not held back.
    assert lookup(signed_in(editorial.editor)).status_code == 200


def test_the_editor_shows_the_button_only_to_those_who_may_use_it(editorial, summary):
    draft = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    writer_page = BeautifulSoup(signed_in(editorial.writer).get(edit_url).content, "html.parser")
    box = writer_page.select_one("[data-doi-lookup]")
    assert box["data-lookup-url"] == reverse(LOOKUP_URL_NAME)
    assert box.select_one("input[name=doi]") is not None
    assert box.select_one("[data-doi-lookup-button]").get_text(strip=True) == "Fill from DOI"
    assert box.select_one("[role=status][aria-live=polite]") is not None
    # The script and styles come as files (the admin's CSP stays as it is), no inline code.
    scripts = [tag.get("src", "") for tag in writer_page.select("script[src]")]
    assert any(src.endswith("research/fill_from_doi.js") for src in scripts)
    assert not box.select("script")


def test_a_reviewer_opening_the_editor_gets_a_plain_doi_box(editorial, rf):
    assert not may_look_up_dois(editorial.reviewer)
    request = rf.get("/")
    request.user = editorial.reviewer
    panel = DoiPanel("doi").bind_to_model(ResearchSummaryPage)
    form = panel.get_form_class()(instance=ResearchSummaryPage(), for_user=editorial.reviewer)
    html = panel.get_bound_panel(instance=form.instance, request=request, form=form).render_html()
    box = BeautifulSoup(html, "html.parser").select_one("[data-doi-lookup]")
    assert box.select_one("input[name=doi]") is not None
    assert not box.has_attr("data-lookup-url")
    assert box.select_one("[data-doi-lookup-button]") is None
    assert DoiLookupInput().render("doi", "10.1/x").count("Fill from DOI") == 0


def test_the_create_form_has_the_button_too(editorial):
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=["research", "researchsummarypage", editorial.tree.category.pk],
    )
    page = BeautifulSoup(signed_in(editorial.writer).get(add_url).content, "html.parser")
    assert page.select_one("[data-doi-lookup][data-lookup-url] [data-doi-lookup-button]")


# What readers see of the paper's authors


def test_readers_see_the_papers_authors_in_the_citation_line_and_structured_data(client, tree):
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        paper_title="Recovery of walking",
        journal="New England Journal of Medicine",
        publication_year=2018,
        paper_authors="Claudia A. Angeli\nMaxwell Boakye\r\n\nRebekah A. Morton\net al.",
    )
    soup = BeautifulSoup(client.get(summary.url).content, "html.parser")
    line = " ".join(soup.select_one(".summary__citation").get_text(" ", strip=True).split())
    assert line.startswith(
        "Authors: Claudia A. Angeli, Maxwell Boakye, Rebekah A. Morton, et al. · "
        "New England Journal of Medicine, 2018"
    )
    cite = soup.select_one("#cite-text").get_text()
    assert (
        "Summary of: Claudia A. Angeli, Maxwell Boakye, Rebekah A. Morton, et al. "
        "Recovery of walking. New England Journal of Medicine, 2018." in cite
    )
    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    assert data["citation"]["author"] == [
        {"@type": "Person", "name": "Claudia A. Angeli"},
        {"@type": "Person", "name": "Maxwell Boakye"},
        {"@type": "Person", "name": "Rebekah A. Morton"},
    ]


def test_without_authors_nothing_is_said_about_them(client, tree):
    summary = ResearchSummaryPageFactory(parent=tree.category, paper_authors="")
    soup = BeautifulSoup(client.get(summary.url).content, "html.parser")
    assert "Authors:" not in soup.select_one(".summary__citation").get_text()
    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    assert "author" not in data["citation"]


def test_hostile_paper_text_is_escaped_on_the_page(client, tree):
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        paper_title="CO2 & <script>alert(1)</script>",
        paper_authors="<img src=x onerror=alert(2)>\nAnn Lee",
    )
    html = client.get(summary.url).content.decode()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;, Ann Lee" in html
    # In the structured data too, where "</script>" would end the element.
    ld = BeautifulSoup(html, "html.parser").select_one("script[type='application/ld+json']")
    assert "\\u003Cimg src=x" in ld.string


def test_the_papers_authors_are_in_the_medical_sign_off(summary):
    """A change to the authors after approval is a change the reviewer has not seen."""
    assert "paper_authors" in reader_visible(summary)
    before = fingerprint(summary)
    summary.paper_authors = "Claudia A. Angeli"
    assert fingerprint(summary) != before
