"""The claim-strength table: what each level of evidence may and may not say."""

import pytest

from readability.core.claims import CLAIM_RULES, EVIDENCE_GROUPS, find_overclaims


def claims(text, level):
    return [(finding.phrase, finding.claim) for finding in find_overclaims(text, level)]


# For every level on the site's evidence scale: a sentence it may say and one it may not.
ALLOWED_AND_REFUSED = {
    "systematic_review": (
        "The review shows that exercise eases nerve pain a little.",
        "The review proves that exercise ends nerve pain.",
    ),
    "rct": (
        "The trial found the drug works for some people, and training led to faster walking.",
        "The trial shows that the drug will help everyone.",
    ),
    "controlled_study": (
        "The study shows that early surgery was linked to better movement.",
        "Early surgery caused better movement.",
    ),
    "cross_sectional": (
        "The survey shows that heart rhythm problems were common.",
        "Low blood pressure leads to tiredness.",
    ),
    "case_series": (
        "Most people in the study could grip a little better.",
        "The stimulation works and restored hand movement.",
    ),
    "qualitative": (
        "Carers said they often felt tired and alone.",
        "The study shows that support groups prevent burnout.",
    ),
    "narrative_review": (
        "Early results look promising, but no treatment is yet proven.",
        "Stem cells are a breakthrough for spinal cord injury.",
    ),
    "expert_opinion": (
        "The experts advise 20 minutes of exercise twice a week.",
        "This exercise plan is effective for everyone.",
    ),
    "animal_lab": (
        "In rats, exercise may reduce pain.",
        "This treatment cures pain.",
    ),
}


def test_the_table_covers_every_level_of_the_evidence_scale():
    assert set(ALLOWED_AND_REFUSED) == set(EVIDENCE_GROUPS)


@pytest.mark.parametrize("level", sorted(ALLOWED_AND_REFUSED))
def test_each_level_allows_an_honest_sentence_and_refuses_an_overclaim(level):
    allowed, refused = ALLOWED_AND_REFUSED[level]
    assert claims(allowed, level) == []
    assert claims(refused, level) != []


def test_an_animal_study_that_cures_pain_is_told_why():
    (finding,) = find_overclaims("This treatment cures pain.", "animal_lab")
    assert finding.phrase == "cures"
    assert "no single summary should claim" in finding.message
    (finding,) = find_overclaims("This drug works in people.", "animal_lab")
    assert "animals or cells" in finding.message
    assert "do not carry over to people" in finding.message


def test_the_finding_points_at_the_words_as_written():
    text = "Good news. The new drug  WORKS well."
    (finding,) = find_overclaims(text, "case_series")
    assert text[finding.start : finding.end] == "drug  WORKS"
    assert finding.phrase == "drug WORKS"


@pytest.mark.parametrize(
    "text",
    [
        "There is no cure yet.",
        "The drug does not work for everyone.",
        "No treatment is widely seen as a proven breakthrough.",
        "This is not a breakthrough.",
        "The study did not show that exercise causes less pain.",
        "Exercise will not cure the injury.",
        "It is unlikely that one drug reverses the damage.",
    ],
)
def test_a_negated_claim_is_not_a_claim(text):
    assert claims(text, "animal_lab") == []


@pytest.mark.parametrize(
    "text",
    [
        "In rats, the drug may reverse some damage.",
        "Training might lead to faster walking.",
        "The cells could help, but this is not known.",
        "Exercise will probably help.",
        "Exercise will likely help.",
    ],
)
def test_a_hedged_claim_is_what_weak_evidence_should_say(text):
    assert claims(text, "case_series") == []


def test_hype_is_refused_at_every_level_even_when_hedged():
    for level in EVIDENCE_GROUPS:
        assert claims("This may be a breakthrough.", level) == [("breakthrough", "hype")]


def test_a_negation_governs_only_its_own_clause():
    assert claims("There is no cure yet, but this cures pain.", "rct") == [("cures", "cure")]


def test_a_promise_that_is_also_a_cure_is_judged_as_the_cure():
    # A review may promise benefit ("will help"), never a cure.
    assert claims("Exercise will help.", "systematic_review") == []
    assert claims("Exercise will cure you.", "systematic_review") == [("will cure", "cure")]


@pytest.mark.parametrize(
    "text",
    [
        "She works as a nurse and worked full time before her injury.",
        "People who found that work gave their days a shape went back sooner.",
        "Jobs that worked around their care were easier to keep.",
        "Some bladder tests fill the bladder to check how it works.",
        "Doctors do not always know what causes the pain.",
        "No serious side effects caused by the therapy were reported.",
        "Pain caused by light touch went down.",
    ],
)
def test_words_that_are_not_claims_about_the_study_are_left_alone(text):
    assert claims(text, "qualitative") == []


def test_an_unknown_level_is_judged_as_weak_evidence_in_people():
    assert claims("The drug works.", "") == [("drug works", "works")]
    assert claims("The drug works.", None) == [("drug works", "works")]
    assert claims("The drug works.", "made_up_level") == [("drug works", "works")]


def test_every_rule_names_what_to_write_instead():
    for rule in CLAIM_RULES.values():
        assert rule.advice.strip()
        assert rule.allowed_in <= set(EVIDENCE_GROUPS.values())
