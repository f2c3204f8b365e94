"""Admin views of the review: a readable report of a page's latest version, the
site-wide plain-language quality report (and checking it all again), the comparison of
versions a reviewer is sent to, and where a review action from the dashboard lands."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import dateformat
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.timezone import localtime
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies import BasePermissionPolicy

from readability.assessment import thresholds_for_site
from readability.core.grade import MODEL_VERSION
from readability.models import PlainLanguageSettings, PlainLanguageStatus
from readability.names import SETTINGS_PERMISSION
from readability.presenting import verdict_payload

from .exports import FormulaSafeExportMixin
from .models import MedicalReviewTask, PlainLanguageOverride
from .names import OVERRIDE_PERMISSION
from .outcome import latest_task_state, tell_what_happened
from .status import recheck_all
from .verdict import SIGN_OFF, judge


def report_page(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit() and not (
        page.current_workflow_task
        and page.current_workflow_task.specific.user_can_access_editor(page, request.user)
    ):
        raise PermissionDenied
    content = page.get_latest_revision_as_object()
    verdict = judge(content)
    payload = verdict_payload(content, verdict, thresholds_for_site(page.get_site()))
    review_state = review_stage(page)
    if review_state is not None:
        # Submitted and waiting: the missing sign-off is what comes next, not a fault.
        payload["other_reasons"] = [
            reason for reason in payload["other_reasons"] if reason["check"] != SIGN_OFF
        ]
    return TemplateResponse(
        request,
        "review/report.html",
        {
            "page": page,
            "verdict": verdict,
            "payload": payload,
            "review_state": review_state,
            "blocked": request.GET.get("blocked") == "1",
        },
    )


def review_stage(page):
    """The workflow state when the page is waiting for a medical reviewer, else None."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        return None
    task_state = state.current_task_state
    if task_state is None or not isinstance(task_state.task.specific, MedicalReviewTask):
        return None
    return state


def outcome(request, page_id):
    """Where a review action from the dashboard lands: say what happened, then go on to
    the dashboard (or `next`)."""
    page = get_object_or_404(Page, pk=page_id)
    if acted_on_it(request.user, page):
        tell_what_happened(request, page)
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("wagtailadmin_home")
    return redirect(next_url)


class ReviewCompareView(RevisionsCompareView):
    """Wagtail's side-by-side comparison of two versions, open to the medical reviewer of
    the page's current step as well (Wagtail's own asks for page permissions, which
    reviewers do not hold). Who may see the page is still Wagtail's `can_edit`, which
    includes the reviewers of its current step."""

    def dispatch(self, request, *args, **kwargs):
        return super(RevisionsCompareView, self).dispatch(request, *args, **kwargs)


def acted_on_it(user, page) -> bool:
    """Who may hear what happened to a page: whoever may edit it, or took the step."""
    if page.permissions_for_user(user).can_edit():
        return True
    task_state = latest_task_state(page.specific)
    return task_state is not None and task_state.finished_by_id == user.pk


def may_see_quality_report(user) -> bool:
    return user.has_perm(SETTINGS_PERMISSION) or user.has_perm(OVERRIDE_PERMISSION)


class QualityReportPolicy(BasePermissionPolicy):
    """The report's one rule, whatever Wagtail asks of it (the page, its results, its
    export): the rule spans two models' permissions, which no model policy expresses."""

    def user_has_permission(self, user, action):
        return may_see_quality_report(user)


class BadgeColumn(Column):
    cell_template_name = "review/quality_report/badge_cell.html"

    class Media:
        css = {"all": ["readability/plain_language_panel.css"]}


class CheckedColumn(Column):
    cell_template_name = "review/quality_report/checked_cell.html"


class SummaryPaginator(WagtailPaginator):
    # Each row is a summary to the editors, not the status record behind it.
    verbose_name = "summary"
    verbose_name_plural = "summaries"


class QualityReportView(FormulaSafeExportMixin, ReportView):
    """Site-wide plain-language quality: every summary's latest version, failing first."""

    permission_policy = QualityReportPolicy(PlainLanguageStatus)
    permission_required = "view"
    page_title = "Plain-language quality"
    header_icon = "doc-full-inverse"
    template_name = "review/quality_report.html"
    index_url_name = "plain_language_quality"
    index_results_url_name = "plain_language_quality_results"
    paginate_by = 50
    paginator_class = SummaryPaginator
    no_results_message = "No summaries yet."
    export_filename = "plain-language-quality"
    list_export = [
        "page_id",
        "page.get_admin_display_title",
        "label",
        "simple_grade",
        "signed_off_words",
        "override_reason",
        "override_by",
        "checked_at",
        "stale_words",
        "older_grade_words",
    ]
    export_headings = {
        "page_id": "Page ID",
        "page.get_admin_display_title": "Summary",
        "label": "Plain language",
        "simple_grade": "Simple explanation grade",
        "signed_off_words": "Medical sign-off",
        "override_reason": "Override reason",
        "override_by": "Overridden by",
        "checked_at": "Checked",
        "stale_words": "Checked before the limits last changed",
        # The listing's "Older reading grade": the grade is on an older model's scale.
        "older_grade_words": "Graded by an older reading-grade model",
    }
    custom_field_preprocess = {
        # To the minute in the site's time zone, as on the page; not Python's spelling of
        # a UTC instant to the microsecond. (XLSX cells are real dates already.)
        "checked_at": {"csv": lambda value: dateformat.format(localtime(value), "Y-m-d H:i")},
    }
    columns = [
        TitleColumn(
            "summary",
            label="Summary",
            accessor="page.get_admin_display_title",
            get_url=lambda status: reverse("plain_language_report", args=[status.page_id]),
            width="30%",
        ),
        BadgeColumn("label", label="Plain language"),
        Column("grade_shown", label="Simple explanation grade"),
        Column("signed_off_words", label="Medical sign-off"),
        Column("override_shown", label="Override", width="25%"),
        CheckedColumn("checked_at", label="Checked"),
    ]

    def get_queryset(self):
        return PlainLanguageStatus.objects.select_related("page").order_by(
            # pk last: a stable order, so that no summary is skipped or shown twice
            # between pages of the listing.
            # Too hard to publish first, then those published with an override.
            "plain_language_passes",
            "overridden",
            "-simple_grade",
            "page__title",
            "pk",
        )

    def get_table_kwargs(self):
        caption = "Plain-language status of every research summary"
        return {**super().get_table_kwargs(), "caption": caption}

    @cached_property
    def limits(self):
        return PlainLanguageSettings.for_request(self.request)

    @cached_property
    def counts(self):
        """Over every summary, not just the page of the listing shown."""
        aggregates = {
            "total": Count("pk"),
            # An overridden summary fails the check but was published with a reason: it is
            # counted once, as overridden, so the two figures never name the same page.
            "failing": Count("pk", filter=Q(plain_language_passes=False, overridden=False)),
            "overridden": Count("pk", filter=Q(overridden=True)),
        }
        if self.limits.changed_at:
            aggregates["stale"] = Count("pk", filter=Q(checked_at__lt=self.limits.changed_at))
        aggregates["older_grade"] = Count("pk", filter=~Q(grade_model=MODEL_VERSION))
        return {"stale": 0, **PlainLanguageStatus.objects.aggregate(**aggregates)}

    def decorate_paginated_queryset(self, statuses):
        statuses = list(statuses)
        overridden = [str(status.page_id) for status in statuses if status.overridden]
        # Oldest first, so that the newest override in force on a page is the one kept.
        overrides = {
            override.object_id: override
            for override in PlainLanguageOverride.objects.in_force()
            .filter(object_id__in=overridden)
            .select_related("user")
            .order_by("created_at")
        }
        changed_at = self.limits.changed_at
        for status in statuses:
            override = overrides.get(str(status.page_id)) if status.overridden else None
            status.override_reason = override.reason if override else ""
            status.override_by = str(override.user or "unknown") if override else ""
            status.override_shown = (
                f"“{status.override_reason}” ({status.override_by})" if override else "–"
            )
            status.grade_shown = "–" if status.simple_grade is None else status.simple_grade
            status.signed_off_words = "Yes" if status.signed_off else "No"
            status.stale = bool(changed_at and status.checked_at < changed_at)
            status.older_grade = status.grade_model != MODEL_VERSION
            status.stale_words = "Yes" if status.stale else "No"
            status.older_grade_words = "Yes" if status.older_grade else "No"
        return statuses


@require_POST
def recheck_all_view(request):
    if not may_see_quality_report(request.user):
        raise PermissionDenied
    checked = recheck_all()
    messages.success(request, f"Checked {checked} summar{'y' if checked == 1 else 'ies'} again.")
    return redirect("plain_language_quality")
