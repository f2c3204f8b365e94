from django import template

from ..models import ResearchIndexPage
from ..models.index import topic_links_under

register = template.Library()


@register.simple_tag
def topic_links(summary, ancestors=None) -> list[tuple[str, str]]:
    """{% topic_links page ancestors as links %}: (name, url) for each of a summary's
    topics, linking to the research index's topic listing while the index is live, else
    names only. A tag rather than page context: the summary model does not know the
    index. `ancestors`, the summary's ancestor pages when the view has them already,
    saves looking for the index again."""
    if ancestors:
        index_page = next(
            (page for page in ancestors if page.specific_class is ResearchIndexPage), None
        )
        index_url = index_page.url if index_page is not None and index_page.live else None
    else:
        index_page = ResearchIndexPage.objects.ancestor_of(summary).live().first()
        index_url = index_page.url if index_page is not None else None
    if index_url is None:
        return [(topic.name, "") for topic in summary.topics_by_name]
    return topic_links_under(index_url, summary)
