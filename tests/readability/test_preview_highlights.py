"""The editor's "Hard sentences marked" preview: hard sentences and unexplained terms are
marked where they stand in the rendered page, with their reason in words."""

import re
from html.parser import HTMLParser

import pytest

from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory

from readability.preview import MARKED_MODE
from tests.admin_forms import summary_form_data_from
from tests.conftest import HARD_TEXT, PLAIN_TEXT

pytestmark = pytest.mark.django_db


class _Marked(HTMLParser):
    """The text inside marks of one kind, and the marks' tags, as a reader's browser sees."""

    def __init__(self, kind):
        super().__init__()
        self.kind, self.depth, self.pieces = f"pl-mark--{kind}", 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "mark" and self.kind in (dict(attrs).get("class") or ""):
            self.depth += 1
            self.pieces.append("")
        elif tag == "mark" and self.depth:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "mark" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.pieces[-1] += data


def marked(html, kind="sentence") -> list[str]:
    parser = _Marked(kind)
    parser.feed(html)
    return parser.pieces


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
