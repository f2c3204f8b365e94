from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


# Pages linked on each side of the current one, and at each end of the range; the rest
# are one gap. A listing of every summary has hundreds of pages, and hundreds of links are
# no use to someone tabbing through them or reading them with a screen reader.
PAGES_EACH_SIDE = 2
PAGES_AT_EACH_END = 1
GAP = mark_safe('<li class="pagination__gap" aria-hidden="true">…</li>')


@register.simple_tag
def page_number_links(page_obj, page_query_prefix=""):
    """{% page_number_links page_obj page_query_prefix %}: list items linking to the first
    and last pages and those around the current one (marked), with a gap for the pages
    left out. Built in Python rather than a template loop, which cost more than the rest
    of the page together on a long listing."""
    current = page_obj.number
    paginator = page_obj.paginator
    items = []
    for number in paginator.get_elided_page_range(
        current, on_each_side=PAGES_EACH_SIDE, on_ends=PAGES_AT_EACH_END
    ):
        if number == paginator.ELLIPSIS:
            items.append(GAP)
            continue
        items.append(
            format_html(
                '<li><a href="?{}page={}"{}>{}</a></li>',
                page_query_prefix,
                number,
                mark_safe(' aria-current="page"') if number == current else "",
                number,
            )
        )
    return mark_safe("\n".join(items))
