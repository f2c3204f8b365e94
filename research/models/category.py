from django import forms
from django.db import models
from django.db.models import Count
from django.db.models.functions import Substr

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from review.forms import EditorsPageForm, ReviewedCopyForm

from ..pagination import SUMMARIES_PER_PAGE, paginate
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


class CategoryPage(Page):
    """A branch of the research tree. Categories may hold sub-categories; a category's
    listing includes the summaries of its sub-categories."""

    intro = models.TextField(
        blank=True, help_text="One or two plain sentences on what readers find here."
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
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
            request, ResearchSummaryPage.objects.for_readers(self), SUMMARIES_PER_PAGE
        )
        return context


def with_summary_counts(categories) -> list[tuple[CategoryPage, int]]:
    """(category, how many summaries readers find in it, its sub-categories' included)
    for each category, counting what `ResearchSummaryPage.objects.for_readers(category)`
    lists: one pass over the summaries for all the categories at once (they are grouped
    by the start of their tree path, which is their ancestor's path at that depth), so
    neither the number of queries nor the work grows with categories times summaries."""
    categories = list(categories)
    counts = {}
    for depth in {category.depth for category in categories}:
        paths = [category.path for category in categories if category.depth == depth]
        counts.update(
            ResearchSummaryPage.objects.live()
            .public()
            .filter(depth__gt=depth)
            .annotate(ancestor_path=Substr("path", 1, depth * Page.steplen))
            .filter(ancestor_path__in=paths)
            .order_by()
            .values("ancestor_path")
            .annotate(count=Count("pk"))
            .values_list("ancestor_path", "count")
        )
    return [(category, counts.get(category.path, 0)) for category in categories]
