"""The report: words readers meet in published summaries that the glossary does not
explain yet, most used first, and for one word every summary that uses it. Both read the
stored counts only (see glossary.models.missing_words), never the summaries."""

from urllib.parse import urlencode

from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property

from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from review.exports import FormulaSafeExportMixin

from ..models import FoundAs, GlossaryTerm, MissingWord, MissingWordsCount, SummaryWord, TermKind
from .access import may_add_term, policy
from .words import grouping_key, key_of

# Summaries named beside each word; the word's own page lists them all.
SUMMARIES_SHOWN = 3
# Words whose summaries are fetched in one query (an export decorates every word).
DECORATE_CHUNK = 500
ADD_TERM_URL_NAME = "wagtailsnippets_glossary_glossaryterm:add"
EDIT_TERM_URL_NAME = "wagtailsnippets_glossary_glossaryterm:edit"
# The add form's query string: the word, and the kind of term it looks like.
TERM_PARAMETER = "term"
KIND_PARAMETER = "kind"
KIND_FOR = {
    FoundAs.ABBREVIATION: TermKind.ABBREVIATION,
    FoundAs.MEDICAL: TermKind.MEDICAL,
    FoundAs.RESEARCH: TermKind.RESEARCH,
}


def add_term_url(word: str, found_as: str) -> str:
    query = {TERM_PARAMETER: word}
    if found_as in KIND_FOR:
        query[KIND_PARAMETER] = KIND_FOR[found_as]
    return f"{reverse(ADD_TERM_URL_NAME)}?{urlencode(query)}"


def word_url(word: str) -> str:
    return f"{reverse('missing_word_summaries')}?{urlencode({'word': word})}"


def terms_in_review() -> dict[str, GlossaryTerm]:
    """Terms the glossary has but readers do not see yet, by the words they would hold."""
    drafts = {}
    for term in GlossaryTerm.objects.filter(live=False).only("pk", "term", "kind", "other_forms"):
        is_abbreviation = term.kind == TermKind.ABBREVIATION
        for form in (term.term, *term.forms):
            drafts.setdefault(grouping_key(form, is_abbreviation), term)
    return drafts


def edit_page_url(page_id: int) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page_id])


class WordColumn(Column):
    cell_template_name = "glossary/missing/word_cell.html"


class SummariesColumn(Column):
    cell_template_name = "glossary/missing/summaries_cell.html"


class WordPaginator(WagtailPaginator):
    verbose_name = "word"
    verbose_name_plural = "words"


class MissingWordsReportView(FormulaSafeExportMixin, ReportView):
    permission_policy = policy
    permission_required = "view"
    page_title = "Words not in the glossary"
    header_icon = "openquote"
    template_name = "glossary/missing/report.html"
    index_url_name = "missing_words_report"
    index_results_url_name = "missing_words_report_results"
    paginate_by = 50
    paginator_class = WordPaginator
    no_results_message = "Every word the checks flag in published summaries is in the glossary."
    export_filename = "words-not-in-the-glossary"
    list_export = ["word", "found_as_label", "uses", "pages", "glossary_status", "named", "example"]
    export_headings = {
        "word": "Word",
        "found_as_label": "Found as",
        "uses": "Times used",
        "pages": "Summaries",
        "glossary_status": "Glossary",
        "named": "Used in (most uses first)",
        "example": "Example sentence",
    }
    columns = [
        WordColumn("word", label="Word", width="18%"),
        NumberColumn("uses", label="Times used"),
        NumberColumn("pages", label="Summaries"),
        SummariesColumn("summaries", label="Used in", width="30%"),
        Column("example", label="Example", width="35%"),
    ]

    def get_queryset(self):
        return MissingWord.objects.order_by(*MissingWord._meta.ordering)

    def get_table_kwargs(self):
        caption = "Words flagged in published summaries that the glossary does not explain"
        return {**super().get_table_kwargs(), "caption": caption}

    @cached_property
    def last_count(self):
        return MissingWordsCount.objects.filter(pk=1).first()

    @cached_property
    def user_may_add(self):
        return may_add_term(self.request.user)

    def decorate_paginated_queryset(self, words):
        words = list(words)
        drafts = terms_in_review()
        for start in range(0, len(words), DECORATE_CHUNK):
            chunk = words[start : start + DECORATE_CHUNK]
            # A page of the listing: one short indexed query a word beats ranking every
            # use of words found on thousands of summaries; an export ranks in bulk.
            find = top_uses if self.is_export else top_uses_each
            uses = find([word.word for word in chunk])
            for word in chunk:
                draft = drafts.get(key_of(word.word, word.found_as))
                decorate(word, uses.get(word.word, []), draft, self.user_may_add)
        return words


def uses_of(words):
    return (
        SummaryWord.objects.filter(word__in=words)
        .select_related("page")
        .only("word", "uses", "example", "page__id", "page__title", "page__draft_title")
    )


def top_uses_each(words: list[str]) -> dict[str, list[SummaryWord]]:
    """The summaries using each word most, SUMMARIES_SHOWN each, a query a word (each
    read straight off the index on word, uses and page)."""
    return {
        word: list(uses_of([word]).order_by("-uses", "page_id")[:SUMMARIES_SHOWN]) for word in words
    }


def top_uses(words: list[str]) -> dict[str, list[SummaryWord]]:
    """The summaries using each word most, SUMMARIES_SHOWN each, in one query."""
    ranked = (
        uses_of(words)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("word"),
                order_by=[F("uses").desc(), F("page_id").asc()],
            )
        )
        .filter(rank__lte=SUMMARIES_SHOWN)
        .order_by("word", "rank")
    )
    found: dict[str, list[SummaryWord]] = {}
    for use in ranked:
        found.setdefault(use.word, []).append(use)
    return found


def decorate(word: MissingWord, uses: list[SummaryWord], draft, may_add: bool) -> None:
    word.found_as_label = FoundAs(word.found_as).label
    word.example = uses[0].example if uses else ""
    word.used_in = [(use.page.title, edit_page_url(use.page_id), use.uses) for use in uses]
    word.named = "; ".join(f"{title} ({count})" for title, _url, count in word.used_in)
    word.more = max(0, word.pages - len(uses))
    word.all_url = word_url(word.word)
    word.draft = draft
    if draft is not None:
        word.glossary_status = "In review"
        word.review_url = reverse(EDIT_TERM_URL_NAME, args=[draft.pk])
    else:
        word.glossary_status = "Not in the glossary"
        word.add_url = add_term_url(word.word, word.found_as) if may_add else ""


class MissingWordSummariesView(FormulaSafeExportMixin, ReportView):
    """Every summary that uses one word, most uses first."""

    permission_policy = policy
    permission_required = "view"
    header_icon = "openquote"
    index_url_name = "missing_word_summaries"
    index_results_url_name = "missing_word_summaries_results"
    paginate_by = 50
    no_results_message = "No published summary uses this word any more."
    list_export = ["page_id", "page.title", "uses", "example"]
    export_headings = {
        "page_id": "Page ID",
        "page.title": "Summary",
        "uses": "Times used",
        "example": "Example sentence",
    }
    columns = [
        TitleColumn(
            "title",
            label="Summary",
            accessor="page.title",
            get_url=lambda use: edit_page_url(use.page_id),
            width="35%",
        ),
        NumberColumn("uses", label="Times used"),
        Column("example", label="Example", width="50%"),
    ]

    @cached_property
    def word(self) -> MissingWord:
        word = MissingWord.objects.filter(word=self.request.GET.get("word", "")).first()
        if word is None:
            raise Http404("No such word in the report.")
        return word

    @property
    def page_title(self):
        return f"Summaries using “{self.word.word}”"

    def get_index_url(self):
        return word_url(self.word.word)

    def get_index_results_url(self):
        return f"{reverse(self.index_results_url_name)}?{urlencode({'word': self.word.word})}"

    @property
    def export_filename(self):
        return "summaries-using-word"

    def get_queryset(self):
        return (
            SummaryWord.objects.filter(word=self.word.word)
            .select_related("page")
            .order_by("-uses", "page__title", "page_id")
        )
