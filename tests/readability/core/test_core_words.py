"""Syllables, word frequency and how numbers and statistics are tokenised."""

import pytest

from readability.core.lexicon import is_easy_word, zipf
from readability.core.syllables import count_syllables, estimate_syllables
from readability.core.tokens import TOKEN_PATTERN, looks_like_abbreviation, profile


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("the", 1), ("spinal", 2), ("injury", 3), ("walking", 2), ("rehabilitation", 6)],
)
def test_dictionary_words(word, syllables):
    assert count_syllables(word) == syllables


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("tetraplegia", 5),
        ("allogeneic", 5),
        ("oligodendrocyte", 6),
        ("neuroprotection", 5),
        ("remyelination", 5),
        ("astrocytes", 3),
    ],
)
def test_unknown_words_get_a_sane_count(word, syllables):
    assert estimate_syllables(word) == syllables
    assert count_syllables(word) == syllables


def test_hyphenated_words_count_each_part_and_numbers_count_nothing():
    assert count_syllables("self-care") == 2
    assert count_syllables("COVID-19") == count_syllables("covid")
    assert estimate_syllables("") == 0


def test_zipf_frequency_and_british_spellings():
    assert zipf("the") > 7
    assert zipf("tetraplegia") < 2
    assert zipf("randomised") == zipf("randomized")
    assert zipf("oedema") == zipf("edema")
    assert zipf("Patient's") == zipf("patient")


def test_dale_chall_familiar_words_and_inflections():
    assert is_easy_word("walked")
    assert is_easy_word("dogs")
    assert not is_easy_word("tetraplegia")


def tokens(text):
    return [match.group() for match in TOKEN_PATTERN.finditer(text)]


def test_statistics_are_single_tokens():
    assert tokens("OR 0.73 (95% CI 0.65 to 0.81; p<0.05, p = .05, n = 45)") == [
        "OR", "0.73", "95%", "CI", "0.65", "to", "0.81", "p<0.05", "p = .05", "n = 45",
    ]  # fmt: skip


@pytest.mark.parametrize("number", ["0.73", "95%", "p<0.05", "1,000", "10mg", "5th", ".05"])
def test_numbers_are_never_long_rare_or_polysyllabic(number):
    info = profile(number)
    assert info.is_number
    assert not (info.long or info.rare or info.polysyllable or info.complex)


def test_words_with_internal_punctuation_stay_whole():
    assert tokens("don't self-care NS/PCs e.g. U.S. IL-6 CD4+") == [
        "don't", "self-care", "NS/PCs", "e.g", "U.S", "IL-6", "CD4+",
    ]  # fmt: skip


@pytest.mark.parametrize("word", ["SCI", "MSCs", "iPSC", "NS/PCs", "IL-6", "CI", "RCT"])
def test_abbreviations(word):
    assert looks_like_abbreviation(word)


@pytest.mark.parametrize("word", ["UK", "NHS", "McDonald", "RESULTS", "III", "OR", "Smith", "T2"])
def test_not_abbreviations(word):
    assert not looks_like_abbreviation(word)
