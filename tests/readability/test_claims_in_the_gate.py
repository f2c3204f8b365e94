"""Claims stronger than the evidence, as writers and reviewers meet them: in the live
panel, in the automatic check, and past it only by a reviewer's override with a reason."""

import pytest

from wagtail.models import WorkflowState

from readability.assessment import CLAIM_TOO_STRONG, assess
from research.models import ResearchSummaryPage
from review.models import PlainLanguageOverride
from review.names import APPROVE, APPROVE_WITH_OVERRIDE
from tests.admin_forms import summary_form_data_from
from tests.factories import ResearchSummaryPageFactory
from tests.review.test_review_workflow import submit_new_summary, workflow_action

pytestmark = pytest.mark.django_db

CURES = "This treatment cures pain."


def claim_reasons(page):
    return [r for r in assess(page).reasons if r.code == CLAIM_TOO_STRONG]


def test_a_writer_typing_a_cure_into_an_animal_study_sees_it_flagged_with_why(client, editorial):
    page = ResearchSummaryPageFactory(
        parent=editorial.tree.category, live=False, evidence_level="animal_lab"
    )
    client.force_login(editorial.writer)
    data = summary_form_data_from(page, simple_explanation=f"Rats ran on a wheel. {CURES}")
    payload = client.post(f"/admin/plain-language/check/{page.pk}/", data).json()

    simple = next(f for f in payload["fields"] if f["name"] == "simple_explanation")
    assert simple["status"] == "fail"
    (message,) = [m["message"] for m in simple["messages"] if "Too strong" in m["message"]]
    assert f"In “{CURES}”" in message
    assert "“cures” claims a cure" in message
    assert not payload["can_publish"]


def test_the_same_words_are_judged_against_the_evidence_level_chosen(editorial):
    page = ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        live=False,
        evidence_level="rct",
        simple_explanation="People trained to walk. The training works for some people.",
    )
    assert claim_reasons(page) == []
    page.evidence_level = "case_series"
    (reason,) = claim_reasons(page)
    assert reason.field == "simple_explanation" and reason.severity == "error"
    assert "no comparison group" in reason.message
    page.evidence_level = "animal_lab"
    (reason,) = claim_reasons(page)
    assert "animals or cells" in reason.message


def test_every_field_a_reader_sees_is_judged(editorial):
    page = ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        live=False,
        evidence_level="animal_lab",
        research_summary="<p>In mice, the drug may help. This is a breakthrough.</p>",
    )
    (reason,) = claim_reasons(page)
    assert reason.field == "research_summary"
    assert page.research_summary and "breakthrough" in reason.message


def test_the_span_points_at_the_claim_in_the_fields_text(editorial):
    page = ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        live=False,
        evidence_level="animal_lab",
        simple_explanation=f"Rats ran on a wheel. {CURES}",
    )
    (reason,) = claim_reasons(page)
    report = assess(page).reports["simple_explanation"]
    assert report.text[reason.start : reason.end] == "cures"


def test_an_overclaim_goes_to_the_medical_reviewer_flagged_for_their_decision(client, editorial):
    # Whether a claim is too strong is a medical judgement: the automatic check passes it
    # on, saying so, and only a reviewer can let it through (with a reason).
    page = submit_new_summary(client, editorial, f"People trained to walk. {CURES}")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    checked = state.all_tasks_with_state()[0].task_state
    assert "claims that may be too strong for the evidence" in checked.comment
    assert f"In “{CURES}”" in checked.comment
    assert not ResearchSummaryPage.objects.get(pk=page.pk).live


def test_an_overclaim_beside_a_hard_text_is_sent_back_with_both(client, editorial):
    from tests.conftest import HARD_TEXT

    page = submit_new_summary(client, editorial, f"{HARD_TEXT} {CURES}")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    comment = state.current_task_state.comment
    assert "above the limit" in comment and "Too strong for the evidence" in comment


def make_overclaim_in_review(client, editorial):
    return submit_new_summary(client, editorial, f"People trained to walk. {CURES}")


def test_a_plain_approval_cannot_publish_an_overclaim(client, editorial):
    page = make_overclaim_in_review(client, editorial)
    client.force_login(editorial.reviewer)
    response = workflow_action(client, page, APPROVE)
    assert response.status_code == 302 and "blocked=1" in response["Location"]
    page.refresh_from_db()
    assert not page.live
    report = client.get(response["Location"]).content.decode()
    assert "Too strong for the evidence" in report


def test_an_editor_cannot_publish_an_overclaim_with_the_publish_button(client, editorial):
    from tests.admin_forms import summary_form_data_from as form_data

    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    client.force_login(editorial.editor)
    data = form_data(page, simple_explanation=f"People trained to walk. {CURES}")
    data["action-publish"] = "action-publish"
    client.post(f"/admin/pages/{page.pk}/edit/", data)
    page.refresh_from_db()
    assert not page.live
    assert CURES not in (page.simple_explanation or "")


def test_a_reviewers_override_with_a_reason_lets_the_claim_through(client, editorial):
    page = make_overclaim_in_review(client, editorial)
    client.force_login(editorial.reviewer)
    reason = "The single-group result is stated as the authors state it; checked."
    workflow_action(client, page, APPROVE_WITH_OVERRIDE, reason=reason, comment="")

    page.refresh_from_db()
    assert page.live and CURES in page.simple_explanation
    override = PlainLanguageOverride.objects.get()
    assert override.reason == reason and override.user == editorial.reviewer
    assert any("Too strong for the evidence" in str(check) for check in override.failed_checks)
