"""Each live page's grade per plain-language field, stored (LiveFieldGrades) so that a
report over thousands of summaries reads one row per summary instead of grading each.

A stored row counts only while it matches the page's live revision, the grade model, the
fields graded and the term list; `live_grades` works out again (and stores) any row that
does not, so a report is never shown a stale grade. Rows are refreshed whenever a live
page's row is saved with its text (publishing, on every path, saves it) and, in the
background, after the glossary changes (glossary.tasks), so that a report rarely has
any to work out."""

import hashlib
from collections import defaultdict

from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page

from .assessment import assess
from .core.grade import MODEL_VERSION
from .declarations import declared_fields, page_types_with_declared_fields
from .models import LiveFieldGrades
from .term_sources import site_terms

Grades = dict[str, float | None]


def worked_out_with() -> str:
    return f"{MODEL_VERSION}:{declarations_stamp()}:{site_terms().stamp}"


def declarations_stamp() -> str:
    """Which fields each page type grades, of which kind, in which order: all three move
    a grade (a term explained in an earlier field is explained in a later one; the kind
    says whether readers are shown definitions), and a field declared after its page's
    row was stored has no grade in it."""
    declared = [
        (model._meta.label, [(field.name, field.kind) for field in declared_fields(model)])
        for model in page_types_with_declared_fields()
    ]
    return hashlib.blake2b(repr(sorted(declared)).encode(), digest_size=6).hexdigest()


def grades_of(page, site=None) -> Grades:
    """The page's grade per declared field as its content stands on the object."""
    return {
        name: round(report.grade, 1) if report.sentences else None
        for name, report in assess(page, site=site).reports.items()
    }


def store(page, grades: Grades, key: str) -> None:
    LiveFieldGrades.objects.update_or_create(
        page_id=page.pk,
        defaults={"revision_id": page.live_revision_id, "grades": grades, "worked_out_with": key},
    )


# Page ids asked for in one query: well under SQLite's limit on a statement's variables.
IDS_PER_QUERY = 2_000


def stored_rows(page_ids: list[int]) -> dict[int, tuple[int | None, str, Grades]]:
    """{page id: (revision id, worked out with, grades)}, as plain values: a report over
    ten thousand summaries need not build ten thousand model instances."""
    found = {}
    for start in range(0, len(page_ids), IDS_PER_QUERY):
        rows = LiveFieldGrades.objects.filter(
            page_id__in=page_ids[start : start + IDS_PER_QUERY]
        ).values_list("page_id", "revision_id", "worked_out_with", "grades")
        found.update({page_id: rest for page_id, *rest in rows})
    return found


def with_all_fields(pages) -> list:
    """The pages again with every field loaded (a report may load only a few), a query per
    page type and thousands of pages."""
    ids_by_model = defaultdict(list)
    for page in pages:
        ids_by_model[type(page)].append(page.pk)
    return [
        page
        for model, ids in ids_by_model.items()
        for start in range(0, len(ids), IDS_PER_QUERY)
        for page in model.objects.filter(pk__in=ids[start : start + IDS_PER_QUERY])
    ]


def live_grades(pages, site=None) -> dict[int, Grades]:
    """Page id → grade per field for live `pages` (specific pages, whose own fields are
    their live content), from the stored rows where they are current. The pages need
    carry only their primary key and live revision."""
    pages = list(pages)
    key = worked_out_with()
    stored = stored_rows([page.pk for page in pages])
    result, stale = {}, []
    for page in pages:
        revision_id, row_key, grades = stored.get(page.pk, (None, "", {}))
        if page.pk in stored and revision_id == page.live_revision_id and row_key == key:
            result[page.pk] = grades
        else:
            stale.append(page)
    for page in with_all_fields(stale):
        result[page.pk] = grades_of(page, site)
        store(page, result[page.pk], key)
    return result


def refresh_live_grades() -> int:
    """Work out and store the grades of every live page whose stored ones are not
    current, returning how many; for after a change that moves many grades at once (the
    term list, the grade model)."""
    refreshed = 0
    key = worked_out_with()
    current = set(
        LiveFieldGrades.objects.filter(worked_out_with=key).values_list("page_id", "revision_id")
    )
    for model in page_types_with_declared_fields():
        for page in model.objects.live().iterator(chunk_size=200):
            if (page.pk, page.live_revision_id) not in current:
                store(page, grades_of(page), key)
                refreshed += 1
    return refreshed


# A save that changes none of these leaves what readers see as it was.
MAKES_LIVE = {"live", "live_revision"}


@receiver(post_save, dispatch_uid="readability_store_live_grades")
def store_grades_of_live_text(sender, instance, raw=False, update_fields=None, **kwargs):
    """Every publish saves the page row, and so may code that puts signed-off content on
    a live page without a new revision (review.guard allows it): readers see the row."""
    if raw or not isinstance(instance, Page) or not instance.live:
        return
    declared = {field.name for field in declared_fields(instance)}
    if not declared or (update_fields is not None and not (declared | MAKES_LIVE) & update_fields):
        return
    # After the save commits, and robust: the grades are a copy for reports, never a
    # reason for a publish to fail (without a transaction around it the callback runs
    # inside Wagtail's publish, before its log entry and the other receivers).
    transaction.on_commit(
        lambda: store(instance, grades_of(instance), worked_out_with()), robust=True
    )


def current_grades(pages) -> list[tuple[int, Grades, object]]:
    """(page id, grades, first published at) of those of `pages` (a queryset) whose stored
    grades are current, in one query and working nothing out: for a glance at the whole
    site, which says how many are left out rather than grading them on the spot."""
    return list(
        LiveFieldGrades.objects.filter(
            page__in=pages.values("pk"),
            revision_id=F("page__live_revision_id"),
            worked_out_with=worked_out_with(),
        ).values_list("page_id", "grades", "page__first_published_at")
    )
