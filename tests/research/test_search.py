import pytest
from bs4 import BeautifulSoup

from research.models import ResearchSummaryPage
from research.search.criteria import MAX_QUERY_LENGTH
from research.search.views import RESULTS_PER_PAGE
from tests.factories import CategoryPageFactory, ResearchSummaryPageFactory, publish_signed_off

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response


def titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".search-results .summary-card__title a")]


def notes(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    box = soup.select_one(".notice")
    return box.get_text(" ", strip=True) if box else ""


@pytest.fixture
def library(tree):
    """Four summaries that differ in every filterable way."""
    pain = CategoryPageFactory(parent=tree.research, title="Pain", slug="pain")
    robot = ResearchSummaryPageFactory(
        parent=tree.subcategory,
        title="Walking with a robot suit",
        simple_explanation="People walked with a robot suit. Most of them walked further.",
        evidence_level="rct",
        publication_year=2024,
        journal="Spinal Cord",
    )
    robot.topics.add("Rehabilitation")
    publish_signed_off(robot)  # topics are reviewed too
    bike = ResearchSummaryPageFactory(
        parent=tree.category,
        title="Cycling at home",
        simple_explanation="People rode a bike at home. Their legs got a bit stronger.",
        evidence_level="case_series",
        publication_year=2023,
        journal="Journal of Neurotrauma",
    )
    bike.topics.add("Rehabilitation", "Exercise")
    publish_signed_off(bike)  # topics are reviewed too
    nerve = ResearchSummaryPageFactory(
        parent=pain,
        title="Nerve pain and sleep",
        simple_explanation="People with nerve pain slept badly. Better sleep went with less pain.",
        evidence_level="cross_sectional",
        publication_year=2024,
        journal="Pain Medicine",
        key_findings=[("finding", "Pain was worse after a bad night.")],
    )
    cells = ResearchSummaryPageFactory(
        parent=tree.category,
        title="Stem cells in rats",
        simple_explanation="Rats got new cells in the spine. Some of them moved their legs more.",
        evidence_level="animal_lab",
        publication_year=2022,
        research_summary="<p>The team grew cells from bone marrow.</p>",
    )
    cells.topics.add("Regenerative Medicine")
    publish_signed_off(cells)  # topics are reviewed too
    return {"robot": robot, "bike": bike, "nerve": nerve, "cells": cells, "pain": pain}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("robot", ["Walking with a robot suit"]),  # title and simple explanation
        ("marrow", ["Stem cells in rats"]),  # research summary
        ("night", ["Nerve pain and sleep"]),  # key findings
        ("Neurotrauma", ["Cycling at home"]),  # journal
        ("Regenerative", ["Stem cells in rats"]),  # topic
    ],
)
def test_words_are_found_in_every_searchable_part(client, library, words, expected):
    response = search(client, q=words)
    assert titles(response) == expected
    assert "1 summary found" in response.content.decode()


def test_the_query_stays_in_the_box_and_the_title(client, library):
    soup = BeautifulSoup(search(client, q="robot suit").content, "html.parser")
    assert soup.find("input", id="search-q")["value"] == "robot suit"
    assert "robot suit" in soup.title.get_text()


def test_a_question_falls_back_to_summaries_with_some_of_the_words(client, library):
    response = search(client, q="does a robot help")
    assert titles(response)[0] == "Walking with a robot suit"
    assert "No summary has all of those words" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"category": "sci"},
            {"Walking with a robot suit", "Cycling at home", "Stem cells in rats"},
        ),
        ({"category": "walking"}, {"Walking with a robot suit"}),
        ({"category": "pain"}, {"Nerve pain and sleep"}),
        ({"topic": "rehabilitation"}, {"Walking with a robot suit", "Cycling at home"}),
        ({"topic": "exercise"}, {"Cycling at home"}),
        ({"evidence": "animal_lab"}, {"Stem cells in rats"}),
        ({"year": "2024"}, {"Walking with a robot suit", "Nerve pain and sleep"}),
        ({"year": "2024", "category": "sci"}, {"Walking with a robot suit"}),
        ({"topic": "rehabilitation", "evidence": "case_series"}, {"Cycling at home"}),
        ({"topic": "rehabilitation", "year": "2023", "category": "sci"}, {"Cycling at home"}),
        ({"q": "people", "year": "2024"}, {"Walking with a robot suit", "Nerve pain and sleep"}),
        ({"q": "legs", "evidence": "animal_lab"}, {"Stem cells in rats"}),
        ({"q": "legs", "topic": "exercise", "category": "sci"}, {"Cycling at home"}),
        ({"q": "robot", "category": "pain"}, set()),
    ],
)
def test_filters_alone_and_combined(client, library, params, expected):
    response = search(client, **params)
    assert set(titles(response)) == expected
    assert response.context["results"].paginator.count == len(expected)
    assert not notes(response)


def test_filters_stay_selected_after_searching(client, library):
    soup = BeautifulSoup(
        search(
            client, category="walking", topic="rehabilitation", evidence="rct", year="2024"
        ).content,
        "html.parser",
    )
    selected = {
        select["name"]: select.find("option", selected=True)["value"]
        for select in soup.select(".search-form select")
    }
    assert selected == {
        "category": "walking",
        "topic": "rehabilitation",
        "evidence": "rct",
        "year": "2024",
    }


def test_browsing_with_filters_lists_newest_first(client, library):
    assert titles(search(client, topic="rehabilitation")) == [
        "Cycling at home",
        "Walking with a robot suit",
    ]


def test_nothing_found_suggests_categories_and_topics(client, library):
    response = search(client, q="zebrafish")
    soup = BeautifulSoup(response.content, "html.parser")
    assert "No summaries about “zebrafish” yet." in soup.select_one(".empty-state").get_text()
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".search-suggestions a")}
    assert links["Spinal Cord Injury"] == "/research/sci/"
    assert links["Pain"] == "/research/pain/"
    assert links["Rehabilitation"] == "/research/topics/rehabilitation/"


def test_nothing_found_with_filters_offers_the_search_without_them(client, library):
    soup = BeautifulSoup(search(client, q="robot", category="pain").content, "html.parser")
    link = soup.select_one(".empty-state a")
    assert link.get_text(strip=True) == "searching every summary for “robot”"
    assert link["href"] == "/search/?q=robot"


def test_drafts_and_unpublished_changes_are_never_found(client, library, tree):
    ResearchSummaryPageFactory(parent=tree.category, title="Secret robot draft", live=False)
    live = library["bike"]
    live.title = "Unreviewed cycling change"
    live.save_revision()
    assert titles(search(client, q="secret")) == []
    assert titles(search(client, q="unreviewed")) == []
    assert titles(search(client, q="robot")) == ["Walking with a robot suit"]
    assert "Secret robot draft" not in titles(search(client, category="sci"))


@pytest.mark.parametrize(
    ("params", "note"),
    [
        ({"q": "robot", "year": "abc"}, "“abc” is not a year"),
        ({"q": "robot", "year": "1066"}, "“1066” is not a year"),
        ({"q": "robot", "category": "no-such"}, "no category called “no-such”"),
        ({"q": "robot", "topic": "no-such"}, "no topic called “no-such”"),
        ({"q": "robot", "evidence": "anecdote"}, "“anecdote” is not an evidence level"),
    ],
)
def test_bad_filters_are_ignored_with_a_visible_note(client, library, params, note):
    response = search(client, **params)
    assert note in notes(response)
    assert titles(response) == ["Walking with a robot suit"]


@pytest.mark.parametrize("page", ["x", "0", "-1", "999", "1.5", "%00"])
def test_bad_page_numbers_still_show_results(client, library, page):
    response = search(client, q="people", page=page)
    assert response.context["results"].number == 1
    assert len(titles(response)) == 3


def test_a_huge_query_is_shortened_not_an_error(client, library):
    response = search(client, q="robot " * 2000)
    box = BeautifulSoup(response.content, "html.parser").find("input", id="search-q")
    assert len(box["value"]) <= MAX_QUERY_LENGTH
    assert f"only its first {MAX_QUERY_LENGTH} characters" in notes(response)
    assert titles(response) == ["Walking with a robot suit"]


@pytest.mark.parametrize("query", ['"', "robot*", "(robot", "NEAR(a b)", "50%", "\x00robot", "'"])
def test_query_syntax_characters_are_treated_as_plain_text(client, library, query):
    response = search(client, q=query)
    assert response.context["results"] is not None


def test_pages_of_results_keep_the_query_and_filters(client, tree):
    for number in range(RESULTS_PER_PAGE + 2):
        ResearchSummaryPageFactory(parent=tree.category, title=f"Walking study {number:02d}")
    response = search(client, q="walking", category="sci", page="2")
    assert len(titles(response)) == 2
    soup = BeautifulSoup(response.content, "html.parser")
    previous = soup.select_one(".pagination a[rel=prev]")["href"]
    assert previous == "?q=walking&category=sci&page=1"


def test_an_empty_search_shows_the_form_and_ways_to_browse(client, library):
    response = search(client)
    soup = BeautifulSoup(response.content, "html.parser")
    assert response.context["results"] is None
    assert soup.find("label", attrs={"for": "search-q"})
    assert soup.select(".search-suggestions a")
    assert len(soup.find_all("h1")) == 1


def test_every_page_has_a_search_box_in_the_header(client, tree):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    form = soup.select_one("header form[role=search]")
    assert form["action"] == "/search/" and form["method"] == "get"
    field = form.find("input", attrs={"name": "q"})
    assert soup.find("label", attrs={"for": field["id"]})


def test_every_match_is_listed_once_across_pages_in_the_search_engine_s_order(client, tree):
    best = ResearchSummaryPageFactory(parent=tree.category, title="Walking after injury")
    for number in range(RESULTS_PER_PAGE + 1):
        ResearchSummaryPageFactory(parent=tree.category, title=f"Training study {number:02d}")
    ranked = [summary.title for summary in ResearchSummaryPage.objects.live().search("walking")]
    assert best.title in ranked and len(ranked) == RESULTS_PER_PAGE + 2

    listed = titles(search(client, q="walking")) + titles(search(client, q="walking", page="2"))

    assert listed == ranked
