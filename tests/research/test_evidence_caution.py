"""What a reader is told, before the findings, about how far the evidence goes."""

import pytest
from bs4 import BeautifulSoup

from research.evidence import EvidenceLevel
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db


def caution_on_page(client, tree, level):
    page = ResearchSummaryPageFactory(parent=tree.category, evidence_level=level)
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    notice = html.select_one(".evidence-caution")
    facts = html.select_one(".study-facts").get_text(" ", strip=True)
    return (notice.get_text(" ", strip=True) if notice else None), facts


def test_readers_of_an_animal_study_are_told_results_often_do_not_carry_over(client, tree):
    notice, _ = caution_on_page(client, tree, EvidenceLevel.ANIMAL_LAB)
    assert notice.startswith("A study in animals or cells.")
    assert "often do not carry over to people" in notice


@pytest.mark.parametrize(
    "level",
    [
        EvidenceLevel.RCT,
        EvidenceLevel.CONTROLLED_STUDY,
        EvidenceLevel.CROSS_SECTIONAL,
        EvidenceLevel.CASE_SERIES,
        EvidenceLevel.QUALITATIVE,
    ],
)
def test_readers_of_a_single_study_see_what_its_evidence_level_means(client, tree, level):
    from research.evidence import describe_evidence

    notice, facts = caution_on_page(client, tree, level)
    explanation = describe_evidence(level).explanation
    assert notice.startswith("One study.")
    assert explanation in notice
    assert "rarely settles a question" in notice
    # Said once on the page: the study facts keep the level and its strength only.
    assert explanation not in facts
    assert describe_evidence(level).strength in facts


@pytest.mark.parametrize(
    "level",
    [
        EvidenceLevel.SYSTEMATIC_REVIEW,
        EvidenceLevel.NARRATIVE_REVIEW,
        EvidenceLevel.EXPERT_OPINION,
    ],
)
def test_reviews_and_guidelines_carry_no_single_study_notice(client, tree, level):
    from research.evidence import describe_evidence

    notice, facts = caution_on_page(client, tree, level)
    assert notice is None
    assert describe_evidence(level).explanation in facts
