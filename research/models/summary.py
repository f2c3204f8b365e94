from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.functional import cached_property

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from currency.caching import keep_until_overdue
from currency.on_the_page import review_record
from people.models import Person
from readability.declarations import BODY, LIST, SIMPLE, PlainField
from readability.preview import PlainLanguagePreviewMixin
from readability.reading_level import reading_level
from review.forms import ReviewedCopyForm
from review.guard import GatedPublishMixin

from ..blocks import FindingBlock, ImplicationBlock, LimitationBlock
from ..demo_content.disclosures import NOT_FOUND as NOT_SEEN
from ..doi import doi_url, normalise_doi, validate_doi
from ..doi_lookup import DoiPanel
from ..evidence import EvidenceLevel, describe_evidence, evidence_caution
from ..forms import ResearchSummaryForm
from ..generated.content import NOT_A_STUDY
from ..paper_authors import author_names, authors_for_reading

# What a paper that does not state its funding or conflicts is recorded as: a fact about
# the paper. NOT_YET_RECORDED is what readers see where nobody has filled the field in
# yet (summaries published before the fields existed): a fact about this site.
NOT_STATED = "Not stated in the paper"
NOT_YET_RECORDED = "Not yet recorded by the editors"
# What seed_demo records where nobody has read the paper's statement yet.
NOT_CHECKED = "Not checked yet for this demo summary"
# Values that say something about this site, not about the paper: shown without "as the
# paper states it".
NOT_FROM_THE_PAPER = frozenset({NOT_YET_RECORDED, NOT_CHECKED, NOT_SEEN, NOT_A_STUDY})

RESEARCH_SUMMARY_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "image"]


class ResearchSummaryTopic(TaggedItemBase):
    content_object = ParentalKey(
        "research.ResearchSummaryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResearchSummaryQuerySet(PageQuerySet):
    def for_readers(self, within: Page | None = None):
        """Live, public summaries (under `within` when given), newest first: how every
        listing, feed, search and digest counts and orders them."""
        summaries = self.live().public()
        if within is not None:
            summaries = summaries.descendant_of(within)
        return summaries.order_by("-first_published_at", "-pk")

    def with_topics(self):
        """Each summary's topics (`topics_by_name`) fetched with the summaries: one query
        for a whole listing or feed rather than one per summary."""
        return self.prefetch_related(
            Prefetch(
                "tagged_items",
                queryset=ResearchSummaryTopic.objects.select_related("tag").order_by("tag__name"),
            )
        )


class ResearchSummaryPage(PlainLanguagePreviewMixin, GatedPublishMixin, Page):
    """One paper, explained in plain language, in the reading order of the reference page.

    Every content field may be empty in a draft; publishing (and submitting for review)
    requires them, through Wagtail's deferred validation of required fields.
    """

    paper_title = models.CharField(
        max_length=500, help_text="The original paper's title, exactly as published."
    )
    paper_authors = models.TextField(
        blank=True,
        help_text="The paper's authors, one a line, as the paper lists them. "
        "More than six: the first three, then a line 'et al.'. "
        "'Fill from DOI' writes them this way.",
    )
    journal = models.CharField(max_length=255)
    publication_year = models.PositiveSmallIntegerField(
        null=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text="The year the paper was published.",
    )
    doi = models.CharField(
        "DOI",
        max_length=255,
        validators=[validate_doi],
        help_text="For example 10.1016/j.bas.2025.104207. A full https://doi.org/ link is fine.",
    )
    simple_explanation = models.TextField(
        help_text="What the study did and found, in short everyday sentences. "
        "This is the strictest plain-language field."
    )
    study_duration = models.CharField(
        max_length=255, help_text="For example '12 weeks', or 'Not stated'."
    )
    participants = models.CharField(
        max_length=255, help_text="Who took part and how many, as the paper reports it."
    )
    evidence_level = models.CharField(max_length=32, choices=EvidenceLevel.choices)
    # As the paper states them, shown under the study facts. Required to submit or publish
    # (a draft may leave them empty); summaries from before these fields existed are
    # empty until an editor fills them in, and readers are told so (`NOT_YET_RECORDED`).
    study_funding = models.TextField(
        max_length=2000,
        help_text="Who paid for the study, as the paper states it (often under 'Funding'). "
        f"If the paper says nothing, write “{NOT_STATED}”.",
    )
    author_conflicts = models.TextField(
        "authors' conflicts of interest",
        max_length=2000,
        help_text="The paper authors' declared conflicts of interest, as the paper states "
        "them (often under 'Competing interests'). If the paper says nothing, write "
        f"“{NOT_STATED}”.",
    )
    key_findings = StreamField([("finding", FindingBlock())])
    research_summary = RichTextField(features=RESEARCH_SUMMARY_FEATURES)
    practical_implications = StreamField([("implication", ImplicationBlock())])
    study_limitations = StreamField([("limitation", LimitationBlock())])
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Set when a medical reviewer's approval is published; never typed in.",
    )
    reviewed_by_name = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        help_text="The reviewer's name as it was when they signed off; readers see this.",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who wrote the signed-off content, recorded with the sign-off; never typed in.",
    )
    written_by_name = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        help_text="The writer's name as it was at the sign-off; readers see this.",
    )
    topics = ClusterTaggableManager(
        through=ResearchSummaryTopic,
        blank=True,
        verbose_name="topics",
        help_text="Themes that cut across categories, such as 'Regenerative Medicine'.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                # The DOI first: "Fill from DOI" fills the fields below it.
                DoiPanel("doi"),
                FieldPanel("paper_title"),
                FieldPanel("paper_authors"),
                FieldPanel("journal"),
                FieldPanel("publication_year"),
            ],
            heading="The paper",
        ),
        FieldPanel("topics"),
        FieldPanel("simple_explanation"),
        MultiFieldPanel(
            [
                FieldPanel("study_duration"),
                FieldPanel("participants"),
                FieldPanel("evidence_level"),
                FieldPanel("study_funding"),
                FieldPanel("author_conflicts"),
            ],
            heading="Study facts",
        ),
        FieldPanel("key_findings"),
        FieldPanel("research_summary"),
        FieldPanel("practical_implications"),
        FieldPanel("study_limitations"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("simple_explanation"),
        index.SearchField("research_summary"),
        index.SearchField("key_findings"),
        index.SearchField("paper_title"),
        index.SearchField("journal"),
        index.AutocompleteField("paper_title"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("evidence_level"),
        index.FilterField("publication_year"),
    ]

    plain_language_fields = (
        PlainField("simple_explanation", SIMPLE, "Simple explanation"),
        PlainField("key_findings", LIST, "Key findings"),
        PlainField("research_summary", BODY, "Research summary", first_heading_level=3),
        PlainField("practical_implications", BODY, "Practical implications"),
        PlainField("study_limitations", LIST, "Study limitations"),
    )
    # Readers see it only as a medical reviewer approved it: every field a reader can
    # see is in the sign-off (review.fingerprint).
    requires_sign_off = True
    # Words that claim certainty or cause are judged against this (readability.core.claims).
    claims_evidence_field = "evidence_level"

    objects = PageManager.from_queryset(ResearchSummaryQuerySet)()

    base_form_class = ResearchSummaryForm
    copy_form_class = ReviewedCopyForm
    parent_page_types = ["research.CategoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = "research summary"
        verbose_name_plural = "research summaries"
        constraints = [
            models.UniqueConstraint(
                fields=["doi"],
                condition=~Q(doi=""),
                name="unique_summary_doi",
                violation_error_message="Another summary already covers the paper with this DOI.",
            )
        ]

    def clean(self):
        super().clean()
        self.doi = normalise_doi(self.doi)

    review_stamp_fields = (
        "reviewed_by",
        "reviewed_by_name",
        "reviewed_at",
        "written_by",
        "written_by_name",
    )

    def stamp_review(self, sign_off) -> None:
        self.reviewed_by_id = sign_off.user_id
        self.reviewed_by_name = sign_off.reviewer_name
        self.reviewed_at = sign_off.created_at
        self.written_by_id = sign_off.writer_id
        self.written_by_name = sign_off.writer_name

    @property
    def study_funding_shown(self) -> str:
        return self.study_funding.strip() or NOT_YET_RECORDED

    @property
    def author_conflicts_shown(self) -> str:
        return self.author_conflicts.strip() or NOT_YET_RECORDED

    @property
    def disclosures_from_the_paper(self) -> bool:
        shown = {self.study_funding_shown, self.author_conflicts_shown}
        return not shown & NOT_FROM_THE_PAPER

    @cached_property
    def writer_profile(self) -> Person | None:
        """The writer's public profile (qualifications, bio, conflicts): the name on the
        page stays the one recorded at the sign-off."""
        return self._byline_profiles.get(self.written_by_id)

    @cached_property
    def reviewer_profile(self) -> Person | None:
        return self._byline_profiles.get(self.reviewed_by_id)

    @cached_property
    def _byline_profiles(self) -> dict:
        """The writer's and the reviewer's profiles by user, in one query."""
        users = {self.written_by_id, self.reviewed_by_id} - {None}
        if not users:
            return {}
        return {person.user_id: person for person in Person.objects.filter(user_id__in=users)}

    @property
    def doi_url(self) -> str:
        return doi_url(self.doi) if self.doi else ""

    @property
    def paper_authors_line(self) -> str:
        """The paper's authors on one line: "Ann Lee, Ben Ode, Cy Park, et al."."""
        return authors_for_reading(self.paper_authors)

    @property
    def paper_author_names(self) -> list[str]:
        return author_names(self.paper_authors)

    @cached_property
    def topics_by_name(self) -> list:
        """The summary's topics, A to Z: fetched once however many parts of the page
        show them (the topic links, the structured data), or with the listing
        (`ResearchSummaryPage.objects.with_topics()`)."""
        if "tagged_items" in getattr(self, "_prefetched_objects_cache", {}):
            return [item.tag for item in self.tagged_items.all()]
        return list(self.topics.all().order_by("name"))

    @cached_property
    def ancestor_pages(self) -> list[Page]:
        """The page's ancestors, the tree's root first: fetched once for the private
        section check, the breadcrumbs and the topic links."""
        return list(self.get_ancestors())

    def get_view_restrictions(self):
        """Wagtail's own rule, unchanged: the restrictions of this page and of every
        ancestor, an alias answering for the page it copies. Only the ancestors are the
        ones the page has fetched already (`ancestor_pages`) instead of a query of their own."""
        page_ids = set()

        def check(page):
            if page.alias_of:
                check(page.alias_of)
            else:
                page_ids.add(page.id)

        check(self)
        for ancestor in self.ancestor_pages:
            check(ancestor)
        return PageViewRestriction.objects.filter(page_id__in=page_ids)

    @property
    def evidence(self):
        return describe_evidence(self.evidence_level)

    @property
    def evidence_caution(self):
        return evidence_caution(self.evidence_level)

    @property
    def category(self):
        parent = self.get_parent()
        return parent.specific if parent else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Its title and address are all the page shows: no query for its specific type.
        context["category"] = self.get_parent()
        # The breadcrumbs and the topic links (the research index is one of them) share it.
        context["ancestors"] = self.ancestor_pages
        context["reading_level"] = reading_level(self, "simple_explanation")
        context["review_dates"], context["what_changed"] = review_record(self)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Caches must not keep the page past the moment it turns overdue.
        dates = getattr(response, "context_data", {}).get("review_dates")
        if dates is not None:
            keep_until_overdue(response, dates)
        return response
