"""The writers' panels: "Sent back to you" (the summaries a reviewer or the automatic
check returned to them, with the comment) and "Your drafts" (summaries they own or last
edited that readers do not see as they stand). A writer sees only their own."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import Page, WorkflowState, get_default_page_content_type

from ..models import PlainLanguageCheckTask
from ..outcome import NO_COMMENT, sent_back_by
from . import DashboardPanel, shown_name


class SentBackPanel(DashboardPanel):
    name = "sent_back_to_you"
    template_name = "review/dashboard/sent_back.html"
    order = 200  # first: it is what the writer must act on

    def rows(self) -> list[dict]:
        states = list(
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_NEEDS_CHANGES,
                requested_by=self.user,
                base_content_type=get_default_page_content_type(),
            )
            .select_related(
                "current_task_state__finished_by__person_profile",
                "current_task_state__task",
            )
            .order_by("-current_task_state__finished_at", "-pk")[: self.rows_shown]
        )
        pages = Page.objects.in_bulk([int(state.object_id) for state in states])
        automatic_type = ContentType.objects.get_for_model(PlainLanguageCheckTask).pk
        rows = []
        for state in states:
            page, task_state = pages.get(int(state.object_id)), state.current_task_state
            if page is None or task_state is None:
                continue
            rows.append(
                {
                    "page": page,
                    "comment": task_state.comment or NO_COMMENT,
                    "by": sent_back_by(
                        shown_name(task_state.finished_by),
                        automatic=task_state.task.content_type_id == automatic_type,
                    ),
                    "at": task_state.finished_at,
                }
            )
        return rows

    def get_context_data(self, parent_context=None):
        return {"rows": self.rows()}


class YourDraftsPanel(DashboardPanel):
    name = "your_drafts"
    template_name = "review/dashboard/your_drafts.html"
    order = 205

    class Media:
        css = {"all": ["readability/plain_language_panel.css"]}  # the status badges

    def drafts(self):
        """Pages with a plain-language status (the summaries) that the user owns or last
        edited, never published or with changes not yet live; last edited first."""
        return (
            Page.objects.filter(Q(owner=self.user) | Q(latest_revision__user=self.user))
            .filter(Q(live=False) | Q(has_unpublished_changes=True))
            .filter(plain_language_status__isnull=False)
            .select_related("plain_language_status")
            .order_by("-latest_revision_created_at", "-pk")
        )

    def get_context_data(self, parent_context=None):
        drafts = self.drafts()
        rows = list(drafts[: self.rows_shown])
        more = drafts.count() - len(rows) if len(rows) == self.rows_shown else 0
        return {"rows": rows, "more": more}
