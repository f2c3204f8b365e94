"""Sentence splitting on medical and statistical writing."""

import pytest

from readability.core.sentences import split_sentences
from readability.core.text import extract_html, extract_plain


def sentences(text, html=False):
    extracted = extract_html(text) if html else extract_plain(text)
    return [extracted.text[s:e] for s, e, _ in split_sentences(extracted.scored, extracted.units)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mean was 0.73 (95% CI 0.65 to 0.81). It was significant (p < 0.05). Next.",
            [
                "The mean was 0.73 (95% CI 0.65 to 0.81).",
                "It was significant (p < 0.05).",
                "Next.",
            ],
        ),
        (
            "Risk fell (RR 0.73, 95% CI 0.65 to 0.81). Benefit rose.",
            ["Risk fell (RR 0.73, 95% CI 0.65 to 0.81).", "Benefit rose."],
        ),
        (
            "Smith et al. found that it works. Others disagreed.",
            ["Smith et al. found that it works.", "Others disagreed."],
        ),
        (
            "Some drugs, e.g. aspirin, help. Others, i.e. opioids, do not.",
            ["Some drugs, e.g. aspirin, help.", "Others, i.e. opioids, do not."],
        ),
        (
            "Surgery vs. rest was tested. Dr. Jones led it. See No. 5 for details.",
            ["Surgery vs. rest was tested.", "Dr. Jones led it.", "See No. 5 for details."],
        ),
        (
            "The paper by J. K. Smith was read. It was good.",
            ["The paper by J. K. Smith was read.", "It was good."],
        ),
        ("1. First step\n2. Second step", ["First step", "Second step"]),
        ("Steps: 1. Wash hands. 2. Dry them.", ["Steps: 1. Wash hands.", "2. Dry them."]),
        (
            "We waited... and then it happened. Wait... The end.",
            ["We waited... and then it happened.", "Wait...", "The end."],
        ),
        ("We waited… The end.", ["We waited…", "The end."]),
        ("Does it work? Yes! It does.", ["Does it work?", "Yes!", "It does."]),
        (
            "(This is an aside.) Next sentence here.",
            ["(This is an aside.)", "Next sentence here."],
        ),
        (
            "Values were 1.5 vs. 2.5 (p=.03). Done.",
            ["Values were 1.5 vs. 2.5 (p=.03).", "Done."],
        ),
        ("We used cells. iPSCs were made.", ["We used cells.", "iPSCs were made."]),
        ("We gave vitamin D. Patients improved.", ["We gave vitamin D.", "Patients improved."]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("See p. 5 for more. Then stop.", ["See p. 5 for more.", "Then stop."]),
        (
            "Pain fell (see Fig. 2. and Table 3.) in most. Then rose.",
            ["Pain fell (see Fig. 2. and Table 3.) in most.", "Then rose."],
        ),
    ],
)
def test_splits(text, expected):
    assert sentences(text) == expected


def test_bullet_items_without_full_stops_are_sentences():
    html = "<ul><li>less pain</li><li>better sleep</li></ul><p>We are glad.</p>"
    assert sentences(html, html=True) == ["less pain", "better sleep", "We are glad."]


def test_decimal_numbers_never_split():
    assert sentences("The odds ratio was 4.60 and p was .05 in 2019.") == [
        "The odds ratio was 4.60 and p was .05 in 2019."
    ]


def test_unbalanced_brackets_do_not_swallow_the_paragraph():
    assert sentences("Results (see below. Then more. And more.") == [
        "Results (see below.",
        "Then more.",
        "And more.",
    ]
