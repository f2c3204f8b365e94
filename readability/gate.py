"""The one publish gate. Everything that decides whether content may go live calls
`judge`: the editor's live panel, the publish form checks, the workflow tasks, the
model backstop, the reports and the command-line audit.

A verdict combines the plain-language policy (per declared field, thresholds from the
site's settings), the content accessibility checks, any override recorded for this
content, and the medical sign-off that the page type requires. Only plain-language
failures can be overridden; accessibility errors must be fixed.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from readability.core import analyse
from readability.core.accessibility import check_content
from readability.core.policy import FieldThresholds, evaluate

from .declarations import BODY, LIST, SIMPLE, content_fingerprint, field_texts

OVERRIDE_LOG_ACTION = "readability.override"

PLAIN_LANGUAGE = "plain_language"
ACCESSIBILITY = "accessibility"
SIGN_OFF = "sign_off"

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class GateReason:
    check: str
    severity: str
    message: str
    field: str | None = None
    field_label: str | None = None

    def to_dict(self) -> dict:
        return {
            "check": self.check,
            "severity": self.severity,
            "message": self.message,
            "field": self.field,
            "field_label": self.field_label,
        }


@dataclass
class GateVerdict:
    reasons: list[GateReason] = field(default_factory=list)
    reports: dict = field(default_factory=dict)
    override: object | None = None
    sign_off: object | None = None

    @property
    def plain_language_errors(self) -> list[GateReason]:
        return [r for r in self.reasons if r.check == PLAIN_LANGUAGE and r.severity == ERROR]

    @property
    def blocking(self) -> list[GateReason]:
        """Errors that stop publishing: plain-language ones unless overridden."""
        return [
            reason
            for reason in self.reasons
            if reason.severity == ERROR
            and not (reason.check == PLAIN_LANGUAGE and self.override is not None)
        ]

    @property
    def can_publish(self) -> bool:
        return not self.blocking

    @property
    def plain_language_passes(self) -> bool:
        return not self.plain_language_errors

    @property
    def content_errors(self) -> list[GateReason]:
        """What the writer must fix (everything but a missing sign-off), before overrides."""
        return [r for r in self.reasons if r.severity == ERROR and r.check != SIGN_OFF]

    @property
    def status(self) -> str:
        if self.blocking:
            return "fail"
        if any(r.severity == WARNING for r in self.reasons) or self.override is not None:
            return "warn"
        return "pass"

    def as_text(self) -> str:
        lines = [
            f"{reason.field_label + ': ' if reason.field_label else ''}{reason.message}"
            for reason in self.reasons
            if reason.severity == ERROR
        ]
        return "\n".join(lines) or "Passed."


class PublishRefused(ValidationError):
    """Raised by every path that would make a page live against the gate's verdict."""

    def __init__(self, page, verdict: GateVerdict):
        self.page = page
        self.verdict = verdict
        super().__init__(
            f"“{page.title}” cannot be published: "
            + "; ".join(reason.message for reason in verdict.blocking),
            code="publish_refused",
        )


# Beyond the simple explanation, unexplained terms are shown as warnings: the writer
# decides, and the medical reviewer sees them.
WARN_ONLY = 10_000


def thresholds_for_site(site=None) -> dict[str, FieldThresholds]:
    """The limits per kind of field, from the editors' settings for `site`."""
    from wagtail.models import Site

    from .models import PlainLanguageSettings

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


def judge(page, *, require_sign_off: bool | None = None, site=None) -> GateVerdict:
    """The verdict on `page` as it would go live, content as it stands on the object
    (build it with `revision.as_object()` to judge a revision). Overrides and sign-offs
    count only for exactly this content."""
    verdict = GateVerdict()
    if site is None and page.pk is not None:
        site = page.get_site()
    thresholds = thresholds_for_site(site)
    texts = field_texts(page)
    labels = {item.field.name: item.field.label for item in texts}
    # Fields are read in page order, so a term explained in the simple explanation counts
    # as explained when the key findings use it again.
    explained: set[str] = set()
    for item in texts:
        limits = thresholds[item.field.kind]
        report = analyse(
            item.text, html=item.is_html, limits=limits.sentence_limits, explained=explained
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
                severity=ERROR if reason.severity == "fail" else WARNING,
                message=reason.message,
                field=reason.field,
                field_label=labels[reason.field],
            )
        )
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
                    severity=ERROR if finding.severity == "error" else WARNING,
                    message=finding.message,
                    field=item.field.name,
                    field_label=item.field.label,
                )
            )
    verdict.override, verdict.sign_off = decisions_for(page)
    if require_sign_off is None:
        require_sign_off = getattr(page, "requires_sign_off", False)
    if require_sign_off and verdict.sign_off is None:
        verdict.reasons.append(
            GateReason(
                check=SIGN_OFF,
                severity=ERROR,
                message="A medical reviewer has not approved this version. "
                "Submit it for review instead of publishing it.",
            )
        )
    return verdict


def decisions_for(page):
    """The override and the sign-off recorded for this page's current content, if any."""
    from .models import PlainLanguageOverride, ReviewSignOff

    if page.pk is None:
        return None, None
    matching = {"object_id": str(page.pk), "fingerprint": content_fingerprint(page)}
    return (
        PlainLanguageOverride.objects.filter(**matching).first(),
        ReviewSignOff.objects.filter(**matching).first(),
    )


def record_sign_off(revision, user):
    from .models import ReviewSignOff

    page = revision.as_object()
    return ReviewSignOff.objects.create(
        revision=revision, object_id=str(page.pk), fingerprint=content_fingerprint(page), user=user
    )


def record_override(revision, user, reason: str, failed_checks: list[dict]):
    """Let this content go live although its plain-language check fails, with the reason
    kept on the record and written to the page's audit log."""
    from wagtail.log_actions import log

    from .models import PlainLanguageOverride

    page = revision.as_object()
    override = PlainLanguageOverride.objects.create(
        revision=revision,
        object_id=str(page.pk),
        fingerprint=content_fingerprint(page),
        user=user,
        reason=reason,
        failed_checks=failed_checks,
    )
    log(
        instance=page,
        action=OVERRIDE_LOG_ACTION,
        user=user,
        revision=revision,
        data={"reason": reason, "failed_checks": failed_checks},
    )
    return override
