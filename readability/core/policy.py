"""Is a page plain enough to publish? Reports per field against thresholds per field.

Thresholds are data the caller passes (the CMS keeps them in settings or the database);
``DEFAULT_THRESHOLDS`` is a starting point::

    verdict = evaluate(
        {"simple_explanation": analyse(text), "key_points": [analyse(p) for p in points]},
        DEFAULT_THRESHOLDS,
    )
    verdict.status        # PASS, WARN or FAIL, from ``severity``
    verdict.reasons       # what to fix, errors first, with spans into each report
    verdict.to_dict()

A field's report may be a single ``Report`` or a list of them (list items, key points):
short items are judged as a group, their grade the word-weighted mean of the items'
grades, since a five-word item has no stable grade of its own. Each reason then says
which item (``item``, an index into the list) its span points into.

Severities: a field has an **error** (and fails) when its grade is above ``max_grade``,
when it has more unexplained terms than ``max_unexplained_jargon`` (each is then an
error), or more very long / very hard / passive sentences than allowed. It has a
**warning** when its grade is above ``warn_grade``, for unexplained terms within the
allowance, and for each very long or very hard sentence within the allowance. A limit of
``None`` is not checked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .jargon import JargonHit, jargon_message, suggestion
from .report import Report, SentenceLimits, SentenceReport
from .severity import ERROR, PASS, WARNING, status_of
from .why_hard import PASSIVE_VOICE, TOO_LONG, quote, split_point, words_before


@dataclass(frozen=True, slots=True)
class FieldThresholds:
    """Limits for one kind of field. ``None`` switches a check off."""

    max_grade: float = 8.0
    warn_grade: float | None = 7.0
    max_unexplained_jargon: int | None = 0
    max_very_long_sentences: int | None = None
    max_very_hard_sentences: int | None = None
    max_passive_sentences: int | None = None
    very_long_words: int = 25
    # A sentence is worth a writer's look (hard) this many grades above the field's
    # limit, and very hard this many: one sentence's grade scatters widely around its
    # text's (a text at its limit has many sentences above it), so flagging every
    # sentence above the limit would bury the few that make the text hard.
    hard_margin: float = 2.0
    very_hard_margin: float = 4.0
    # Texts shorter than this have no grade check (too short for a stable grade).
    min_words_for_grade: int = 0
    label: str | None = None

    @property
    def very_hard_grade(self) -> float:
        return self.max_grade + self.very_hard_margin

    @property
    def sentence_limits(self) -> SentenceLimits:
        """Pass to ``analyse(limits=...)`` so that sentence flags match this field."""
        return SentenceLimits(
            very_long_words=self.very_long_words,
            hard_grade=self.max_grade + self.hard_margin,
            very_hard_grade=self.very_hard_grade,
        )


# Plain writing about spinal cord injury (where "spinal cord injury" itself is needed)
# comes out around grade 6-7.5 here; technical abstracts around 17.
DEFAULT_THRESHOLDS: dict[str, FieldThresholds] = {
    # NIH and most plain-language guidance: below grade 8 for the public.
    "simple_explanation": FieldThresholds(
        max_grade=8.0,
        warn_grade=7.5,
        max_unexplained_jargon=0,
        max_very_long_sentences=0,
        max_very_hard_sentences=0,
        very_long_words=25,
        label="simple explanation",
    ),
    "summary": FieldThresholds(
        max_grade=12.0,
        warn_grade=10.0,
        max_unexplained_jargon=2,
        max_very_long_sentences=2,
        max_very_hard_sentences=2,
        very_long_words=30,
        label="research summary",
    ),
    "key_points": FieldThresholds(
        max_grade=8.0,
        warn_grade=7.5,
        max_unexplained_jargon=0,
        max_very_long_sentences=0,
        very_long_words=25,
        min_words_for_grade=20,
        label="key points",
    ),
    "title": FieldThresholds(
        max_grade=10.0,
        warn_grade=None,
        max_unexplained_jargon=1,
        min_words_for_grade=8,
        label="title",
    ),
}


@dataclass(frozen=True, slots=True)
class Reason:
    field: str
    severity: str  # ERROR or WARNING
    code: str  # "grade", "jargon", "very_long_sentence", "very_hard_sentence", "passive"
    message: str
    start: int | None = None
    end: int | None = None
    item: int | None = None  # index of the report in a field given as a list
    suggestion: str | None = None  # e.g. the plain alternative of a term

    def to_dict(self) -> dict[str, object]:
        return {
            "field": self.field,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "item": self.item,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    status: str
    reasons: tuple[Reason, ...] = ()
    grades: dict[str, float] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return self.status == PASS

    def to_dict(self) -> dict[str, object]:
        return {
            "status": self.status,
            "grades": {name: round(grade, 1) for name, grade in self.grades.items()},
            "reasons": [reason.to_dict() for reason in self.reasons],
        }


def _number(value: float) -> str:
    """8.0 as "8", 7.5 as "7.5"."""
    return f"{value:g}"


def _label(field_name: str, thresholds: FieldThresholds, labels: Mapping[str, str] | None) -> str:
    if labels and field_name in labels:
        return labels[field_name]
    return thresholds.label or field_name.replace("_", " ")


def evaluate(
    reports_by_field: Mapping[str, Report | Sequence[Report]],
    thresholds_by_field: Mapping[str, FieldThresholds],
    *,
    labels: Mapping[str, str] | None = None,
    default: FieldThresholds | None = None,
) -> Verdict:
    """Judge each field's report(s) against its thresholds.

    Fields with no thresholds use ``default`` or, without one, are not judged.
    ``labels`` (field -> human name) overrides ``FieldThresholds.label`` in messages.
    """
    reasons: list[Reason] = []
    grades: dict[str, float] = {}
    for field_name, reports in reports_by_field.items():
        thresholds = thresholds_by_field.get(field_name, default)
        if thresholds is None:
            continue
        items = [reports] if isinstance(reports, Report) else list(reports)
        grouped = not isinstance(reports, Report)
        label = _label(field_name, thresholds, labels)
        grade, words = _group_grade(items)
        grades[field_name] = grade
        reasons.extend(_grade_reasons(field_name, label, grade, words, thresholds))
        reasons.extend(_jargon_reasons(field_name, label, items, grouped, thresholds))
        reasons.extend(_sentence_reasons(field_name, label, items, grouped, thresholds))
    reasons.sort(key=lambda reason: reason.severity != ERROR)
    status = status_of(reason.severity for reason in reasons)
    return Verdict(status=status, reasons=tuple(reasons), grades=grades)


def _group_grade(items: list[Report]) -> tuple[float, int]:
    words = sum(report.metrics.words for report in items)
    if not words:
        return 0.0, 0
    return sum(report.grade * report.metrics.words for report in items) / words, words


def _grade_reasons(
    field_name: str, label: str, grade: float, words: int, thresholds: FieldThresholds
) -> Iterator[Reason]:
    if words == 0 or words < thresholds.min_words_for_grade:
        return
    if grade > thresholds.max_grade:
        yield Reason(
            field_name,
            ERROR,
            "grade",
            f"Grade {grade:.1f} is above the limit of {_number(thresholds.max_grade)} "
            f"for the {label}",
        )
    elif thresholds.warn_grade is not None and grade > thresholds.warn_grade:
        yield Reason(
            field_name,
            WARNING,
            "grade",
            f"Grade {grade:.1f} is close to the limit of {_number(thresholds.max_grade)} "
            f"for the {label}",
        )


def _jargon_reasons(
    field_name: str,
    label: str,
    items: list[Report],
    grouped: bool,
    thresholds: FieldThresholds,
) -> Iterator[Reason]:
    if thresholds.max_unexplained_jargon is None:
        return
    firsts: list[tuple[int | None, JargonHit]] = []
    seen: set[str] = set()
    for index, report in enumerate(items):
        for hit in report.unexplained_jargon:
            key = (hit.term or hit.text).lower()
            if key not in seen:
                seen.add(key)
                firsts.append((index if grouped else None, hit))
    severity = ERROR if len(firsts) > thresholds.max_unexplained_jargon else WARNING
    for item, hit in firsts:
        message = jargon_message(hit, label)
        yield Reason(
            field_name, severity, "jargon", message, hit.start, hit.end, item, suggestion(hit)
        )


# One sentence check: code, limit, which sentences it flags, the message for one of
# them (given its report), and the noun for them (singular, plural).
_SentenceCheck = tuple[
    str,
    int | None,
    Callable[[SentenceReport], bool],
    Callable[[Report, SentenceReport], str],
    tuple[str, str],
]


def _why(report: Report, sentence: SentenceReport, leave_out: tuple[str, ...] = ()) -> str:
    """ " — 34 words (could split after 'injury,'); rare words: ...", or ""."""
    reasons = [reason for reason in report.why_hard(sentence) if reason.code not in leave_out]
    return " — " + "; ".join(reason.message for reason in reasons) if reasons else ""


def _split_hint(report: Report, sentence: SentenceReport) -> str:
    at = split_point(report.text, sentence.start, sentence.end)
    if at is None:
        return ""
    return f"could split after '{words_before(report.text, sentence.start, at)}'"


def _why_long(report: Report, sentence: SentenceReport, very_hard: bool) -> str:
    """Where to split; the other reasons too, unless the very hard message gives them."""
    hints = [_split_hint(report, sentence)]
    if not very_hard:
        hints.extend(
            reason.message for reason in report.why_hard(sentence) if reason.code != TOO_LONG
        )
    hints = [hint for hint in hints if hint]
    return " — " + "; ".join(hints) if hints else ""


def _why_passive(report: Report, sentence: SentenceReport) -> str:
    for reason in report.why_hard(sentence):
        if reason.code == PASSIVE_VOICE and reason.suggestion:
            return " — " + reason.suggestion[0].lower() + reason.suggestion[1:].rstrip(".")
    return ""


def _sentence_reasons(
    field_name: str,
    label: str,
    items: list[Report],
    grouped: bool,
    thresholds: FieldThresholds,
) -> Iterator[Reason]:
    def very_hard(sentence: SentenceReport) -> bool:
        return sentence.grade >= thresholds.very_hard_grade

    checks: tuple[_SentenceCheck, ...] = (
        (
            "very_long_sentence",
            thresholds.max_very_long_sentences,
            lambda sentence: sentence.words > thresholds.very_long_words,
            lambda report, sentence: (
                f"Sentence has {sentence.words} words (more than "
                f"{thresholds.very_long_words}): '{quote(sentence.text, limit=60)}'"
                + _why_long(
                    report,
                    sentence,
                    thresholds.max_very_hard_sentences is not None and very_hard(sentence),
                )
            ),
            ("very long sentence", "very long sentences"),
        ),
        (
            "very_hard_sentence",
            thresholds.max_very_hard_sentences,
            very_hard,
            lambda report, sentence: (
                f"Sentence is very hard to read (grade {sentence.grade:.1f}): "
                f"'{quote(sentence.text, limit=60)}'" + _why(report, sentence)
            ),
            ("very hard sentence", "very hard sentences"),
        ),
        (
            "passive",
            thresholds.max_passive_sentences,
            lambda sentence: bool(sentence.passive),
            lambda report, sentence: (
                f"Sentence uses the passive voice: '{quote(sentence.text, limit=60)}'"
                + _why_passive(report, sentence)
            ),
            ("sentence in the passive voice", "sentences in the passive voice"),
        ),
    )
    for code, limit, applies, describe, (singular, plural) in checks:
        if limit is None:
            continue
        found = [
            (index if grouped else None, report, sentence)
            for index, report in enumerate(items)
            for sentence in report.sentences
            if applies(sentence)
        ]
        if len(found) > limit:
            yield Reason(
                field_name,
                ERROR,
                code,
                f"{len(found)} {singular if len(found) == 1 else plural} in the {label}; "
                f"at most {limit} allowed",
            )
        for item, report, sentence in found:
            yield Reason(
                field_name,
                WARNING,
                code,
                describe(report, sentence),
                sentence.start,
                sentence.end,
                item,
            )
