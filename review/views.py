"""Admin views of the verdict: a readable report of a page's latest version, and the
site-wide plain-language quality report."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from wagtail.models import Page

from readability.assessment import thresholds_for_site
from readability.models import PlainLanguageStatus
from readability.presenting import verdict_payload

from .models import PlainLanguageOverride
from .names import OVERRIDE_PERMISSION
from .verdict import judge

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
    return TemplateResponse(
        request,
        "review/report.html",
        {
            "page": page,
            "verdict": verdict,
            "payload": verdict_payload(content, verdict, thresholds_for_site(page.get_site())),
            "blocked": request.GET.get("blocked") == "1",
        },
    )


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
    rows = [(status, overrides.get(str(status.page_id))) for status in statuses]
    return TemplateResponse(
        request,
        "review/quality_report.html",
        {
            "rows": rows,
            "failing": sum(1 for status in statuses if not status.plain_language_passes),
            "overridden": sum(1 for status in statuses if status.overridden),
        },
    )
