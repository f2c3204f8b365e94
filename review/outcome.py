"""Telling each person, in the admin, what just happened in the review and what comes
next; and showing, at the top of the editor, who asked for what and what changed.

One message per action, in one vocabulary: Wagtail's generic "Page … has been updated"
or "submitted for moderation" is replaced by what actually happened (sent back by the
automatic check, waiting for a medical reviewer, approved and live, sent back to the
writer with the reviewer's comment).
"""

import datetime

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, linebreaks
from django.utils.safestring import mark_safe

from wagtail.admin import messages
from wagtail.models import TaskState, WorkflowState

from .models import PlainLanguageCheckTask
from .models.decisions import ReviewSignOff
from .signoffs import display_name

RECENT = datetime.timedelta(minutes=2)


def latest_task_state(page):
    return (
        TaskState.objects.filter(
            workflow_state__base_content_type_id=page.get_base_content_type().pk,
            workflow_state__object_id=str(page.pk),
        )
        .select_related("workflow_state", "finished_by", "task")
        .order_by("-started_at", "-pk")
        .first()
    )


def replace_messages(request) -> None:
    """Drop the messages queued so far (Wagtail's generic one) before saying ours."""
    storage = get_messages(request)
    for _message in storage:
        pass
    storage.used = True


def writer_name(workflow_state) -> str:
    return display_name(workflow_state.requested_by) or "the writer"


def tell_what_happened(request, page) -> bool:
    """After a submit, an approval or a request for changes: say what happened and what
    comes next. Returns False when nothing recent is known (Wagtail's message stays)."""
    page = page.specific
    state = page.current_workflow_state or (
        WorkflowState.objects.filter(
            base_content_type_id=page.get_base_content_type().pk, object_id=str(page.pk)
        )
        .order_by("-created_at")
        .first()
    )
    task_state = latest_task_state(page)
    if state is None or task_state is None:
        return False
    recent = timezone.now() - RECENT
    title = page.get_admin_display_title()
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    automatic = isinstance(task_state.task.specific, PlainLanguageCheckTask)

    if state.status == WorkflowState.STATUS_NEEDS_CHANGES and task_state.finished_at:
        if task_state.finished_at < recent:
            return False
        replace_messages(request)
        if automatic:
            messages.error(
                request,
                format_html(
                    "Not sent to a medical reviewer: the automatic plain-language check "
                    "found problems in “{}”. Fix the points shown at the top of the editor "
                    "and in the Checks panel, then submit it again.",
                    title,
                ),
                buttons=[
                    messages.button(reverse("plain_language_report", args=[page.pk]), "Report"),
                    messages.button(edit_url, "Edit"),
                ],
            )
        else:
            messages.success(
                request,
                format_html(
                    "Sent back to {} with your comment; they have been e-mailed. The summary "
                    "stays as it is for readers until a reviewer approves a new version.",
                    writer_name(state),
                ),
            )
        return True

    if state.status == WorkflowState.STATUS_IN_PROGRESS and task_state.started_at >= recent:
        replace_messages(request)
        messages.success(
            request,
            format_html(
                "Submitted for review. The automatic plain-language check passed; “{}” is "
                "now waiting for a medical reviewer. You will be e-mailed when they decide.",
                title,
            ),
            buttons=[messages.button(edit_url, "Edit")],
        )
        return True

    if state.status == WorkflowState.STATUS_APPROVED and task_state.finished_at >= recent:
        replace_messages(request)
        page.refresh_from_db()
        if page.live and not page.has_unpublished_changes:
            messages.success(
                request,
                format_html("Approved and published: “{}” is live with your sign-off.", title),
                buttons=[messages.button(page.url or "/", "View it live")],
            )
        elif page.go_live_at and page.go_live_at > timezone.now():
            messages.success(
                request,
                format_html(
                    "Approved: “{}” goes live on {} with your sign-off.",
                    title,
                    page.go_live_at.strftime("%-d %B %Y at %H:%M"),
                ),
            )
        else:
            messages.success(request, format_html("Approved: “{}”.", title))
        return True
    return False


NO_COMMENT = "No comment was given."


def sent_back_by(reviewer_name: str, *, automatic: bool) -> str:
    """Who sent a summary back, as the writer is told (editor and dashboard alike)."""
    if automatic:
        return "the automatic plain-language check"
    return reviewer_name or "a medical reviewer"


def editor_notes(request, page) -> None:
    """At the top of the editor: for a writer, who sent the summary back and why; for a
    reviewer, what changed since the last sign-off and since the live version."""
    page = page.specific
    state = page.current_workflow_state
    if state is None:
        return
    task_state = state.current_task_state
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES and task_state is not None:
        comment = task_state.comment or NO_COMMENT
        automatic = isinstance(task_state.task.specific, PlainLanguageCheckTask)
        who = sent_back_by(display_name(task_state.finished_by), automatic=automatic)
        when = timezone.localtime(task_state.finished_at).strftime("%-d %B %Y at %H:%M")
        messages.warning(
            request,
            format_html(
                "<strong>Sent back by {} on {}.</strong>{}"
                "<p>Change what is asked, then choose “Submit again for review”.</p>",
                who,
                when,
                # Escaped first, then given its paragraphs and line breaks back.
                mark_safe(linebreaks(comment, autoescape=True)),
            ),
        )
        return
    if state.status != WorkflowState.STATUS_IN_PROGRESS or task_state is None:
        return
    task = task_state.task.specific
    if not task.user_can_access_editor(page, request.user) or isinstance(
        task, PlainLanguageCheckTask
    ):
        return
    buttons = []
    sign_off = ReviewSignOff.objects.for_page(page).select_related("user").first()
    if sign_off is not None:
        buttons.append(
            messages.button(
                reverse(
                    "review_compare",
                    args=[page.pk, sign_off.revision_id, "latest"],
                ),
                "Changes since the last sign-off",
            )
        )
    if page.live:
        buttons.append(
            messages.button(
                reverse("review_compare", args=[page.pk, "live", "latest"]),
                "Changes from the live version",
            )
        )
    submitted = timezone.localtime(state.created_at).strftime("%-d %B %Y")
    last = (
        format_html(
            " Last signed off by {} on {}.",
            sign_off.reviewer_name or display_name(sign_off.user),
            timezone.localtime(sign_off.created_at).strftime("%-d %B %Y"),
        )
        if sign_off
        else " It has never been signed off: review all of it."
    )
    messages.info(
        request,
        format_html(
            "<strong>Waiting for your medical review</strong>, submitted by {} on {}.{}",
            writer_name(state),
            submitted,
            last,
        ),
        buttons=buttons,
    )
