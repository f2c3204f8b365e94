from django import template

from ..feeds import category_path_of, feed_urls
from ..models import ResearchIndexPage

register = template.Library()


@register.simple_tag
def category_feed_urls(category):
    """{% category_feed_urls page as feeds %}: feeds.0 is RSS, feeds.1 Atom."""
    index = ResearchIndexPage.objects.ancestor_of(category).first()
    if index is None:
        return feed_urls()
    return feed_urls(category_path_of(category, index))
