"""Another site cannot answer "Was this summary helpful?" in a reader's name. The forms
carry no CSRF token (the page is the same for every reader, so that it can be cached):
the view checks where the form was posted from instead (site_project.same_origin)."""

import pytest
from bs4 import BeautifulSoup

from django.test import Client

from feedback.models import SummaryFeedback
from research.rate_limit import FEEDBACK_LIMIT
from tests.feedback.conftest import feedback_url

pytestmark = pytest.mark.django_db

EVIL = "https://evil.example"


def status_text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find(id="feedback").select_one("[data-feedback-status]").get_text(" ", strip=True)


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"},
        # Browsers from before Sec-Fetch-Site: Origin alone.
        {"Origin": "http://testserver"},
        {"Origin": "http://TestServer:80"},
        # Browsers that send neither: the page it came from.
        {"Referer": "http://testserver/research/sci/stem-cells-for-sci/"},
        # Something the person did themselves (no page sent it).
        {"Sec-Fetch-Site": "none"},
    ],
)
def test_a_vote_from_the_page_itself_is_recorded_without_javascript(summary, headers):
    browser = Client(headers=headers)
    response = browser.post(feedback_url(summary), {"helpful": "yes"})
    assert response.status_code == 303
    assert response["Location"] == summary.url + "#feedback"
    page = browser.get(response["Location"])
    assert "glad the summary helped" in status_text(page)
    assert SummaryFeedback.objects.get().helpful is True


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": EVIL},
        {"Sec-Fetch-Site": "cross-site", "Origin": EVIL},
        # A forged Origin cannot override what the browser itself says.
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://testserver"},
        # Another site under the same domain (a subdomain someone else runs).
        {"Sec-Fetch-Site": "same-site", "Origin": "http://blog.testserver"},
        {"Origin": "null"},  # a sandboxed frame, a file
        {"Origin": "http://testserver.evil.example"},
        {"Origin": "https://testserver"},  # the wrong scheme is another origin
        {"Origin": "http://testserver:8080"},
        {"Referer": EVIL + "/research/sci/stem-cells-for-sci/"},
        {},  # no way to tell where it came from
        {"Sec-Fetch-Site": "made-up"},
    ],
)
def test_a_cross_site_vote_is_refused_with_403_and_nothing_is_stored(summary, headers):
    response = Client(headers=headers).post(feedback_url(summary), {"helpful": "yes"})
    assert response.status_code == 403
    assert "could not tell that it was sent from this page" in status_text(response)
    assert not SummaryFeedback.objects.exists()


def test_a_refused_json_vote_says_why_in_json(summary):
    browser = Client(headers={"Origin": EVIL, "Accept": "application/json"})
    response = browser.post(feedback_url(summary), {"helpful": "no"})
    assert response.status_code == 403
    payload = response.json()
    assert payload["status"] == "not_from_this_site"
    assert "could not tell that it was sent from this page" in payload["message"]
    assert not SummaryFeedback.objects.exists()


def test_a_refused_comment_is_kept_in_its_box(summary):
    comment = "The part about <b>stem cells</b> lost me."
    response = Client().post(feedback_url(summary), {"comment": comment})
    assert response.status_code == 403
    box = BeautifulSoup(response.content, "html.parser").find(id="feedback").find("textarea")
    assert box.get_text() == comment
    assert not SummaryFeedback.objects.exists()


def test_forged_votes_do_not_use_up_the_readers_hourly_limit(summary):
    forger = Client(headers={"Origin": EVIL})
    for _ in range(FEEDBACK_LIMIT.limit + 1):
        assert forger.post(feedback_url(summary), {"helpful": "no"}).status_code == 403
    honest = Client(headers={"Origin": "http://testserver"})
    assert honest.post(feedback_url(summary), {"helpful": "yes"}).status_code == 303


@pytest.mark.parametrize(
    "origin",
    ["http://[::1", "http://testserver:99999", "\x00", "http://" + "a" * 10_000, "ü://ü", " "],
)
def test_a_garbled_origin_is_refused_not_a_server_error(summary, origin):
    browser = Client(headers={"Origin": origin}, raise_request_exception=False)
    assert browser.post(feedback_url(summary), {"helpful": "yes"}).status_code == 403
    assert not SummaryFeedback.objects.exists()
