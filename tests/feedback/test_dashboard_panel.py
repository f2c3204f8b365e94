"""The editors' "Least helpful to readers" panel: lowest share of "yes" first, only
summaries with enough answers, counts shown; editors and superusers only."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Permission
from django.test import RequestFactory

from feedback.dashboard import MIN_ANSWERS, ROWS, LeastHelpfulPanel
from feedback.models import SummaryFeedback
from tests.factories import ResearchSummaryPageFactory, UserFactory

pytestmark = pytest.mark.django_db

PANEL = "least-helpful-section"


def answers(page, yes, no):
    for number in range(yes + no):
        SummaryFeedback.objects.create(
            page=page, helpful=number < yes, client_key=f"reader-{page.pk}-{number}"
        )


def rows_seen(client, user):
    client.force_login(user)
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.find(id=PANEL)
    if panel is None:
        return None
    return [
        [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in panel.select("tbody tr")
    ]


@pytest.fixture
def answered(editorial):
    category = editorial.tree.category
    answers(ResearchSummaryPageFactory(parent=category, title="Mostly no"), yes=1, no=5)
    answers(ResearchSummaryPageFactory(parent=category, title="Split"), yes=3, no=2)
    answers(ResearchSummaryPageFactory(parent=category, title="Too few"), yes=0, no=MIN_ANSWERS - 1)
    answers(ResearchSummaryPageFactory(parent=category, title="All yes"), yes=MIN_ANSWERS, no=0)


def test_editors_and_superusers_see_the_least_helpful_first(client, editorial, answered):
    superuser = UserFactory(username="admin", is_superuser=True)
    for user in (editorial.editor, superuser):
        assert rows_seen(client, user) == [
            ["Mostly no", "17%", "1", "5"],
            ["Split", "60%", "3", "2"],
        ]


def test_other_roles_do_not_see_it(client, editorial, answered):
    nobody = UserFactory(username="nobody")
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for user in (editorial.writer, editorial.reviewer, nobody):
        assert rows_seen(client, user) is None


def test_empty_it_says_what_it_waits_for(client, editorial):
    client.force_login(editorial.editor)
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.find(id=PANEL)
    assert f"No summary has {MIN_ANSWERS} answers with a “no” among them yet." in panel.get_text()
    assert panel.find("a", string="The reader feedback report")["href"].endswith(
        "/reports/reader-feedback/"
    )


def test_hostile_titles_are_escaped_and_rows_are_few(client, editorial):
    category = editorial.tree.category
    answers(ResearchSummaryPageFactory(parent=category, title="<script>x</script>"), yes=0, no=6)
    for number in range(ROWS + 2):
        answers(ResearchSummaryPageFactory(parent=category, title=f"S{number}"), yes=1, no=5)
    client.force_login(editorial.editor)
    html = client.get("/admin/").content.decode()
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert len(rows_seen(client, editorial.editor)) == ROWS


def test_the_panel_reads_one_query(editorial, answered, django_assert_max_num_queries):
    request = RequestFactory().get("/admin/")
    request.user = editorial.editor
    with django_assert_max_num_queries(1):
        html = LeastHelpfulPanel(editorial.editor).render_html({"request": request})
    assert "Mostly no" in html
