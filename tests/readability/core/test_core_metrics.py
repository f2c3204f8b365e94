"""Counts and formulas on a tiny text whose figures are known by hand."""

import pytest

from readability.core import analyse


def test_counts_and_formulas_on_a_known_text():
    # "The cat sat on the mat." = 6 words, 6 syllables; "It was happy." = 3 words,
    # 4 syllables ("hap-py").
    metrics = analyse("The cat sat on the mat. It was happy.").metrics
    assert (metrics.words, metrics.sentences, metrics.syllables) == (9, 2, 10)
    assert metrics.polysyllables == 0
    assert metrics.long_words == 0
    assert metrics.words_per_sentence == pytest.approx(4.5)
    assert metrics.syllables_per_word == pytest.approx(10 / 9)
    assert metrics.flesch_reading_ease == pytest.approx(206.835 - 1.015 * 4.5 - 84.6 * 10 / 9)
    assert metrics.flesch_kincaid_grade == pytest.approx(0.39 * 4.5 + 11.8 * 10 / 9 - 15.59)
    assert metrics.smog == pytest.approx(3.1291)
    assert metrics.letters == 27
    assert metrics.automated_readability_index == pytest.approx(4.71 * 27 / 9 + 0.5 * 4.5 - 21.43)
    assert metrics.coleman_liau == pytest.approx(0.0588 * 300 - 0.296 * 200 / 9 - 15.8)
    # Every word is on the Dale-Chall list: no difficult words, no +3.6365.
    assert metrics.complex_words == 0
    assert metrics.dale_chall == pytest.approx(0.0496 * 4.5)


def test_polysyllables_long_and_rare_words():
    # tetraplegia: 5 syllables, 11 letters, Zipf 1.4; rehabilitation: 6, 14, Zipf 4.0.
    metrics = analyse("Tetraplegia makes rehabilitation harder.").metrics
    assert metrics.polysyllables == 2
    assert metrics.long_words == 2
    assert metrics.rare_words == 1
    assert metrics.syllables == 5 + 1 + 6 + 2


def test_statistics_do_not_split_sentences_or_become_long_words():
    metrics = analyse("Risk fell (RR 0.73, 95% CI 0.65 to 0.81; p < 0.05).").metrics
    assert metrics.sentences == 1
    assert metrics.numbers == 5
    assert metrics.long_words == 0


def test_names_are_familiar_words():
    metrics = analyse("We met Devaraj in Guyana.").metrics
    assert metrics.rare_words == 0
    assert metrics.complex_words == 0


def test_empty_text_has_zero_everything():
    report = analyse("")
    assert report.grade == 0
    assert report.sentences == []
    assert report.metrics.words == 0
    assert report.metrics.flesch_kincaid_grade == 0
