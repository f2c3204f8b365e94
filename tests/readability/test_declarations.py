"""The checks read a summary's stream fields as readers get them: the HTML of the blocks'
own templates, the same rendering the summary page serves."""

import pytest

from readability.assessment import assess
from readability.declarations import field_texts
from research.models import ResearchSummaryPage
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db

STREAM_FIELDS = ("key_findings", "practical_implications", "study_limitations")


def checked_html(page) -> dict[str, str]:
    return {item.field.name: item.text for item in field_texts(page)}


def served_html(client, page) -> str:
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def summary(tree):
    return ResearchSummaryPageFactory(
        parent=tree.category,
        key_findings=[("finding", "Walking got faster."), ("finding", "Pain & fatigue eased.")],
        practical_implications=[
            ("implication", {"heading": "Ask your team", "text": "Ask what suits you."}),
            ("implication", {"heading": "Keep going", "text": "Training <daily> helped most."}),
        ],
        study_limitations=[("limitation", "Only 25 people."), ("limitation", "No control group.")],
    )


def test_the_checks_judge_the_html_the_summary_page_serves(client, summary):
    page_html = served_html(client, summary)
    checked = checked_html(summary)
    for name in STREAM_FIELDS:
        assert checked[name] and checked[name] in page_html, name


def test_a_block_template_change_reaches_readers_and_the_checks_alike(
    client, summary, settings, tmp_path
):
    """Shadow the implication block's template with one a level lower: if either the page
    or the checks built the HTML by hand, only one of them would follow."""
    block = ResearchSummaryPage._meta.get_field("practical_implications").stream_block
    template_name = block.child_blocks["implication"].meta.template
    assert template_name, "the implication block should render itself from a template"
    shadow = tmp_path / template_name
    shadow.parent.mkdir(parents=True)
    shadow.write_text("<h4>{{ value.heading }}</h4>\n<p>{{ value.text }}</p>\n")
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path, *engine["DIRS"]]}]

    page_html = served_html(client, summary)
    implications = checked_html(summary)["practical_implications"]
    for html in (page_html, implications):
        assert "<h4>Ask your team</h4>" in html
        assert "<h3>Ask your team</h3>" not in html
    assert implications in page_html


def test_each_stream_item_is_its_own_sentence_for_the_checks(tree):
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        live=False,
        key_findings=[("finding", "Walking got faster"), ("finding", "Pain went down")],
    )
    sentences = assess(summary).reports["key_findings"].sentences
    assert [sentence.text for sentence in sentences] == ["Walking got faster", "Pain went down"]
