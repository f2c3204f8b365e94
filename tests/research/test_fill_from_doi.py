"""'Fill from DOI' in the admin: the endpoint (who may use it, what it answers), the
editor's button, and the paper's authors as readers see them. No test here may open a
network connection (`no_network`)."""

import json

import pytest
from bs4 import BeautifulSoup

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
from tests.research.crossref_fakes import (
    NEJM_DOI,
    FakeTransport,
    answer_with,
    no_network,  # noqa: F401 - the fixture, used by name
    recorded,
)

pytestmark = pytest.mark.usefixtures("no_network")


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
