"""Admin views of the review: a readable report of a page's latest version, the
site-wide plain-language quality report (and checking it all again), the comparison of
versions a reviewer is sent to, and where a review action from the dashboard lands."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.views.pages.revisions import RevisionsCompareView
from wagtail.models import Page, WorkflowState

from readability.assessment import thresholds_for_site
from readability.models import PlainLanguageSettings, PlainLanguageStatus
from readability.presenting import verdict_payload

from .models import MedicalReviewTask, PlainLanguageOverride
from .names import OVERRIDE_PERMISSION
from .outcome import latest_task_state, tell_what_happened
from .status import recheck_all
from .verdict import SIGN_OFF, judge

SETTINGS_PERMISSION = "readability.change_plainlanguagesettings"


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


def quality_report(request):
    """Site-wide plain-language quality: every summary's latest version, failing first."""
    if not may_see_quality_report(request.user):
        raise PermissionDenied
    statuses = list(
        PlainLanguageStatus.objects.select_related("page", "revision").order_by(
            "plain_language_passes", "-simple_grade", "page__title"
        )
    )
    overrides = {
        override.object_id: override
        for override in PlainLanguageOverride.objects.in_force()
        .select_related("user")
        .order_by("created_at")
    }
    rows = [
        (status, overrides.get(str(status.page_id)) if status.overridden else None)
        for status in statuses
    ]
    limits = PlainLanguageSettings.for_request(request)
    return TemplateResponse(
        request,
        "review/quality_report.html",
        {
            "rows": rows,
            "failing": sum(1 for status in statuses if not status.plain_language_passes),
            "overridden": sum(1 for status in statuses if status.overridden),
            "limits_changed_at": limits.changed_at,
            "stale": sum(
                1
                for status in statuses
                if limits.changed_at and status.checked_at < limits.changed_at
            ),
        },
    )


@require_POST
def recheck_all_view(request):
    if not may_see_quality_report(request.user):
        raise PermissionDenied
    checked = recheck_all()
    messages.success(request, f"Checked {checked} summar{'y' if checked == 1 else 'ies'} again.")
    return redirect("plain_language_quality")
