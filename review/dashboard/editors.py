"""The editors' panels: "Failing pages" (summaries live or in review whose stored
plain-language status is "Too hard to publish") and "Recent overrides" (the latest
overrides in force, with who gave them, when, and why). Editors and superusers only."""

from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast

from wagtail.models import Page, WorkflowState, get_default_page_content_type

from readability.core.severity import FAIL
from readability.models import PlainLanguageStatus

from ..models import PlainLanguageOverride
from . import DashboardPanel, shown_name


def in_review():
    """True for a status whose page is in an active review (a subquery, not a query per
    page; the workflow's object id is text, hence the cast)."""
    return Exists(
        WorkflowState.objects.filter(
            base_content_type=get_default_page_content_type(),
            object_id=Cast(OuterRef("page_id"), output_field=CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
    )


class FailingPagesPanel(DashboardPanel):
    name = "failing_pages"
    template_name = "review/dashboard/failing_pages.html"
    order = 230

    class Media:
        css = {"all": ["readability/plain_language_panel.css"]}

    def failing(self):
        return (
            PlainLanguageStatus.objects.filter(status=FAIL)
            .annotate(in_review=in_review())
            .filter(Q(page__live=True) | Q(in_review=True))
            .select_related("page")
            .order_by("-checked_at", "-pk")
        )

    def get_context_data(self, parent_context=None):
        failing = self.failing()
        rows = list(failing[: self.rows_shown])
        for status in rows:
            # The stored reasons, one a line: the first is the one shown.
            reasons = [line for line in status.summary.splitlines() if line.strip()]
            status.main_reason = reasons[0] if reasons else status.headline
            status.other_reasons = max(len(reasons) - 1, 0)
        more = failing.count() - len(rows) if len(rows) == self.rows_shown else 0
        return {"rows": rows, "more": more}


class RecentOverridesPanel(DashboardPanel):
    name = "recent_overrides"
    template_name = "review/dashboard/recent_overrides.html"
    order = 235
    rows_shown = 5

    def get_context_data(self, parent_context=None):
        overrides = list(
            PlainLanguageOverride.objects.in_force()
            .filter(revision__isnull=False)
            .select_related("user__person_profile")
            .order_by("-created_at", "-pk")[: self.rows_shown]
        )
        pages = Page.objects.in_bulk([int(override.object_id) for override in overrides])
        rows = []
        for override in overrides:
            page = pages.get(int(override.object_id))
            if page is not None:
                rows.append({"override": override, "page": page, "by": shown_name(override.user)})
        return {"rows": rows}
