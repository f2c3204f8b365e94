from django.conf import settings
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from research.models import (
    CategoryPage,
    ResearchIndexPage,
    ResearchSummaryPage,
    with_summary_counts,
)

# Defined in its own module; imported here so that Django registers the models.
from .contact import ContactFormField, ContactPage  # noqa: F401
from .routing import DirectRouteMixin
from .site_cache import cached_for_site

STANDARD_PAGE_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "ol", "ul"]


class HomePage(DirectRouteMixin, Page):
    """The site root: what the site is, the newest summaries and the categories."""

    intro = models.TextField(
        blank=True,
        help_text="A plain sentence or two telling readers what this site is for.",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "research.ResearchIndexPage",
        "home.StandardPage",
        "home.ContactPage",
        "glossary.GlossaryPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        research_index = ResearchIndexPage.objects.child_of(self).live().first()
        context["research_index"] = research_index
        context["latest_summaries"] = ResearchSummaryPage.objects.for_readers(self)[:6]
        context["categories"] = (
            with_summary_counts(
                CategoryPage.objects.child_of(research_index).live().public().order_by("title")
            )
            if research_index
            else []
        )
        return context


class StandardPage(Page):
    """A plain page of text such as About or Disclaimer."""

    intro = models.TextField(blank=True, help_text="Optional opening sentence, shown larger.")
    body = RichTextField(features=STANDARD_PAGE_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "standard page"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(
        max_length=100,
        default="Spinal Cord Research Help",
        help_text="Shown in the header, page titles and the copyright line.",
    )
    tagline = models.CharField(
        max_length=255,
        blank=True,
        default="Spinal cord injury research, explained in plain language.",
    )
    notice = models.CharField(
        max_length=300,
        blank=True,
        help_text="Optional notice shown at the top of every page, for example on a demo site.",
    )
    disclaimer_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from every page's footer.",
    )

    # Who we are: readers can check who runs the site, who pays for it and how it works.
    run_by = models.TextField(
        "who runs this site",
        blank=True,
        max_length=1000,
        help_text="Plain text, e.g. 'This site is run by …'. Shown in every page's footer.",
    )
    funded_by = models.TextField(
        "who funds this site",
        blank=True,
        max_length=1000,
        help_text="Plain text: every source of money, or that there is none.",
    )
    editorial_policy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="How summaries are chosen, written and checked. Linked from the footer "
        "and from every summary ('How we write and check summaries').",
    )
    report_error_email = models.EmailField(
        "e-mail for reporting an error",
        blank=True,
        help_text="Where readers report a mistake. Leave empty to send them to the contact page.",
    )
    report_error_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Or a page (such as Contact) where readers report a mistake.",
    )

    # The footer links these on every page: fetched with the settings.
    select_related = ["disclaimer_page", "editorial_policy_page", "report_error_page"]

    panels = [
        FieldPanel("site_name"),
        FieldPanel("tagline"),
        FieldPanel("notice"),
        FieldPanel("disclaimer_page"),
        MultiFieldPanel(
            [
                FieldPanel("run_by"),
                FieldPanel("funded_by"),
                FieldPanel("editorial_policy_page"),
                FieldPanel("report_error_email"),
                FieldPanel("report_error_page"),
            ],
            heading="Who we are",
        ),
    ]

    class Meta:
        verbose_name = "site settings"

    @classmethod
    def for_site(cls, site):
        """Every page shows the settings: kept in the site cache (home.site_cache), which
        forgets them when they, a page (the disclaimer) or a site change."""
        if site is None:
            return super().for_site(site)
        return cached_for_site("settings", site, lambda: super(SiteSettings, cls).for_site(site))


class DemoAccount(models.Model):
    """A user that `seed_demo` created. The seed refuses a database holding any other
    user: a demo account with a published password has no place beside real ones."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "demo account"

    def __str__(self):
        return f"demo account {self.user_id}"
