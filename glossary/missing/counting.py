"""Keeping the stored counts (`SummaryWord`, `MissingWord`) in step with what readers see.

Summaries are the page types that declare plain-language fields (the declaration the
publish gate reads), live and public: a draft, an unpublished page, a page under a
privacy restriction and a field readers are not shown are never counted. A page's live
content is its row (Wagtail keeps drafts in revisions), so a newer draft of a live
summary does not count until it is published.
"""

from collections.abc import Iterable

from django.apps import apps
from django.db import transaction
from django.db.models import Count, Max, Sum
from django.utils import timezone

from wagtail.models import Page

from command_progress import QUIET, ProgressDisplay
from readability.declarations import declared_fields

from ..models import MissingWord, MissingWordsCount, SummaryWord
from .words import GlossarySnapshot, missing_words

# Pages read from the database, and rows written, at a time in a full count.
CHUNK = 200


def summary_models() -> list[type[Page]]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and not model._meta.abstract and declared_fields(model)
    ]


def countable_pages():
    """Every summary readers can see, as its own page type."""
    models = summary_models()
    if not models:
        return Page.objects.none()
    return Page.objects.live().public().type(*models)


def rows_for(page, glossary: GlossarySnapshot) -> list[SummaryWord]:
    return [
        SummaryWord(
            page_id=page.pk,
            word=uses.word,
            found_as=uses.found_as,
            uses=uses.uses,
            example=uses.example,
        )
        for uses in missing_words(page, glossary).words.values()
    ]


def count_pages(page_ids: Iterable[int], also_words: Iterable[str] = ()) -> int:
    """Count these pages again (a page no longer readers' loses its words) and bring the
    figures of every word they had or have up to date. `also_words`: words whose
    figures changed otherwise (a page deleted with its counts). Returns pages counted."""
    page_ids = sorted(set(page_ids))
    glossary = GlossarySnapshot.live()
    readable = countable_pages().filter(pk__in=page_ids).specific()
    counted = 0
    with transaction.atomic():
        touched = set(also_words)
        touched.update(
            SummaryWord.objects.filter(page_id__in=page_ids).values_list("word", flat=True)
        )
        SummaryWord.objects.filter(page_id__in=page_ids).delete()
        rows = []
        for page in readable:
            rows.extend(rows_for(page, glossary))
            counted += 1
        SummaryWord.objects.bulk_create(rows, batch_size=CHUNK)
        touched.update(row.word for row in rows)
        refresh_totals(touched)
    return counted


def refresh_totals(words: Iterable[str]) -> None:
    """Recompute the site-wide figures of `words` from the per-page counts."""
    words = sorted(set(words))
    for start in range(0, len(words), CHUNK):
        batch = words[start : start + CHUNK]
        totals = {row["word"]: row for row in totals_query().filter(word__in=batch)}
        MissingWord.objects.filter(word__in=batch).delete()
        MissingWord.objects.bulk_create(missing_word(row) for row in totals.values())


def totals_query():
    return SummaryWord.objects.values("word").annotate(
        total_uses=Sum("uses"), total_pages=Count("page_id"), kind=Max("found_as")
    )


def missing_word(row) -> MissingWord:
    return MissingWord(
        word=row["word"],
        found_as=row["kind"],
        uses=row["total_uses"],
        pages=row["total_pages"],
        sort_key=row["word"].casefold(),
    )


def count_everything(progress: ProgressDisplay = QUIET) -> int:
    """Count every summary again, with the glossary as it is now. Returns pages counted."""
    glossary = GlossarySnapshot.live()
    page_ids = list(countable_pages().order_by("pk").values_list("pk", flat=True))
    counted = 0
    with transaction.atomic():
        SummaryWord.objects.exclude(page_id__in=page_ids).delete()
    with progress.bar("Counting summaries", len(page_ids)) as bar:
        for start in range(0, len(page_ids), CHUNK):
            chunk = page_ids[start : start + CHUNK]
            rows = []
            for page in countable_pages().filter(pk__in=chunk).specific():
                rows.extend(rows_for(page, glossary))
                counted += 1
                bar.advance()
            with transaction.atomic():
                SummaryWord.objects.filter(page_id__in=chunk).delete()
                SummaryWord.objects.bulk_create(rows, batch_size=CHUNK)
    rebuild_totals()
    return counted


def rebuild_totals() -> None:
    # One transaction: the report never shows a half-built list.
    with transaction.atomic():
        MissingWord.objects.all().delete()
        MissingWord.objects.bulk_create(
            (missing_word(row) for row in totals_query().order_by()), batch_size=1000
        )


def recount_if_still_needed(requested_at, progress: ProgressDisplay = QUIET) -> bool:
    """Count every summary unless a count started after `requested_at` (it covers the
    change that asked for this one). Returns whether it counted."""
    with transaction.atomic():
        state = MissingWordsCount.objects.select_for_update().filter(pk=1).first()
        if state is None:
            state = MissingWordsCount.current()
        if requested_at is not None and state.started_at and state.started_at > requested_at:
            return False
        state.started_at = timezone.now()
        state.save(update_fields=["started_at"])
    count_everything(progress)
    MissingWordsCount.objects.filter(pk=1).update(finished_at=timezone.now())
    return True
