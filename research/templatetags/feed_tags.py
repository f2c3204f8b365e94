from django import template

from ..feeds import category_path_of, feed_urls
from ..models import ResearchIndexPage

register = template.Library()


@register.simple_tag
def category_feed_urls(category):
    """{% category_feed_urls page as feeds %}: feeds.0 is RSS, feeds.1 Atom. Worked out
    once per page, however many places of its template show them."""
    if not hasattr(category, "_feed_urls"):
        index = ResearchIndexPage.objects.ancestor_of(category).first()
        category._feed_urls = (
            feed_urls() if index is None else feed_urls(category_path_of(category, index))
        )
    return category._feed_urls
