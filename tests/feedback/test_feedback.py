import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from bs4 import BeautifulSoup

from django.db import connection

from feedback.models import COMMENT_MAX_LENGTH, SummaryFeedback
from feedback.storage import record_answer
from research.rate_limit import FEEDBACK_LIMIT
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.feedback.conftest import feedback_url, reader

pytestmark = pytest.mark.django_db


def block(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser").find(id="feedback")


def status_text(response) -> str:
    return block(response).select_one("[data-feedback-status]").get_text(" ", strip=True)


def test_the_question_sits_after_the_limitations_and_before_back_link(client, summary):
    text = BeautifulSoup(client.get(summary.url).content, "html.parser").main.get_text(" ")
    limitations = text.index("Study limitations")
    question = text.index("Was this summary helpful?")
    back = text.index("Back to Spinal Cord Injury")
    assert limitations < question < back
    form = block(client.get(summary.url)).find("form")
    assert form["method"] == "post" and form["action"] == f"/feedback/{summary.pk}/#feedback"
    # Nothing of this reader's own (site_project.page_cache keeps the page for everyone).
    assert form.find("input") is None
    assert [b.get_text(strip=True) for b in form.find_all("button")] == ["Yes", "No"]


def test_yes_is_stored_as_one_row_and_thanked_after_the_redirect(client, summary):
    response = client.post(feedback_url(summary), {"helpful": "yes"})
    assert response.status_code == 303
    assert response["Location"] == summary.url + "#feedback"
    answer = SummaryFeedback.objects.get()
    assert answer.page_id == summary.pk and answer.helpful is True and answer.comment == ""
    assert re.fullmatch(r"[0-9a-f]{64}", answer.client_key)
    assert answer.client_key != client.session.session_key

    page = client.get(summary.url)
    assert "glad the summary helped" in status_text(page)
    assert block(page).find("form") is None
    # The thank-you is said once; later visits just show the answer was given.
    assert "You have answered for this summary" in block(client.get(summary.url)).get_text()


def test_no_then_an_optional_comment_completes_the_same_answer(client, summary):
    client.post(feedback_url(summary), {"helpful": "no"})
    page = block(client.get(summary.url))
    box = page.find("textarea")
    label = page.find("label", attrs={"for": box["id"]})
    assert label.get_text(strip=True) == "What was hard to understand?"

    response = client.post(feedback_url(summary), {"comment": "The word 'cohort' <b>lost</b> me."})
    assert response.status_code == 303
    answer = SummaryFeedback.objects.get()
    assert answer.helpful is False
    assert answer.comment == "The word 'cohort' <b>lost</b> me."
    assert "make this summary clearer" in status_text(client.get(summary.url))


def test_a_second_answer_in_the_same_session_is_thanked_but_not_stored(client, summary):
    client.post(feedback_url(summary), {"helpful": "yes"})
    client.get(summary.url)
    response = client.post(feedback_url(summary), {"helpful": "no"}, follow=True)
    assert "you already answered" in status_text(response)
    assert SummaryFeedback.objects.count() == 1
    # A different browser (session) may answer.
    reader().post(feedback_url(summary), {"helpful": "no"})
    assert SummaryFeedback.objects.count() == 2


@pytest.mark.parametrize("data", [{}, {"helpful": "maybe"}, {"helpful": ""}])
def test_an_invalid_answer_is_refused_with_a_message(client, summary, data):
    response = client.post(feedback_url(summary), data)
    assert response.status_code == 400
    assert "Choose Yes or No" in status_text(response)
    assert not SummaryFeedback.objects.exists()


def test_a_too_long_comment_is_refused_and_every_word_kept(client, summary):
    client.post(feedback_url(summary), {"helpful": "no"})
    long_comment = "This part was hard & confusing <script>. " * 30
    assert len(long_comment.strip()) > COMMENT_MAX_LENGTH
    response = client.post(feedback_url(summary), {"comment": long_comment})
    assert response.status_code == 400
    soup = block(response)
    box = soup.find("textarea")
    assert box.get_text().strip() == long_comment.strip()
    assert box["aria-invalid"] == "true"
    error = soup.select_one(".field__error")
    assert error["id"] in box["aria-describedby"].split()
    assert f"shorten your comment to {COMMENT_MAX_LENGTH:,} characters" in error.get_text()
    assert "confusing &lt;script&gt;." in response.content.decode()  # kept, and escaped
    assert SummaryFeedback.objects.get().comment == ""


def test_answers_over_the_hourly_limit_are_refused(tree):
    summaries = [ResearchSummaryPageFactory(parent=tree.category) for _ in range(2)]
    for number in range(FEEDBACK_LIMIT.limit):
        # Each answer from a new browser on the same connection (same IP address).
        reader().post(feedback_url(summaries[number % 2]), {"helpful": "yes"})
    assert SummaryFeedback.objects.count() == FEEDBACK_LIMIT.limit
    response = reader().post(feedback_url(summaries[0]), {"helpful": "no"})
    assert response.status_code == 429
    assert "try again later" in status_text(response)
    assert SummaryFeedback.objects.count() == FEEDBACK_LIMIT.limit
    # Another connection is not affected.
    other = reader(REMOTE_ADDR="203.0.113.9")
    assert other.post(feedback_url(summaries[0]), {"helpful": "no"}).status_code == 303


def test_drafts_take_no_feedback(client, tree):
    draft = ResearchSummaryPageFactory(parent=tree.category, live=False)
    assert client.post(feedback_url(draft), {"helpful": "yes"}).status_code == 404
    assert client.get(feedback_url(draft)).status_code == 405
    assert not SummaryFeedback.objects.exists()


def test_with_javascript_the_answer_comes_back_as_json_for_the_live_region(client, summary):
    json_headers = {"HTTP_ACCEPT": "application/json"}
    payload = client.post(feedback_url(summary), {"helpful": "no"}, **json_headers).json()
    assert payload["status"] == "ask_comment"
    assert "Thank you for your answer" in payload["message"]
    assert "What was hard to understand?" in payload["html"]

    too_long = client.post(
        feedback_url(summary), {"comment": "x" * (COMMENT_MAX_LENGTH + 1)}, **json_headers
    )
    assert too_long.status_code == 400
    assert "x" * (COMMENT_MAX_LENGTH + 1) in too_long.json()["html"]

    done = client.post(feedback_url(summary), {"comment": "Too many numbers."}, **json_headers)
    assert done.json()["status"] == "comment_thanks"
    assert SummaryFeedback.objects.get().comment == "Too many numbers."


def test_the_page_announces_changes_politely_and_loads_the_enhancement(client, summary):
    soup = BeautifulSoup(client.get(summary.url).content, "html.parser")
    status = soup.find(id="feedback").select_one("[data-feedback-status]")
    assert status["role"] == "status"
    assert soup.find("script", src=re.compile(r"/feedback/feedback\.js$"))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_hundred_answers_at_once_are_all_stored(tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)

    def answer(number):
        try:
            return record_answer(summary.pk, number % 3 != 0, f"{number:064x}").pk
        finally:
            connection.close()  # each worker thread has its own connection

    with ThreadPoolExecutor(max_workers=16) as pool:
        ids = list(pool.map(answer, range(200)))

    assert len(set(ids)) == 200
    assert SummaryFeedback.objects.filter(page=summary).count() == 200
    assert SummaryFeedback.objects.filter(page=summary, helpful=False).count() == 67


def test_editors_see_helpful_share_counts_and_escaped_comments(client, editorial):
    summary = ResearchSummaryPageFactory(parent=editorial.tree.category, title="Robot walking")
    for helpful in (True, True, True):
        record_answer(summary.pk, helpful, "k")
    record_answer(summary.pk, False, "k", comment="<script>alert(1)</script> too long")

    client.force_login(editorial.editor)
    response = client.get("/admin/reports/reader-feedback/")
    assert response.status_code == 200
    html = response.content.decode()
    row = BeautifulSoup(html, "html.parser").find("a", string=re.compile("Robot walking"))
    cells = [td.get_text(" ", strip=True) for td in row.find_parent("tr").find_all("td")]
    assert cells[1:4] == ["75", "3", "1"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; too long" in html
    assert "<script>alert(1)</script>" not in html

    detail = client.get(f"/admin/reports/reader-feedback/{summary.pk}/")
    assert detail.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt; too long" in detail.content.decode()

    export = client.get("/admin/reports/reader-feedback/?export=csv")
    csv_text = b"".join(export.streaming_content).decode()
    assert "Robot walking,3,1,75" in csv_text


def test_writers_cannot_see_the_feedback_report(client, editorial):
    client.force_login(editorial.writer)
    response = client.get("/admin/reports/reader-feedback/")
    assert response.status_code in (302, 403)
    superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)
    assert client.get("/admin/reports/reader-feedback/").status_code == 200


def test_a_preview_shows_the_question_but_collects_nothing(tree):
    page = ResearchSummaryPageFactory.build(title="Not saved yet", slug="not-saved-yet")
    page.depth = tree.category.depth + 1
    page.path = tree.category.path + "9999"
    page.set_url_path(tree.category)
    response = page.make_preview_request()
    assert response.status_code == 200
    question = block(response)
    assert question.find("form") is None
    assert all(button.has_attr("disabled") for button in question.find_all("button"))
