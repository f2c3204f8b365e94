"""A summary page is the same for every reader without a session, so that a shared cache
can keep it (site_project/page_cache.py), and "Was this summary helpful?" still works
on it: without JavaScript, with it, and with the thank-you shown to the reader who voted."""

import re

import pytest
from bs4 import BeautifulSoup

from django.test import Client

from feedback.models import SummaryFeedback
from tests.feedback.conftest import FROM_THIS_SITE, feedback_url, reader

pytestmark = pytest.mark.django_db


def feedback_block(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser").find(id="feedback")


def test_two_readers_get_the_same_bytes_with_nothing_of_their_own(summary):
    first, second = Client().get(summary.url), Client().get(summary.url)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]
    for response in (first, second):
        assert response["Cache-Control"].startswith("public, ")
        assert not response.cookies
        html = response.content.decode()
        assert "csrfmiddlewaretoken" not in html
        assert not re.search(r"\bnonce=", html)
    form = feedback_block(first).find("form")
    assert form.find_all("input") == []


def test_a_vote_without_javascript_is_stored_and_thanked(summary):
    browser = reader()
    response = browser.post(feedback_url(summary), {"helpful": "yes"}, follow=True)
    assert response.redirect_chain == [(summary.url + "#feedback", 303)]
    assert "glad the summary helped" in feedback_block(response).get_text()
    assert SummaryFeedback.objects.get().helpful is True


def test_after_voting_a_reload_shows_the_reader_their_answer_privately(summary):
    browser = reader()
    browser.post(feedback_url(summary), {"helpful": "no"})
    thanked = browser.get(summary.url)
    assert "Thank you for your answer" in feedback_block(thanked).get_text()
    assert "public" not in thanked["Cache-Control"]
    assert "Cookie" in thanked["Vary"]

    reloaded = browser.get(summary.url)
    assert feedback_block(reloaded).find("textarea")  # the comment they may still add
    assert "public" not in reloaded["Cache-Control"]
    # Other readers still get the shared page, without this reader's answer.
    other = Client().get(summary.url)
    assert other["Cache-Control"].startswith("public, ")
    assert feedback_block(other).find("textarea") is None


def test_the_script_path_answers_in_json_on_a_shared_page(summary):
    shared = Client().get(summary.url)
    assert shared["Cache-Control"].startswith("public, ")
    browser = Client(headers=FROM_THIS_SITE | {"Accept": "application/json"})
    payload = browser.post(feedback_url(summary), {"helpful": "yes", "vote": "ab" * 16}).json()
    assert payload["status"] == "thanks"
    assert "glad the summary helped" in payload["message"]
    assert SummaryFeedback.objects.get().vote_nonce == "ab" * 16
