"""The site search shows the glossary entries a reader's words name, above the summaries."""

import pytest
from bs4 import BeautifulSoup

from tests.glossary.factories import draft_term, live_term
from tests.glossary.readers import glossary_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def glossary(tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        glossary_page(tree.home)
        live_term(
            term="autonomic dysreflexia",
            definition="A sudden rise in blood pressure <b>after</b> an injury high in the back.",
        )
        live_term(
            term="MSC",
            kind="abbreviation",
            expansion="mesenchymal stem cell",
            other_forms="MSCs",
            definition="A kind of cell that can grow into other kinds.",
        )
        draft_term(term="neuroplasticity", slug="neuroplasticity", definition="Not approved.")
    return tree


def glossary_group(client, query) -> list[tuple[str, str]]:
    soup = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    group = soup.select_one("section.glossary-results")
    if group is None:
        return []
    assert group.h2.get_text() == "In the glossary"
    return [(a.get_text(), a["href"]) for a in group.select("a")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("autonomic dysreflexia", [("autonomic dysreflexia", "/glossary/#autonomic-dysreflexia")]),
        ("dysreflexia", [("autonomic dysreflexia", "/glossary/#autonomic-dysreflexia")]),
        ("stem cells from MSCs", [("MSC", "/glossary/#msc")]),
        ("mesenchymal stem cell", [("MSC", "/glossary/#msc")]),
        ("walking", []),
        ("msc", []),  # an abbreviation is found in its own capitals, as on the page
        ("neuroplasticity", []),  # a draft term is never shown
    ],
)
def test_search_lists_the_glossary_entries_the_words_name(client, glossary, query, expected):
    assert glossary_group(client, query) == expected


def test_a_definition_is_shown_as_text(client, glossary):
    response = client.get("/search/", {"q": "dysreflexia"})
    assert b"&lt;b&gt;after&lt;/b&gt;" in response.content


def test_without_a_glossary_page_there_is_no_glossary_group(
    client, tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        live_term(term="autonomic dysreflexia", definition="A sudden rise in blood pressure.")
    assert glossary_group(client, "dysreflexia") == []
