"""Jargon: reasons, explanations on first use, abbreviations, the caller's terms."""

import re

import pytest

from readability.core import analyse, build_index
from readability.core.jargon import ABBREVIATION, MEDICAL_TERM, RARE, UNEXPLAINED_ABBREVIATION
from readability.core.terms import KINDS, TermIndex, load_shipped_terms, parse_terms

FIXTURE = {
    "version": 1,
    "terms": [
        {
            "term": "allogeneic",
            "forms": ["allogenic"],
            "kind": "medical",
            "plain": "from a donor",
            "definition": "Cells or tissue that come from another person.",
        },
        {
            "term": "spinal cord injury",
            "forms": ["spinal cord injuries"],
            "kind": "medical",
            "plain": "damage to the spinal cord",
            "definition": "Damage to the nerves in the spine.",
        },
        {
            "term": "follow-up",
            "forms": ["follow up"],
            "kind": "research",
            "plain": "later check",
            "definition": "Checking on people after treatment.",
        },
        {
            "term": "SCI",
            "forms": [],
            "kind": "abbreviation",
            "expansion": "spinal cord injury",
            "plain": "spinal cord injury",
            "definition": "Damage to the spinal cord.",
        },
    ],
}


def fixture_index() -> TermIndex:
    index = TermIndex()
    for term in parse_terms(FIXTURE):
        index.add(term)
    return index


def hits(text, **options):
    options.setdefault("extra_terms", fixture_index())
    return [(hit.text, hit.reason, hit.explained) for hit in analyse(text, **options).jargon]


def test_listed_term_with_plain_alternative():
    report = analyse("The cells were allogeneic.", extra_terms=fixture_index())
    (hit,) = report.jargon
    assert (hit.text, hit.reason, hit.explained) == ("allogeneic", MEDICAL_TERM, False)
    assert hit.plain == "from a donor"
    assert hit.term == "allogeneic"
    assert hit.definition.startswith("Cells")


def test_longest_form_wins_and_hyphens_do_not_matter():
    assert hits("After spinal cord injuries, follow up took a year.") == [
        ("spinal cord injuries", MEDICAL_TERM, False),
        ("follow up", MEDICAL_TERM, False),
    ]
    assert hits("The follow-up was long.") == [("follow-up", MEDICAL_TERM, False)]


def test_rare_word_not_in_the_list():
    assert hits("The tetraplegia was severe.") == [("tetraplegia", RARE, False)]


def test_common_words_names_numbers_and_units_are_not_flagged():
    assert hits("We met Devaraj in Guyana and London with 10 mg or 3 MU daily.") == []
    assert hits("The results were good (RR 2.1, p < 0.05).") == [
        ("RR", UNEXPLAINED_ABBREVIATION, False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The cells were allogeneic (from a donor).",
        "The cells were allogeneic — from a donor — and safe.",
        "The cells were allogeneic - from a donor - and safe.",
        "The cells were allogeneic, meaning from a donor, and safe.",
        "The cells were allogeneic, which means from a donor.",
        "Cells from a donor, called allogeneic cells, were used.",
        "Cells from another person (allogeneic) were used.",
        "Allogeneic means from a donor.",
    ],
)
def test_explained_on_first_use(text):
    (word,) = re.findall(r"allogeneic", text, re.IGNORECASE)
    assert hits(text) == [(word, MEDICAL_TERM, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The allogeneic cells (n = 12) were used.",
        "The allogeneic cells (RR 0.73, 95% CI 0.65 to 0.81) were used.",
        "The allogeneic cells (Smith 2019) were used.",
        "The cells were allogeneic, and safe.",
        "The cells were allogeneic (tetraplegia).",
        "The cells were allogeneic (see below).",
    ],
)
def test_not_an_explanation(text):
    assert hits(text)[0][1:] == (MEDICAL_TERM, False)


def test_later_uses_of_an_explained_term_are_explained():
    assert hits("Cells were allogeneic (from a donor). Allogeneic cells are safe.") == [
        ("allogeneic", MEDICAL_TERM, True),
        ("Allogeneic", MEDICAL_TERM, True),
    ]


def test_explained_only_after_first_use():
    assert hits("Allogeneic cells help. Cells were allogeneic (from a donor).") == [
        ("Allogeneic", MEDICAL_TERM, False),
        ("allogeneic", MEDICAL_TERM, True),
    ]
    report = analyse(
        "Allogeneic cells help. Cells were allogeneic (from a donor).", extra_terms=fixture_index()
    )
    assert [hit.text for hit in report.unexplained_jargon] == ["Allogeneic"]


def test_abbreviation_spelled_out_before_or_after():
    assert hits("Spinal cord injury (SCI) is common. SCI hurts.") == [
        ("Spinal cord injury", MEDICAL_TERM, False),
        ("SCI", ABBREVIATION, True),
        ("SCI", ABBREVIATION, True),
    ]
    assert hits("SCI (spinal cord injury) is common.") == [
        ("SCI", ABBREVIATION, True),
        ("spinal cord injury", MEDICAL_TERM, False),
    ]


def test_unexplained_abbreviations():
    assert hits("SCI is common.") == [("SCI", UNEXPLAINED_ABBREVIATION, False)]
    assert hits("The iPSCs and NS/PCs grew.") == [
        ("iPSCs", UNEXPLAINED_ABBREVIATION, False),
        ("NS/PCs", UNEXPLAINED_ABBREVIATION, False),
    ]


def test_abbreviations_not_in_the_list_spelled_out_letter_by_letter():
    assert hits("Mesenchymal stem cells (MSCs) were used. The MSCs grew.") == [
        ("Mesenchymal", RARE, False),
        ("MSCs", ABBREVIATION, True),
        ("MSCs", ABBREVIATION, True),
    ]
    assert hits("Induced pluripotent stem cells (iPSCs) grew.")[-1] == (
        "iPSCs",
        ABBREVIATION,
        True,
    )
    assert hits("Neural stem/progenitor cells (NS/PCs) grew.")[-1] == (
        "NS/PCs",
        ABBREVIATION,
        True,
    )
    assert hits("The iPSCs (induced pluripotent stem cells) grew.")[0] == (
        "iPSCs",
        ABBREVIATION,
        True,
    )


def test_well_known_abbreviations_are_not_flagged():
    assert hits("The NHS in the UK and the US studied DNA.") == []


def test_extra_terms_from_the_caller_as_json_shape():
    extra = {"terms": [{"term": "glorpification", "kind": "research", "plain": "sorting"}]}
    report = analyse("We used glorpification.", extra_terms=extra)
    (hit,) = report.jargon
    assert (hit.reason, hit.plain) == (MEDICAL_TERM, "sorting")


def test_extra_terms_as_list_and_prebuilt_index():
    extra = [{"term": "wibble", "kind": "medical", "plain": "wobble"}]
    assert analyse("A wibble.", extra_terms=extra).jargon[0].plain == "wobble"
    index = build_index(extra)
    assert analyse("A wibble.", extra_terms=index).jargon[0].plain == "wobble"


def test_allow_list_from_the_caller():
    assert (
        hits(
            "The cells were allogeneic; SCI and tetraplegia.",
            allow=["Allogeneic", "sci", "tetraplegia"],
        )
        == []
    )


def test_shipped_term_list_loads_once():
    first = load_shipped_terms()
    assert first is load_shipped_terms()
    assert build_index() is build_index()
    assert all(term.kind in KINDS for term in first)


def test_parse_terms_skips_bad_entries():
    terms = parse_terms(
        {"terms": [{"term": ""}, "x", {"forms": ["a"]}, {"term": "ok", "kind": "odd"}]}
    )
    assert [(t.term, t.kind) for t in terms] == [("ok", "medical")]


@pytest.mark.parametrize(
    "text",
    [
        "Weakness in the arms and legs is known as tetraplegia.",
        "Weakness in the arms and legs has a name: the medical word for this is tetraplegia.",
        "Tetraplegia is the medical word for weakness in the arms and legs.",
        "Tetraplegia refers to weakness in the arms and legs.",
        "Tetraplegia is a weakness in the arms and legs.",
    ],
)
def test_more_ways_of_explaining(text):
    assert hits(text) == [(re.search(r"[Tt]etraplegia", text).group(), RARE, True)]


def test_the_same_glossary_is_indexed_once():
    glossary = {"terms": [{"term": "wibble", "plain": "wobble"}]}
    assert build_index(glossary) is build_index({"terms": [{"term": "wibble", "plain": "wobble"}]})
    assert build_index(glossary) is not build_index()


def test_a_name_opening_a_sentence_is_a_name_if_the_text_uses_it_inside_one():
    assert hits("Devaraj led the study. We thank Devaraj.") == []
    assert hits("Tetraplegia is rare.") == [("Tetraplegia", RARE, False)]


def test_explanations_carry_over_to_a_later_field():
    first = analyse("Spinal cord injury (SCI) is common.", extra_terms=fixture_index())
    assert "SCI" in first.explained_terms
    later = analyse("SCI hurts.", extra_terms=fixture_index(), explained=first.explained_terms)
    assert [(hit.text, hit.reason, hit.explained) for hit in later.jargon] == [
        ("SCI", ABBREVIATION, True)
    ]


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ("Pregabalin is a medicine for nerve pain. It helped a little.", True),
        ("Pregabalin is a medicine (n = 40) for nerve pain.", False),
        ("Some took pregabalin is a way of saying it.", False),
        ("Pregabalin is an anticonvulsant gabapentinoid.", False),
    ],
)
def test_a_sentence_that_opens_by_saying_what_a_term_is_explains_it(text, explained):
    assert hits(text)[0][2] is explained
