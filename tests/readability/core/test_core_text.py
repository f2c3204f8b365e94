"""HTML and plain text to units, with offsets into the extracted text."""

from readability.core import analyse
from readability.core.text import extract_html, extract_plain

HTML = (
    "<h2>Background</h2>"
    "<p>Spinal cord injury is <b>common</b>.<sup>3</sup> See "
    '<a href="https://example.org">https://example.org/a.b</a> and '
    "doi:10.1002/14651858.CD000370.</p>"
    "<ul><li>First item</li><li>Second item</li></ul>"
    "<script>var hidden = 'script text';</script><style>p { color: red }</style>"
    "<table><tr><td>Cell one</td><th>Cell two</th></tr></table>"
    "<p>Run <code>pip install thing</code> now.<br>A new line &amp; more.</p>"
    "<!-- a comment --><p hidden>secret words</p>"
)


def unit_texts(extracted):
    return [(u.kind, extracted.text[u.start : u.end]) for u in extracted.units]


def test_html_blocks_become_separate_units():
    extracted = extract_html(HTML)
    assert unit_texts(extracted) == [
        ("heading", "Background"),
        (
            "paragraph",
            "Spinal cord injury is common.3 See https://example.org/a.b and "
            "doi:10.1002/14651858.CD000370.",
        ),
        ("list_item", "First item"),
        ("list_item", "Second item"),
        ("table_cell", "Cell one"),
        ("table_cell", "Cell two"),
        ("paragraph", "Run pip install thing now."),
        ("paragraph", "A new line & more."),
    ]


def test_scripts_styles_comments_and_hidden_text_are_left_out():
    text = extract_html(HTML).text
    for left_out in ("script text", "color", "a comment", "secret"):
        assert left_out not in text


def test_code_urls_dois_and_citation_marks_are_kept_but_not_scored():
    extracted = extract_html(HTML)
    assert "pip install thing" in extracted.text
    assert "pip install" not in extracted.scored
    assert "example.org" not in extracted.scored
    assert "14651858" not in extracted.scored
    assert "common.3" not in extracted.scored
    assert len(extracted.scored) == len(extracted.text)


def test_heading_and_list_items_are_never_one_sentence_with_the_next():
    report = analyse(
        "<h1>Results</h1><p>Walking improved</p><ul><li>less pain</li></ul>", html=True
    )
    assert [s.text for s in report.sentences] == ["Results", "Walking improved", "less pain"]
    assert [s.unit for s in report.sentences] == ["heading", "paragraph", "list_item"]


def test_spans_point_at_the_exact_text_in_report_text():
    report = analyse(
        "<p>The cells were <em>allogeneic</em>.</p><p>Tetraplegia is rare.</p>", html=True
    )
    for sentence in report.sentences:
        assert report.text[sentence.start : sentence.end] == sentence.text
    for hit in report.jargon:
        assert report.text[hit.start : hit.end] == hit.text
    assert {hit.text for hit in report.jargon} >= {"allogeneic", "Tetraplegia"}


def test_plain_text_is_the_input_itself():
    text = "  Spinal cord injury.\n\nTetraplegia is rare.  "
    report = analyse(text)
    assert report.text == text
    hit = next(hit for hit in report.jargon if hit.text == "Tetraplegia")
    assert text[hit.start : hit.end] == "Tetraplegia"


def test_plain_text_units_bullets_headings_and_wrapped_lines():
    text = (
        "Background\n"
        "Spinal cord injury is common and it changes\n"
        "lives. Many people use wheelchairs.\n"
        "\n"
        "- first point\n"
        "  continued here\n"
        "• second point\n"
        "1. numbered point\n"
    )
    extracted = extract_plain(text)
    assert unit_texts(extracted) == [
        ("paragraph", "Background"),
        (
            "paragraph",
            "Spinal cord injury is common and it changes\nlives. Many people use wheelchairs.",
        ),
        ("list_item", "first point\n  continued here"),
        ("list_item", "second point"),
        ("list_item", "numbered point"),
    ]


def test_citations_and_urls_do_not_count_as_words():
    plain = analyse("Walking improved.")
    cited = analyse("Walking improved [12] (Smith et al., 2020) https://doi.org/10.1/xyz.")
    assert cited.metrics.words == plain.metrics.words


def test_wagtail_rich_text_and_streamfield_html():
    html = (
        '<div class="block-heading"><h2>What we found</h2></div>'
        '<div class="block-paragraph"><p>People <a linktype="page" id="3">walked</a> '
        'further.</p><embed embedtype="image" format="left" id="7" alt="A chart"/>'
        "<p>Pain&nbsp;fell.</p></div>"
    )
    report = analyse(html, html=True)
    assert report.text == "What we found\nPeople walked further.\nPain fell."  # nbsp is a space
    assert [s.text for s in report.sentences] == [
        "What we found",
        "People walked further.",
        "Pain fell.",
    ]
