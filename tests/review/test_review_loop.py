"""The review loop as writers and reviewers meet it: after each action they are told
what happened and what comes next; the editor shows who asked for what and what changed;
the buttons say what they do."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageLogEntry

from readability.names import PUBLISH_BUTTON, RESUBMIT_BUTTON, SUBMIT_BUTTON
from research.models import ResearchSummaryPage
from review.names import APPROVE, REQUEST_CHANGES
from tests.admin_forms import summary_form_data_from
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory
from tests.research.test_page_tree import summary_form_data
from tests.review.test_review_workflow import READER_NOTE, submit_new_summary

pytestmark = pytest.mark.django_db


def fresh(page):
    return ResearchSummaryPage.objects.get(pk=page.pk)


def messages_of(response) -> list[str]:
    return [BeautifulSoup(str(m), "html.parser").get_text(" ", strip=True) for m in
            response.context["messages"]]  # fmt: skip


def act(client, page, action, **data):
    """A workflow action from the dashboard, following it to where it lands."""
    if action == APPROVE:
        data.setdefault("reader_note", READER_NOTE)
    state = page.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/"
    return client.post(url, data, follow=True)


def test_a_passing_submission_says_it_waits_for_a_reviewer_in_one_message(client, editorial):
    client.force_login(editorial.writer)
    data = summary_form_data(simple_explanation=PLAIN_TEXT)
    response = client.post(
        f"/admin/pages/add/research/researchsummarypage/{editorial.tree.category.pk}/",
        {**data, SUBMIT_BUTTON: "1"},
        follow=True,
    )
    shown = messages_of(response)
    assert len(shown) == 1 and "Submitted for review" in shown[0], shown
    assert "waiting for a medical reviewer" in shown[0]
    # A plain save afterwards is just a save, not another "submitted".
    page = ResearchSummaryPage.objects.get(slug=data["slug"])
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", summary_form_data_from(fresh(page)), follow=True
    )
    assert not any("Submitted for review" in m for m in messages_of(response))


def test_after_approving_the_reviewer_is_told_it_is_live_with_a_link(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    response = act(client, fresh(page), APPROVE)
    shown = messages_of(response)
    assert any("Approved and published" in m and "is live" in m for m in shown), shown
    assert fresh(page).url in response.content.decode()


def test_after_requesting_changes_the_reviewer_is_told_who_hears_of_it(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    response = act(client, fresh(page), REQUEST_CHANGES, comment="Say how many people took part.")
    shown = messages_of(response)
    assert any("Sent back to Writer with your comment" in m for m in shown), shown


def test_a_request_for_changes_needs_a_comment_and_says_so(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    state = fresh(page).current_workflow_task_state
    dialog = f"/admin/pages/workflow/collect_action_data/{page.pk}/reject/{state.pk}/"
    assert "(required)" in client.get(dialog).json()["html"]
    act(client, fresh(page), REQUEST_CHANGES, comment="")
    assert fresh(page).current_workflow_state.status == "in_progress"


def test_the_writer_sees_who_asked_for_what_at_the_top_of_the_editor(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    act(client, fresh(page), REQUEST_CHANGES, comment="Say how many people took part.\nAnd when.")
    client.force_login(editorial.writer)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    note = " ".join(soup.get_text(" ").split())
    assert "Sent back by Reviewer Okafor on" in note
    assert "Say how many people took part." in note and "And when." in note
    assert "<br>" in html or "<p>And when.</p>" in html  # the comment keeps its lines


def test_the_automatic_check_is_credited_to_itself_not_to_the_writer(client, editorial):
    page = submit_new_summary(client, editorial, HARD_TEXT)
    rejected = PageLogEntry.objects.filter(page=page, action="wagtail.workflow.reject").get()
    assert rejected.user.get_full_name() == "Automatic plain-language check"
    client.force_login(editorial.writer)
    note = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Sent back by the automatic plain-language check" in note


def test_the_reviewer_is_one_click_from_what_changed_since_the_last_sign_off(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    act(client, fresh(page), APPROVE)
    client.force_login(editorial.writer)
    changed = PLAIN_TEXT + " They also slept better."
    data = summary_form_data_from(fresh(page), simple_explanation=changed)
    client.post(f"/admin/pages/{page.pk}/edit/", {**data, SUBMIT_BUTTON: "1"})
    client.force_login(editorial.second_reviewer)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Waiting for your medical review" in html
    soup = BeautifulSoup(html, "html.parser")
    since_sign_off = soup.find("a", string=lambda text: text and "since the last sign-off" in text)
    compare = client.get(since_sign_off["href"]).content.decode()
    assert "slept better" in compare
    assert soup.find("a", string=lambda text: text and "from the live version" in text)


def test_the_buttons_say_what_they_do(client, editorial):
    client.force_login(editorial.writer)
    draft = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    html = client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert "Submit for review" in html and "Submit for moderation" not in html
    page = submit_new_summary(client, editorial, HARD_TEXT, slug="hard-one")
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Submit again for review" in html
    assert "Resubmit to" not in html and "Restart workflow" not in html


def test_submitting_again_runs_the_automatic_check_again(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.reviewer)
    act(client, fresh(page), REQUEST_CHANGES, comment="Use a harder word, please.")
    client.force_login(editorial.writer)
    data = summary_form_data_from(fresh(page), simple_explanation=HARD_TEXT)
    client.post(f"/admin/pages/{page.pk}/edit/", {**data, RESUBMIT_BUTTON: "1"})
    task_state = fresh(page).current_workflow_state.current_task_state
    assert task_state.task.name == "Plain-language check" and task_state.status == "rejected"


def test_a_refused_publish_does_not_leave_the_page_marked_as_a_draft(client, editorial):
    live = ResearchSummaryPageFactory(
        parent=editorial.tree.category,
        simple_explanation=PLAIN_TEXT,
        signed_off_by=editorial.reviewer,
    )
    client.force_login(editorial.editor)
    data = summary_form_data_from(live, seo_title="Not reviewed")
    client.post(f"/admin/pages/{live.pk}/edit/", {**data, PUBLISH_BUTTON: "1"})
    # Autosave then saves what is live, unchanged.
    client.post(f"/admin/pages/{live.pk}/edit/", summary_form_data_from(live))
    assert not fresh(live).has_unpublished_changes


def test_the_report_of_a_summary_in_review_says_it_waits_for_a_reviewer(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    html = client.get(f"/admin/plain-language/pages/{page.pk}/").content.decode()
    assert "Waiting for medical review" in html
    assert "has not approved this version" not in html


def test_editors_can_check_every_summary_again(client, editorial):
    ResearchSummaryPageFactory(parent=editorial.tree.category, simple_explanation=PLAIN_TEXT)
    client.force_login(editorial.editor)
    response = client.post("/admin/reports/plain-language/recheck/", follow=True)
    assert any("Checked 1 summary again" in m for m in messages_of(response))
    client.force_login(editorial.writer)
    assert client.post("/admin/reports/plain-language/recheck/").status_code in (302, 403)


def test_writers_are_told_categories_are_for_editors(client, editorial):
    client.force_login(editorial.writer)
    url = f"/admin/pages/add/research/categorypage/{editorial.tree.research.pk}/"
    response = client.get(url, follow=True)
    assert any("Only editors create a category" in m for m in messages_of(response))


def test_a_plain_summary_waiting_for_review_is_not_listed_as_too_hard(client, editorial):
    page = submit_new_summary(client, editorial, PLAIN_TEXT)
    client.force_login(editorial.editor)
    listing = client.get(f"/admin/pages/{editorial.tree.category.pk}/").content.decode()
    cell = BeautifulSoup(listing, "html.parser").select_one(
        f"a[href='/admin/plain-language/pages/{page.pk}/']"
    )
    assert cell.get_text(strip=True).startswith(("Plain enough", "Nearly there"))
