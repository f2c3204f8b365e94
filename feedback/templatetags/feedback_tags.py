from django import template

from ..block import CONTEXT_NAME, TEMPLATE, block_context

register = template.Library()


@register.inclusion_tag(TEMPLATE, takes_context=True)
def summary_feedback(context, page):
    """{% summary_feedback page %}: the “Was this summary helpful?” block."""
    return context.get(CONTEXT_NAME) or block_context(context["request"], page)
