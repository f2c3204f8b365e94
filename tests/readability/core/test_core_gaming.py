"""A writer trying to get text that is not plain past the check: each trick either
leaves the grade and the jargon found as they were, or makes the text look harder."""

import pytest

from readability.core import DEFAULT_THRESHOLDS, analyse, evaluate
from readability.core.jargon import MEDICAL_TERM
from readability.core.tokens import normalise_word, profile

DENSE = (
    "Allogeneic mesenchymal stromal cell transplantation was associated with a "
    "statistically significant improvement in ASIA motor scores (MD 4.2, 95% CI 1.1 to "
    "7.3; p = 0.008; I2 = 41%), although heterogeneity and risk of bias were substantial."
)
HETERO = "The heterogeneity was high in the trials we read."
SIMPLE = DEFAULT_THRESHOLDS["simple_explanation"]


def terms(report):
    return {hit.term: hit for hit in report.jargon if hit.reason == MEDICAL_TERM}


def judged(text, html=False):
    report = analyse(text, html=html, limits=SIMPLE.sentence_limits)
    return report, evaluate({"simple_explanation": report}, {"simple_explanation": SIMPLE})


@pytest.mark.parametrize(
    "disguised",
    [
        "The h\u0435terog\u0435neity was high in the trials we read.",  # Cyrillic е
        "The heter\u03bfgeneity was high in the trials we read.",  # Greek ο
        "The hetero\u00adgeneity was high in the trials we read.",  # soft hyphen
        "The hetero\u200dgeneity was high in the trials we read.",  # zero-width joiner
        "The hetero\u2060geneity was high in the trials we read.",  # word joiner
        "The hetero\u034fgeneity was high in the trials we read.",  # grapheme joiner
        "The he\u0301terogeneity was high in the trials we read.",  # combining accent
        "The hétérogénéity was high in the trials we read.",  # accents added
        "The ｈｅｔｅｒｏｇｅｎｅｉｔｙ was high in the trials we read.",  # full width
    ],
)
def test_a_disguised_term_is_still_the_term_and_grades_the_same(disguised):
    plain = analyse(HETERO)
    report = analyse(disguised)
    # Before, the disguised word was an unknown word: grade 16.3 fell to 7.9 (under the
    # simple explanation's limit) and the term's plain alternative was lost.
    assert report.grade == pytest.approx(plain.grade, abs=0.01)
    [hit] = report.jargon
    assert hit.term == "heterogeneity" and hit.plain
    # The hit points at the text as written, invisible characters included.
    assert report.text[hit.start : hit.end] == hit.text
    assert hit.text.startswith(("h", "ｈ")) and hit.text.endswith(("y", "ｙ"))


def test_only_look_alikes_in_a_latin_word_are_read_as_latin():
    assert normalise_word("h\u0435art") == "heart"
    assert normalise_word("шлюз") == "шлюз"  # a Russian word is left alone
    assert normalise_word("\u03b1\u03bf") == "\u03b1\u03bf"  # so is a Greek one
    assert normalise_word("Aβ") == "Aβ"  # amyloid beta keeps its beta
    assert normalise_word("café") == "café" and normalise_word("naïve") == "naïve"
    # A name keeps its accents, at the start of a sentence too.
    assert profile("Sanchéz").lower == "sanchéz"
    # What the grade model was fitted on is left as written.
    assert normalise_word("I²") == "I²" and normalise_word("µg") == "µg"


def test_zero_width_spaces_for_spaces_do_not_lower_the_grade():
    spaced = analyse(DENSE)
    for space in ("\u200b", "\u00a0", "\u202f"):
        glued = analyse(DENSE.replace(" ", space))
        assert glued.grade >= spaced.grade - 0.1, space
        assert {hit.term for hit in glued.jargon} >= {"heterogeneity", "allogeneic"}


def test_words_glued_with_joiners_read_as_one_long_word_and_grade_higher():
    spaced = analyse(DENSE)
    for joiner in ("\u2060", "\u200d", "\u00ad"):
        glued = analyse(DENSE.replace(" ", joiner))
        assert glued.grade > spaced.grade, joiner
        assert glued.sentences[0].very_hard


@pytest.mark.parametrize(
    "hidden",
    [
        "<div hidden>{}</div>",
        '<div style="display: none">{}</div>',
        '<div style="DISPLAY : NONE">{}</div>',
        '<div style="visibility:hidden">{}</div>',
        "<template>{}</template>",
        "<!-- {} -->",
        "<![CDATA[ {} ]]>",
        "<script>/* {} */</script>",
    ],
)
def test_hidden_filler_does_not_lower_the_grade(hidden):
    shown = "<p>" + DENSE + "</p>"
    padded = analyse(shown + hidden.format(" ".join(["Yes."] * 60)), html=True)
    assert padded.grade == pytest.approx(analyse(shown, html=True).grade)
    assert "Yes" not in padded.text


def test_text_hidden_only_from_screen_readers_is_checked():
    # Sighted readers read aria-hidden text: it cannot hide jargon from the check.
    report = analyse(f'<p>We met.</p><p aria-hidden="true">{DENSE}</p>', html=True)
    assert "heterogeneity" in terms(report)
    assert report.grade > 12


def test_jargon_in_attributes_is_not_text():
    html = (
        '<p title="heterogeneity" data-note="allogeneic">We asked people how they felt.</p>'
        '<p><a href="/heterogeneity" title="tetraplegia">Read more</a> about it.</p>'
    )
    report = analyse(html, html=True)
    assert not report.jargon
    assert "heterogeneity" not in report.text


def test_stray_full_stops_still_leave_hard_sentences_to_fix():
    words = DENSE.split()
    chopped = ". ".join(" ".join(words[i : i + 3]).capitalize() for i in range(0, len(words), 3))
    report, verdict = judged(chopped + ".")
    assert len(report.sentences) > 5
    assert not verdict.passed
    assert "heterogeneity" in terms(report) and "allogeneic" in terms(report)


def test_a_line_break_in_the_middle_of_a_sentence_does_not_end_it():
    words = DENSE.split()
    broken = "\n".join(" ".join(words[i : i + 4]) for i in range(0, len(words), 4))
    report, verdict = judged(broken)
    assert len(report.sentences) == 1
    assert report.grade == pytest.approx(analyse(DENSE).grade)
    codes = {reason.code for reason in verdict.reasons if reason.severity == "error"}
    assert {"very_long_sentence", "very_hard_sentence"} <= codes


def test_numbers_in_digits_read_no_harder_than_in_words():
    digits = analyse("Of 1,245 people, 312 got better after 18 months and 27 got worse.")
    words = analyse(
        "Of one thousand two hundred and forty-five people, three hundred and twelve got "
        "better after eighteen months and twenty-seven got worse."
    )
    assert digits.grade < words.grade


def test_filler_sentences_do_not_hide_the_hard_ones_from_the_verdict():
    # The grade is an average; "Yes." x 200 brings it down, but each very hard sentence
    # is still counted and named.
    report, verdict = judged(DENSE + " Yes." * 200)
    assert not verdict.passed
    named = [r for r in verdict.reasons if r.code == "very_hard_sentence" and r.start is not None]
    assert [report.text[r.start : r.end] for r in named] == [DENSE]
