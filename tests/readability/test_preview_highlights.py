"""The editor's "Hard sentences marked" preview: hard sentences and unexplained terms are
marked where they stand in the rendered page, with their reason in words."""

import re
from html.parser import HTMLParser

import pytest

from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory

from readability.preview import MARKED_MODE
from readability.preview_marks import VOID
from tests.admin_forms import summary_form_data_from
from tests.conftest import HARD_TEXT, PLAIN_TEXT

pytestmark = pytest.mark.django_db


class _Marked(HTMLParser):
    """The text inside each mark of one kind (one piece per mark element), without the
    reasons in words beside the marks (the tags) or hidden text (a glossary term's closed
    definition), as a reader's browser shows it."""

    def __init__(self, kind):
        super().__init__()
        self.kind, self.depth, self.pieces = f"pl-mark--{kind}", 0, []
        self.open: list[tuple[str, bool]] = []  # (tag, not shown)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        classes = values.get("class") or ""
        if tag == "mark" and self.kind in classes:
            self.depth += 1
            self.pieces.append("")
        elif tag == "mark" and self.depth:
            self.depth += 1
        if tag not in VOID:
            self.open.append((tag, "hidden" in values or "pl-tag" in classes))

    def handle_endtag(self, tag):
        if tag == "mark" and self.depth:
            self.depth -= 1
        names = [name for name, _ in self.open]
        if tag in names:
            del self.open[len(names) - 1 - names[::-1].index(tag) :]

    def handle_data(self, data):
        if self.depth and not any(unshown for _, unshown in self.open):
            self.pieces[-1] += data


class _MarkNesting(HTMLParser):
    """Whether every mark is closed inside the element it was opened in, which term marks
    are inside a sentence mark, and how many links are inside another link."""

    def __init__(self):
        super().__init__()
        self.stack, self.well_formed, self.terms_in_sentences, self.terms = [], True, 0, 0
        self.links_in_links = 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.links_in_links += tag == "a" and any(name == "a" for name, _ in self.stack)
        classes = (dict(attrs).get("class") or "").split()
        if "pl-mark--term" in classes:
            self.terms += 1
            self.terms_in_sentences += ("mark", True) in self.stack
        self.stack.append((tag, "pl-mark--sentence" in classes))

    def handle_endtag(self, tag):
        names = [name for name, _ in self.stack]
        if tag not in names:
            return
        at = len(names) - 1 - names[::-1].index(tag)
        # An element closed while a mark opened inside it is still open: the browser
        # would cut the mark in two (or more) pieces.
        if any(name == "mark" for name in names[at + 1 :]):
            self.well_formed = False
        del self.stack[at:]


def marked(html, kind="sentence") -> list[str]:
    parser = _Marked(kind)
    parser.feed(html)
    return parser.pieces


def mark_nesting(html) -> _MarkNesting:
    parser = _MarkNesting()
    parser.feed(html)
    return parser


def marked_text(html) -> str:
    """The text of the hard sentences marked, whitespace collapsed."""
    return " ".join("".join(marked(html)).split())


def preview(page, mode=MARKED_MODE) -> str:
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    request.session = SessionStore()
    # What Wagtail's preview view sets before it asks the page to serve its preview.
    request.is_preview = True
    request.preview_mode = mode
    response = page.serve_preview(request, mode)
    assert response.status_code == 200
    if hasattr(response, "render"):
        response.render()
    return response.content.decode()


def test_the_editor_offers_the_marked_mode_beside_the_page(summary):
    assert (MARKED_MODE, "Hard sentences marked") in summary.preview_modes
    assert summary.default_preview_mode == ""


def test_a_hard_sentence_is_marked_in_place_with_its_reason(summary):
    summary.simple_explanation = f"{PLAIN_TEXT} {HARD_TEXT}"
    html = preview(summary)

    hard = marked_text(html)
    assert "Allogeneic mesenchymal stromal cell transplantation demonstrated" in hard
    assert "walking program" not in hard
    # The reason in words beside the mark, not only a colour.
    assert re.search(r'class="pl-tag pl-tag--sentence" href="#pl-note-1">1 hard: [a-z]', html)
    # The legend says why and links to the field in the editor.
    legend = html[html.index('class="pl-legend"') :]
    assert 'id="pl-note-1"' in legend
    assert "Simple explanation" in legend
    assert (
        f"/admin/pages/{summary.pk}/edit/?field=simple_explanation"
        "#panel-child-content-simple_explanation-section" in legend
    )
    assert 'data-field="simple_explanation"' in legend
    assert "Edit this field" in legend


def test_a_sentence_with_terms_in_it_is_one_mark_with_the_terms_inside(summary):
    """One continuous highlight per hard sentence: not broken into pieces around each
    unexplained term (nor around the reason in words that follows the term)."""
    summary.simple_explanation = f"{PLAIN_TEXT} {HARD_TEXT}"
    html = preview(summary)

    assert [" ".join(piece.split()) for piece in marked(html)] == [HARD_TEXT]
    nesting = mark_nesting(html)
    assert nesting.well_formed
    assert nesting.terms >= 3
    assert nesting.terms_in_sentences == nesting.terms
    # Each term's number and reason still follow it, inside the sentence's highlight.
    section = html[html.index('aria-labelledby="simple-explanation"') :]
    sentence = section[section.index("pl-mark--sentence") : section.index("pl-tag--sentence")]
    assert re.search(r'pl-tag--term" href="#pl-note-\d+">\d+ term: ', sentence)


def test_a_sentence_holding_a_glossary_term_is_one_mark_around_its_markup(tree, summary):
    from tests.glossary.factories import live_term
    from tests.glossary.readers import glossary_page

    glossary_page(tree.home)
    live_term(term="mesenchymal stromal cell", definition="A kind of cell from bone marrow.")
    # Explained by the glossary in the research summary; in the simple explanation, read on
    # its own, the same term is also marked as unexplained, inside the glossary's link.
    summary.simple_explanation = f"{PLAIN_TEXT} {HARD_TEXT}"
    summary.research_summary = f"<p>{PLAIN_TEXT}</p><p>{HARD_TEXT}</p>"
    html = preview(summary)

    for section_id in ("simple-explanation", "research-summary"):
        section = html[html.index(f'aria-labelledby="{section_id}"') :]
        section = section[: section.index("</section>")]
        assert "glossary-term__link" in section  # the reader's definition is on the page
        assert [" ".join(piece.split()) for piece in marked(section)] == [HARD_TEXT]
    nesting = mark_nesting(html)
    assert nesting.well_formed
    assert nesting.terms_in_sentences == nesting.terms
    # The term's reason (a link) follows the glossary's link, never inside it.
    assert nesting.links_in_links == 0
    assert re.search(r'mesenchymal stromal cell</mark></a><a class="pl-tag pl-tag--term"', html)


def test_a_sentence_across_an_element_edge_is_marked_whole_in_well_formed_pieces(summary):
    """A sentence that starts inside bold text and ends outside it cannot be one element;
    its pieces together are the whole sentence, and the page stays well formed."""
    start, rest = HARD_TEXT.split(" transplantation ")
    summary.research_summary = (
        f"<p><strong>{PLAIN_TEXT} {start}</strong> transplantation {rest}</p>"
    )
    html = preview(summary)

    section = html[html.index('aria-labelledby="research-summary"') :]
    assert " ".join("".join(marked(section)).split()) == HARD_TEXT
    assert mark_nesting(html).well_formed


def test_an_unexplained_term_is_marked(summary):
    summary.simple_explanation = f"{PLAIN_TEXT} {HARD_TEXT}"
    html = preview(summary)

    terms = [term.strip() for term in marked(html, "term")]
    assert terms, "no unexplained term marked"
    assert any(term.lower() in HARD_TEXT.lower() for term in terms)
    assert re.search(r'class="pl-tag pl-tag--term" href="#pl-note-\d+">\d+ term: ', html)
    assert "Unexplained term" in html


def test_the_marks_vanish_once_the_draft_is_fixed(summary):
    summary.simple_explanation = f"{PLAIN_TEXT} {HARD_TEXT}"
    assert marked(preview(summary))

    summary.simple_explanation = PLAIN_TEXT
    html = preview(summary)
    assert "pl-mark" not in html
    assert "pl-tag" not in html
    assert "Nothing to mark" in html


def test_hard_sentences_in_a_rich_text_field_are_marked(summary):
    summary.research_summary = f"<p>{PLAIN_TEXT}</p><p>{HARD_TEXT}</p>"
    html = preview(summary)

    hard = marked_text(html)
    assert "across multicentre investigations." in hard
    assert "walking program" not in hard
    assert "#panel-child-content-research_summary-section" in html


def test_hostile_text_is_shown_as_text(summary):
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    summary.simple_explanation = f"{PLAIN_TEXT} {hostile} {HARD_TEXT}"
    html = preview(summary)

    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    # The hard sentence holding it is quoted in the legend, as text.
    legend = html[html.index('class="pl-legend"') :]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in legend
    assert marked(html)
    # Our script is a file: the site's CSP forbids inline script.
    assert 'src="/static/readability/preview_marks.js"' in html


def test_the_page_mode_has_no_marks(summary):
    summary.simple_explanation = f"{PLAIN_TEXT} {HARD_TEXT}"
    html = preview(summary, "")
    assert "pl-mark" not in html
    assert "pl-legend" not in html
    assert "Allogeneic mesenchymal" in html


def test_the_editors_preview_marks_the_typed_draft_and_not_once_it_is_fixed(summary, admin_client):
    """Through Wagtail's preview view, as the editor's Preview panel uses it: the typed
    (unsaved) draft is marked, and the marks go when the writer fixes the text."""
    url = f"/admin/pages/{summary.pk}/edit/preview/"
    hard = summary_form_data_from(summary, simple_explanation=f"{PLAIN_TEXT} {HARD_TEXT}")
    assert admin_client.post(url, hard).json()["is_valid"]

    html = admin_client.get(url, {"mode": MARKED_MODE}).content.decode()
    assert "Allogeneic mesenchymal stromal cell" in marked_text(html)
    assert marked(html, "term")
    assert "pl-mark" not in admin_client.get(url, {"mode": ""}).content.decode()

    fixed = summary_form_data_from(summary, simple_explanation=PLAIN_TEXT)
    assert admin_client.post(url, fixed).json()["is_valid"]
    html = admin_client.get(url, {"mode": MARKED_MODE}).content.decode()
    assert "pl-mark" not in html
    assert "Nothing to mark" in html


def test_a_page_not_saved_yet_is_marked_and_its_links_stay_in_the_editor(tree):
    from tests.factories import ResearchSummaryPageFactory

    draft = ResearchSummaryPageFactory.build(
        title="New summary", simple_explanation=f"{PLAIN_TEXT} {HARD_TEXT}"
    )
    draft.path, draft.depth = tree.category.path + "9999", tree.category.depth + 1
    html = preview(draft)

    assert "Allogeneic mesenchymal stromal cell" in marked_text(html)
    legend = html[html.index('class="pl-legend"') :]
    assert 'href="#pl-note-1"' in legend
    assert 'target="_parent"' not in legend


def test_the_editor_can_take_the_writer_to_a_field_from_the_preview(summary, admin_client):
    """The script the preview's "Edit this field" links rely on is in the summary editor,
    beside Wagtail's preview panel (its working is proved in tests/browser)."""
    html = admin_client.get(f"/admin/pages/{summary.pk}/edit/").content.decode()
    assert 'src="/static/readability/go_to_field.js"' in html
    assert 'data-controller="w-preview"' in html
