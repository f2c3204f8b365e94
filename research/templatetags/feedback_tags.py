from django import template

from ..feedback.block import TEMPLATE, block_context
from ..feedback.views import OVERRIDE_ATTRIBUTE

register = template.Library()


@register.inclusion_tag(TEMPLATE, takes_context=True)
def summary_feedback(context, page):
    """{% summary_feedback page %}: the “Was this summary helpful?” block."""
    request = context["request"]
    override = getattr(request, OVERRIDE_ATTRIBUTE, None) or {}
    return block_context(request, page, **override)
