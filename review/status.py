"""The verdict on each page's latest revision, kept for listings and reports. It is
refreshed whenever a revision is saved and whenever a decision on the page is made or
revoked, so that a sign-off shows in the reports as soon as it is given."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Page, Revision

from readability.core.grade import MODEL_VERSION
from readability.declarations import SIMPLE, declared_fields
from readability.live_grades import refresh_live_grades
from readability.models import OVERRIDDEN_WORDS, PlainLanguageStatus
from readability.presenting import STATUS_WORDS

from .models import PlainLanguageOverride, ReviewSignOff
from .verdict import judge


def record_status(revision: Revision) -> PlainLanguageStatus | None:
    content = revision.as_object()
    declared = declared_fields(content)
    if not declared:
        return None
    verdict = judge(content)
    status, _ = PlainLanguageStatus.objects.update_or_create(
        page_id=int(revision.object_id),
        defaults={"revision": revision, **status_values(verdict, declared)},
    )
    return status


def status_values(verdict, declared) -> dict:
    """The status row's fields for `verdict` on content with the `declared` fields."""
    simple = next((f.name for f in declared if f.kind == SIMPLE), None)
    report = verdict.reports.get(simple) if simple else None
    failing = next(iter(verdict.plain_language_errors), None)
    return {
        "status": verdict.content_status,
        "plain_language_passes": verdict.plain_language_passes,
        "overridden": verdict.override is not None,
        "signed_off": verdict.sign_off is not None,
        "simple_grade": round(report.grade, 1) if report and report.sentences else None,
        "summary": verdict.as_text()[:2000],
        "headline": headline(verdict, failing, report)[:200],
        "grade_model": MODEL_VERSION,
    }


def headline(verdict, failing, simple_report) -> str:
    """The listing's words, e.g. "Too hard to publish · Key findings grade 12.1": the
    field that fails, if one does, else the simple explanation's grade."""
    label = OVERRIDDEN_WORDS if verdict.override else STATUS_WORDS[verdict.content_status]
    if failing is not None and failing.field in verdict.reports:
        grade = verdict.reports[failing.field].grade
        return f"{label} · {failing.field_label} grade {grade:.1f}"
    if simple_report is not None and simple_report.sentences:
        return f"{label} · grade {simple_report.grade:.1f}"
    return label


@receiver(post_save, sender=Revision)
def update_plain_language_status(sender, instance: Revision, created: bool, raw=False, **kwargs):
    if raw or not instance.base_content_type_id:
        return
    model = instance.base_content_type.model_class()
    if model is None or not issubclass(model, Page):
        return
    record_status(instance)


@receiver(post_save, sender=ReviewSignOff)
@receiver(post_save, sender=PlainLanguageOverride)
def refresh_status_after_a_decision(sender, instance, raw=False, **kwargs):
    if raw:
        return
    page = Page.objects.filter(pk=instance.object_id).first()
    latest = page.specific.get_latest_revision() if page else None
    if latest is not None:
        record_status(latest)


def recheck_all() -> int:
    """Judge every page's latest revision again (after the limits changed, say), and
    work out again the live grades the site quality report reads."""
    checked = 0
    for status in PlainLanguageStatus.objects.select_related("page"):
        latest = status.page.specific.get_latest_revision()
        if latest is not None and record_status(latest) is not None:
            checked += 1
    refresh_live_grades()
    return checked
