"""The check quotes the writer's own sentences back (why a sentence is hard, the gate's
messages): wherever they are shown, they are text, never markup."""

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.urls import reverse

from wagtail.models import TaskState

from readability.names import SUBMIT_BUTTON
from research.models import ResearchSummaryPage
from tests.admin_forms import summary_form_data_from
from tests.research.test_page_tree import summary_form_data
from tests.review.test_review_workflow import add_url, submit_new_summary

pytestmark = pytest.mark.django_db

# A very hard sentence that starts with markup, so that the gate's quote of it (its first
# 60 characters) carries the markup too.
HOSTILE = (
    "<script>alert(1)</script><img src=x onerror=alert(2)> Allogeneic mesenchymal "
    "stromal cell transplantation demonstrated statistically significant amelioration "
    "of neuropathic nociceptive hypersensitivity, notwithstanding considerable "
    "heterogeneity attributable to methodological inconsistencies across multicentre "
    "investigations."
)


def assert_no_markup_from_the_writer(html):
    soup = BeautifulSoup(html, "html.parser")
    assert not [s for s in soup.find_all("script") if "alert(1)" in s.get_text()]
    assert not soup.select("img[onerror]")
    assert "<script>alert(1)" not in html and "onerror=alert(2)>" not in html


def test_the_panel_sends_the_sentence_as_json_data(client, editorial):
    page = submit_new_summary(client, editorial, HOSTILE)
    data = summary_form_data_from(page, simple_explanation=HOSTILE)
    response = client.post(f"/admin/plain-language/check/{page.pk}/", data)
    # JSON, never sniffed as HTML; the panel's script puts it in with textContent.
    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    simple = next(f for f in response.json()["fields"] if f["name"] == "simple_explanation")
    [sentence] = simple["hard_sentences"]
    assert sentence["text"].startswith("<script>alert(1)</script>")
    assert sentence["reasons"]


def test_the_report_page_escapes_the_sentence_and_its_reasons(client, editorial):
    page = submit_new_summary(client, editorial, HOSTILE)
    response = client.get(reverse("plain_language_report", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert_no_markup_from_the_writer(html)
    soup = BeautifulSoup(html, "html.parser")
    quoted = [q.get_text() for q in soup.select(".pl-sentences q")]
    assert any(text.startswith("<script>alert(1)</script>") for text in quoted)
    reasons = " ".join(li.get_text() for li in soup.select(".pl-reason"))
    assert "rare words" in reasons.lower()


def test_the_email_and_the_history_show_the_writers_words_as_text(client, editorial):
    mail.outbox.clear()
    client.force_login(editorial.writer)
    data = summary_form_data(
        slug="hostile", title="<script>alert(1)</script> Walking", simple_explanation=HOSTILE
    )
    data[SUBMIT_BUTTON] = SUBMIT_BUTTON
    assert client.post(add_url(editorial.tree.category), data).status_code == 302
    page = ResearchSummaryPage.objects.get(slug="hostile")
    rejected = TaskState.objects.filter(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_REJECTED
    ).get()
    # The gate's errors (what goes into the comment and the e-mail) name the grade,
    # counts and single words; the sentences themselves are only in the panel's warnings.
    assert "very hard sentence" in rejected.comment

    [to_writer] = [m for m in mail.outbox if editorial.writer.email in m.to]
    # Plain-text body: the writer's words as they wrote them.
    assert "<script>alert(1)</script> Walking" in to_writer.body
    html_parts = [body for body, kind in to_writer.alternatives if kind == "text/html"]
    assert html_parts
    for body in html_parts:
        assert_no_markup_from_the_writer(body)
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Walking" in body

    # The note at the top of the editor, and the page's history, quote the comment.
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert "Sent back by the automatic plain-language check" in edit.content.decode()
    assert_no_markup_from_the_writer(edit.content.decode())
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    assert_no_markup_from_the_writer(history.content.decode())
