"""Property tests: arbitrary text and HTML soup never raise; spans stay in the text;
every grade and score is a finite number, never negative, and every sentence can say
why it is hard."""

import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readability.core import analyse
from readability.core.accessibility import check_content
from readability.core.why_hard import CODES

TAGS = ["p", "h2", "li", "ul", "td", "tr", "table", "b", "i", "code", "script", "style",
        "br", "sup", "a", "div", "cite", "pre", "span"]  # fmt: skip
WORDS = ["SCI", "tetraplegia", "(", ")", "0.73", "95%", "p<0.05", "e.g.", "et al.", ".",
         "?", "—", "-", "allogeneic", "(from a donor)", "MSCs", "1.", "•", "Dr.", "…", "&amp;",
         "<", ">", "\n", " ", "were", "given", "https://x.org/a.b", "[3]"]  # fmt: skip


def finite(value):
    return isinstance(value, float | int) and math.isfinite(value) and value >= 0


def check(report):
    text = report.text
    assert finite(report.grade) and finite(report.grade_without_jargon) and finite(report.score)
    for sentence in report.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert finite(sentence.grade) and finite(sentence.score)
        for start, end in sentence.passive:
            assert sentence.start <= start < end <= sentence.end
        # Every sentence, flagged or not: the reasons are asked for one sentence at a time.
        for reason in report.why_hard(sentence):
            assert reason.code in CODES
            assert reason.message
            for start, end in reason.spans:
                assert sentence.start <= start < end <= sentence.end
            if reason.at is not None:
                assert sentence.start < reason.at < sentence.end
    for hit in report.jargon:
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.text
    data = report.to_dict()
    # JSON-ready, and no NaN or infinity anywhere (a browser's JSON.parse refuses them).
    json.dumps(data, allow_nan=False)
    for sentence in data["sentences"]:
        # Signals may be negative (a word's learned difficulty can make a sentence easier).
        assert all(math.isfinite(value) for value in (sentence["signals"] or {}).values())


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


# Hostile input: what paste buffers, scrapers and people trying to beat the check send.
HOSTILE = [
    "1e308", "1E+308", "-1e-308", "9" * 400, "0." + "9" * 400, "1,000,000,000,000,000",
    "∞", "NaN", "inf", "½", "²", "①", "!!!", "?!", "...", "…", "—", "(", ")", "[", "]",
    "SCI", "MSCs", "CI", "RR", "OR", "IL-6", "NS/PCs", "S.C.I.", "sci", "Guyana", "Devaraj",
    "McDonald", "O'Neill", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
    "\u034f", "\u202e", "\u200f", "\u2066", "\u0301", "\u0301" * 40, "e\u0301",
    "שלום", "مرحبا", "hеterogeneity", "ｈｅａｒｔ", "ﬁbrosis", "tetraplégia", "👍🏽",
    "👨‍👩‍👧", "🧠", "\x00", "\ud800", "\udfff", "'", "’", "-", "--", "'tis", "cord-", "-cord",
    "rock'n'roll's", "o'er-", "p<0.05", "n = 45", "95% CI 0.65 to 0.81", "were", "given",
    "allogeneic", "the", "and", ",", ";", " ", "\n", "\n\n", "\t", "\u00a0", "\u3000",
]  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(HOSTILE), max_size=80).map(" ".join))
def test_hostile_tokens(text):
    report = analyse(text)
    assert report.text == text
    check(report)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(HOSTILE), max_size=40).map("".join))
def test_hostile_tokens_glued_together(text):
    check(analyse(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=200))
def test_any_code_point_including_lone_surrogates(text):
    # Python strings may hold lone surrogates ("\ud800"), e.g. from a JSON escape; the
    # HTML parser could not encode them and raised.
    check(analyse(text))
    check(analyse(text, html=True))
    check_content(text, is_html=True)
    check_content(text, is_html=False)


def test_surrogate_pairs_in_html_are_read_as_their_character():
    report = analyse("<p>We met \ud83d\ude00 and \ud800 talked.</p>", html=True)
    assert report.text == "We met 😀 and \ufffd talked."


# Put only where no reader sees it: attributes, scripts, styles, hidden parts, comments.
UNSEEN = "Zyxhidden"


@st.composite
def nested_html(draw):
    """Tables in lists in tables, with scripts, hidden parts and attributes: only the
    visible text counts."""
    depth = draw(st.integers(1, 12))
    opening, closing = [], []
    for _ in range(depth):
        tag = draw(st.sampled_from(["table", "tr", "td", "ul", "li", "ol", "div", "p", "th"]))
        opening.append(f'<{tag} title="{UNSEEN} heterogeneity" data-x="<b>{UNSEEN}</b>">')
        closing.append(f"</{tag}>")
    inside = draw(st.lists(st.sampled_from(HOSTILE + WORDS), max_size=30).map(" ".join))
    unseen = draw(
        st.sampled_from(
            [
                f"<script>document.write('<p>{UNSEEN}.</p>')</script>",
                f"<style>p::after {{ content: '{UNSEEN}' }}</style>",
                f"<p hidden>{UNSEEN} heterogeneity.</p>",
                f'<div style="display: none">{UNSEEN}.</div>',
                f'<span style="visibility:hidden">{UNSEEN}</span>',
                f"<img alt='{UNSEEN}' onerror='alert(1)' src=x>",
                f"<!-- <p>{UNSEEN}.</p> -->",
                f"<![CDATA[ {UNSEEN} ]]>",
                f"<template><p>{UNSEEN}.</p></template>",
            ]
        )
    )
    return "".join(opening) + inside + unseen + "".join(reversed(closing))


@settings(max_examples=100, deadline=None)
@given(nested_html())
def test_nested_html_with_scripts_and_hidden_parts(html):
    report = analyse(html, html=True)
    check(report)
    assert UNSEEN not in report.text


def test_ten_thousand_word_sentence():
    text = " ".join(["the", "allogeneic", "cells", "were", "given", "and", "SCI,"] * 1430)
    report = analyse(text + " end.")
    check(report)
    [sentence] = report.sentences
    assert sentence.words > 10_000
    assert sentence.very_long and sentence.very_hard


def test_huge_numbers_are_numbers_not_infinities():
    for text in ("It was 1e308 or 1E+308.", "Take " + "9" * 400 + " pills.", "0." + "9" * 400):
        report = analyse(text)
        check(report)
        assert report.metrics.numbers >= 1


def test_only_punctuation_only_abbreviations_only_names():
    for text in (
        "!?.,;:…—()[]" * 200,
        "SCI MSC CI RR OR HR IL-6 NS/PCs. " * 30,
        "John Smith. " * 50,
    ):
        check(analyse(text))
    assert analyse("!?.,;:…—" * 500).grade == 0
