"""The gate's verdict shaped for people: the editor's live panel (JSON) and the admin
report page read the same structure."""

from readability.core.jargon import (
    ABBREVIATION,
    MEDICAL_TERM,
    RARE,
    UNEXPLAINED_ABBREVIATION,
    jargon_message,
    suggestion,
)
from readability.core.report import HARD, PASSIVE, VERY_HARD, VERY_LONG
from readability.core.severity import FAIL, PASS, WARN, status_of

from .declarations import field_texts

MAX_SENTENCES_SHOWN = 12
# The gate's messages about one sentence: the panel shows that sentence with its
# reasons instead, so a message is not said twice.
SENTENCE_CODES = frozenset({"very_long_sentence", "very_hard_sentence", "passive"})
# What each status says, from the panel to the reports.
STATUS_WORDS = {PASS: "Plain enough", WARN: "Nearly there", FAIL: "Too hard to publish"}
EMPTY_WORDS = "Not written yet"
EMPTY = "empty"
# Why a sentence or a word is flagged, as the panel says it.
FLAG_WORDS = {
    VERY_LONG: "very long",
    HARD: "hard",
    VERY_HARD: "very hard",
    PASSIVE: "passive voice",
}
REASON_WORDS = {
    MEDICAL_TERM: "medical term",
    RARE: "rare word",
    UNEXPLAINED_ABBREVIATION: "abbreviation not spelled out",
    ABBREVIATION: "abbreviation",
}


def verdict_payload(page, verdict, thresholds) -> dict:
    fields = []
    for item in field_texts(page):
        report = verdict.reports.get(item.field.name)
        if report is None:
            continue
        limits = thresholds[item.field.kind]
        reasons = [r for r in verdict.reasons if r.field == item.field.name]
        hard = [s for s in report.sentences if s.flags]
        hard.sort(key=lambda sentence: sentence.grade, reverse=True)
        shown = hard[:MAX_SENTENCES_SHOWN]
        shown_spans = {(sentence.start, sentence.end) for sentence in shown}
        status = status_of(r.severity for r in reasons) if report.sentences else EMPTY
        grade = round(report.grade, 1)
        fields.append(
            {
                "name": item.field.name,
                "label": item.field.label,
                "kind": item.field.kind,
                "empty": not report.sentences,
                "grade": grade,
                "max_grade": limits.max_grade,
                "warn_grade": limits.warn_grade,
                # The panel then says from which grade the field is nearly too hard;
                # a field warning only about terms or sentences does not need telling.
                "grade_nearly_too_hard": (
                    status == WARN and limits.warn_grade is not None and grade > limits.warn_grade
                ),
                "words": report.metrics.words,
                "status": status,
                "status_label": EMPTY_WORDS if status == EMPTY else STATUS_WORDS[status],
                # The grade without the field's terms and abbreviations: what is left of
                # its grade is what they add.
                "grade_without_jargon": (
                    round(report.grade_without_jargon, 1) if report.sentences else None
                ),
                "messages": [
                    {"severity": r.severity, "message": r.message}
                    for r in reasons
                    if not (r.code in SENTENCE_CODES and (r.start, r.end) in shown_spans)
                ],
                "hard_sentences": [
                    {
                        "text": sentence.text,
                        "grade": round(sentence.grade, 1),
                        "flags": list(sentence.flags),
                        "flag_words": [FLAG_WORDS.get(flag, flag) for flag in sentence.flags],
                        # Why it is hard and what to do, in the writer's words.
                        "reasons": [
                            {
                                "code": why.code,
                                "label": why.label[:1].upper() + why.label[1:],
                                "detail": why.detail,
                                "message": why.message,
                                "suggestion": why.suggestion,
                            }
                            for why in report.why_hard(sentence)
                        ],
                    }
                    for sentence in shown
                ],
                "hard_sentence_count": len(hard),
                "jargon": [
                    {
                        "text": hit.text,
                        "reason": hit.reason,
                        "reason_words": REASON_WORDS.get(hit.reason, hit.reason),
                        "plain": hit.plain,
                        "definition": hit.definition,
                        # The gate's words for it, naming who suggests what instead.
                        "message": jargon_message(hit, item.field.label.lower()),
                        "suggestion": suggestion(hit),
                        "avoid": hit.to_avoid,
                    }
                    for hit in report.unexplained_jargon
                ],
                # Terms left as they are because the page explains them to readers.
                "explained_to_readers": explained_to_readers(report),
            }
        )
    return {
        "status": verdict.status,
        "status_label": STATUS_WORDS[verdict.status],
        "fields_too_hard": sum(1 for item in fields if item["status"] == FAIL),
        # What the automatic check would send back (plain language and accessibility).
        "content_errors": len(verdict.content_errors),
        "can_publish": verdict.can_publish,
        # A review verdict carries the reviewers' decisions; the live panel's has none.
        "overridden": getattr(verdict, "override", None) is not None,
        "override_reason": getattr(getattr(verdict, "override", None), "reason", ""),
        "signed_off": getattr(verdict, "sign_off", None) is not None,
        "fields": fields,
        "other_reasons": [r.to_dict() for r in verdict.reasons if r.field is None],
    }


def explained_to_readers(report) -> list[str]:
    """The terms of a field that the glossary explains to readers where it is used, once
    each, in the order written."""
    seen: dict[str, str] = {}
    for hit in report.jargon:
        if hit.explained_to_readers:
            seen.setdefault((hit.term or hit.text).lower(), hit.term or hit.text)
    return list(seen.values())
