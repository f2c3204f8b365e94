"""The review loop end to end in Chromium, through the buttons people press: a writer
submits, a reviewer sends it back with a comment, the writer sees the comment at the
top of the editor and submits again, a second look approves it, and an anonymous reader
sees the new text with the reviewer's name. Each person is told what happened."""

import pytest

from people.models import Role
from review.roles import MEDICAL_REVIEWERS, WRITERS, ensure_roles
from review.setup import ensure_review_workflow
from tests.browser.conftest import CHROMIUM_ARGS  # noqa: F401 - the launch flags in use
from tests.conftest import PLAIN_TEXT, build_tree
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.people.factories import PersonFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ADDED = "They also slept better."


@pytest.fixture
def people(live_server):
    tree = build_tree()
    groups = ensure_roles(research_root=tree.research, site_root=tree.home)
    ensure_review_workflow(tree.research, groups[MEDICAL_REVIEWERS])
    writer = UserFactory(username="wren", first_name="Wren", last_name="Writer")
    writer.groups.add(groups[WRITERS])
    reviewer = UserFactory(username="rae", first_name="Rae", last_name="Reviewer")
    reviewer.groups.add(groups[MEDICAL_REVIEWERS])
    # Reviewers approve only with their credentials on their profile.
    PersonFactory(user=reviewer, display_name="Rae Reviewer", role=Role.MEDICAL_REVIEWER)
    summary = ResearchSummaryPageFactory(
        parent=tree.category, simple_explanation=PLAIN_TEXT, owner=writer, signed_off_by=reviewer
    )
    return summary


def log_in(browser, live_server, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "password")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    return page


def press(page, name: str, navigates: bool = True):
    """Open the editor's action menu if needed and press the button called `name`."""
    button = page.get_by_role("button", name=name, exact=True)
    if not button.is_visible():
        page.get_by_role("button", name="More actions").click()
    if not navigates:
        button.click()
        return
    with page.expect_navigation():
        button.click()


def messages_text(page) -> str:
    return page.locator(".messages").inner_text()


def test_the_review_loop_through_the_buttons(browser, live_server, people):
    summary = people
    writer = log_in(browser, live_server, "wren")
    writer.goto(f"{live_server.url}/admin/pages/{summary.pk}/edit/")
    writer.fill("textarea[name=simple_explanation]", PLAIN_TEXT + " " + ADDED)
    press(writer, "Submit for review")
    assert "Submitted for review" in messages_text(writer)
    assert "waiting for a medical reviewer" in messages_text(writer)

    reviewer = log_in(browser, live_server, "rae")
    assert "Awaiting your review" in reviewer.content()
    reviewer.goto(f"{live_server.url}/admin/pages/{summary.pk}/edit/")
    assert "Waiting for your medical review" in messages_text(reviewer)
    with reviewer.expect_navigation():
        reviewer.get_by_role("link", name="Changes since the last sign-off").click()
    assert ADDED in reviewer.locator("main").inner_text()
    reviewer.goto(f"{live_server.url}/admin/pages/{summary.pk}/edit/")
    press(reviewer, "Request changes", navigates=False)
    dialog = reviewer.get_by_role("dialog")
    dialog.get_by_label("What should the writer change? (required)").fill(
        "Say how they slept.\nAnd for how long."
    )
    with reviewer.expect_navigation():
        dialog.get_by_role("button", name="Request changes").click()
    assert "Sent back to Wren Writer with your comment" in messages_text(reviewer)

    writer.goto(f"{live_server.url}/admin/pages/{summary.pk}/edit/")
    note = messages_text(writer)
    assert "Sent back by Rae Reviewer" in note and "Say how they slept." in note
    writer.fill("textarea[name=simple_explanation]", PLAIN_TEXT + " They slept better for weeks.")
    press(writer, "Submit again for review")
    assert "Submitted for review" in messages_text(writer)

    reviewer.goto(f"{live_server.url}/admin/pages/{summary.pk}/edit/")
    press(reviewer, "Approve and publish", navigates=False)
    dialog = reviewer.get_by_role("dialog")
    dialog.get_by_label("What changed, for readers (required)").fill("Added how they slept")
    with reviewer.expect_navigation():
        dialog.get_by_role("button", name="Approve and publish").click()
    assert "Approved and published" in messages_text(reviewer)

    reader = browser.new_context().new_page()
    reader.goto(live_server.url + summary.url)
    text = reader.locator("main").inner_text()
    assert "They slept better for weeks." in text
    assert "Medically reviewed by Rae Reviewer" in text
    assert "Added how they slept" in reader.locator(".what-changed").inner_text()


def test_on_a_phone_the_title_and_simple_explanation_are_on_the_first_screen(
    browser, live_server, people
):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    page = context.new_page()
    page.goto(live_server.url + people.url)
    first_screen = 667
    title = page.locator("h1").bounding_box()
    explanation = page.locator(".summary__simple p").first.bounding_box()
    assert title["y"] + title["height"] <= first_screen
    assert explanation["y"] < first_screen - 20, explanation
