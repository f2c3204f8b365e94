"""A vote is counted once, however often the browser sends it: after an error page, when
the script falls back to an ordinary post, or twice at the same moment. Each form
carries a one-time token signed for its summary (feedback.vote_token)."""

from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test import Client, override_settings

from feedback import block as feedback_block
from feedback.models import SummaryFeedback
from feedback.vote_token import new_vote_token
from tests.factories import ResearchSummaryPageFactory
from tests.feedback.conftest import feedback_url

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def answer_form(browser, page):
    """The hidden fields of the question as the page shows it."""
    soup = BeautifulSoup(browser.get(page.url).content, "html.parser")
    form = soup.find(id="feedback").find("form")
    return {field["name"]: field["value"] for field in form.find_all("input", type="hidden")}


def status_text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find(id="feedback").select_one("[data-feedback-status]").get_text(" ", strip=True)


def test_each_showing_of_the_question_carries_its_own_token(client, summary):
    first, second = answer_form(client, summary), answer_form(Client(), summary)
    assert first["vote"] and second["vote"] and first["vote"] != second["vote"]


def test_an_answer_stored_behind_an_error_page_is_not_stored_again_on_retry(summary):
    """The issue's case: the row is written, then the reader gets a server error (here
    the session cannot be written), goes back and presses Yes again."""
    browser = Client(raise_request_exception=False)
    form = answer_form(browser, summary) | {"helpful": "yes"}
    with mock.patch("feedback.views.remember_answer", side_effect=RuntimeError("session")):
        assert browser.post(feedback_url(summary), form).status_code == 500
    assert SummaryFeedback.objects.count() == 1

    retry = browser.post(feedback_url(summary), form, follow=True)
    assert retry.status_code == 200
    assert "already reached us" in status_text(retry)
    assert SummaryFeedback.objects.count() == 1
    # Now the session knows: later visits show the answer as given.
    assert "You have answered" in client_text(browser, summary)


def client_text(browser, page) -> str:
    soup = BeautifulSoup(browser.get(page.url).content, "html.parser")
    return soup.find(id="feedback").get_text(" ", strip=True)


def test_the_same_no_sent_from_a_new_session_is_counted_once_and_can_still_get_its_comment(
    summary,
):
    form = answer_form(Client(), summary) | {"helpful": "no"}
    # The script's fetch stored it but its answer was lost; the fallback posts the form
    # again, and (a lost cookie) without the session of the first.
    assert Client().post(feedback_url(summary), form, **JSON).json()["status"] == "ask_comment"
    retry = Client()
    payload = retry.post(feedback_url(summary), form, **JSON).json()
    assert payload["status"] == feedback_block.ALREADY_COUNTED
    assert "What was hard to understand?" in payload["html"]
    retry.post(feedback_url(summary), {"comment": "Too many numbers."})
    answer = SummaryFeedback.objects.get()
    assert answer.helpful is False and answer.comment == "Too many numbers."


# Sessions in the cache: a shared in-memory SQLite database cannot take eight session
# writes at once, which is the test database's limit, not the vote's.
@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cache")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_form_sent_eight_times_at_once_is_one_row(tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)
    form = {"vote": new_vote_token(summary.pk), "helpful": "yes"}

    def send(_):
        try:
            return Client(raise_request_exception=False).post(feedback_url(summary), form)
        finally:
            connection.close()  # each worker thread has its own connection

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = [response.status_code for response in pool.map(send, range(8))]

    assert statuses == [303] * 8
    assert SummaryFeedback.objects.filter(page=summary).count() == 1


def test_a_token_from_another_summary_is_refused_and_nothing_is_stored(client, tree):
    one, other = (ResearchSummaryPageFactory(parent=tree.category) for _ in range(2))
    borrowed = answer_form(client, one)["vote"]
    response = client.post(feedback_url(other), {"vote": borrowed, "helpful": "yes"})
    assert response.status_code == 400
    assert "not the one for this summary" in status_text(response)
    assert not SummaryFeedback.objects.exists()
    # The page that says so offers a fresh form for this summary, which works.
    fresh = BeautifulSoup(response.content, "html.parser").find(id="feedback").find("form")
    token = fresh.find("input", attrs={"name": "vote"})["value"]
    assert client.post(feedback_url(other), {"vote": token, "helpful": "yes"}).status_code == 303
    assert SummaryFeedback.objects.get().page_id == other.pk


@pytest.mark.parametrize(
    "forged",
    ["x", "made-up:signature", "\x00", "a" * 10_000, "ü:ü", "1:" + "0" * 40],
)
def test_a_made_up_token_is_refused_with_a_message(client, summary, forged):
    response = client.post(feedback_url(summary), {"vote": forged, "helpful": "no"})
    assert response.status_code == 400
    assert "Please choose Yes or No again" in status_text(response)
    assert not SummaryFeedback.objects.exists()


def test_a_used_token_does_not_stop_other_readers(summary):
    used = answer_form(Client(), summary)
    Client().post(feedback_url(summary), used | {"helpful": "yes"})
    other = Client()
    response = other.post(feedback_url(summary), answer_form(other, summary) | {"helpful": "no"})
    assert response.status_code == 303
    assert SummaryFeedback.objects.count() == 2
