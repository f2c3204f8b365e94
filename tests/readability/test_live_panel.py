"""The JSON behind the editor's live plain-language panel."""

import pytest
from bs4 import BeautifulSoup

from readability.core.severity import FAIL, PASS, WARN
from tests.admin_forms import summary_form_data_from
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory
from tests.research.test_page_tree import summary_form_data

pytestmark = pytest.mark.django_db


def test_typed_text_is_judged_per_field_without_saving(client, editorial):
    page = ResearchSummaryPageFactory(
        parent=editorial.tree.category, live=False, simple_explanation=PLAIN_TEXT
    )
    client.force_login(editorial.writer)
    data = summary_form_data_from(page, simple_explanation=HARD_TEXT)
    response = client.post(f"/admin/plain-language/check/{page.pk}/", data)

    assert response.status_code == 200
    assert "gate;dur=" in response["Server-Timing"]
    payload = response.json()
    assert payload["status"] == FAIL and not payload["can_publish"]
    fields = {field["name"]: field for field in payload["fields"]}
    assert set(fields) == {
        "simple_explanation",
        "key_findings",
        "research_summary",
        "practical_implications",
        "study_limitations",
    }
    simple = fields["simple_explanation"]
    assert simple["status"] == FAIL
    assert simple["grade"] > simple["max_grade"] == 8
    assert simple["hard_sentences"] and simple["hard_sentences"][0]["text"].startswith("Allogeneic")
    jargon = {hit["text"].lower(): hit for hit in simple["jargon"]}
    assert "allogeneic" in jargon and jargon["allogeneic"]["plain"]
    # The panel says how much of the grade the terms and abbreviations make.
    assert simple["grade_without_jargon"] < simple["grade"]
    page.refresh_from_db()
    assert page.simple_explanation == PLAIN_TEXT


def test_plain_text_passes_in_the_panel(client, editorial):
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    client.force_login(editorial.writer)
    data = summary_form_data_from(page, simple_explanation=PLAIN_TEXT)
    payload = client.post(f"/admin/plain-language/check/{page.pk}/", data).json()
    simple = next(f for f in payload["fields"] if f["name"] == "simple_explanation")
    assert simple["status"] in (PASS, WARN)
    assert simple["grade"] <= 8


def test_new_page_can_be_checked_before_its_first_save(client, editorial):
    client.force_login(editorial.writer)
    parent = editorial.tree.category.pk
    url = f"/admin/plain-language/check/new/research/researchsummarypage/{parent}/"
    payload = client.post(url, summary_form_data(simple_explanation=HARD_TEXT)).json()
    simple = next(f for f in payload["fields"] if f["name"] == "simple_explanation")
    assert simple["status"] == FAIL


def test_people_without_edit_rights_get_nothing(client, editorial):
    from tests.factories import UserFactory

    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    outsider = UserFactory(is_staff=False)
    client.force_login(outsider)
    response = client.post(f"/admin/plain-language/check/{page.pk}/", {})
    assert response.status_code in (302, 403)
    client.logout()
    assert client.post(f"/admin/plain-language/check/{page.pk}/", {}).status_code == 302


def test_the_editor_loads_the_panel_inside_wagtails_checks_panel(client, editorial):
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    client.force_login(editorial.writer)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "data-plain-language-panel" in html
    assert "plain_language_panel.js" in html
    # One measure of readability: Wagtail's own metrics (another formula, counting the
    # whole preview) are left out; its accessibility checks stay.
    assert "Content metrics" not in html and "data-content-readability-score" not in html
    assert "w-content-checker-row-template" in html


def test_the_explorer_lists_each_summarys_plain_language_status(client, editorial):
    hard = ResearchSummaryPageFactory(
        parent=editorial.tree.category, title="Hard one", live=False, simple_explanation=HARD_TEXT
    )
    hard.save_revision(user=editorial.writer)  # as the editor does on "Save draft"
    plain = ResearchSummaryPageFactory(parent=editorial.tree.category, title="Plain one")
    client.force_login(editorial.editor)
    soup = BeautifulSoup(
        client.get(f"/admin/pages/{editorial.tree.category.pk}/").content, "html.parser"
    )
    assert "Plain language" in [th.get_text(strip=True) for th in soup.select("thead th")]
    statuses = {
        link["href"]: link.get_text(" ", strip=True)
        for link in soup.select("a[href^='/admin/plain-language/pages/']")
    }
    hard_status = statuses[f"/admin/plain-language/pages/{hard.pk}/"]
    plain_status = statuses[f"/admin/plain-language/pages/{plain.pk}/"]
    # The listing names the field that decides the status, with its grade.
    assert hard_status.startswith("Too hard to publish · Simple explanation grade")
    assert plain_status.startswith(("Plain enough", "Nearly there"))


WHY_TEXT = (
    "Allogeneic cells were given to people with tetraplegia after their injury, and the "
    "risk of falls fell (95% CI 0.65 to 0.81) in the first year."
)


def test_each_hard_sentence_says_why_and_what_to_do(client, editorial):
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    client.force_login(editorial.writer)
    data = summary_form_data_from(page, simple_explanation=WHY_TEXT)
    payload = client.post(f"/admin/plain-language/check/{page.pk}/", data).json()
    simple = next(f for f in payload["fields"] if f["name"] == "simple_explanation")
    (sentence,) = simple["hard_sentences"]
    reasons = {reason["code"]: reason for reason in sentence["reasons"]}
    assert {"too_long", "rare_words", "passive", "numbers"} <= set(reasons)
    assert "could split after '…after their injury,'" in reasons["too_long"]["message"]
    assert "'Allogeneic' (try 'from a donor')" in reasons["rare_words"]["message"]
    assert reasons["passive"]["suggestion"] == (
        "Say who did it: 'the researchers gave' rather than 'were given'."
    )
    assert "'95% CI 0.65 to 0.81'" in reasons["numbers"]["message"]
    # The gate's message about that sentence says the same: the panel says it once.
    messages = [m["message"] for m in simple["messages"]]
    assert not [m for m in messages if m.startswith("Sentence ")]
    assert "1 very hard sentence in the simple explanation; at most 0 allowed" in messages


def test_the_review_report_shows_why_each_sentence_is_hard(client, editorial):
    page = ResearchSummaryPageFactory(
        parent=editorial.tree.category, live=False, simple_explanation=WHY_TEXT
    )
    page.save_revision(user=editorial.writer)
    client.force_login(editorial.writer)
    html = client.get(f"/admin/plain-language/pages/{page.pk}/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    reasons = {
        item["data-reason"]: item.get_text(" ", strip=True)
        for item in soup.select(".pl-sentences .pl-reason")
    }
    assert "try 'from a donor'" in reasons["rare_words"]
    assert "Say who did it" in reasons["passive"]
