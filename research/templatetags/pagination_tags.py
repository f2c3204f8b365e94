from django import template
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def page_number_links(page_obj, page_query_prefix=""):
    """{% page_number_links page_obj page_query_prefix %}: a list item linking to each
    page of the listing, the current one marked. Built in Python rather than a template
    loop: a listing of every summary has hundreds of pages, and a loop of template tags
    over them took longer than the rest of the page together."""
    current = page_obj.number
    return format_html_join(
        "\n",
        '<li><a href="?{}page={}"{}>{}</a></li>',
        (
            (
                page_query_prefix,
                number,
                mark_safe(' aria-current="page"') if number == current else "",
                number,
            )
            for number in page_obj.paginator.page_range
        ),
    )
