"""Reader-facing queries over the research tree, in one place so that every listing
counts and orders summaries the same way."""

from django.db.models import QuerySet

from wagtail.models import Page


def live_summaries(within: Page | None = None) -> QuerySet:
    from .models import ResearchSummaryPage

    summaries = ResearchSummaryPage.objects.live().public()
    if within is not None:
        summaries = summaries.descendant_of(within)
    return summaries.order_by("-first_published_at", "-pk")


def summary_count(within: Page) -> int:
    return live_summaries(within).count()
