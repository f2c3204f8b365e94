from django import template

from ..models import ResearchIndexPage

register = template.Library()


@register.simple_tag
def topic_links(summary) -> list[tuple[str, str]]:
    """{% topic_links page as links %}: (name, url) for each of a summary's topics,
    linking to the research index's topic listing while the index is live, else names
    only. A tag rather than page context: the summary model does not know the index."""
    index_page = ResearchIndexPage.objects.ancestor_of(summary).live().first()
    if index_page is None:
        return [(topic.name, "") for topic in summary.topics.all().order_by("name")]
    return index_page.topic_links(summary)
