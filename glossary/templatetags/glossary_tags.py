"""{% glossary_section "name" %}…{% endglossary_section %}: the first use of each glossary
term in the enclosed rendering is marked up for readers (glossary.markup). One tag per
titled part of a page; `name` keeps the panels' ids apart across them."""

from django import template
from django.utils.safestring import mark_safe

from ..markup import mark_up_section
from ..reader_glossary import reader_glossary

register = template.Library()

# One compiled glossary for the whole page, however many sections it has.
_RENDER_KEY = "glossary.reader_glossary"


class GlossarySectionNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        html = self.nodelist.render(context)
        glossary = context.render_context.get(_RENDER_KEY)
        if glossary is None:
            glossary = context.render_context[_RENDER_KEY] = reader_glossary()
        name = self.name.resolve(context)
        # What the enclosed templates rendered is escaped already; the markup escapes
        # the text again as it writes it back, and everything it adds itself.
        return mark_safe(mark_up_section(html, glossary, f"glossary-{name}"))


@register.tag
def glossary_section(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the section's name")
    nodelist = parser.parse(("endglossary_section",))
    parser.delete_first_token()
    return GlossarySectionNode(nodelist, parser.compile_filter(bits[1]))
