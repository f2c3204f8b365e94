"""The grade orders texts as readers would."""

import pytest

from readability.core import analyse
from readability.core.jargon import MEDICAL_TERM
from readability.core.severity import PASS

DENSE = (
    "Allogeneic mesenchymal stromal cell transplantation was associated with a "
    "statistically significant improvement in ASIA motor scores (MD 4.2, 95% CI 1.1 to "
    "7.3; p = 0.008; I2 = 41%), although heterogeneity and risk of bias were substantial."
)
PLAIN = (
    "People who got stem cells from a donor could move their arms and legs a little "
    "better than people who did not. We are not sure the cells caused this."
)


def test_dense_statistical_abstract_is_harder_than_a_plain_rewrite():
    dense, plain = analyse(DENSE), analyse(PLAIN)
    assert dense.grade > plain.grade + 5
    assert dense.sentences[0].grade > max(s.grade for s in plain.sentences)
    assert dense.sentences[0].score > max(s.score for s in plain.sentences)


def test_simple_text_has_a_low_grade():
    assert analyse("We tested a new drug. It helped people walk again.").grade < 5


def test_hard_words_raise_the_grade_of_a_sentence_of_equal_length():
    easy = analyse("The doctor gave the man a new drug for his back.")
    hard = analyse("The neurologist administered intrathecal baclofen for his spasticity.")
    assert hard.sentences[0].grade > easy.sentences[0].grade


def test_longer_sentences_are_harder():
    short = analyse("The cells helped people walk.")
    long = analyse(
        "The cells that the team gave to the people in the study helped them walk "
        "a little further on most days of the week."
    )
    assert long.sentences[0].grade > short.sentences[0].grade


def test_scores_and_grades_are_bounded():
    report = analyse(DENSE)
    assert 1 <= report.score <= 6
    for sentence in report.sentences:
        assert 1 <= sentence.score <= 6
        assert sentence.grade >= 0


def test_sentence_flags():
    long_sentence = " ".join(["people"] * 30) + "."
    report = analyse(long_sentence + " " + DENSE + " The cells were given by nurses.")
    first, second, third = report.sentences
    assert first.very_long and "very_long" in first.flags
    assert second.very_hard
    assert third.is_passive and not third.very_hard


PLAIN_SUMMARY = """What did we want to find out?
We wanted to know if exercise helps people with a spinal cord injury to walk again. A \
spinal cord injury is damage to the nerves in the back or neck. It can stop messages \
getting from the brain to the body.

What did we find?
- People who trained on a treadmill walked a little faster.
- Robot training did not help more than other training.
- Few people had side effects, such as sore skin or tired muscles.
"""


def test_a_plain_language_summary_passes_the_simple_explanation_limit():
    from dataclasses import replace

    from readability.core import DEFAULT_THRESHOLDS, evaluate

    report = analyse(PLAIN_SUMMARY)
    assert 1 < report.grade < 7.5
    assert not [hit for hit in report.jargon if hit.reason != MEDICAL_TERM]
    # Whatever the term list says of "side effects", the grade alone passes.
    limits = replace(DEFAULT_THRESHOLDS["simple_explanation"], max_unexplained_jargon=None)
    verdict = evaluate({"simple_explanation": report}, {"simple_explanation": limits})
    assert verdict.status == PASS, verdict.reasons


# Ordinary prose (no medical words), written for these tests: the grade should read like
# Flesch-Kincaid's on it, since writers know the guidelines in those grades.
ORDINARY_HARD = (
    "Although the municipal council had repeatedly postponed its decision, residents "
    "who had campaigned vigorously for the restoration of the neglected riverside park "
    "eventually persuaded the authorities to allocate substantial funding, provided that "
    "volunteers would undertake the maintenance of the gardens. Considerable enthusiasm "
    "accompanied the announcement, and several neighbouring organisations immediately "
    "offered equipment, expertise and additional contributions."
)
ORDINARY_EASY = (
    "The town council put off its choice many times. People who live near the river "
    "wanted the old park fixed. In the end, the council agreed to pay for it. "
    "Volunteers will look after the gardens. People were happy about the news. Some "
    "local groups gave tools, help and money."
)


ORDINARY_MIDDLE = (
    "The council has agreed to repair the old park by the river, after residents "
    "campaigned for two years. Volunteers will look after the gardens, and the council "
    "will pay for new benches and paths. Several local groups have offered tools and "
    "advice, and the work should be finished before the summer holidays begin."
)


def test_on_ordinary_prose_the_grade_reads_like_flesch_kincaid():
    for text in (ORDINARY_MIDDLE, ORDINARY_EASY):
        report = analyse(text)
        assert abs(report.grade - report.metrics.flesch_kincaid_grade) < 2.5, text


def test_shorter_sentences_and_everyday_words_are_rewarded_by_grades_not_decimals():
    hard, easy = analyse(ORDINARY_HARD), analyse(ORDINARY_EASY)
    assert hard.grade - easy.grade >= 6


def test_statistics_do_not_make_a_text_look_easier():
    # Flesch-Kincaid counts "0.73" as a sentence end and rewards the text for it.
    plain = "The treatment helped about one in four people to walk a little further."
    with_statistics = (
        "The treatment improved walking distance (RR 0.73, 95% CI 0.65 to 0.81; "
        "p < 0.001; I2 = 41%)."
    )
    assert analyse(with_statistics).grade > analyse(plain).grade + 3


def test_very_hard_text_is_compressed_not_ranked_away():
    report = analyse(DENSE)
    assert 16 < report.grade < 30
    harder = analyse(DENSE + " " + DENSE.replace("although", "whereas notwithstanding"))
    assert harder.grade >= 16


def test_the_grade_without_jargon_leaves_out_only_terms_and_abbreviations():
    report = analyse(DENSE)
    assert report.jargon
    assert report.grade_without_jargon < report.grade
    no_jargon = analyse(ORDINARY_EASY)
    assert no_jargon.grade_without_jargon == no_jargon.grade


def test_empty_text_has_grade_zero():
    for text in ("", "   ", "...", "12 34 56."):
        report = analyse(text)
        assert report.grade >= 0
        assert report.grade_without_jargon >= 0
    assert analyse("").grade == 0


def test_filler_sentences_lower_the_average_but_do_not_get_hard_text_past_the_gate():
    # Averages can be gamed ("Yes. Yes. Yes."): every sentence is also judged alone.
    from readability.core import DEFAULT_THRESHOLDS, evaluate

    limits = DEFAULT_THRESHOLDS["simple_explanation"]
    for hard in (DENSE, ORDINARY_HARD):
        padded = analyse(hard + " Yes." * 40, limits=limits.sentence_limits)
        verdict = evaluate({"simple_explanation": padded}, {"simple_explanation": limits})
        assert not verdict.passed
        codes = {reason.code for reason in verdict.reasons if reason.severity == "error"}
        assert codes & {"very_hard_sentence", "very_long_sentence"}, verdict.reasons


def test_a_longer_sentence_or_a_rarer_word_never_scores_easier():
    from readability.core.grade import Signals, sentence_score

    base = Signals(peak=3.0, tokens=15, density=0.3, syllables=21, words=15)
    steps = {
        "peak": [0.0, 2.0, 4.0, 6.0, 7.0],
        "tokens": [1, 5, 15, 40, 120, 400],
        "density": [0.0, 0.3, 1.0, 2.0, 4.5],
        "syllables": [15, 22, 37, 60],
    }
    for name, values in steps.items():
        scores = [
            sentence_score(
                Signals(**{**{f: getattr(base, f) for f in Signals.__slots__}, name: value})
            )
            for value in values
        ]
        assert scores == sorted(scores), name


def test_each_sentence_keeps_its_own_score_and_the_text_its_mean():
    report = analyse(PLAIN + " " + DENSE)
    easy, *_, hard = report.sentences
    assert hard.score > easy.score + 1
    weighted = sum(s.score * s.signals.tokens for s in report.sentences) / sum(
        s.signals.tokens for s in report.sentences
    )
    assert report.score == pytest.approx(weighted, abs=0.01)
