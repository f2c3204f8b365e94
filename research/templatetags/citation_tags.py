from django import template

from ..citation import cite_summary
from ..descriptions import STRUCTURED_DATA_DESCRIPTION_LENGTH, describe
from ..structured_data import json_ld_script, summary_structured_data

register = template.Library()


# The site's public name comes from the template (the site settings), so that research
# does not import the site shell that depends on it.
@register.simple_tag(takes_context=True)
def summary_json_ld(context, page, site_name):
    """{% summary_json_ld page site_name %}: a <script type="application/ld+json"> block."""
    request = context.get("request")
    description = describe(page, STRUCTURED_DATA_DESCRIPTION_LENGTH)
    data = summary_structured_data(page, site_name, description, request=request)
    return json_ld_script(data)


@register.inclusion_tag("research/components/cite_summary.html", takes_context=True)
def cite_this_summary(context, page, site_name):
    """{% cite_this_summary page site_name %}: the "Cite this summary" block."""
    return {"page": page, "citation": cite_summary(page, site_name, context.get("request"))}
