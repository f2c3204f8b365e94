"""The dashboard by role: writers see their own drafts and what was sent back to them
(with the reviewer's comment); editors and superusers see failing summaries and recent
overrides; reviewers keep Wagtail's "Awaiting your review"; nobody sees another's rows
or a panel of another role."""

import pytest
from bs4 import BeautifulSoup

from django.test import RequestFactory
from django.utils import timezone

from readability.core.severity import FAIL
from readability.models import PlainLanguageStatus
from research.models import ResearchSummaryPage
from review.dashboard import ROWS
from review.dashboard.editors import FailingPagesPanel, RecentOverridesPanel
from review.dashboard.writers import SentBackPanel, YourDraftsPanel
from review.names import REQUEST_CHANGES
from review.signoffs import record_override
from tests.conftest import HARD_TEXT, PLAIN_TEXT
from tests.factories import ResearchSummaryPageFactory
from tests.research.test_page_tree import summary_form_data
from tests.review.test_review_workflow import add_url, workflow_action

pytestmark = pytest.mark.django_db

HOSTILE = "<script>alert('x')</script>"
PANELS = {
    "sent back": "sent-back-to-you",
    "drafts": "your-drafts",
    "failing": "failing-pages",
    "overrides": "recent-overrides",
    "awaiting": "awaiting-review",
    "waiting": "waiting-for-whom",
}
WRITER_PANELS = {"sent back", "drafts"}
EDITOR_PANELS = {"waiting", "failing", "overrides"}


def dashboard(client, user) -> BeautifulSoup:
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section(soup, panel):
    return soup.find(id=f"{PANELS[panel]}-section")


def titles(soup, panel) -> list[str]:
    found = section(soup, panel)
    assert found is not None, f"no {panel} panel"
    return [cell.get_text(strip=True) for cell in found.select("tbody td.title")]


def submit(client, user, category, slug, text=PLAIN_TEXT):
    client.force_login(user)
    data = summary_form_data(
        slug=slug,
        title=slug.replace("-", " ").title(),
        doi=f"10.1000/{slug}",  # each paper once
        simple_explanation=text,
    )
    response = client.post(add_url(category), {**data, "action-submit": "1"})
    assert response.status_code == 302, response.context["form"].errors
    return ResearchSummaryPage.objects.get(slug=slug)


def send_back(client, reviewer, page, comment):
    client.force_login(reviewer)
    page = ResearchSummaryPage.objects.get(pk=page.pk)
    assert workflow_action(client, page, REQUEST_CHANGES, comment=comment).status_code == 302


def draft(parent, title, user, **fields):
    page = ResearchSummaryPageFactory(parent=parent, title=title, live=False, owner=user, **fields)
    page.save_revision(user=user)
    return page


@pytest.mark.parametrize("role", ["writer", "reviewer", "editor", "superuser", "nobody"])
def test_each_role_sees_the_panels_of_its_role_and_no_other(client, people, role):
    soup = dashboard(client, people[role])
    shown = {panel for panel in PANELS if section(soup, panel) is not None}
    expected = {
        "writer": WRITER_PANELS,
        "reviewer": set(),
        "editor": EDITOR_PANELS,
        "superuser": EDITOR_PANELS,
        "nobody": set(),
    }[role]
    # Wagtail shows "Awaiting your review" only when something awaits; none does here.
    assert shown == expected


def test_empty_panels_say_so(client, people):
    writer = dashboard(client, people["writer"])
    assert "Nothing has been sent back to you." in section(writer, "sent back").get_text()
    assert "You have no drafts" in section(writer, "drafts").get_text()
    editor = dashboard(client, people["editor"])
    assert "No summary that is live or in review is too hard to publish." in (
        section(editor, "failing").get_text()
    )
    assert "No plain-language override is in force." in section(editor, "overrides").get_text()


def test_a_writer_sees_their_own_drafts_and_never_another_writers(client, people, editorial):
    category = editorial.tree.category
    writer, other = people["writer"], people["other writer"]
    draft(category, "Mine never published", writer)
    draft(category, "Theirs never published", other)
    live_edited = ResearchSummaryPageFactory(parent=category, title="Live, I edited it")
    live_edited.simple_explanation = "People trained to walk. Most of them walked faster."
    live_edited.save_revision(user=writer)  # owned by nobody; last edited by the writer
    ResearchSummaryPageFactory(parent=category, title="Mine and live as it stands", owner=writer)

    mine = dashboard(client, writer)
    assert sorted(titles(mine, "drafts")) == ["Live, I edited it", "Mine never published"]
    rows = {row.select_one("td.title").get_text(strip=True): row
            for row in section(mine, "drafts").select("tbody tr")}  # fmt: skip
    assert "Nothing yet" in rows["Mine never published"].get_text()
    assert "An older version" in rows["Live, I edited it"].get_text()
    assert "Plain enough" in rows["Mine never published"].get_text()
    edit_link = rows["Mine never published"].select_one("td.title a")["href"]
    assert edit_link.endswith("/edit/")

    assert titles(dashboard(client, other), "drafts") == ["Theirs never published"]


def test_a_draft_too_hard_to_publish_says_so(client, people, editorial):
    draft(editorial.tree.category, "Hard draft", people["writer"], simple_explanation=HARD_TEXT)
    panel = section(dashboard(client, people["writer"]), "drafts")
    assert "Too hard to publish" in panel.get_text()


def test_sent_back_shows_the_comment_escaped_with_its_lines_to_its_writer_only(
    client, people, editorial
):
    category = editorial.tree.category
    mine = submit(client, people["writer"], category, "mine-sent-back")
    theirs = submit(client, people["other writer"], category, "theirs-sent-back")
    send_back(client, editorial.reviewer, mine, f"Say how many took part.\n{HOSTILE}")
    send_back(client, editorial.reviewer, theirs, "Their comment, not yours.")

    client.force_login(people["writer"])
    html = client.get("/admin/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert titles(soup, "sent back") == ["Mine Sent Back"]
    panel = section(soup, "sent back")
    assert HOSTILE not in html and "&lt;script&gt;" in str(panel)
    comment_cell = panel.select("tbody td")[1]
    assert comment_cell.find("br") is not None  # the reviewer's line break is kept
    assert "Say how many took part." in comment_cell.get_text()
    assert "Their comment" not in html
    assert "Okafor" in panel.get_text()  # who sent it back (the reviewer's name)

    other = dashboard(client, people["other writer"])
    assert titles(other, "sent back") == ["Theirs Sent Back"]
    assert "Say how many" not in str(other)


def test_what_the_automatic_check_sent_back_names_the_check(client, people, editorial):
    submit(client, people["writer"], editorial.tree.category, "hard-one", text=HARD_TEXT)
    panel = section(dashboard(client, people["writer"]), "sent back")
    assert "the automatic plain-language check" in panel.get_text()


def test_the_reviewer_sees_what_awaits_them_in_wagtails_own_panel(client, people, editorial):
    submit(client, people["writer"], editorial.tree.category, "awaiting-one")
    assert titles(dashboard(client, editorial.reviewer), "awaiting") == ["Awaiting One"]
    for role in ("writer", "other writer", "nobody"):
        assert section(dashboard(client, people[role]), "awaiting") is None


def make_failing(page, summary="Simple explanation: too hard (grade 14.0).\nKey findings: long."):
    PlainLanguageStatus.objects.filter(page=page).update(status=FAIL, summary=summary)


def test_failing_pages_are_those_live_or_in_review(client, people, editorial):
    category = editorial.tree.category
    live = ResearchSummaryPageFactory(parent=category, title="Live and failing")
    make_failing(live, f"Simple explanation: {HOSTILE}\nKey findings: long.")
    ResearchSummaryPageFactory(parent=category, title="Live and passing")
    make_failing(draft(category, "Draft and failing", people["writer"]))
    in_review = submit(client, people["writer"], category, "in-review-then-edited")
    in_review.simple_explanation = HARD_TEXT  # edited while it waits: its status is stored
    in_review.save_revision(user=people["writer"])

    for role in ("editor", "superuser"):
        client.force_login(people[role])
        html = client.get("/admin/").content.decode()
        soup = BeautifulSoup(html, "html.parser")
        assert sorted(titles(soup, "failing")) == ["In Review Then Edited", "Live and failing"]
        text = section(soup, "failing").get_text(" ", strip=True)
        assert "In review" in text and "Live" in text and "(and 1 more)" in text
        assert HOSTILE not in html and "Simple explanation: &lt;script&gt;" in html
        assert section(soup, "failing").find("a", string="The plain-language quality report")


def test_recent_overrides_in_force_with_reviewer_date_and_escaped_reason(client, people, editorial):
    category = editorial.tree.category
    overridden = ResearchSummaryPageFactory(parent=category, title="Overridden")
    record_override(overridden.latest_revision, editorial.reviewer, f"Needed.\n{HOSTILE}", [])
    revoked_page = ResearchSummaryPageFactory(parent=category, title="Revoked one")
    revoked = record_override(revoked_page.latest_revision, editorial.reviewer, "Old reason", [])
    revoked.revoked_at = timezone.now()
    revoked.save()

    for role in ("editor", "superuser"):
        client.force_login(people[role])
        html = client.get("/admin/").content.decode()
        soup = BeautifulSoup(html, "html.parser")
        assert titles(soup, "overrides") == ["Overridden"]
        row = section(soup, "overrides").select_one("tbody tr")
        assert "Okafor" in row.get_text() and row.find("time") is not None
        assert row.find("br") is not None and "Old reason" not in html
        assert HOSTILE not in html and "&lt;script&gt;" in str(row)
    for role in ("writer", "reviewer", "nobody"):
        assert "Needed." not in str(dashboard(client, people[role]))


def test_overrides_show_the_newest_few(people, editorial):
    category = editorial.tree.category
    for number in range(RecentOverridesPanel.rows_shown + 2):
        page = ResearchSummaryPageFactory(parent=category, title=f"Overridden {number}")
        record_override(page.latest_revision, editorial.reviewer, f"Reason {number}", [])
    rows = RecentOverridesPanel(people["editor"]).get_context_data()["rows"]
    shown = [row["page"].title for row in rows]
    last = RecentOverridesPanel.rows_shown + 1
    assert shown == [f"Overridden {n}" for n in range(last, 1, -1)]


def render(panel, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return panel.render_html({"request": request})


def test_each_panel_reads_a_bounded_number_of_queries(
    client, people, editorial, django_assert_max_num_queries
):
    category = editorial.tree.category
    writer, reviewer = people["writer"], editorial.reviewer
    for number in range(ROWS + 2):
        page = draft(category, f"Draft {number}", writer)
        make_failing(ResearchSummaryPageFactory(parent=category, title=f"Failing {number}"))
        record_override(page.latest_revision, reviewer, f"Reason {number}", [])
    for number in range(3):
        send_back(client, reviewer, submit(client, writer, category, f"back-{number}"), "Fix it")

    for panel, user, most in (
        (YourDraftsPanel, writer, 2),  # the rows, and how many more
        (SentBackPanel, writer, 3),  # the states, their pages, the check's content type
        (FailingPagesPanel, people["editor"], 2),
        (RecentOverridesPanel, people["editor"], 2),
    ):
        with django_assert_max_num_queries(most):
            html = render(panel(user), user)
        assert "<tbody>" in html
