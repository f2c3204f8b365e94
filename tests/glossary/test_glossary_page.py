"""The glossary page (/glossary/): every live term A to Z with its anchor, and the
published summaries that use it."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from glossary.models import GlossaryPage
from home.models import HomePage
from home.seeding import SeedLog, seed_glossary_page
from tests.factories import ResearchSummaryPageFactory
from tests.glossary.factories import draft_term, live_term
from tests.glossary.readers import glossary_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(django_capture_on_commit_callbacks):
    """`with published():` changes whose effects readers see once committed."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def read(client, url="/glossary/") -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_terms_are_listed_a_to_z_under_their_letters_with_a_letter_index(client, tree, published):
    with published():
        glossary_page(tree.home)
        for name in ("spasticity", "Bladder", "autonomic dysreflexia", "3D printing", "aspirin"):
            live_term(term=name, definition="A word used in this test.")
    soup = read(client)
    groups = soup.select("section.glossary__group")
    assert [group.h2.get_text() for group in groups] == ["A", "B", "S", "#"]
    assert [dfn.get_text() for dfn in groups[0].select("dfn")] == [
        "aspirin",
        "autonomic dysreflexia",
    ]
    index = soup.select_one("nav.glossary__letters")
    linked = {a.get_text(): a["href"] for a in index.select("a")}
    assert linked == {"A": "#letter-a", "B": "#letter-b", "S": "#letter-s", "#": "#letter-other"}
    # A letter with no terms is shown, not linked.
    empty = [span.get_text() for span in index.select(".glossary__letter--empty")]
    assert "No terms under C" in empty
    for anchor in linked.values():
        assert soup.select_one(anchor) is not None


def test_each_entry_has_its_anchor_definition_expansion_forms_and_live_see_also(
    client, tree, published
):
    with published():
        glossary_page(tree.home)
        spinal = live_term(term="spinal cord", definition="The nerves inside the backbone.")
        hidden = draft_term(term="nerve", slug="nerve", definition="Not approved yet.")
        live_term(
            term="MSC",
            kind="abbreviation",
            expansion="mesenchymal stem cell",
            other_forms="MSCs\nmesenchymal stem cells",
            definition="A cell that can grow into other kinds of cell.",
            see_also=[spinal, hidden],
        )
    entry = read(client).select_one("#msc")
    assert entry.dt.get_text() == "MSC: mesenchymal stem cell"
    assert "A cell that can grow into other kinds of cell." in entry.dd.get_text()
    assert "Also written: MSCs, mesenchymal stem cells" in entry.dd.get_text()
    see_also = [(a.get_text(), a["href"]) for a in entry.select("a")]
    assert see_also == [("spinal cord", "#spinal-cord")]


def test_only_live_terms_are_shown(client, tree, published):
    with published():
        glossary_page(tree.home)
        draft_term(term="draftword", slug="draftword", definition="A draft readers must not see.")
        gone = live_term(term="goneword", definition="Unpublished since.")
        live_term(term="liveword", definition="Shown.")
    with published():
        gone.unpublish()
    html = str(read(client))
    assert "liveword" in html
    assert "draftword" not in html and "A draft readers must not see." not in html
    assert "goneword" not in html


def test_each_term_lists_the_published_public_summaries_that_use_it(client, tree, published):
    with published():
        uses = ResearchSummaryPageFactory(
            parent=tree.category, title="Walking study", simple_explanation="They walk more."
        )
        ResearchSummaryPageFactory(
            parent=tree.category, title="Other study", simple_explanation="They sleep more."
        )
        private = ResearchSummaryPageFactory(
            parent=tree.subcategory, title="Private study", simple_explanation="They walk."
        )
        later = ResearchSummaryPageFactory(
            parent=tree.category, title="Unpublished study", simple_explanation="They walk."
        )
        glossary_page(tree.home)
        live_term(term="walk", definition="To move on foot.")
    PageViewRestriction.objects.create(
        page=tree.subcategory, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    with published():
        later.unpublish()
    entry = read(client).select_one("#walk")
    assert [(a.get_text(), a["href"]) for a in entry.select(".glossary__pages a")] == [
        ("Walking study", uses.url)
    ]
    assert private.live  # live, but readers cannot see it: not listed


def test_a_summary_published_later_is_listed_under_the_terms_it_uses(client, tree, published):
    with published():
        glossary_page(tree.home)
        live_term(term="walk", definition="To move on foot.")
    assert read(client).select_one("#walk .glossary__pages") is None
    with published():
        # In the research summary, where the page explains the glossary's terms itself.
        ResearchSummaryPageFactory(
            parent=tree.category,
            title="New study",
            simple_explanation="People trained more.",
            research_summary="<p>They walk more.</p>",
        )
    assert [a.get_text() for a in read(client).select("#walk .glossary__pages a")] == ["New study"]


def test_with_no_terms_the_page_says_so(client, tree, published):
    with published():
        glossary_page(tree.home)
    assert "The glossary has no terms yet." in read(client).get_text()


class TestPageType(WagtailPageTestCase):
    def test_it_lives_only_under_the_home_page_and_has_no_children(self):
        self.assertAllowedParentPageTypes(GlossaryPage, {HomePage})
        self.assertAllowedSubpageTypes(GlossaryPage, {})
        self.assertCanCreateAt(HomePage, GlossaryPage)
        assert GlossaryPage.max_count == 1


def test_the_seed_creates_it_once_and_it_is_in_the_footer_links(client, tree):
    log = SeedLog()
    first = seed_glossary_page(tree.home, log)
    again = seed_glossary_page(tree.home, log)
    assert first.pk == again.pk and GlossaryPage.objects.count() == 1
    assert first.live and first.url == "/glossary/"
    footer = read(client, "/").select_one("footer")
    assert ("Glossary", "/glossary/") in [(a.get_text(), a["href"]) for a in footer.select("a")]
