"""The glossary page (/glossary/): every live term from A to Z, each with its anchor, for
readers to browse and for the terms marked up on summaries to link to."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class GlossaryPage(Page):
    intro = models.TextField(
        blank=True,
        help_text="A plain sentence or two on what the glossary is for.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "glossary/glossary_page.html"

    class Meta:
        verbose_name = "glossary page"

    def get_context(self, request, *args, **kwargs):
        from ..listing import glossary_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = glossary_listing(request)
        return context
