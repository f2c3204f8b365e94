"""Passive voice: a form of "be" and a past participle, and nothing that only looks so."""

import pytest

from readability.core import analyse


@pytest.mark.parametrize(
    "text",
    [
        "The drug was given by nurses.",
        "Patients were randomised to two groups.",
        "More research is needed.",
        "It has been shown before.",
        "The cells are being tested.",
        "It was not clearly shown.",
        "The people were then followed up.",
        "The results were analysed.",
        "Pain is thought to fall.",
    ],
)
def test_passive(text):
    report = analyse(text)
    assert report.sentences[0].is_passive
    (start, end), *_ = report.sentences[0].passive
    assert report.text[start:end].split()[0] in {"was", "were", "is", "been", "are", "being"}


@pytest.mark.parametrize(
    "text",
    [
        "He is interested in the study.",
        "She was tired after the test.",
        "They were worried about pain.",
        "The trial is based on earlier work.",
        "We walked home after the session.",
        "She is indeed right.",
        "The clinic is located in Leeds.",
        "They were married last year.",
        "The people were injured in falls.",
        "The results were good.",
        "The team needed more time.",
        "It is well-known.",
    ],
)
def test_not_passive(text):
    assert not analyse(text).sentences[0].is_passive


def test_passive_span_covers_be_and_participle():
    report = analyse("The cells were injected by a surgeon.")
    assert [report.text[s:e] for s, e in report.sentences[0].passive] == ["were injected"]
