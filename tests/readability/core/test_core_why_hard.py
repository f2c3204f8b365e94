"""Why a sentence is hard: each reason found where it is, and not where it is not."""

import pytest

from readability.core import analyse
from readability.core.report import SentenceLimits
from readability.core.why_hard import (
    ABBREVIATIONS,
    LONG_WORDS,
    NOUN_STRING,
    NUMBERS,
    PASSIVE_VOICE,
    RARE_WORDS,
    TOO_LONG,
    split_point,
)

PLAIN = "We gave people a new drug. It helped them walk a little further each day."


def reasons_of(text, html=False, limits=None):
    report = analyse(text, html=html, limits=limits)
    return report, {
        reason.code: reason for sentence in report.sentences for reason in report.why_hard(sentence)
    }


def test_a_plain_text_has_nothing_to_say():
    report, reasons = reasons_of(PLAIN)
    assert reasons == {}
    assert all(sentence.reasons == () for sentence in report.sentences)


LONG = (
    "People with a spinal cord injury often find it hard to get back to work after they "
    "leave hospital, and many of them say that the main problem is getting to the office "
    "on time every day."
)


def test_a_long_sentence_says_how_long_and_where_to_split():
    report, reasons = reasons_of(LONG)
    sentence = report.sentences[0]
    reason = reasons[TOO_LONG]
    assert reason.message == f"{sentence.words} words (could split after '…they leave hospital,')"
    assert report.text[: reason.at].endswith("hospital,")
    assert report.text[reason.at] == " "  # a word boundary, inside the sentence
    assert sentence.start < reason.at < sentence.end


@pytest.mark.parametrize(
    "joint, first_part_ends",
    [
        ("; ", ";"),
        (", but ", ","),
        (", which ", ","),
        (", while ", ","),
        (" because ", "hospital"),
        (" – ", "–"),  # en dash, spaced
        (" — ", "—"),  # em dash
    ],
)
def test_each_natural_split_point_is_found(joint, first_part_ends):
    text = (
        "Many people with a spinal cord injury go back to work after they leave hospital"
        + joint
        + "most of them say that the hardest part is getting to the office on time."
    )
    at = split_point(text, 0, len(text))
    assert at is not None
    assert text[:at].endswith(first_part_ends)
    assert text[at] == " "


def test_the_split_nearest_the_middle_wins():
    text = (
        "First, we asked people how they felt; then we asked them what they did all day and "
        "how long it took them, and we wrote it all down in a book for each of them."
    )
    at = split_point(text, 0, len(text))
    assert text[:at].endswith("took them,")


def test_a_split_never_leaves_a_stub():
    text = "Yes; " + "people walked to the shop and back every single day " * 3 + "for years."
    assert split_point(text, 0, len(text)) is None


def test_a_300_word_sentence_with_no_split_point_says_cut_it_up():
    text = " ".join(["people walk to the shop"] * 60) + "."
    report, reasons = reasons_of(text)
    reason = reasons[TOO_LONG]
    assert reason.message == "300 words"
    assert reason.at is None
    assert "shorter sentences" in reason.suggestion


def test_rare_words_come_with_plain_alternatives():
    report, reasons = reasons_of(
        "Allogeneic cells were put into the spines of people with tetraplegia."
    )
    reason = reasons[RARE_WORDS]
    assert "'tetraplegia' (try '" in reason.message
    assert "'Allogeneic' (try 'from a donor')" in reason.message
    for start, end in reason.spans:
        assert report.text[start:end] in {"Allogeneic", "tetraplegia"}


def test_an_explained_word_is_not_a_reason():
    _, reasons = reasons_of("Allogeneic (from a donor) cells helped some people walk again.")
    assert RARE_WORDS not in reasons


def test_only_the_rarest_few_words_are_named():
    _, reasons = reasons_of(
        "Allogeneic mesenchymal cells reduced neuropathic nociceptive hypersensitivity "
        "and spasticity in tetraplegia."
    )
    assert len(reasons[RARE_WORDS].spans) == 3
    assert reasons[RARE_WORDS].message.count(" (try ") <= 3


def test_passive_voice_says_who_should_do_it():
    report, reasons = reasons_of("The drug was given to everyone in the study.")
    reason = reasons[PASSIVE_VOICE]
    assert reason.message == "passive voice: 'was given'"
    assert reason.suggestion == "Say who did it: 'the researchers gave' rather than 'was given'."
    assert [report.text[a:b] for a, b in reason.spans] == ["was given"]


def test_a_link_reported_in_the_passive_is_not_turned_into_an_act():
    _, reasons = reasons_of("Smoking was associated with slower healing of the skin.")
    suggestion = reasons[PASSIVE_VOICE].suggestion
    assert "researchers associated" not in suggestion
    assert suggestion.startswith("Say what went with what")


def test_passive_voice_with_a_regular_verb():
    _, reasons = reasons_of("Patients were randomised to two groups.")
    suggestion = reasons[PASSIVE_VOICE].suggestion
    assert "'the researchers randomised' rather than 'were randomised'" in suggestion


@pytest.mark.parametrize(
    "text, string",
    [
        (
            "We looked at spinal cord injury rehabilitation outcome measures in ten clinics.",
            "spinal cord injury rehabilitation outcome measures",
        ),
        (
            "The pedestrian safety education programmes ran for a year.",
            "pedestrian safety education programmes",
        ),
        ("It lowered the stone formation rate in most people.", "stone formation rate"),
    ],
)
def test_strings_of_nouns(text, string):
    report, reasons = reasons_of(text)
    reason = reasons[NOUN_STRING]
    assert reason.message == f"string of nouns: '{string}'"
    (start, end), *_ = reason.spans
    assert report.text[start:end] == string


@pytest.mark.parametrize(
    "text",
    [
        "People with a spinal cord injury need help.",  # a compound on its own
        "Doctors treat patients with care.",  # a verb between two nouns
        "We measure muscle strength every week.",
        "The therapy improves muscle strength.",
        "There was low quality evidence from two trials.",
        "Stem cell therapy helped some people.",
        "The Spinal Cord Injury Research Trust paid for it.",  # a name
        "Nurses, doctors, carers and families all helped.",  # a list: commas between
    ],
)
def test_no_string_of_nouns_in_plain_phrases(text):
    _, reasons = reasons_of(text)
    assert NOUN_STRING not in reasons


@pytest.mark.parametrize(
    "text, statistic",
    [
        ("The risk fell (95% CI 0.65 to 0.81) in the group.", "95% CI 0.65 to 0.81"),
        ("The difference was significant (p < 0.05) overall.", "p < 0.05"),
        ("The difference was significant (P=.001) overall.", "P=.001"),
        ("Falls were fewer with the drug (RR 0.73).", "RR 0.73"),
        ("Walking got better (odds ratio 2.1) with practice.", "odds ratio 2.1"),
        ("Most people (45%) walked again.", "(45%)"),
        ("The trial had n = 45 people in it.", "n = 45"),
        ("Scores rose by 12.3 ± 4.5 points.", "12.3 ± 4.5"),
        ("The ratio was 0.65–0.81 in the group.", "0.65–0.81"),  # en dash
    ],
)
def test_statistics_readers_will_not_follow(text, statistic):
    report, reasons = reasons_of(text)
    reason = reasons[NUMBERS]
    assert [report.text[a:b] for a, b in reason.spans] == [statistic]
    assert "say what the numbers mean" in reason.suggestion.lower()
    assert ABBREVIATIONS not in reasons  # "CI" and "RR" are said once, as statistics


@pytest.mark.parametrize(
    "text",
    [
        "About 3 in 10 people walked again after a year.",
        "People aged 18 to 65 took part for 12 weeks.",
        "In 2020, 45 people took part.",
    ],
)
def test_everyday_numbers_are_not_statistics(text):
    _, reasons = reasons_of(text)
    assert NUMBERS not in reasons


def test_abbreviations_not_spelled_out():
    report, reasons = reasons_of("Some MSC were put into the spine.")
    reason = reasons[ABBREVIATIONS]
    assert reason.message == "abbreviations not spelled out: 'MSC'"
    assert reason.suggestion.startswith("Spell out 'MSC' the first time")
    assert [report.text[a:b] for a, b in reason.spans] == ["MSC"]


def test_a_spelled_out_abbreviation_is_not_a_reason():
    _, reasons = reasons_of("Some mesenchymal stem cells (MSCs) were put into the spine.")
    assert ABBREVIATIONS not in reasons


def test_a_hard_sentence_with_no_other_reason_names_its_long_words():
    report, reasons = reasons_of(
        "Considerable heterogeneity complicates interpretation.",
        limits=SentenceLimits(hard_grade=5.0, very_hard_grade=50.0),
    )
    assert report.sentences[0].hard
    assert set(reasons) <= {LONG_WORDS, RARE_WORDS}
    assert reasons, "every hard sentence says why"


def test_every_hard_sentence_says_why():
    text = (
        "Allogeneic mesenchymal stromal cell transplantation demonstrated statistically "
        "significant amelioration of neuropathic nociceptive hypersensitivity. "
        "Multidisciplinary interdisciplinary rehabilitation considerably ameliorates "
        "functional independence."
    )
    report = analyse(text)
    for sentence in report.sentences:
        if sentence.hard or sentence.very_hard:
            assert report.why_hard(sentence)


# Hostile input


def test_a_sentence_of_numbers_only():
    report, reasons = reasons_of("12 34 56 78.")
    assert NOUN_STRING not in reasons and RARE_WORDS not in reasons


def test_statistics_alone():
    report, reasons = reasons_of("0.65 to 0.81.")
    assert report.text[slice(*reasons[NUMBERS].spans[0])] == "0.65 to 0.81"


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "…", "<p></p>"])
def test_empty_or_blank_input(text):
    report, reasons = reasons_of(text, html=text.startswith("<"))
    assert reasons == {}
    assert report.to_dict()["sentences"] == []


def test_html_input_points_into_the_visible_text():
    html = (
        "<h2>Results</h2><p>People with a spinal cord injury often find it hard to get "
        "back to work after they leave <strong>hospital</strong>, and many of them say "
        "that the main problem is getting to the office on time every day "
        "(95% CI 0.65 to 0.81).</p>"
    )
    report, reasons = reasons_of(html, html=True)
    assert "<" not in report.text
    assert report.text[: reasons[TOO_LONG].at].endswith("hospital,")
    assert report.text[slice(*reasons[NUMBERS].spans[0])] == "95% CI 0.65 to 0.81"


def test_a_title_in_capitals_is_not_a_string_of_nouns():
    _, reasons = reasons_of("Stem Cell Transplant Trial Results For Spinal Cord Injury")
    assert NOUN_STRING not in reasons


def test_user_text_is_quoted_as_written_not_interpreted():
    text = "The <script>alert(1)</script> drug was given (p < 0.05) to all of them."
    _, reasons = reasons_of(text)
    assert reasons[NUMBERS].message == "statistics: 'p < 0.05'"


def test_reasons_are_in_the_report_dict_for_flagged_sentences_only():
    report = analyse(PLAIN + " The drug was given to everyone in the study.")
    sentences = report.to_dict()["sentences"]
    assert [s["reasons"] for s in sentences[:2]] == [[], []]
    (passive,) = sentences[2]["reasons"]
    assert passive["code"] == PASSIVE_VOICE
    assert passive["spans"] and passive["suggestion"]


def test_reasons_are_worked_out_once_and_only_when_asked():
    report = analyse(LONG)
    sentence = report.sentences[0]
    assert sentence.reasons is None
    first = report.why_hard(sentence)
    assert report.why_hard(sentence) is first is sentence.reasons


@pytest.mark.parametrize(
    "decoration",
    [
        "👨‍👩‍👧 ",  # a family emoji: five code points, one picture
        "👍🏽 ",  # emoji with a skin tone
        "cafe\u0301 ",  # a combining accent
        "\u200f\u202e",  # direction marks
        "𝕬 ",  # outside the Basic Multilingual Plane
    ],
)
def test_a_split_point_stays_inside_its_sentence_whatever_the_characters(decoration):
    # Offsets are Python string indices (code points) into Report.text; characters of
    # several code points or outside the BMP must not shift them.
    text = decoration * 3 + "Before. " + decoration + LONG.replace("hospital,", "hospital 🏥,")
    for html in (False, True):
        source = f"<p>{text}</p>" if html else text
        report, reasons = reasons_of(source, html=html)
        sentence = next(s for s in report.sentences if s.very_long)
        reason = reasons[TOO_LONG]
        assert sentence.start < reason.at < sentence.end
        assert report.text[sentence.start : reason.at].endswith("hospital 🏥,")
        assert reason.message.endswith("could split after '…leave hospital 🏥,')")
        for start, end in reason.spans:
            assert report.text[start:end] == sentence.text
