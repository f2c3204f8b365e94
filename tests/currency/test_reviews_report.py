"""Reports → "Reviews falling due": who may open it, what it lists and in what order, its
filter by state (a state it does not know included), its pages, and its exports."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from currency.report import NOT_FOR_YOU, ReviewsFallingDueView
from currency.rereview import record_rereview
from tests.currency.conftest import reviewed_summary
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/reviews-falling-due/"
RESULTS = REPORT + "results/"
MONDAY = datetime.date(2026, 2, 2)  # the old summary was due on 15 January 2026


def user_for(editorial, role):
    if role == "superuser":
        return UserFactory(username="chief", is_superuser=True)
    if role == "plain user":
        return UserFactory(username="reader")  # no group, no admin access
    return getattr(editorial, role)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def rows(response) -> list[dict[str, str]]:
    table = soup(response).find("table", class_="listing")
    if table is None:
        return []
    headings = [th.get_text(" ", strip=True) for th in table.find("thead").find_all("th")]
    return [
        dict(
            zip(
                headings,
                (" ".join(td.get_text(" ", strip=True).split()) for td in tr("td")),
                strict=True,
            )
        )
        for tr in table.find("tbody").find_all("tr")
    ]


def titles(response) -> list[str]:
    return [row["Summary"] for row in rows(response)]


@pytest.mark.parametrize("role", ["reviewer", "editor", "superuser"])
def test_reviewers_editors_and_superusers_open_it(client, editorial, old_summary, clock, role):
    clock.travel(MONDAY)
    client.force_login(user_for(editorial, role))
    response = client.get(REPORT)
    assert response.status_code == 200
    (row,) = rows(response)
    assert row["Summary"] == "Old summary"
    assert row["Last reviewed on"] == "15 Jan 2025"
    assert row["Reviewed by"] == "Reviewer Okafor"
    assert row["Due by"] == "15 Jan 2026"
    assert row["State"] == "Overdue"
    links = {a.get_text(" ", strip=True): a["href"] for a in soup(response)("a", href=True)}
    assert links["Old summary"] == old_summary.url  # the live page
    # As on the panel: reviewers record a re-review, the others open the editor.
    if role == "reviewer":
        assert links["Record a re-review of “Old summary”"] == (
            f"/admin/review/checked-again/{old_summary.pk}/"
        )
    else:
        assert links["Open in the editor : “Old summary”"] == f"/admin/pages/{old_summary.pk}/edit/"
    assert "checked-again" not in response.content.decode() or role == "reviewer"
    # Under Reports in the menu.
    assert '"url": "/admin/reports/reviews-falling-due/"' in client.get("/admin/").content.decode()


@pytest.mark.parametrize("url", [REPORT, RESULTS, REPORT + "?export=csv", REPORT + "?state=all"])
def test_writers_are_refused_with_a_reason(client, editorial, old_summary, url):
    client.force_login(editorial.writer)
    response = client.get(url)
    assert response.status_code == 403
    assert NOT_FOR_YOU in soup(response).get_text()
    assert "Old summary" not in response.content.decode()
    # Nor is it in their Reports menu.
    assert "reviews-falling-due" not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("role", ["plain user", "anonymous"])
def test_who_has_no_admin_access_is_sent_to_log_in(client, editorial, old_summary, role):
    if role != "anonymous":
        client.force_login(user_for(editorial, role))
    for url in (REPORT, REPORT + "?export=csv"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/?next=")


def test_it_lists_the_most_overdue_first_and_filters_by_state(client, editorial, crowded):
    client.force_login(editorial.editor)
    every = [page.title for page in crowded.overdue + crowded.due_soon + crowded.up_to_date]

    # By default: what needs a review, overdue and due this month, in the order it fell due.
    default = client.get(REPORT)
    assert titles(default) == every[:19]
    text = soup(default).get_text(" ", strip=True)
    assert "20 live summaries have a medical review: 10 overdue, 9 due for review" in text
    assert "Showing the summaries overdue or due for review this month (19)" in text

    expected = {
        "overdue": crowded.overdue,
        "due_soon": crowded.due_soon,
        "up_to_date": crowded.up_to_date,
    }
    for state, pages in expected.items():
        response = client.get(REPORT, {"state": state})
        assert titles(response) == [page.title for page in pages], state
    every_state = client.get(REPORT, {"state": "all"})
    assert "Showing every live summary with a medical review (20)" in soup(every_state).get_text()
    states = [row["State"] for row in rows(every_state)]
    assert states == ["Overdue"] * 10 + ["Due this month"] * 9 + ["Up to date"]
    assert titles(client.get(RESULTS, {"state": "all"})) == every


@pytest.mark.parametrize("garbage", ["garbage", "<script>alert(1)</script>", "OVERDUE", "∞"])
def test_a_state_it_does_not_know_says_so_and_shows_the_default(
    client, editorial, old_summary, clock, garbage
):
    clock.travel(MONDAY)
    client.force_login(editorial.reviewer)
    for url in (REPORT, RESULTS):
        response = client.get(url, {"state": garbage})
        assert response.status_code == 200
        alert = soup(response).find(role="alert")
        assert "That state is not one this report knows" in alert.get_text()
        assert titles(response) == ["Old summary"]
        assert "<script>alert(1)</script>" not in response.content.decode()
    # A known state clears the warning.
    response = client.get(REPORT, {"state": "all"})
    assert "not one this report knows" not in response.content.decode()


def test_an_empty_state_says_what_is_missing(client, editorial, old_summary, clock):
    clock.travel(datetime.date(2025, 6, 2))  # due in January 2026: up to date
    client.force_login(editorial.editor)
    default = soup(client.get(REPORT)).get_text(" ", strip=True)
    assert "No summary is overdue or due for review in the next month." in default
    assert titles(client.get(REPORT, {"state": "up_to_date"})) == ["Old summary"]


def test_it_is_paginated(client, editorial, crowded, monkeypatch):
    monkeypatch.setattr(ReviewsFallingDueView, "paginate_by", 8)
    client.force_login(editorial.editor)
    every = [page.title for page in crowded.overdue + crowded.due_soon + crowded.up_to_date]
    pages = [titles(client.get(REPORT, {"state": "all", "p": number})) for number in (1, 2, 3)]
    assert pages == [every[:8], every[8:16], every[16:]]
    assert "Page 2 of 3" in soup(client.get(REPORT, {"state": "all", "p": 2})).get_text()
    # A page number that is not one shows the first page, not an error.
    assert titles(client.get(REPORT, {"state": "all", "p": "x"})) == every[:8]


def test_the_latest_re_review_is_the_last_review(client, editorial, old_summary, clock):
    clock.travel(datetime.date(2026, 1, 20))
    record_rereview(
        old_summary, editorial.second_reviewer, "Still accurate", old_summary.live_revision_id
    )
    client.force_login(editorial.editor)
    (row,) = rows(client.get(REPORT, {"state": "all"}))
    assert (row["Last reviewed on"], row["Reviewed by"], row["Due by"], row["State"]) == (
        "20 Jan 2026",
        "Reviewer2",
        "20 Jan 2027",
        "Up to date",
    )


def test_of_two_re_reviews_the_later_one_counts(client, editorial, old_summary, clock):
    clock.travel(datetime.date(2026, 1, 20))
    record_rereview(
        old_summary, editorial.second_reviewer, "Still fine", old_summary.live_revision_id
    )
    clock.travel(datetime.date(2026, 3, 4))
    record_rereview(old_summary, editorial.reviewer, "Checked again", old_summary.live_revision_id)
    client.force_login(editorial.editor)
    (row,) = rows(client.get(REPORT, {"state": "all"}))
    assert (row["Last reviewed on"], row["Due by"]) == ("4 Mar 2026", "4 Mar 2027")
    assert row["Reviewed by"] != "Reviewer2"


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_export_holds_every_row_of_the_filter(client, editorial, crowded):
    client.force_login(editorial.reviewer)
    exported = csv_rows(client.get(REPORT, {"state": "all", "export": "csv"}))
    every = crowded.overdue + crowded.due_soon + crowded.up_to_date
    assert [row["Summary"] for row in exported] == [page.title for page in every]
    first = exported[0]
    assert first == {
        "Page ID": str(crowded.overdue[0].pk),
        "Summary": "Overdue Z",
        "Live page": "http://localhost" + crowded.overdue[0].url,
        "Last reviewed on": "2025-01-05",
        "Reviewed by": "Reviewer Okafor",
        "Due by": "2026-01-05",
        "State": "Overdue",
    }
    # Not paginated, and as filtered.
    assert len(csv_rows(client.get(REPORT, {"export": "csv"}))) == 19
    overdue = csv_rows(client.get(REPORT, {"state": "overdue", "export": "csv"}))
    assert {row["State"] for row in overdue} == {"Overdue"} and len(overdue) == 10

    response = client.get(REPORT, {"state": "up_to_date", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, values = ([cell.value for cell in row] for row in sheet.iter_rows())
    record = dict(zip(headings, values, strict=True))
    assert record["Summary"] == "Up to date Z"
    assert record["Due by"] == datetime.date(2026, 12, 1)  # a date cell, not text
    assert record["State"] == "Up to date"


HOSTILE_TITLE = '=HYPERLINK("http://evil.example/","<img src=x onerror=alert(1)>Walking")'


def test_a_hostile_title_is_text_in_the_page_the_panel_and_the_csv(client, editorial, clock):
    clock.travel(datetime.date(2025, 1, 15))
    page = reviewed_summary(
        editorial.tree.category, editorial.writer, editorial.reviewer, title=HOSTILE_TITLE
    )
    clock.travel(MONDAY)
    client.force_login(editorial.editor)
    for url in (REPORT, "/admin/"):
        html = client.get(url).content.decode()
        assert "<img src=x" not in html, url
        assert "&lt;img src=x onerror=alert(1)&gt;Walking" in html, url
    assert titles(client.get(REPORT)) == [HOSTILE_TITLE]
    (row,) = csv_rows(client.get(REPORT, {"export": "csv"}))
    assert row["Summary"] == "'" + HOSTILE_TITLE
    assert row["Page ID"] == str(page.pk)
