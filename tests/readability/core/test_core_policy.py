"""Pass, warn or fail, with the messages writers read."""

from readability.core import analyse
from readability.core.policy import DEFAULT_THRESHOLDS, FieldThresholds, Verdict, evaluate
from readability.core.report import Report
from readability.core.severity import ERROR, FAIL, PASS, WARN, WARNING

SIMPLE = "We tested a new drug. It helped people walk again."
HARD = (
    "Allogeneic mesenchymal stromal cell transplantation was associated with a "
    "statistically significant improvement in motor scores, although heterogeneity "
    "and risk of bias were substantial."
)


def report_with_grade(text: str, grade: float) -> Report:
    report = analyse(text)
    report.grade = grade
    return report


def test_pass():
    verdict = evaluate({"simple_explanation": analyse(SIMPLE)}, DEFAULT_THRESHOLDS)
    assert verdict.status == PASS
    assert verdict.reasons == ()
    assert verdict.passed


def test_fail_on_grade_with_exact_message():
    thresholds = {
        "simple_explanation": FieldThresholds(
            max_grade=8, warn_grade=7, max_unexplained_jargon=None, label="simple explanation"
        )
    }
    verdict = evaluate({"simple_explanation": report_with_grade(SIMPLE, 11.23)}, thresholds)
    assert verdict.status == FAIL
    (reason,) = verdict.reasons
    assert reason.message == "Grade 11.2 is above the limit of 8 for the simple explanation"
    assert (reason.field, reason.severity, reason.code) == ("simple_explanation", ERROR, "grade")


def test_warn_between_warn_grade_and_max_grade():
    thresholds = {
        "summary": FieldThresholds(max_grade=12, warn_grade=10, max_unexplained_jargon=None)
    }
    verdict = evaluate({"summary": report_with_grade(SIMPLE, 10.5)}, thresholds)
    assert verdict.status == WARN
    assert verdict.reasons[0].message == "Grade 10.5 is close to the limit of 12 for the summary"


def test_unexplained_jargon_fails_with_span_and_plain_alternative():
    extra = {"terms": [{"term": "allogeneic", "kind": "medical", "plain": "from a donor"}]}
    report = analyse("The cells were allogeneic.", extra_terms=extra)
    thresholds = {"simple_explanation": FieldThresholds(max_grade=99, warn_grade=None)}
    verdict = evaluate({"simple_explanation": report}, thresholds)
    assert verdict.status == FAIL
    (reason,) = verdict.reasons
    assert reason.message == "'allogeneic' is not explained"
    assert reason.suggestion == "Plain alternative: 'from a donor'"
    assert report.text[reason.start : reason.end] == "allogeneic"


def test_unexplained_abbreviation_message_and_allowance_warns():
    report = analyse("SCI is common.")
    thresholds = {
        "summary": FieldThresholds(
            max_grade=99, warn_grade=None, max_unexplained_jargon=1, label="research summary"
        )
    }
    verdict = evaluate({"summary": report}, thresholds)
    assert verdict.status == WARN
    assert verdict.reasons[0].message == "'SCI' is not spelled out"


def test_explained_jargon_passes():
    report = analyse("The cells were allogeneic (from a donor).")
    verdict = evaluate(
        {"simple_explanation": report},
        {"simple_explanation": FieldThresholds(max_grade=99, warn_grade=None)},
    )
    assert verdict.status == PASS


def test_very_long_sentences_counted_against_the_limit():
    text = ("People " + "walk and talk " * 10 + "more. ") * 2
    thresholds = {
        "summary": FieldThresholds(
            max_grade=99, warn_grade=None, max_very_long_sentences=1, very_long_words=25
        )
    }
    verdict = evaluate({"summary": analyse(text)}, thresholds)
    assert verdict.status == FAIL
    assert verdict.reasons[0].message == "2 very long sentences in the summary; at most 1 allowed"
    assert [r.severity for r in verdict.reasons[1:]] == [WARNING, WARNING]
    assert verdict.reasons[1].message.startswith("Sentence has 32 words (more than 25)")


def test_labels_from_the_caller():
    thresholds = {"simple": FieldThresholds(max_grade=8, max_unexplained_jargon=None)}
    verdict = evaluate(
        {"simple": report_with_grade(SIMPLE, 9)}, thresholds, labels={"simple": "plain summary"}
    )
    assert verdict.reasons[0].message == "Grade 9.0 is above the limit of 8 for the plain summary"


def test_short_items_are_judged_as_a_group():
    items = [
        report_with_grade("Less pain.", 14.0),
        report_with_grade("Better sleep at night for most people here.", 4.0),
    ]
    thresholds = {
        "key_points": FieldThresholds(
            max_grade=8, warn_grade=7, max_unexplained_jargon=None, min_words_for_grade=5
        )
    }
    verdict = evaluate({"key_points": items}, thresholds)
    # (14 * 2 + 4 * 8) / 10 = 6.0: the group passes though one item alone would not.
    assert verdict.grades["key_points"] == 6.0
    assert verdict.status == PASS
    single = evaluate({"key_points": items[0]}, thresholds)
    assert single.status == PASS  # two words: too short for a grade


def test_group_reasons_name_their_item():
    items = [analyse("Less pain."), analyse("SCI is rarer.")]
    verdict = evaluate(
        {"key_points": items}, {"key_points": FieldThresholds(max_grade=99, warn_grade=None)}
    )
    (reason,) = verdict.reasons
    assert (reason.item, items[1].text[reason.start : reason.end]) == (1, "SCI")


def test_fields_without_thresholds_are_not_judged_unless_a_default_is_given():
    reports = {"other": report_with_grade(SIMPLE, 15)}
    assert evaluate(reports, {}).status == PASS
    assert evaluate(reports, {}, default=FieldThresholds(max_grade=10)).status == FAIL


def test_verdict_to_dict_is_json_ready():
    import json

    verdict = evaluate({"simple_explanation": analyse(HARD)}, DEFAULT_THRESHOLDS)
    assert isinstance(verdict, Verdict)
    data = json.loads(json.dumps(verdict.to_dict()))
    assert data["status"] == FAIL
    assert {"field", "severity", "code", "message", "start", "end", "item", "suggestion"} <= set(
        data["reasons"][0]
    )
    assert data["reasons"][0]["severity"] == ERROR


def test_sentence_limits_follow_the_field():
    thresholds = DEFAULT_THRESHOLDS["simple_explanation"]
    limits = thresholds.sentence_limits
    assert (limits.hard_grade, limits.very_hard_grade, limits.very_long_words) == (10.0, 12.0, 25)
    report = analyse(HARD, limits=limits)
    assert report.sentences[0].very_hard


def test_a_very_hard_sentence_message_says_why():
    thresholds = DEFAULT_THRESHOLDS["simple_explanation"]
    text = (
        "Allogeneic cells were given to people with tetraplegia after their injury, and "
        "the risk of falls fell (95% CI 0.65 to 0.81) in the first year."
    )
    verdict = evaluate(
        {"simple_explanation": analyse(text, limits=thresholds.sentence_limits)},
        DEFAULT_THRESHOLDS,
    )
    (message,) = [
        r.message
        for r in verdict.reasons
        if r.code == "very_hard_sentence" and r.severity == WARNING
    ]
    assert message.startswith("Sentence is very hard to read (grade ")
    _, why = message.split(" — ")
    assert "words (could split after '…after their injury,')" in why
    assert "rare words: 'tetraplegia' (try '" in why
    assert "'Allogeneic' (try 'from a donor')" in why
    assert "passive voice: 'were given'" in why
    assert "statistics: '95% CI 0.65 to 0.81'" in why


def test_a_very_long_sentence_says_where_to_split():
    text = (
        "People with a spinal cord injury often find it hard to get back to work after they "
        "leave hospital, and many of them say that the main problem is getting to the office "
        "on time every day."
    )
    thresholds = {"summary": FieldThresholds(max_grade=99, max_very_long_sentences=0)}
    verdict = evaluate({"summary": analyse(text)}, thresholds)
    (message,) = [r.message for r in verdict.reasons if r.code == "very_long_sentence"][1:]
    assert message.endswith(" — could split after '…they leave hospital,'")


def test_a_passive_sentence_says_who_should_do_it():
    thresholds = {"summary": FieldThresholds(max_grade=99, max_passive_sentences=0)}
    verdict = evaluate({"summary": analyse("The drug was given to everyone.")}, thresholds)
    (message,) = [r.message for r in verdict.reasons if r.severity == WARNING]
    assert message == (
        "Sentence uses the passive voice: 'The drug was given to everyone.' — "
        "say who did it: 'the researchers gave' rather than 'was given'"
    )


def test_a_plain_long_sentence_message_has_no_dangling_dash():
    text = " ".join(["people walk to the shop"] * 8) + "."
    thresholds = {"summary": FieldThresholds(max_grade=99, max_very_long_sentences=0)}
    verdict = evaluate({"summary": analyse(text)}, thresholds)
    (message,) = [r.message for r in verdict.reasons if r.code == "very_long_sentence"][1:]
    assert message.startswith("Sentence has 40 words")
    assert " — " not in message
