from django.db import models
from django.db.models import Count, Q
from django.http import Http404

from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from review.forms import EditorsPageForm, ReviewedCopyForm

from ..pagination import SUMMARIES_PER_PAGE, paginate
from .category import CategoryPage, with_summary_counts
from .listing_counts import summaries_under, summaries_with_topic
from .summary import ResearchSummaryPage, ResearchSummaryTopic


class ResearchIndexPage(RoutablePageMixin, Page):
    """/research/: every category, the latest summaries, and listings by topic."""

    intro = models.TextField(
        blank=True, help_text="One or two plain sentences shown above the categories."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["research.CategoryPage"]
    max_count = 1
    base_form_class = EditorsPageForm
    # Copying the index with its sub-pages would copy reviewed summaries.
    copy_form_class = ReviewedCopyForm

    class Meta:
        verbose_name = "research index"

    def categories(self):
        return CategoryPage.objects.child_of(self).live().public().order_by("title")

    def navigation_items(self):
        return [
            ("Categories", self.url),
            ("Latest research", self.url + self.reverse_subpage("latest")),
        ]

    @path("")
    def index_route(self, request, *args, **kwargs):
        # Counted here rather than in get_context, which the other listings (latest,
        # topics) render through too, and which show neither.
        request.is_preview = getattr(request, "is_preview", False)
        return self.render(
            request,
            context_overrides={
                "categories": with_summary_counts(self.categories()),
                "latest_summaries": ResearchSummaryPage.objects.for_readers(self)[:5],
            },
        )

    @path("latest/", name="latest")
    def latest(self, request):
        return self.render(
            request,
            template="research/latest_research.html",
            context_overrides={
                "summaries": paginate(
                    request,
                    ResearchSummaryPage.objects.for_readers(self),
                    SUMMARIES_PER_PAGE,
                    count=summaries_under(self),
                ),
                "listing_title": "Latest research",
            },
        )

    @path("topics/", name="topics")
    def topics(self, request):
        return self.render(
            request,
            template="research/topic_index.html",
            context_overrides={"topics": topics_with_counts(self)},
        )

    @path("topics/<slug:topic_slug>/", name="topic")
    def topic(self, request, topic_slug):
        topic = Tag.objects.filter(slug=topic_slug).first()
        if topic is None:
            raise Http404("No such topic")
        # A subquery rather than a join: no duplicate rows, so no DISTINCT over whole
        # rows, and the newest-first index still serves the order.
        tagged = ResearchSummaryTopic.objects.filter(tag=topic).values("content_object_id")
        summaries = ResearchSummaryPage.objects.for_readers(self).filter(pk__in=tagged)
        return self.render(
            request,
            template="research/topic_listing.html",
            context_overrides={
                "topic": topic,
                "summaries": paginate(
                    request,
                    summaries,
                    SUMMARIES_PER_PAGE,
                    count=summaries_with_topic(self, topic_slug),
                ),
            },
        )

    def topic_links(self, summary: ResearchSummaryPage) -> list[tuple[str, str]]:
        """(name, url) for each of a summary's topics, linking to its listing here."""
        return topic_links_under(self.url, summary)

    def topic_url(self, topic_slug: str) -> str:
        return self.url + self.topic_path(topic_slug)

    @classmethod
    def topic_path(cls, topic_slug: str) -> str:
        """A topic listing's path under the index: the same for every index page, so
        the index's URL is all a caller needs (a plain Page of it will do)."""
        return cls.get_resolver().reverse("topic", topic_slug=topic_slug)


def topic_links_under(index_url: str, summary: ResearchSummaryPage) -> list[tuple[str, str]]:
    return [
        (topic.name, index_url + ResearchIndexPage.topic_path(topic.slug))
        for topic in summary.topics_by_name
    ]


def topics_with_counts(index_page: ResearchIndexPage):
    """Topics used by at least one live summary under the index, with how many."""
    summary_ids = ResearchSummaryPage.objects.for_readers(index_page).values("pk")
    return (
        Tag.objects.annotate(
            summary_count=Count(
                "research_researchsummarytopic_items",
                filter=Q(research_researchsummarytopic_items__content_object__in=summary_ids),
                distinct=True,
            )
        )
        .filter(summary_count__gt=0)
        .order_by("name")
    )
