"""The search form's choices (categories, topics, years) are kept in the cache; every
change readers could notice shows in the very next search, and nothing private leaks
into them."""

import pytest
from bs4 import BeautifulSoup

from taggit.models import Tag
from wagtail.models import PageViewRestriction

from tests.factories import CategoryPageFactory, ResearchSummaryPageFactory, publish_signed_off

pytestmark = pytest.mark.django_db


def choices(client, select_id: str) -> list[str]:
    """The labels a reader can pick in one of the form's select boxes."""
    response = client.get("/search/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    options = soup.select(f"#{select_id} option")
    return [option.get_text(strip=True) for option in options if option.get("value")]


def published_summary(parent, year: int, topic: str):
    summary = ResearchSummaryPageFactory(parent=parent, publication_year=year, live=False)
    summary.topics.add(topic)
    publish_signed_off(summary)
    return summary


def test_a_new_summary_s_topic_year_and_category_show_at_once(client, tree):
    published_summary(tree.category, 2021, "Exercise")
    assert choices(client, "search-year") == ["2021"]  # now cached

    bladder = CategoryPageFactory(parent=tree.research, title="Bladder", slug="bladder")
    published_summary(bladder, 2019, "Bladder Health")

    assert choices(client, "search-year") == ["2021", "2019"]
    assert choices(client, "search-topic") == ["Bladder Health", "Exercise"]
    assert "Bladder" in choices(client, "search-category")


def test_an_unpublished_summary_s_topic_and_year_go_at_once(client, tree):
    published_summary(tree.category, 2021, "Exercise")
    gone = published_summary(tree.category, 2018, "Pain")
    assert choices(client, "search-year") == ["2021", "2018"]

    gone.refresh_from_db()  # publishing went through a revision, not this instance
    gone.unpublish()

    assert choices(client, "search-year") == ["2021"]
    assert choices(client, "search-topic") == ["Exercise"]


def test_a_renamed_topic_shows_its_new_name(client, tree):
    published_summary(tree.category, 2021, "Excercise")
    assert choices(client, "search-topic") == ["Excercise"]

    tag = Tag.objects.get(name="Excercise")
    tag.name = "Exercise"
    tag.save()

    assert choices(client, "search-topic") == ["Exercise"]


def test_a_section_made_private_leaves_the_choices_at_once(client, tree):
    published_summary(tree.category, 2021, "Exercise")
    hidden = CategoryPageFactory(parent=tree.research, title="Trial results", slug="trials")
    published_summary(hidden, 2017, "Unpublished trial")
    assert "Unpublished trial" in choices(client, "search-topic")

    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    assert choices(client, "search-topic") == ["Exercise"]
    assert choices(client, "search-year") == ["2021"]
    assert "Trial results" not in choices(client, "search-category")
