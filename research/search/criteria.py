"""What a reader asked for on /search/, read defensively from the query string.

Anything we cannot use is dropped with a note the page shows, so a stale link or a
typed URL still gives results instead of an error: an unknown category or topic, a
year that is not a number, an evidence level we do not have, a query that is too long.
"""

import re
from dataclasses import dataclass, field

from django.db.models import QuerySet

from taggit.models import Tag

from ..evidence import EvidenceLevel
from ..models import CategoryPage, ResearchIndexPage, ResearchSummaryPage
from ..models.index import topics_with_counts

MAX_QUERY_LENGTH = 200
# Control characters (including NUL, which PostgreSQL refuses in text) are never meant.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class CategoryOption:
    slug: str
    title: str
    depth: int  # 0 for a top-level category, 1 for its sub-categories, ...
    page: CategoryPage

    @property
    def indented_title(self) -> str:
        """The title as a select box shows it: sub-categories indented under their parent."""
        return "— " * self.depth + self.title


@dataclass
class FilterOptions:
    """Every value a filter can take, for the form's select boxes."""

    categories: list[CategoryOption]
    topics: list[Tag]
    evidence_levels: list[tuple[str, str]]
    years: list[int]

    def category(self, slug: str) -> CategoryOption | None:
        return next((option for option in self.categories if option.slug == slug), None)

    def topic(self, slug: str) -> Tag | None:
        return next((topic for topic in self.topics if topic.slug == slug), None)


def filter_options(index_page: ResearchIndexPage | None) -> FilterOptions:
    categories: QuerySet = CategoryPage.objects.live().public().order_by("path")
    if index_page is not None:
        categories = categories.descendant_of(index_page)
    base_depth = min((page.depth for page in categories), default=0)
    summaries = ResearchSummaryPage.objects.for_readers(index_page)
    years = (
        summaries.exclude(publication_year=None)
        .order_by("-publication_year")
        .values_list("publication_year", flat=True)
        .distinct()
    )
    return FilterOptions(
        categories=[
            CategoryOption(page.slug, page.title, page.depth - base_depth, page)
            for page in categories
        ],
        topics=list(topics_with_counts(index_page)) if index_page is not None else [],
        evidence_levels=list(EvidenceLevel.choices),
        years=list(years),
    )


@dataclass
class SearchCriteria:
    query: str = ""
    category: CategoryOption | None = None
    topic: Tag | None = None
    evidence_level: str = ""
    year: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def has_filters(self) -> bool:
        return bool(self.category or self.topic or self.evidence_level or self.year)

    @property
    def is_empty(self) -> bool:
        return not self.query and not self.has_filters

    @property
    def evidence_label(self) -> str:
        return EvidenceLevel(self.evidence_level).label if self.evidence_level else ""

    def as_params(self, **changes) -> dict[str, str]:
        """The query string for these criteria (e.g. for page links), with `changes`
        applied; a value of None removes that parameter."""
        params = {
            "q": self.query,
            "category": self.category.slug if self.category else "",
            "topic": self.topic.slug if self.topic else "",
            "evidence": self.evidence_level,
            "year": str(self.year) if self.year else "",
        }
        for name, value in changes.items():
            params[name] = "" if value is None else value
        return {name: value for name, value in params.items() if value}


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as we will search it, and whether it had to be shortened."""
    query = " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())
    if len(query) <= MAX_QUERY_LENGTH:
        return query, False
    shortened = query[:MAX_QUERY_LENGTH]
    # Cut at a word boundary when there is one, so no half word is searched.
    if " " in shortened:
        shortened = shortened.rsplit(" ", 1)[0]
    return shortened, True


def read_criteria(params, options: FilterOptions) -> SearchCriteria:
    """Search criteria from a QueryDict (or dict) of GET parameters."""
    criteria = SearchCriteria()
    criteria.query, shortened = clean_query(str(params.get("q", "")))
    if shortened:
        criteria.notes.append(
            f"Your search was very long, so we used only its first {MAX_QUERY_LENGTH} characters."
        )

    category_slug = str(params.get("category", "")).strip()
    if category_slug:
        criteria.category = options.category(category_slug)
        if criteria.category is None:
            criteria.notes.append(
                f"We have no category called “{category_slug[:60]}”, so we searched every category."
            )

    topic_slug = str(params.get("topic", "")).strip()
    if topic_slug:
        criteria.topic = options.topic(topic_slug)
        if criteria.topic is None:
            criteria.notes.append(
                f"We have no topic called “{topic_slug[:60]}”, so we searched every topic."
            )

    evidence = str(params.get("evidence", "")).strip()
    if evidence:
        if evidence in EvidenceLevel.values:
            criteria.evidence_level = evidence
        else:
            criteria.notes.append(
                f"“{evidence[:60]}” is not an evidence level we use, so we searched every level."
            )

    year = str(params.get("year", "")).strip()
    if year:
        # Four digits before int(): Python refuses to read a number of over 4,300.
        if year.isascii() and year.isdigit() and len(year) == 4 and 1900 <= int(year) <= 2100:
            criteria.year = int(year)
        else:
            criteria.notes.append(
                f"“{year[:60]}” is not a year we can search, so we searched every year."
            )
    return criteria
