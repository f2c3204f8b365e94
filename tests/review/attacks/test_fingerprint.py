"""The sign-off's fingerprint cannot be fooled: any change a reader could see changes it,
and only storage details Wagtail regenerates leave it alone."""

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.utils import timezone

from review.fingerprint import fingerprint, rich_text_tokens
from tests.factories import ResearchSummaryPageFactory

pytestmark = pytest.mark.django_db

TEXT_FIELDS = (
    "title",
    "slug",
    "seo_title",
    "search_description",
    "paper_title",
    "paper_authors",
    "journal",
    "doi",
    "simple_explanation",
    "study_duration",
    "participants",
    "study_funding",
    "author_conflicts",
)
# Text a writer could type to smuggle a change past a pattern-based cleaner.
SNEAKY = st.sampled_from(
    [' data-block-key="x"', "  ", "\t", '<p data-block-key="a">', " id=", "&nbsp;", "\u00a0"]
)


@pytest.fixture
def page(tree):
    return ResearchSummaryPageFactory(parent=tree.category, live=False)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(TEXT_FIELDS),
    addition=st.one_of(SNEAKY, st.text(min_size=1, max_size=20)).filter(
        lambda text: text not in ("\r",)
    ),
    where=st.sampled_from(["start", "end"]),
)
def test_any_typed_change_to_a_reader_visible_field_changes_the_fingerprint(
    page, name, addition, where
):
    before = fingerprint(page)
    value = getattr(page, name) or ""
    setattr(page, name, addition + value if where == "start" else value + addition)
    assert fingerprint(page) != before


@pytest.mark.parametrize(
    "change",
    [
        lambda p: setattr(p, "go_live_at", timezone.now() + datetime.timedelta(days=1)),
        lambda p: setattr(p, "expire_at", timezone.now() + datetime.timedelta(days=1)),
        lambda p: setattr(p, "show_in_menus", not p.show_in_menus),
        lambda p: setattr(p, "evidence_level", "case_series"),
        lambda p: setattr(p, "publication_year", 1999),
        lambda p: p.topics.add("Regenerative Medicine"),
        lambda p: setattr(p, "key_findings", [("finding", "Walking speed went down.")]),
        lambda p: setattr(
            p,
            "practical_implications",
            [("implication", {"heading": "Ask your team", "text": "Ask what suits you!"})],
        ),
        lambda p: setattr(p, "study_limitations", []),
        lambda p: setattr(p, "research_summary", p.research_summary.replace("two", "three")),
    ],
    ids=[
        "go-live",
        "expiry",
        "menus",
        "evidence",
        "year",
        "topics",
        "finding",
        "implication",
        "limitations",
        "rich text",
    ],
)
def test_every_other_reader_visible_field_is_covered(page, change):
    before = fingerprint(page)
    change(page)
    assert fingerprint(page) != before


def test_moving_to_another_category_changes_the_fingerprint(tree, page):
    before = fingerprint(page)
    page.move(tree.subcategory, pos="last-child")
    moved = type(page).objects.get(pk=page.pk)
    assert fingerprint(moved) != before


def test_what_wagtail_regenerates_on_a_resave_is_not_reader_content(page):
    before = fingerprint(page)
    page.research_summary = page.research_summary.replace("<p>", '<p data-block-key="k9x2">')
    page.key_findings = [("finding", "Walking speed went up.")]  # new block ids
    page.simple_explanation = page.simple_explanation.replace("\n", "\r\n")
    assert fingerprint(page) == before


def test_text_that_looks_like_storage_markup_is_kept():
    typed = "<p>Use the code data-block-key=&quot;x&quot; at the desk.</p>"
    plain = "<p>Use the code at the desk.</p>"
    assert rich_text_tokens(typed) != rich_text_tokens(plain)
    assert rich_text_tokens("<p>a  b</p>") != rich_text_tokens("<p>a b</p>")
