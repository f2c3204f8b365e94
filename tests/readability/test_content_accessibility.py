"""Each content accessibility check on its own (pure Python, no database)."""

import pytest
from bs4 import BeautifulSoup

from readability.core.accessibility import (
    check_capitals,
    check_content,
    check_headings,
    check_image_alt,
    check_links,
    check_tables,
)
from readability.core.severity import ERROR, WARNING


def findings(check, html):
    return list(check(BeautifulSoup(html, "html.parser")))


def checks_of(check, html):
    return [(f.check, f.severity) for f in findings(check, html)]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<img src="a.jpg" alt="A man using a wheelchair ramp">', []),
        ('<img src="a.jpg">', [("image_alt", ERROR)]),
        ('<img src="a.jpg" alt="">', [("image_alt", ERROR)]),
        ('<img src="a.jpg" alt="" role="presentation">', []),
        ('<embed embedtype="image" id="4" format="left" alt=""/>', [("image_alt", ERROR)]),
        ('<embed embedtype="image" id="4" format="left"/>', [("image_alt", ERROR)]),
        ('<embed embedtype="image" id="4" alt="Therapist and patient"/>', []),
        ('<img src="x" alt="IMG_2041.JPG">', [("image_alt_file_name", ERROR)]),
        ('<img src="x" alt="DSC0042">', [("image_alt_file_name", ERROR)]),
        ('<img src="x" alt="Image of a spinal cord">', [("image_alt_redundant", WARNING)]),
    ],
)
def test_image_alt_text(html, expected):
    assert checks_of(check_image_alt, html) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<h2>A</h2><h3>B</h3><h2>C</h2><h3>D</h3>", []),
        ("<h2>A</h2><h4>B</h4>", [("heading_skipped", ERROR)]),
        ("<h3>Starts low</h3>", [("heading_skipped", ERROR)]),
        ("<h1>Title again</h1>", [("heading_too_high", ERROR)]),
        ("<h2> </h2>", [("empty_heading", ERROR)]),
        ("<h2>A</h2><h3>B</h3><h4>C</h4><h2>D</h2>", []),
    ],
)
def test_heading_order(html, expected):
    assert checks_of(check_headings, html) == expected


def test_heading_message_names_the_heading_and_the_levels():
    (finding,) = findings(check_headings, "<h2>Results</h2><h4>Side effects</h4>")
    assert "“Side effects” jumps from heading level 2 to 4" in finding.message


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="/trial/">Details of the WISE trial</a>', []),
        ('<a href="/x/">click here</a>', [("vague_link_text", ERROR)]),
        ('<a href="/x/">Read more…</a>', [("vague_link_text", ERROR)]),
        ('<a linktype="page" id="3">here</a>', [("vague_link_text", ERROR)]),
        ('<a href="/x/"></a>', [("empty_link", ERROR)]),
        ('<a href="/x/"><img src="i" alt="Home"></a>', []),
        ('<a href="/x/" aria-label="Read the full trial report">Read more</a>', []),
        (
            '<a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a>',
            [("bare_url_link", WARNING)],
        ),
    ],
)
def test_link_text(html, expected):
    assert checks_of(check_links, html) == expected


def test_tables_need_header_cells():
    assert checks_of(check_tables, "<table><tr><td>1</td></tr></table>") == [
        ("table_headers", ERROR)
    ]
    assert (
        checks_of(check_tables, "<table><tr><th>Group</th></tr><tr><td>1</td></tr></table>") == []
    )


def test_long_runs_of_capitals_warn_but_abbreviations_do_not():
    assert checks_of(check_capitals, "<p>DO NOT STOP TAKING YOUR MEDICINE.</p>") == [
        ("capitals", WARNING)
    ]
    assert checks_of(check_capitals, "<p>The SCI and MSC and ASIA scales.</p>") == []


def test_check_content_handles_plain_text_and_empty_input():
    assert check_content("") == []
    assert check_content("Plain words <not a tag> here.", is_html=False) == []
    assert [f.check for f in check_content("READ THIS NOW OR ELSE TODAY", is_html=False)] == [
        "capitals"
    ]


def test_findings_serialise_for_the_editor():
    (finding,) = check_content('<a href="/x">here</a>')
    assert finding.to_dict() == {
        "check": "vague_link_text",
        "severity": ERROR,
        "message": finding.message,
        "snippet": "here",
    }


def test_a_field_under_an_h2_starts_its_headings_at_h3():
    assert [f.check for f in check_content("<h3>A</h3><h4>B</h4>", top_level=3)] == []
    (finding,) = check_content("<h2>A</h2>", top_level=3)
    assert finding.check == "heading_too_high"
    assert "start at level 3" in finding.message
