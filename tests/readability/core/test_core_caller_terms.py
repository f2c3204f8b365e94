"""A caller's own term list (the site's glossary) without the shipped one, and what the
caller's terms may add: words to avoid, and terms the page explains to readers."""

from readability.core import analyse, build_index
from readability.core.policy import DEFAULT_THRESHOLDS, FieldThresholds, evaluate
from readability.core.terms import AVOID, EXPLAIN, parse_terms

ZORBITOL = {
    "term": "zorbitol",
    "kind": "medical",
    "plain": "a muscle medicine",
    "definition": "A medicine for stiff muscles.",
    "guidance": EXPLAIN,
    "explained_to_readers": True,
    "source": "the glossary",
}
BODY = FieldThresholds(max_grade=11, warn_grade=9, max_unexplained_jargon=10_000)


def problems(report):
    return {hit.text.lower(): hit for hit in report.unexplained_jargon}


def test_without_the_shipped_terms_the_index_holds_only_the_callers():
    index = build_index([ZORBITOL], include_shipped=False)
    assert [term.term for term in index.terms] == ["zorbitol"]
    report = analyse("Tetraplegia was treated with zorbitol.", extra_terms=index)
    hits = {hit.text.lower(): hit for hit in report.jargon}
    assert hits["zorbitol"].plain == "a muscle medicine"
    # Not a listed term any more: only a rare word, with no plain alternative offered.
    assert hits["tetraplegia"].reason == "rare" and hits["tetraplegia"].plain is None
    with_shipped = analyse("Tetraplegia was treated.", extra_terms=[ZORBITOL])
    assert with_shipped.jargon[0].plain == "paralysis of the arms, body and legs"


def test_no_terms_and_no_shipped_ones_is_an_empty_list():
    assert build_index(None, include_shipped=False).terms == []
    assert build_index([], include_shipped=False).terms == []


def test_guidance_and_reader_explanations_are_read_from_the_json_shape():
    avoid, odd = parse_terms(
        [
            {**ZORBITOL, "guidance": AVOID},
            {"term": "x", "guidance": "never", "explained_to_readers": "yes", "source": " "},
        ]
    )
    assert avoid.to_avoid and avoid.explained_to_readers and avoid.source == "the glossary"
    assert odd.guidance is None and not odd.explained_to_readers and odd.source is None


def test_a_term_the_page_explains_is_not_unexplained_where_definitions_are_shown():
    text = "The team gave zorbitol to everyone."
    index = build_index([ZORBITOL], include_shipped=False)
    shown = analyse(text, extra_terms=index, definitions_shown=True)
    hit = shown.jargon[0]
    assert hit.explained and hit.explained_to_readers and not shown.unexplained_jargon
    # The page explained it, not the text: a later field is not told it was explained.
    assert "zorbitol" not in shown.explained_terms
    assert shown.metrics.unexplained_jargon == 0

    alone = analyse(text, extra_terms=index)
    assert list(problems(alone)) == ["zorbitol"] and not alone.jargon[0].explained_to_readers


def test_the_simple_fields_message_says_the_page_explains_it_elsewhere_and_who_suggests():
    report = analyse("People took zorbitol.", extra_terms=[ZORBITOL])
    verdict = evaluate({"simple_explanation": report}, DEFAULT_THRESHOLDS)
    (reason,) = [r for r in verdict.reasons if r.code == "jargon"]
    assert reason.severity == "error"
    assert "the glossary explains it to readers in the rest of the page" in reason.message
    assert "not in the simple explanation" in reason.message
    assert reason.message.endswith("the glossary suggests 'a muscle medicine'")
    assert reason.suggestion == "The glossary suggests 'a muscle medicine'"


def test_a_word_to_avoid_is_flagged_even_where_explained_and_where_definitions_show():
    index = build_index([{**ZORBITOL, "guidance": AVOID}], include_shipped=False)
    text = "The team gave zorbitol (a muscle medicine) to everyone. Zorbitol helped."
    report = analyse(text, extra_terms=index, definitions_shown=True)
    assert all(hit.explained and hit.to_avoid for hit in report.jargon)
    assert list(problems(report)) == ["zorbitol"]
    verdict = evaluate({"summary": report}, {"summary": BODY})
    (reason,) = [r for r in verdict.reasons if r.code == "jargon"]
    assert reason.severity == "warning"
    expected = "'zorbitol' is a word to avoid: the glossary suggests 'a muscle medicine'"
    assert reason.message == expected


def test_shipped_terms_keep_their_messages():
    report = analyse("Allogeneic cells were used.")
    verdict = evaluate({"simple_explanation": report}, DEFAULT_THRESHOLDS)
    reason = next(r for r in verdict.reasons if r.code == "jargon")
    assert reason.message == "'Allogeneic' is not explained"
    assert reason.suggestion == "Plain alternative: 'from a donor'"


def test_json_shaped_terms_are_cached_apart_with_and_without_the_shipped_list():
    alone = build_index([ZORBITOL], include_shipped=False)
    assert build_index([ZORBITOL], include_shipped=False) is alone
    assert len(build_index([ZORBITOL]).terms) > len(alone.terms)
