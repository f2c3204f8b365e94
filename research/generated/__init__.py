"""Generated summaries: synthetic scale data for benchmarks (`manage.py generate_summaries`).

A generated page is marked twice, and both marks count: its slug starts with
`generated-` and its title with `[Generated] `. Its text says on every page that it is
test data made by a computer, not a real study (see `content`).
"""

from django.db.models import Q

from .content import CATEGORY_SLUG, SUMMARY_SLUG, TITLE_PREFIX, TOPIC_SLUG


def generated(slug_prefix: str) -> Q:
    return Q(slug__startswith=slug_prefix, title__startswith=TITLE_PREFIX)


def generated_summaries():
    from ..models import ResearchSummaryPage

    return ResearchSummaryPage.objects.filter(generated(SUMMARY_SLUG))


def generated_categories():
    from ..models import CategoryPage

    return CategoryPage.objects.filter(generated(CATEGORY_SLUG))


def real_summaries():
    """Summaries that are neither generated nor the demo seed's (`seed_demo`): content
    somebody wrote, which generated data must not be mixed into unless forced."""
    from ..demo_content.summaries import SUMMARIES
    from ..models import ResearchSummaryPage

    demo_slugs = [entry["slug"] for entry in SUMMARIES]
    return ResearchSummaryPage.objects.exclude(generated(SUMMARY_SLUG)).exclude(slug__in=demo_slugs)


__all__ = [
    "TOPIC_SLUG",
    "generated_categories",
    "generated_summaries",
    "real_summaries",
]
