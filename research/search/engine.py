"""Running a reader's search: filters in the database, words in the search backend.

Filters narrow the live summaries with ordinary queries first. The words then go to
Wagtail search restricted to those pages by id (a subquery), because every backend (SQLite FTS5,
PostgreSQL, OpenSearch) can filter on `id`, while topic and category filters are
relations that only the database backend could apply itself.
"""

import re
from dataclasses import dataclass

from django.db.models import QuerySet

from ..models import ResearchIndexPage, ResearchSummaryPage, ResearchSummaryTopic
from .criteria import SearchCriteria

WORD = re.compile(r"\w+")


def search_words(query: str) -> str:
    """Only the words of a query. Punctuation is query syntax to some backends (SQLite
    FTS5 fails on a stray double quote), and readers do not mean it as syntax."""
    return " ".join(WORD.findall(query))


class RankedSummaries:
    """Search results, best match first, read in two steps: the ids of a page of them
    from the search, then those summaries. The search ranks and sorts every match; sorting
    ids (not whole summaries with every text field) saves about a third of its time at
    1,000 matches, for one more small query."""

    def __init__(self, ranked_ids):
        # Wagtail search results over summaries that load only their id.
        self.ranked_ids = ranked_ids

    def count(self) -> int:
        return self.ranked_ids.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list[ResearchSummaryPage]:
        ids = [summary.pk for summary in self.ranked_ids[window]]
        summaries = ResearchSummaryPage.objects.in_bulk(ids)
        # in_bulk forgets the order; a summary unpublished in between is left out.
        return [summaries[pk] for pk in ids if pk in summaries]


@dataclass
class SearchOutcome:
    # A queryset (no words: newest first) or RankedSummaries (best match first); both
    # can be counted and sliced, so both paginate.
    results: object
    # False when no summary had every word and we show those with any of them.
    matched_every_word: bool = True


def filtered_summaries(criteria: SearchCriteria, index_page: ResearchIndexPage | None) -> QuerySet:
    summaries = ResearchSummaryPage.objects.for_readers(index_page)
    if criteria.category is not None:
        summaries = summaries.descendant_of(criteria.category.page)
    if criteria.topic is not None:
        tagged = ResearchSummaryTopic.objects.filter(tag=criteria.topic).values("content_object")
        summaries = summaries.filter(pk__in=tagged)
    if criteria.evidence_level:
        summaries = summaries.filter(evidence_level=criteria.evidence_level)
    if criteria.year is not None:
        summaries = summaries.filter(publication_year=criteria.year)
    return summaries


def find_summaries(criteria: SearchCriteria, index_page: ResearchIndexPage | None) -> SearchOutcome:
    summaries = filtered_summaries(criteria, index_page)
    if not criteria.query:
        return SearchOutcome(summaries)
    words = search_words(criteria.query)
    if not words:
        return SearchOutcome(ResearchSummaryPage.objects.none())
    # A subquery, not a list of ids: the database narrows the search itself, however
    # many summaries there are (a list would grow with the site, and SQLite refuses more
    # than a few thousand parameters). A backend outside the database reads it as a list.
    candidates = ResearchSummaryPage.objects.filter(
        id__in=summaries.order_by().values_list("pk", flat=True)
    ).only("pk")
    every_word = RankedSummaries(candidates.search(words, operator="and"))
    if every_word.count() or len(words.split()) == 1:
        return SearchOutcome(every_word)
    # People type questions ("does walking help after injury"): rather than nothing,
    # show the summaries that have some of the words, best match first.
    some_words = RankedSummaries(candidates.search(words, operator="or"))
    return SearchOutcome(some_words, matched_every_word=False)
