"""The verdict: may this content go live? The only judge of publishing.

It takes the readability app's assessment of the content (plain language and
accessibility) and adds what reviewers decided about exactly this content: the medical
sign-off that page types with `requires_sign_off` need, and any plain-language override.
Only plain-language failures can be overridden; accessibility errors must be fixed.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from readability.assessment import ERROR, PLAIN_LANGUAGE, Assessment, GateReason, assess

from .signoffs import decisions_for

SIGN_OFF = "sign_off"

NOT_SIGNED_OFF = (
    "A medical reviewer has not approved this version. "
    "Submit it for review instead of publishing it."
)


@dataclass
class Verdict(Assessment):
    override: object | None = None
    sign_off: object | None = None

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
    def content_errors(self) -> list[GateReason]:
        """What the writer must fix (everything but a missing sign-off), before overrides."""
        return [r for r in self.reasons if r.severity == ERROR and r.check != SIGN_OFF]


class PublishRefused(ValidationError):
    """Raised by every path that would show readers content against the verdict."""

    def __init__(self, page, verdict: Verdict):
        self.page = page
        self.verdict = verdict
        super().__init__(
            f"“{page.title}” cannot be published: "
            + "; ".join(reason.message for reason in verdict.blocking),
            code="publish_refused",
        )


def requires_sign_off(page) -> bool:
    return getattr(page, "requires_sign_off", False)


def judge(page, *, require_sign_off: bool | None = None, site=None) -> Verdict:
    """The verdict on `page` as it would go live, content as it stands on the object
    (build it with `revision.as_object()` to judge a revision). Sign-offs and overrides
    count only when in force and for exactly this content."""
    verdict = Verdict()
    assess(page, site=site, assessment=verdict)
    verdict.override, verdict.sign_off = decisions_for(page)
    if require_sign_off is None:
        require_sign_off = requires_sign_off(page)
    if require_sign_off and verdict.sign_off is None:
        verdict.reasons.append(GateReason(check=SIGN_OFF, severity=ERROR, message=NOT_SIGNED_OFF))
    return verdict
