"""What readers see of a summary's review dates: the merged review line, the overdue
notice from the day after the due date (not before), the "What changed" list, and
cache headers that do not let a page outlive the moment it turns overdue."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.test import override_settings

from review.signoffs import record_sign_off
from tests.currency.conftest import REVIEWED_ON, at_noon
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db

DUE_ON = datetime.date(2026, 1, 15)
NOTICE = "This summary may be out of date"


def read(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def review_line(soup) -> str:
    """Who reviewed it and when (the byline), then the last review and the next due date."""
    parts = soup.select(".summary__review, .summary__dates")
    return " ".join(" ".join(part.get_text().split()) for part in parts)


def test_the_review_line_says_who_when_and_when_next(client, old_summary, clock):
    clock.travel(datetime.date(2025, 6, 1))
    _response, soup = read(client, old_summary)
    line = review_line(soup)
    assert line.startswith("Medically reviewed by Reviewer Okafor, MD, PhD, on 15 January 2025")
    assert "Last reviewed on 15 January 2025 · Next review due by 15 January 2026" in line
    assert soup.select_one(".summary__due time")["datetime"] == "2026-01-15"
    assert NOTICE not in soup.get_text()


@pytest.mark.parametrize(
    ("day", "overdue"),
    [
        (DUE_ON - datetime.timedelta(days=1), False),
        (DUE_ON, False),  # due by that date: not yet overdue on it
        (DUE_ON + datetime.timedelta(days=1), True),
        (DUE_ON + datetime.timedelta(days=400), True),
    ],
)
def test_the_overdue_notice_appears_from_the_day_after_the_due_date(
    client, old_summary, clock, day, overdue
):
    clock.travel(day)
    _response, soup = read(client, old_summary)
    notice = soup.select_one(".notice--overdue")
    assert (notice is not None) is overdue
    if overdue:
        # In words, not colour: what, since when, and what happens next.
        assert " ".join(notice.get_text().split()) == (
            "This summary may be out of date: it was due for review on 15 January 2026. "
            "We are checking it."
        )
        assert notice["role"] == "note"


def test_the_overdue_notice_turns_on_at_midnight_in_the_sites_time_zone(client, old_summary, clock):
    last_minute = at_noon(DUE_ON).replace(hour=23, minute=59)
    clock.travel(last_minute)
    assert NOTICE not in read(client, old_summary)[1].get_text()
    clock.travel(last_minute + datetime.timedelta(minutes=2))
    assert NOTICE in read(client, old_summary)[1].get_text()


def test_what_changed_lists_each_published_review_with_the_reviewers_line(
    client, editorial, old_summary, clock
):
    clock.travel(datetime.date(2025, 9, 2))
    page = old_summary
    page.simple_explanation = "People trained to walk. Most walked a bit faster after 12 weeks."
    revision = page.save_revision(user=editorial.writer)
    record_sign_off(revision, editorial.second_reviewer, reader_note="Added how long it took")
    revision.publish()
    # Approved but never published: readers never saw it, so it is not listed.
    page.simple_explanation = "A draft nobody published."
    record_sign_off(
        page.save_revision(user=editorial.writer), editorial.reviewer, reader_note="Unseen"
    )
    _response, soup = read(client, page)
    items = [" ".join(li.get_text().split()) for li in soup.select(".what-changed__list li")]
    assert items == ["2 September 2025: Added how long it took", "15 January 2025: First published"]


def test_sign_offs_from_before_the_line_was_asked_say_only_that_they_were_reviewed(
    client, editorial, clock
):
    clock.travel(REVIEWED_ON)
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, signed_off_by=None)
    _response, soup = read(client, page)
    items = [" ".join(li.get_text().split()) for li in soup.select(".what-changed__list li")]
    assert items == ["15 January 2025: Reviewed by a medical reviewer"]


def test_the_reviewers_line_is_escaped(client, editorial, clock):
    clock.travel(REVIEWED_ON)
    page = ResearchSummaryPageFactory(parent=editorial.tree.category, live=False)
    revision = page.save_revision(user=editorial.writer)
    record_sign_off(revision, editorial.reviewer, reader_note='<script>alert("x")</script>')
    revision.publish()
    response, soup = read(client, page)
    assert b"<script>alert" not in response.content
    assert (
        soup.select_one(".what-changed__list li").get_text().endswith('<script>alert("x")</script>')
    )


@override_settings(
    PAGE_CACHE_MAX_AGE=300, PAGE_CACHE_STALE_WHILE_REVALIDATE=86_400, PAGE_CACHE_SHARED_MAX_AGE=0
)
def test_a_page_is_not_cached_past_the_moment_it_turns_overdue(client, old_summary, clock):
    clock.travel(datetime.date(2025, 6, 1))
    far_off = read(client, old_summary)[0]["Cache-Control"]
    assert "max-age=300" in far_off and "stale-while-revalidate=86400" in far_off
    # Two minutes before midnight on the due date: kept two minutes at most, never stale.
    clock.travel(at_noon(DUE_ON).replace(hour=23, minute=58))
    near = read(client, old_summary)[0]["Cache-Control"]
    assert "stale-while-revalidate" not in near
    assert "max-age=120" in near and "s-maxage=120" in near
    assert "public" in near
    # Once overdue, nothing more changes with the date: the usual headers again.
    clock.travel(DUE_ON + datetime.timedelta(days=1))
    assert "stale-while-revalidate=86400" in read(client, old_summary)[0]["Cache-Control"]


def test_a_page_already_read_shows_a_new_interval_at_once(client, old_summary, clock, editorial):
    """The dates are kept per published version: a change of the site's or a category's
    interval must reach a page readers have already opened."""
    from currency.models import ReviewSchedule

    clock.travel(datetime.date(2025, 6, 1))
    assert "Next review due by 15 January 2026" in review_line(read(client, old_summary)[1])

    schedule = ReviewSchedule.load()
    schedule.interval_months = 6
    schedule.save()
    assert "Next review due by 15 July 2025" in review_line(read(client, old_summary)[1])

    category = editorial.tree.category
    category.review_interval_months = 3
    category.save_revision().publish()
    assert "Next review due by 15 April 2025" in review_line(read(client, old_summary)[1])
    assert read(client, old_summary)[1].select_one(".notice--overdue") is not None
