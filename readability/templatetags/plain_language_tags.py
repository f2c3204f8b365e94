"""Plain-language words for admin templates, so that they spell none of their own."""

from django import template

from readability.core.severity import status_of
from readability.names import RESUBMIT_BUTTON, SUBMIT_BUTTON

register = template.Library()


@register.filter
def status(reasons) -> str:
    """`{{ verdict.content_errors|status }}`: pass / warn / fail for these reasons."""
    return status_of(reason.severity for reason in reasons)


@register.simple_tag
def submit_buttons() -> str:
    """The editor's buttons that send a page to review, space-separated for the panel's
    script, which asks before a submission the automatic check would send back."""
    return " ".join((SUBMIT_BUTTON, RESUBMIT_BUTTON))
