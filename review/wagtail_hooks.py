"""The review app in Wagtail's admin: what the editor offers, what it says, the audit
log's actions, gated bulk publishing, and the reports."""

import datetime
import json

from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.models import WorkflowState

from . import views
from .bulk import GatedPublishBulkAction
from .forms import published_by_editors
from .guard import is_gated, move_refused_message
from .models import PlainLanguageCheckTask
from .names import (
    OVERRIDE_LOG_ACTION,
    PUBLISH_REFUSED_LOG_ACTION,
    REVOKED_LOG_ACTION,
    SIGN_OFF_LOG_ACTION,
)
from .signoffs import decisions_for
from .verdict import judge, requires_sign_off


@hooks.register("register_log_actions")
def register_review_log_actions(actions):
    @actions.register_action(OVERRIDE_LOG_ACTION)
    class PlainLanguageOverrideAction(LogFormatter):
        label = "Override plain-language check"

        def format_message(self, log_entry):
            return "Plain-language check overridden"

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")

    actions.register_action(
        SIGN_OFF_LOG_ACTION, "Medical sign-off", "Approved by a medical reviewer"
    )
    actions.register_action(
        REVOKED_LOG_ACTION,
        "Medical sign-off withdrawn",
        "Sign-off withdrawn: a reviewer requested changes",
    )

    @actions.register_action(PUBLISH_REFUSED_LOG_ACTION)
    class PublishRefusedAction(LogFormatter):
        label = "Publishing refused"

        def format_message(self, log_entry):
            return "Not published: " + "; ".join(log_entry.data.get("reasons", []))


# Registered after Wagtail's own (default order 0) so that it replaces "publish".
hooks.register("register_bulk_action", GatedPublishBulkAction, order=100)


@hooks.register("construct_page_action_menu")
def offer_review_instead_of_publish(menu_items, request, context):
    """Reviewed pages go live through the review workflow. Publishing directly is offered
    only when a medical reviewer has signed off exactly this content; otherwise the
    guard would refuse it, so the button is not shown."""
    page = context.get("page")
    if page is not None and requires_sign_off(page):
        _override, sign_off = decisions_for(page)
        if sign_off is None:
            menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
    if page is not None and published_by_editors(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-submit"]


@hooks.register("before_publish_page")
def refuse_publishing_what_no_reviewer_approved(request, page):
    """The form checks what it can see; related content (such as topics) reaches the page
    only when the form saves. The edit has been saved as a draft by now, so refusing
    here loses nothing."""
    if not requires_sign_off(page):
        return None
    verdict = judge(page.get_latest_revision().as_object())
    if verdict.can_publish:
        return None
    messages.error(
        request,
        "Not published: "
        + " ".join(reason.message for reason in verdict.blocking)
        + " Your changes are saved as a draft.",
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


RESERVED_ACTION_DATA = {"user", "task_state", "action_name"}


@hooks.register("before_edit_page")
def refuse_malformed_workflow_data(request, page):
    """Wagtail's editor passes the workflow dialog's JSON straight to the step as keyword
    arguments; anything but an object of plain fields is a malformed request."""
    raw = request.POST.get("workflow-action-extra-data") if request.method == "POST" else None
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict) or RESERVED_ACTION_DATA & set(data):
        return HttpResponseBadRequest("The workflow action's data is not valid.")
    return None


@hooks.register("before_move_page")
def refuse_moving_live_reviewed_pages(request, page, destination):
    if page.live and is_gated(page) and page.get_parent().pk != destination.pk:
        messages.error(request, move_refused_message(page))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


RECENT = datetime.timedelta(minutes=1)


def tell_writer_if_sent_back(request, page):
    """The automatic check runs during the submission itself; say at once if it sent the
    summary back, instead of leaving the writer with "submitted for moderation"."""
    if not requires_sign_off(page.specific):
        return
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return
    task_state = state.current_task_state
    if task_state is None or not isinstance(task_state.task.specific, PlainLanguageCheckTask):
        return
    if task_state.finished_at and timezone.now() - task_state.finished_at > RECENT:
        return
    messages.error(
        request,
        "The automatic plain-language check sent this summary back. Fix the points in the "
        "Checks panel (or the report), then submit it again.",
        buttons=[
            messages.button(reverse("plain_language_report", args=[page.pk]), "See the report"),
            messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), "Edit"),
        ],
    )


hooks.register("after_edit_page", tell_writer_if_sent_back)
hooks.register("after_create_page", tell_writer_if_sent_back)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "plain-language/pages/<int:page_id>/",
            views.report_page,
            name="plain_language_report",
        ),
        path("reports/plain-language/", views.quality_report, name="plain_language_quality"),
    ]


class QualityReportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_see_quality_report(request.user)


@hooks.register("register_reports_menu_item")
def register_quality_report_menu_item():
    return QualityReportMenuItem(
        "Plain language", reverse("plain_language_quality"), icon_name="doc-full-inverse", order=50
    )
