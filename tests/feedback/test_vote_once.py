"""A vote is counted once, however often the browser sends it: after an error page, when
the script falls back to an ordinary post, or twice at the same moment. feedback.js gives
each answer form a random nonce when it is sent (the page itself is the same for every
reader); without the script the session alone tells a resent form from a new answer."""

from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test import override_settings

from feedback import block as feedback_block
from feedback.models import SummaryFeedback
from tests.factories import ResearchSummaryPageFactory
from tests.feedback.conftest import feedback_url, reader

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}
# The shape of what feedback.js sends: 16 random bytes as 32 hex digits (the browser
# tests check that it does: tests/browser/test_reader_actions.py).
NONCE = "5f0c8e2b9a7d4c1e3b6a0f9d8c7e6b5a"
OTHER_NONCE = "0123456789abcdef0123456789abcdef"


def status_text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find(id="feedback").select_one("[data-feedback-status]").get_text(" ", strip=True)


def block_text(browser, page) -> str:
    soup = BeautifulSoup(browser.get(page.url).content, "html.parser")
    return soup.find(id="feedback").get_text(" ", strip=True)


def test_an_answer_stored_behind_an_error_page_is_not_stored_again_on_retry(summary):
    """The row is written, then the reader gets a server error (here the session cannot
    be written); the script posts the form again the ordinary way, with its nonce."""
    browser = reader(raise_request_exception=False)
    form = {"vote": NONCE, "helpful": "yes"}
    with mock.patch("feedback.views.remember_answer", side_effect=RuntimeError("session")):
        assert browser.post(feedback_url(summary), form, **JSON).status_code == 500
    assert SummaryFeedback.objects.count() == 1

    retry = browser.post(feedback_url(summary), form, follow=True)
    assert retry.status_code == 200
    assert "already reached us" in status_text(retry)
    assert SummaryFeedback.objects.count() == 1
    # Now the session knows: later visits show the answer as given.
    assert "You have answered" in block_text(browser, summary)


def test_the_same_no_sent_from_a_new_session_is_counted_once_and_can_still_get_its_comment(
    summary,
):
    form = {"vote": NONCE, "helpful": "no"}
    # The script's fetch stored it but its answer was lost; the fallback posts the form
    # again, and (a lost cookie) without the session of the first.
    assert reader().post(feedback_url(summary), form, **JSON).json()["status"] == "ask_comment"
    retry = reader()
    payload = retry.post(feedback_url(summary), form, **JSON).json()
    assert payload["status"] == feedback_block.ALREADY_COUNTED
    assert "What was hard to understand?" in payload["html"]
    retry.post(feedback_url(summary), {"comment": "Too many numbers."})
    answer = SummaryFeedback.objects.get()
    assert answer.helpful is False and answer.comment == "Too many numbers."
    assert answer.vote_nonce == NONCE


# Sessions in the cache: a shared in-memory SQLite database cannot take eight session
# writes at once, which is the test database's limit, not the vote's.
@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cache")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_form_sent_eight_times_at_once_is_one_row(tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)
    form = {"vote": NONCE, "helpful": "yes"}

    def send(_):
        try:
            return reader(raise_request_exception=False).post(feedback_url(summary), form)
        finally:
            connection.close()  # each worker thread has its own connection

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = [response.status_code for response in pool.map(send, range(8))]

    assert statuses == [303] * 8
    assert SummaryFeedback.objects.filter(page=summary).count() == 1


def test_a_nonce_counts_once_per_summary_not_once_for_the_site(tree):
    """Nonces are random in each reader's browser: the same value on another summary is
    a coincidence (or a replay), and answers that summary only."""
    one, other = (ResearchSummaryPageFactory(parent=tree.category) for _ in range(2))
    assert reader().post(feedback_url(one), {"vote": NONCE, "helpful": "yes"}).status_code == 303
    assert reader().post(feedback_url(other), {"vote": NONCE, "helpful": "no"}).status_code == 303
    assert sorted(SummaryFeedback.objects.values_list("page_id", "helpful")) == [
        (one.pk, True),
        (other.pk, False),
    ]


@pytest.mark.parametrize(
    "forged",
    [
        "x",
        "made-up:signature",
        "\x00",
        "a" * 10_000,
        "ü:ü",
        "1:" + "0" * 40,
        # A token from a page rendered before the nonce moved to the script.
        "Zb1xXh3vLzF9qG0aUu2WQw:9cM8Qf3n1x7Zs0pVt5yKq2rLb4eWd6hJ0uGiNo1aAcE",
        NONCE + "0",
    ],
)
def test_a_damaged_nonce_is_refused_with_a_message_and_a_fresh_form(client, summary, forged):
    response = client.post(feedback_url(summary), {"vote": forged, "helpful": "no"})
    assert response.status_code == 400
    assert "Please choose Yes or No again" in status_text(response)
    assert not SummaryFeedback.objects.exists()
    # The page that says so offers the form again, and it works.
    again = BeautifulSoup(response.content, "html.parser").find(id="feedback").find("form")
    assert again.find("button", attrs={"value": "no"})
    assert client.post(feedback_url(summary), {"helpful": "no"}).status_code == 303


def test_a_used_nonce_does_not_stop_other_readers(summary):
    reader().post(feedback_url(summary), {"vote": NONCE, "helpful": "yes"})
    other = reader()
    response = other.post(feedback_url(summary), {"vote": OTHER_NONCE, "helpful": "no"})
    assert response.status_code == 303
    assert SummaryFeedback.objects.count() == 2


def test_without_the_script_the_session_counts_a_resent_form_once(client, summary):
    """No nonce: the browser's session is what remembers the answer was given."""
    client.post(feedback_url(summary), {"helpful": "yes"})
    resent = client.post(feedback_url(summary), {"helpful": "yes"}, follow=True)
    assert "you already answered" in status_text(resent)
    assert SummaryFeedback.objects.count() == 1
