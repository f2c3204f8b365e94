"""Property tests: arbitrary text and HTML soup never raise; spans stay in the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readability.core import analyse

TAGS = ["p", "h2", "li", "ul", "td", "tr", "table", "b", "i", "code", "script", "style",
        "br", "sup", "a", "div", "cite", "pre", "span"]  # fmt: skip
WORDS = ["SCI", "tetraplegia", "(", ")", "0.73", "95%", "p<0.05", "e.g.", "et al.", ".",
         "?", "—", "-", "allogeneic", "(from a donor)", "MSCs", "1.", "•", "Dr.", "…", "&amp;",
         "<", ">", "\n", " ", "were", "given", "https://x.org/a.b", "[3]"]  # fmt: skip


def check(report):
    text = report.text
    for sentence in report.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        for start, end in sentence.passive:
            assert sentence.start <= start < end <= sentence.end
    for hit in report.jargon:
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.text
    assert report.grade >= 0
    report.to_dict()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_text(text):
    report = analyse(text)
    assert report.text == text
    check(report)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_medical_looking_text(text):
    check(analyse(text))


@st.composite
def html_soup(draw):
    pieces = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            pieces.append(f"<{tag}>")
        elif kind == 1:
            pieces.append(f"</{tag}>")
        elif kind == 2:
            pieces.append(draw(st.sampled_from(WORDS)))
        else:
            pieces.append(draw(st.text(max_size=10)))
    return "".join(pieces)


@settings(max_examples=150, deadline=None)
@given(html_soup())
def test_random_html_soup(html):
    check(analyse(html, html=True))


@settings(max_examples=50, deadline=None)
@given(st.text())
def test_arbitrary_text_as_html(text):
    check(analyse(text, html=True))


def test_deep_nesting_does_not_recurse():
    html = "<div>" * 5000 + "Deep words here." + "</div>" * 5000
    report = analyse(html, html=True)
    assert report.text == "Deep words here."


def test_letters_without_a_lower_case_form():
    # Mathematical capitals have no lower case: "𝕬a".lower() is itself.
    check(analyse("𝕬a 𝕬 Ǆa ǅb"))
