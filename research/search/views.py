from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from glossary.search import glossary_matches

from ..models import ResearchIndexPage
from ..pagination import paginate
from .cached_options import cached_filter_options
from .criteria import MAX_QUERY_LENGTH, read_criteria
from .engine import find_summaries

RESULTS_PER_PAGE = 12
SUGGESTED_TOPICS = 8


@require_safe
def search(request):
    """/search/: words and filters over published summaries; filters alone browse."""
    index_page = ResearchIndexPage.objects.live().public().first()
    options = cached_filter_options(index_page)
    criteria = read_criteria(request.GET, options)
    context = {
        "criteria": criteria,
        "options": options,
        "max_query_length": MAX_QUERY_LENGTH,
        "research_index": index_page,
        "results": None,
        "glossary_results": [],
    }
    if criteria.query:
        context["glossary_results"] = glossary_matches(criteria.query)
    if not criteria.is_empty:
        outcome = find_summaries(criteria, index_page)
        results = paginate(request, outcome.results, RESULTS_PER_PAGE)
        context.update(
            results=results,
            matched_every_word=outcome.matched_every_word,
            page_query_prefix=urlencode(criteria.as_params()) + "&",
            without_filters_url="?" + urlencode({"q": criteria.query}) if criteria.query else "",
        )
        if not results.paginator.count:
            context.update(suggestions(index_page, options))
    else:
        context.update(suggestions(index_page, options))
    return TemplateResponse(request, "research/search.html", context)


def suggestions(index_page, options) -> dict:
    """Where to go when a search finds nothing: the top-level categories and the topics
    with the most summaries."""
    if index_page is None:
        return {"suggested_categories": [], "suggested_topics": []}
    top_level = [option.page for option in options.categories if option.depth == 0]
    popular = sorted(options.topics, key=lambda topic: (-topic.summary_count, topic.name))
    return {
        "suggested_categories": top_level,
        "suggested_topics": [
            (topic, index_page.topic_url(topic.slug)) for topic in popular[:SUGGESTED_TOPICS]
        ],
    }
