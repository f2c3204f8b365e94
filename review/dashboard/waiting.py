"""The editors' panel "Waiting for whom": every summary in a review, oldest wait first,
with the step it is at and who must act next: the medical reviewers (the step's groups),
the automatic check, or the writer a reviewer sent it back to. Editors and superusers."""

from django.db.models import Case, F, When
from django.utils import timezone

from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    Task,
    WorkflowState,
    get_default_page_content_type,
)

from ..outcome import sent_back_by
from . import DashboardPanel, shown_name

ACTIVE = (WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES)


def waiting_states():
    """Reviews under way, oldest wait first: since the step started, or since the page
    was sent back. A review whose step has gone (its revision deleted, which deletes the
    step's task state) waits for nobody; left in, it would sort first and take a row."""
    return (
        WorkflowState.objects.filter(
            status__in=ACTIVE,
            base_content_type=get_default_page_content_type(),
            current_task_state__isnull=False,
        )
        .annotate(
            waiting_since=Case(
                When(
                    status=WorkflowState.STATUS_NEEDS_CHANGES,
                    then=F("current_task_state__finished_at"),
                ),
                default=F("current_task_state__started_at"),
            )
        )
        .select_related(
            "requested_by__person_profile",
            "current_task_state__task",
            "current_task_state__finished_by__person_profile",
        )
        .order_by("waiting_since", "pk")
    )


def step_groups(states) -> dict[int, list[str]]:
    """{task id: its groups' names} for the group approval steps the states are at: a few
    queries per distinct step (a workflow has two), however many states."""
    task_ids = {state.current_task_state.task_id for state in states}
    return {
        task.pk: sorted(group.name for group in task.groups.all())
        for task in Task.objects.filter(pk__in=task_ids).specific()
        if isinstance(task, AbstractGroupApprovalTask)
    }


def waiting_for(state, groups: dict[int, list[str]]) -> str:
    """Who must act next, in words."""
    task_state = state.current_task_state
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        writer = shown_name(state.requested_by) or "The writer"
        automatic = task_state.task_id not in groups
        asked_by = sent_back_by(shown_name(task_state.finished_by), automatic=automatic)
        return f"{writer}, to make the changes {asked_by} asked for"
    if task_state.task_id in groups:
        return ", ".join(groups[task_state.task_id]) or "Nobody: the step has no group"
    return "The automatic plain-language check"


def days_waiting(since, now) -> str:
    """'today', '1 day', '9 days': one unit, which compares at a glance down the column.
    Days are dates in the editor's time zone, as the "Since" date beside them is shown:
    begun late yesterday is "1 day", not "today"."""
    days = (timezone.localdate(now) - timezone.localdate(since)).days
    if days < 1:
        return "today"
    return "1 day" if days == 1 else f"{days} days"


class WaitingForWhomPanel(DashboardPanel):
    name = "waiting_for_whom"
    template_name = "review/dashboard/waiting.html"
    order = 228  # after "Awaiting your review" (220), before the editors' other panels

    def get_context_data(self, parent_context=None):
        states = waiting_states()
        shown = list(states[: self.rows_shown])
        pages = Page.objects.in_bulk([int(state.object_id) for state in shown])
        groups = step_groups(shown)
        now = timezone.now()
        rows = [
            {
                "page": pages[int(state.object_id)],
                "step": state.current_task_state.task.name,
                "sent_back": state.status == WorkflowState.STATUS_NEEDS_CHANGES,
                "waiting_for": waiting_for(state, groups),
                "since": state.waiting_since,
                "days": days_waiting(state.waiting_since, now),
            }
            for state in shown
            if int(state.object_id) in pages
        ]
        total = states.count() if len(shown) == self.rows_shown else len(rows)
        return {"rows": rows, "more": max(total - len(rows), 0)}
