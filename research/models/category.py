from django import forms
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from currency.models import ReviewIntervalMixin
from review.forms import EditorsPageForm, ReviewedCopyForm

from ..pagination import SUMMARIES_PER_PAGE, paginate
from .listing_counts import counts_under_pages, summaries_under
from .summary import ResearchSummaryPage

# Sub-paths the research index answers itself (its `latest` and `topics` routes): a
# category directly under the index with one of these slugs would be unreachable.
RESERVED_SLUGS = frozenset({"latest", "topics"})


class CategoryPageForm(EditorsPageForm):
    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        # A category's parent is the research index or another category.
        under_the_index = parent is not None and parent.specific_class is not CategoryPage
        if slug in RESERVED_SLUGS and under_the_index:
            raise forms.ValidationError(
                f"“{slug}” is used by the research index for its own listing. "
                "Choose another slug for this category.",
                code="reserved_slug",
            )
        return slug


class CategoryPage(ReviewIntervalMixin, Page):
    """A branch of the research tree. Categories may hold sub-categories; a category's
    listing includes the summaries of its sub-categories."""

    intro = models.TextField(
        blank=True, help_text="One or two plain sentences on what readers find here."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, FieldPanel("review_interval_months")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = CategoryPageForm
    # Copying a category with its sub-pages would copy reviewed summaries.
    copy_form_class = ReviewedCopyForm

    parent_page_types = ["research.ResearchIndexPage", "research.CategoryPage"]
    subpage_types = ["research.CategoryPage", "research.ResearchSummaryPage"]

    page_description = "For editors: a branch of the research tree that holds summaries."

    class Meta:
        verbose_name = "category"
        verbose_name_plural = "categories"

    def subcategories(self):
        return CategoryPage.objects.child_of(self).live().public().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subcategories"] = with_summary_counts(self.subcategories())
        context["summaries"] = paginate(
            request,
            ResearchSummaryPage.objects.for_readers(self),
            SUMMARIES_PER_PAGE,
            count=summaries_under(self),
        )
        return context


def with_summary_counts(categories) -> list[tuple[CategoryPage, int]]:
    """(category, how many summaries readers find in it, its sub-categories' included)
    for each category, counting what `ResearchSummaryPage.objects.for_readers(category)`
    lists. The counts are kept for the whole tree (listing_counts), so neither the
    number of queries nor the work grows with the categories or the summaries."""
    counts = counts_under_pages()
    return [(category, counts.get(category.path, 0)) for category in categories]
