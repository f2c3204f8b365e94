"""Small things readers and editors noticed: each is a promise a page makes."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.staticfiles import finders

from research.citation import cite_summary
from tests.factories import ResearchSummaryPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_browsers_asking_for_favicon_ico_get_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith("/favicon.svg")
    icon = finders.find("favicon.svg")
    with open(icon, encoding="utf-8") as file:
        assert "<svg" in file.read()


def test_a_title_that_asks_a_question_keeps_its_question_mark_in_the_citation(tree):
    summary = ResearchSummaryPageFactory(parent=tree.category, title="Does exercise ease pain?")
    text = cite_summary(summary, "Spinal Cord Research Help").text
    assert "Does exercise ease pain? A plain-language summary." in text
    assert "?:" not in text


def test_the_reading_level_speaks_of_reading_age_not_us_grades(client, tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)
    html = client.get(summary.url).content.decode()
    line = BeautifulSoup(html, "html.parser").select_one(".summary__reading").get_text(" ")
    assert "reading age of about" in line and "US school grade" not in line


def test_the_search_box_keeps_the_words_searched_for(client, tree):
    soup = BeautifulSoup(client.get("/search/?q=walking").content, "html.parser")
    assert soup.select_one("#site-search-q")["value"] == "walking"
    assert soup.select_one("#search-q")["value"] == "walking"


def test_the_feedback_detail_links_to_its_summary(client, tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(f"/admin/reports/reader-feedback/{summary.pk}/").content.decode()
    assert f"/admin/pages/{summary.pk}/edit/" in html and summary.url in html


def test_rate_limits_count_an_ipv6_client_by_its_64_and_leave_ipv4_alone():
    from research.rate_limit import one_client

    assert one_client("2001:db8::1") == one_client("2001:db8::ffff:1") == "2001:db8::"
    assert one_client("2001:db8:0:1::1") == "2001:db8:0:1::"
    assert one_client("203.0.113.7") == "203.0.113.7"
    assert one_client("::ffff:203.0.113.7") == "203.0.113.7"
    assert one_client("not an address") == "not an address"
