"""The server errors issue 12 found, each as the request that caused it, and what a
reader gets instead: a 404 for an address that names nothing, the last page for a page
number past the end, a note for a filter that cannot be used."""

import pytest
from bs4 import BeautifulSoup

from django.core.files.base import ContentFile
from django.test import Client
from django.urls import resolve

from wagtail.documents.models import Document

from feedback.models import SummaryFeedback
from research.converters import LARGEST_ID
from research.pagination import SUMMARIES_PER_PAGE
from tests.factories import ResearchSummaryPageFactory
from tests.feedback.conftest import FROM_THIS_SITE

pytestmark = pytest.mark.django_db

HUGE_NUMBER = "9" * 5000  # Python's int() refuses more than 4,300 digits


@pytest.fixture
def browser():
    # A server error comes back as the 500 a reader would see, not as an exception. The
    # headers are a browser's on a form from the site itself, as the feedback view wants.
    return Client(raise_request_exception=False, headers=FROM_THIS_SITE)


@pytest.mark.parametrize(
    "page_id", [str(LARGEST_ID + 1), "9" * 19, "9" * 25, HUGE_NUMBER, str(LARGEST_ID)]
)
def test_a_page_id_no_database_holds_is_not_found(browser, summary, page_id):
    response = browser.post(f"/feedback/{page_id}/", {"helpful": "yes"})
    assert response.status_code == 404
    assert b"We could not find that page" in response.content
    assert not SummaryFeedback.objects.exists()
    # The summary's own address still takes the answer.
    assert browser.post(f"/feedback/{summary.pk}/", {"helpful": "yes"}).status_code == 303


@pytest.mark.parametrize(
    "path",
    [
        "/feed/sci%00/",
        "/feed/%00/",
        "/feed/sci/walking%00/atom.xml",
        "/feed/sci%01/",
        "/feed/%ff/",
        "/feed/sci/../",
        "/feed/" + "a" * 5000 + "/",
    ],
)
def test_a_feed_path_that_cannot_be_a_category_is_not_found(browser, tree, path):
    response = browser.get(path)
    assert response.status_code == 404
    assert b"We could not find that page" in response.content


def test_category_feeds_still_work_with_any_slug_a_category_may_have(browser, tree):
    for path in ("/feed/sci/", "/feed/sci/walking/", "/feed/sci/walking/atom.xml"):
        response = browser.get(path)
        assert response.status_code == 200, path
        assert b"Walking" in response.content or b"Spinal Cord Injury" in response.content


@pytest.mark.parametrize("listing", ["/research/latest/", "/research/sci/"])
def test_a_page_number_thousands_of_digits_long_shows_the_last_page(browser, tree, listing):
    for number in range(SUMMARIES_PER_PAGE + 1):
        ResearchSummaryPageFactory(parent=tree.category, title=f"Summary {number:02d}")
    response = browser.get(f"{listing}?page={HUGE_NUMBER}")
    assert response.status_code == 200
    assert b"Page 2 of 2" in response.content


def test_search_with_a_year_thousands_of_digits_long_says_it_searched_every_year(browser, tree):
    ResearchSummaryPageFactory(parent=tree.category, title="Walking with a robot")
    response = browser.get("/search/", {"q": "walking", "year": HUGE_NUMBER, "page": HUGE_NUMBER})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "is not a year we can search" in soup.main.get_text()
    assert "Walking with a robot" in soup.main.get_text()


def test_a_document_id_thousands_of_digits_long_is_not_found(browser, tree):
    document = Document.objects.create(
        title="Leaflet", file=ContentFile(b"%PDF-1.4", "leaflet.pdf")
    )
    # Wagtail still finds its route for a real document (the tests' in-memory storage
    # cannot serve the file itself).
    route = resolve(document.url)
    assert route.url_name == "wagtaildocs_serve"
    assert route.kwargs == {"document_id": document.pk, "document_filename": "leaflet.pdf"}
    for path in (f"/documents/{HUGE_NUMBER}/leaflet.pdf", f"/documents/{LARGEST_ID + 1}/a.pdf"):
        assert browser.get(path).status_code == 404, path[:40]
    assert browser.post(f"/documents/authenticate_with_password/{HUGE_NUMBER}/").status_code == 404
