import re

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from tests.conftest import build_tree
from tests.factories import ResearchSummaryPageFactory, publish_signed_off

pytestmark = pytest.mark.django_db

READING_ORDER = [
    "Simple explanation",
    "Study duration",
    "Participants",
    "Evidence level",
    "Key findings",
    "Research summary",
    "Practical implications",
    "Study limitations",
    "Back to Spinal Cord Injury",
]


def rendered(client, page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_summary_shows_every_section_in_the_reference_reading_order(client, tree):
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        title="Stem cells after spinal cord injury",
        key_findings=[("finding", "First finding."), ("finding", "Second finding.")],
        study_limitations=[("limitation", "Few people."), ("limitation", "No control group.")],
    )
    text = rendered(client, summary).main.get_text(" ", strip=True)

    positions = [text.find(label) for label in READING_ORDER]
    assert -1 not in positions, dict(zip(READING_ORDER, positions, strict=True))
    assert positions == sorted(positions)
    assert text.index("Stem cells after spinal cord injury") < positions[0]


def test_citation_line_has_journal_year_doi_link_and_published_date(client, tree):
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        journal="Brain and Spine",
        publication_year=2025,
        doi="10.1016/j.bas.2025.104207",
    )
    soup = rendered(client, summary)
    citation = soup.select_one(".summary__citation")
    line = re.sub(r"\s+", " ", citation.get_text(" ", strip=True))
    assert line.startswith("Brain and Spine, 2025 · DOI: 10.1016/j.bas.2025.104207")
    # Our publishing date, worded so that it cannot be read as the paper's.
    assert "Summary published" in line
    link = citation.find("a")
    assert link["href"] == "https://doi.org/10.1016/j.bas.2025.104207"


def test_findings_and_limitations_are_numbered_lists(client, tree):
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        key_findings=[("finding", "One."), ("finding", "Two."), ("finding", "Three.")],
    )
    soup = rendered(client, summary)
    findings = soup.find(id="key-findings").find_parent("section").find("ol")
    assert [li.get_text(strip=True) for li in findings.find_all("li")] == ["One.", "Two.", "Three."]
    limitations = soup.find(id="study-limitations").find_parent("section").find("ol")
    assert limitations.find_all("li")


def test_evidence_level_is_explained_in_plain_words(client, tree):
    summary = ResearchSummaryPageFactory(parent=tree.category, evidence_level="animal_lab")
    page = rendered(client, summary)
    facts = page.select_one(".study-facts").get_text(" ", strip=True)
    assert "Animal or laboratory study" in facts and "Early stage" in facts
    # What it means is said once, before the findings (tests/research/test_evidence_caution.py).
    assert "often do not carry over to people" in page.select_one(".evidence-caution").get_text()


def test_breadcrumbs_lead_home_research_category_title_with_current_page(client, tree):
    summary = ResearchSummaryPageFactory(parent=tree.subcategory, title="Exoskeleton trial")
    crumbs = rendered(client, summary).select("nav[aria-label=Breadcrumb] li a")
    assert [a.get_text(strip=True) for a in crumbs] == [
        "Home",
        "Research",
        "Spinal Cord Injury",
        "Walking",
        "Exoskeleton trial",
    ]
    assert crumbs[-1]["aria-current"] == "page"
    assert all(not a.has_attr("aria-current") for a in crumbs[:-1])


def test_category_and_topic_tags_link_to_their_listings(client, tree):
    summary = ResearchSummaryPageFactory(parent=tree.category)
    summary.topics.add("Regenerative Medicine")
    publish_signed_off(summary)  # topics are reviewed too
    tags = rendered(client, summary).select(".tags a")
    assert [(a.get_text(strip=True), a["href"]) for a in tags] == [
        ("Spinal Cord Injury", tree.category.url),
        ("Regenerative Medicine", "/research/topics/regenerative-medicine/"),
    ]


def test_page_has_one_h1_a_skip_link_and_landmarks(client, summary):
    soup = rendered(client, summary)
    assert len(soup.find_all("h1")) == 1
    skip = soup.find("a", class_="skip-link")
    assert skip["href"] == "#main" and soup.find("main", id="main")
    assert (
        soup.find("header")
        and soup.find("footer")
        and soup.find("nav", attrs={"aria-label": "Main"})
    )
    assert soup.html["lang"] == "en"


class TestSummaryPageServing(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_tree()
        cls.summary = ResearchSummaryPageFactory(parent=tree.category)

    def test_summary_page_is_routable_and_renderable(self):
        self.assertPageIsRoutable(self.summary)
        self.assertPageIsRenderable(self.summary)


@pytest.mark.parametrize("restricted", ["index", "category", "subcategory"])
def test_a_summary_in_a_private_section_stays_private(client, tree, restricted):
    """The summary checks the private sections above it from the ancestors it fetched
    once (ResearchSummaryPage.get_view_restrictions): whichever ancestor is private, a
    reader without the password gets the password form, never the summary."""
    summary = ResearchSummaryPageFactory(
        parent=tree.subcategory, simple_explanation="Only for the password holders."
    )
    section = {"index": tree.research, "category": tree.category, "subcategory": tree.subcategory}
    PageViewRestriction.objects.create(
        page=section[restricted], restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    response = client.get(summary.url)
    assert b"Only for the password holders." not in response.content
    assert b'name="password"' in response.content
