"""The verdict: may this content go live? The only judge of publishing.

It takes the readability app's assessment of the content (plain language and
accessibility) and adds what reviewers decided about exactly this content: the medical
sign-off that page types with `requires_sign_off` need, and any plain-language override.
Only plain-language failures can be overridden; accessibility errors must be fixed.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from readability.assessment import PLAIN_LANGUAGE, Assessment, GateReason, assess
from readability.core.severity import ERROR, WARNING, status_of

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

    def severity_in_force(self, reason: GateReason) -> str:
        """An override lets plain-language errors through: they count as warnings."""
        if reason.check == PLAIN_LANGUAGE and self.override is not None:
            return WARNING
        return reason.severity

    def status_for(self, reasons) -> str:
        # An override is worth a warning even where nothing was left to override.
        decisions = [WARNING] if self.override is not None else []
        return status_of([*map(self.severity_in_force, reasons), *decisions])

    @property
    def content_status(self) -> str:
        """pass / warn / fail for the content alone: a summary waiting for its medical
        review is not "too hard" for lack of a sign-off, and an overridden one is not
        either."""
        return self.status_for(r for r in self.reasons if r.check != SIGN_OFF)

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
