"""A short text held to the simple explanation's limits, such as a glossary definition:
readers meet it on its own (in a term's pop-up, on the glossary page), so it must be as
easy as the text every reader sees first, and explain every hard term it uses."""

from readability.core import analyse
from readability.core.jargon import MEDICAL_TERM, UNEXPLAINED_ABBREVIATION, suggestion
from readability.core.policy import FieldThresholds
from readability.core.terms import TermIndex

from .assessment import thresholds_for_site
from .declarations import SIMPLE
from .term_sources import site_term_index

# Words found by their frequency alone are the writer's call (they are flagged as
# warnings in the editor): the check refuses listed terms and abbreviations.
REFUSED_REASONS = frozenset({MEDICAL_TERM, UNEXPLAINED_ABBREVIATION})


def _number(value: float) -> str:
    return f"{value:g}"


def simple_text_problems(
    text: str,
    *,
    what: str = "text",
    allow: tuple[str, ...] = (),
    terms: TermIndex | None = None,
    limits: FieldThresholds | None = None,
    site=None,
) -> list[str]:
    """Why `text` is harder than the simple explanation may be, one message each, or [].

    `what` names the text in messages ("definition"); `allow`: words it may use as they
    are (a definition may name its own term); `terms`: the term list (the site's by
    default); `limits`: the simple explanation's limits, else those of `site` (the
    default site's by default).
    """
    if not text.strip():
        return []
    limits = limits or thresholds_for_site(site)[SIMPLE]
    report = analyse(
        text,
        extra_terms=terms if terms is not None else site_term_index(),
        allow=allow or None,
        limits=limits.sentence_limits,
    )
    problems = []
    if report.grade > limits.max_grade:
        hardest = max(report.sentences, key=lambda sentence: sentence.grade)
        problems.append(
            f"The {what} reads at grade {report.grade:.1f}, above the limit of "
            f"{_number(limits.max_grade)} for the simple explanation. The hardest sentence "
            f"is “{hardest.text.strip()}”: use shorter sentences and everyday words."
        )
    seen: set[str] = set()
    for hit in report.jargon:
        key = (hit.term or hit.text).lower()
        if hit.explained or hit.reason not in REFUSED_REASONS or key in seen:
            continue
        seen.add(key)
        how = "spell it out" if hit.reason == UNEXPLAINED_ABBREVIATION else "explain it"
        advice = suggestion(hit)
        problems.append(
            f"“{hit.text}” is a hard term: {how} in the {what}, or use plain words"
            + (f" ({advice[0].lower()}{advice[1:]})." if advice else ".")
        )
    return problems
