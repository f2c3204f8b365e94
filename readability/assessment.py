"""How plain and how accessible a page's content is: the judgement behind the editor's
live panel, the automatic plain-language check and the publish gate.

`assess` reads the fields a page declares (`plain_language_fields`) and returns the
plain-language policy's reasons (thresholds from the site's settings) and the content
accessibility findings. It knows nothing of reviews: the `review` app adds the medical
sign-off and any override on top of this to decide whether content may go live.
"""

from dataclasses import dataclass, field

from wagtail.models import Site

from readability.core import analyse
from readability.core.accessibility import check_content
from readability.core.claims import find_overclaims
from readability.core.policy import FieldThresholds, evaluate
from readability.core.severity import ERROR, status_of
from readability.core.why_hard import quote

from .declarations import BODY, LIST, SIMPLE, claims_evidence_level, field_texts
from .models import PlainLanguageSettings
from .term_sources import site_term_index

PLAIN_LANGUAGE = "plain_language"
# A claim stronger than the evidence: a plain-language error, so the same override (by
# a medical reviewer, with a reason) is the only way past it.
CLAIM_TOO_STRONG = "claim_too_strong"
ACCESSIBILITY = "accessibility"


@dataclass(frozen=True)
class GateReason:
    check: str
    severity: str
    message: str
    field: str | None = None
    field_label: str | None = None
    # The engine's reason code and the span it points at (plain-language reasons only):
    # the panel uses them to show a sentence's message once, under that sentence.
    code: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        return {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "field": self.field,
            "field_label": self.field_label,
        }


@dataclass
class Assessment:
    """The reasons found in a page's content, with the engine's report per field."""

    reasons: list[GateReason] = field(default_factory=list)
    reports: dict = field(default_factory=dict)

    @property
    def plain_language_errors(self) -> list[GateReason]:
        return [r for r in self.reasons if r.check == PLAIN_LANGUAGE and r.severity == ERROR]

    @property
    def plain_language_passes(self) -> bool:
        return not self.plain_language_errors

    @property
    def content_errors(self) -> list[GateReason]:
        """What the writer must fix before review (plain-language and accessibility)."""
        return [r for r in self.reasons if r.severity == ERROR]

    def severity_in_force(self, reason: GateReason) -> str:
        """The reason's severity once reviewers' decisions count (a review verdict has
        them; the content alone has none)."""
        return reason.severity

    def status_for(self, reasons) -> str:
        """pass / warn / fail for `reasons`, reviewers' decisions counted."""
        return status_of(self.severity_in_force(reason) for reason in reasons)

    @property
    def blocking(self) -> list[GateReason]:
        """The errors that stop this content going live."""
        return [r for r in self.reasons if self.severity_in_force(r) == ERROR]

    @property
    def can_publish(self) -> bool:
        return not self.blocking

    @property
    def status(self) -> str:
        return self.status_for(self.reasons)

    def as_text(self) -> str:
        return as_lines(r for r in self.reasons if r.severity == ERROR) or "Passed."


def as_lines(reasons) -> str:
    """Reasons one per line, each with the field it is about."""
    return "\n".join(
        f"{reason.field_label + ': ' if reason.field_label else ''}{reason.message}"
        for reason in reasons
    )


# Beyond the simple explanation, unexplained terms are shown as warnings: the writer
# decides, and the medical reviewer sees them.
WARN_ONLY = 10_000
# Fields where the published page explains glossary terms to readers (each term's first
# use is marked up with its definition). The simple explanation is not one: it is read
# first and shown on its own where no definitions appear (listings, search results, the
# feeds, the e-mail digest, the page's description), so it must explain its own words.
DEFINITIONS_SHOWN = frozenset({BODY, LIST})


def thresholds_for_site(site=None) -> dict[str, FieldThresholds]:
    """The limits per kind of field, from the editors' settings for `site`."""
    site = site or Site.objects.filter(is_default_site=True).first()
    settings = PlainLanguageSettings.for_site(site) if site else PlainLanguageSettings()
    return {
        SIMPLE: FieldThresholds(
            max_grade=float(settings.simple_max_grade),
            warn_grade=float(settings.simple_warn_grade),
            max_unexplained_jargon=0 if settings.block_unexplained_jargon else WARN_ONLY,
            max_very_long_sentences=0,
            max_very_hard_sentences=0,
            very_long_words=25,
        ),
        BODY: FieldThresholds(
            max_grade=float(settings.body_max_grade),
            warn_grade=float(settings.body_warn_grade),
            max_unexplained_jargon=WARN_ONLY,
            max_very_long_sentences=2,
            max_very_hard_sentences=2,
            very_long_words=30,
        ),
        LIST: FieldThresholds(
            max_grade=float(settings.list_max_grade),
            warn_grade=float(settings.list_warn_grade),
            max_unexplained_jargon=WARN_ONLY,
            max_very_long_sentences=1,
            very_long_words=30,
            min_words_for_grade=20,
        ),
    }


def assess(page, *, site=None, assessment: Assessment | None = None) -> Assessment:
    """The plain-language and accessibility reasons for `page`'s content as it stands on
    the object (build it with `revision.as_object()` to assess a revision). Fills and
    returns `assessment` when given, so that a caller's richer verdict can reuse it."""
    verdict = assessment if assessment is not None else Assessment()
    if site is None and page.pk is not None:
        site = page.get_site()
    thresholds = thresholds_for_site(site)
    texts = field_texts(page)
    labels = {item.field.name: item.field.label for item in texts}
    # Fields are read in page order, so a term explained in the simple explanation counts
    # as explained when the key findings use it again.
    explained: set[str] = set()
    terms = site_term_index()
    for item in texts:
        limits = thresholds[item.field.kind]
        report = analyse(
            item.text,
            html=item.is_html,
            extra_terms=terms,
            limits=limits.sentence_limits,
            explained=explained,
            definitions_shown=item.field.kind in DEFINITIONS_SHOWN,
        )
        explained.update(report.explained_terms)
        verdict.reports[item.field.name] = report
    policy = evaluate(
        verdict.reports,
        {item.field.name: thresholds[item.field.kind] for item in texts},
        labels={name: label.lower() for name, label in labels.items()},
    )
    for reason in policy.reasons:
        verdict.reasons.append(
            GateReason(
                check=PLAIN_LANGUAGE,
                severity=reason.severity,
                message=reason.message,
                field=reason.field,
                field_label=labels[reason.field],
                code=reason.code,
                start=reason.start,
                end=reason.end,
            )
        )
    verdict.reasons.extend(_claim_reasons(page, texts, verdict.reports))
    for item in texts:
        for finding in check_content(
            item.text,
            is_html=item.is_html,
            structure=item.markup_by_writer,
            top_level=item.field.first_heading_level,
        ):
            verdict.reasons.append(
                GateReason(
                    check=ACCESSIBILITY,
                    severity=finding.severity,
                    message=finding.message,
                    field=item.field.name,
                    field_label=item.field.label,
                )
            )
    return verdict


def _claim_reasons(page, texts, reports) -> list[GateReason]:
    """Words that claim more than the page's evidence level can show, as errors."""
    level = claims_evidence_level(page)
    if level is None:
        return []
    reasons = []
    for item in texts:
        report = reports[item.field.name]
        for finding in find_overclaims(report.text, level):
            sentence = next((s for s in report.sentences if s.start <= finding.start < s.end), None)
            where = f" In “{quote(sentence.text, limit=80)}”:" if sentence is not None else ""
            reasons.append(
                GateReason(
                    check=PLAIN_LANGUAGE,
                    severity=ERROR,
                    message=f"Too strong for the evidence.{where} {finding.message} "
                    f"{finding.advice}",
                    field=item.field.name,
                    field_label=item.field.label,
                    code=CLAIM_TOO_STRONG,
                    start=finding.start,
                    end=finding.end,
                )
            )
    return reasons
