"""What readers get marked up as a definition on a summary, and where they never do.

Most rules are checked on the markup itself with a glossary built in memory (no
database); the last tests render real summary pages."""

import pytest
from bs4 import BeautifulSoup

from django.utils.text import slugify

from glossary.markup import mark_up_section, slugs_used
from glossary.reader_glossary import Entry, ReaderGlossary
from readability.core.terms import TermIndex, parse_terms
from tests.factories import ResearchSummaryPageFactory
from tests.glossary.factories import draft_term, live_term
from tests.glossary.readers import glossary_page

TERMS = [
    {"term": "autonomic dysreflexia", "definition": "A sudden, risky rise in blood pressure."},
    {"term": "spinal cord", "definition": "The bundle of nerves inside the backbone."},
    {"term": "spinal cord injury", "definition": "Damage to the spinal cord."},
    {"term": "follow up", "definition": "Checking on people after a study ends."},
    {"term": "inflammatory", "definition": "Causing swelling."},
    {"term": "paraplegia", "definition": "Loss of movement in the legs."},
    {
        "term": "MSC",
        "forms": ["MSCs"],
        "kind": "abbreviation",
        "expansion": "mesenchymal stem cell",
        "definition": "A kind of cell that can grow into other kinds.",
    },
    {
        "term": "SCI",
        "kind": "abbreviation",
        "expansion": "spinal cord injury",
        "definition": "Damage to the spinal cord.",
    },
]


def glossary_of(terms, page_url="/glossary/") -> ReaderGlossary:
    index = TermIndex()
    entries = {}
    for data in terms:
        (term,) = parse_terms([data])
        index.add(term)
        entries[term.term] = Entry(
            term=term.term,
            slug=slugify(term.term),
            kind=term.kind,
            definition=data["definition"],
            expansion=data.get("expansion", ""),
        )
    return ReaderGlossary(version="test", index=index, entries=entries, page_url=page_url)


GLOSSARY = glossary_of(TERMS)


def marked(html: str, glossary: ReaderGlossary = GLOSSARY) -> list[tuple[str, str]]:
    """(text as the reader sees it, link) of each marked-up term, in order."""
    soup = BeautifulSoup(mark_up_section(html, glossary, "glossary-test"), "html.parser")
    return [
        (wrapper.a.get_text(), wrapper.a["href"]) for wrapper in soup.select("[data-glossary-term]")
    ]


def test_a_term_is_marked_as_a_link_to_its_entry_with_its_definition_hidden_beside_it():
    html = mark_up_section("<p>Some had autonomic dysreflexia.</p>", GLOSSARY, "glossary-x")
    soup = BeautifulSoup(html, "html.parser")
    link = soup.select_one(".glossary-term__link")
    panel = soup.select_one(".glossary-term__panel")
    assert link.get_text() == "autonomic dysreflexia"
    assert link["href"] == "/glossary/#autonomic-dysreflexia"
    assert panel.has_attr("hidden") and panel["id"] == "glossary-x-1"
    assert "A sudden, risky rise in blood pressure." in panel.get_text()
    assert panel.select_one(".glossary-term__more")["href"] == "/glossary/#autonomic-dysreflexia"
    assert soup.get_text().startswith("Some had autonomic dysreflexia")


def test_words_match_whole_not_inside_longer_words():
    assert marked("<p>Paraplegia is named. So is quadriparaplegia and paraplegias.</p>") == [
        ("Paraplegia", "/glossary/#paraplegia")
    ]


def test_abbreviations_match_only_in_their_exact_capitals_and_show_their_expansion():
    html = "<p>Sci fiction, sci and Sci are not it.</p><p>People with SCI took part.</p>"
    result = mark_up_section(html, GLOSSARY, "g")
    soup = BeautifulSoup(result, "html.parser")
    (wrapper,) = soup.select("[data-glossary-term]")
    assert wrapper.abbr.get_text() == "SCI"
    assert wrapper.abbr["title"] == "spinal cord injury"
    assert "SCI: spinal cord injury" in wrapper.select_one(".glossary-term__heading").get_text()


def test_other_forms_match_and_link_to_the_term_they_belong_to():
    assert marked("<p>The team grew MSCs.</p>") == [("MSCs", "/glossary/#msc")]


def test_hyphenated_words_match_the_term_but_a_part_of_one_does_not():
    assert marked("<p>The follow-up lasted a year.</p>") == [("follow-up", "/glossary/#follow-up")]
    assert marked("<p>They took an anti-inflammatory drug.</p>") == []


def test_the_longest_term_wins():
    assert marked("<p>A spinal cord injury changes life.</p>") == [
        ("spinal cord injury", "/glossary/#spinal-cord-injury")
    ]


def test_only_the_first_use_in_a_section_is_marked_whatever_its_form():
    html = "<p>MSCs were given.</p><ol><li>MSC numbers rose.</li><li>MSCs stayed.</li></ol>"
    assert marked(html) == [("MSCs", "/glossary/#msc")]


def test_each_titled_part_marks_its_own_first_use():
    # Two sections are two calls; a heading inside one starts another titled part.
    assert marked("<p>SCI is common.</p>") == marked("<p>SCI again.</p>") != []
    html = "<h3>First</h3><p>SCI here.</p><h3>Second</h3><p>SCI again, SCI.</p>"
    assert [text for text, _ in marked(html)] == ["SCI", "SCI"]


@pytest.mark.parametrize(
    "html",
    [
        '<p><a href="/x/">SCI</a> in a link.</p>',
        "<h2>SCI in a heading</h2>",
        "<h3>Living with paraplegia</h3>",
        '<p><abbr title="spinal cord injury">SCI</abbr> as the writer wrote it.</p>',
        "<p><code>SCI</code> as code.</p>",
        "<p><cite>Paraplegia after SCI: a study</cite></p>",
        '<p><img alt="SCI and paraplegia" src="/x.png"> an image.</p>',
        '<p title="autonomic dysreflexia">Only the attribute has it.</p>',
    ],
)
def test_never_inside_links_headings_abbreviations_code_citations_or_attributes(html):
    assert marked(html) == []
    assert mark_up_section(html, GLOSSARY, "g") == html


def test_text_already_marked_is_never_marked_again_nor_inside_another_term():
    once = mark_up_section("<p>People with SCI and paraplegia.</p>", GLOSSARY, "g")
    assert mark_up_section(once, GLOSSARY, "h") == once
    # The definition panel mentions "spinal cord": it is not marked inside the term.
    assert once.count("data-glossary-term") == 2


def test_hostile_definitions_expansions_and_terms_are_shown_as_text():
    hostile = glossary_of(
        [
            {
                "term": "XSS",
                "kind": "abbreviation",
                "expansion": '" onmouseover="alert(1)',
                "definition": "<script>alert(1)</script><img src=x onerror=alert(2)>",
            }
        ]
    )
    html = mark_up_section("<p>XSS here.</p>", hostile, "g")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and soup.find("img") is None
    assert soup.abbr["title"] == '" onmouseover="alert(1)'
    assert not soup.abbr.has_attr("onmouseover")
    definition = soup.select_one(".glossary-term__definition").get_text()
    assert definition == "<script>alert(1)</script><img src=x onerror=alert(2)>"
    assert "&lt;script&gt;" in html


def test_escaped_text_on_the_page_stays_escaped():
    html = "<p>SCI and &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>"
    result = mark_up_section(html, GLOSSARY, "g")
    assert "<script>" not in result
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more." in result


def test_without_a_glossary_page_to_link_to_nothing_is_marked():
    assert marked("<p>SCI.</p>", glossary_of(TERMS, page_url=None)) == []


def test_what_counts_as_used_is_what_is_marked():
    html = '<p>SCI, <a href="/">paraplegia</a>.</p><h2>MSC</h2><p>spinal cord injury</p>'
    assert slugs_used(html, GLOSSARY) == {"sci", "spinal-cord-injury"}


# On real summary pages -------------------------------------------------------------


def test_a_summary_marks_its_sections_but_never_its_title_facts_citation_or_draft_terms(
    client, tree, django_capture_on_commit_callbacks
):
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        title="Walk again",
        paper_title="Walking after injury",
        simple_explanation="People trained to walk. Most of them walked a bit faster.",
        participants="25 adults who walk with help",
        key_findings=[("finding", "Walking speed went up.")],
        research_summary="<p>The team compared two kinds of training.</p>",
    )
    # The terms are published after the summary: it shows them without being republished.
    with django_capture_on_commit_callbacks(execute=True):
        glossary_page(tree.home)
        live_term(term="walk", definition="To move on foot.", other_forms="walked\nwalking")
        draft_term(term="team", slug="team", definition="A draft readers must not see.")
    soup = BeautifulSoup(client.get(summary.url).content, "html.parser")
    terms = soup.select("[data-glossary-term]")
    assert [term.a.get_text() for term in terms] == ["walk", "Walking"]
    assert terms[0].find_parent("section")["aria-labelledby"] == "simple-explanation"
    assert terms[1].find_parent("section")["aria-labelledby"] == "key-findings"
    for unmarked in (soup.h1, soup.select_one(".study-facts"), soup.select_one("title")):
        assert unmarked.select("[data-glossary-term]") == []
    assert "A draft readers must not see." not in str(soup)
    # The disclosure's script and style come from the site itself (the CSP allows no
    # inline script).
    assert soup.select_one('script[src$="js/glossary.js"]') is not None
