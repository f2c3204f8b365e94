"""The review app in Wagtail's admin: what the editor offers, what it says, the audit
log's actions, gated bulk publishing, and the reports."""

import json

from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import path, re_path, reverse

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.models import WorkflowState

from readability.names import (
    PUBLISH_BUTTON,
    RESUBMIT_BUTTON,
    SUBMIT_BUTTON,
    WITHDRAW_BUTTON,
    WORKFLOW_ACTION_BUTTON,
    WORKFLOW_ACTION_DATA,
    WORKFLOW_ACTION_NAME,
)

from . import views
from .bulk import GatedPublishBulkAction
from .dashboard import is_editor, is_writer
from .dashboard.editors import FailingPagesPanel, RecentOverridesPanel
from .dashboard.waiting import WaitingForWhomPanel
from .dashboard.writers import SentBackPanel, YourDraftsPanel
from .forms import EditorsPageForm, published_by_editors
from .guard import is_gated, move_refused_message
from .models.tasks import MedicalReviewTask, credentials_needed_url, has_credentials
from .names import (
    APPROVE,
    APPROVE_WITH_OVERRIDE,
    OVERRIDE_LOG_ACTION,
    PUBLISH_REFUSED_LOG_ACTION,
    REVOKED_LOG_ACTION,
    SIGN_OFF_LOG_ACTION,
)
from .outcome import editor_notes, tell_what_happened
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


class SubmitForReviewMenuItem(SubmitForModerationMenuItem):
    """Wagtail names the button after the workflow or, when resubmitting, after the step
    that sent the page back; ours says what happens in every case."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["label"] = SUBMIT_LABEL
        return context


SUBMIT_LABEL = "Submit for review"
LABELS = {
    RESUBMIT_BUTTON: "Submit again for review",
    WITHDRAW_BUTTON: "Withdraw from review",
}


@hooks.register("construct_page_action_menu")
def shape_review_actions(menu_items, request, context):
    """Reviewed pages go live through the review. Publishing directly is offered only
    when a medical reviewer has signed off exactly this content; otherwise the guard
    would refuse it, so the button is not shown. The buttons say what they do: a page
    sent back is submitted again from the start (the automatic check runs again), never
    straight to the step that sent it back."""
    page = context.get("page")
    if page is None:
        return
    if published_by_editors(page):
        menu_items[:] = [item for item in menu_items if item.name != SUBMIT_BUTTON]
    if not requires_sign_off(page):
        return
    _override, sign_off = decisions_for(page) if page.pk else (None, None)
    state = page.current_workflow_state if page.pk else None
    sent_back = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    shaped = []
    for item in menu_items:
        if item.name == PUBLISH_BUTTON and sign_off is None:
            continue
        if item.name == SUBMIT_BUTTON:
            if sent_back:
                continue  # "Submit again for review" restarts from the automatic check
            replacement = SubmitForReviewMenuItem(order=item.order)
            replacement.icon_name = item.icon_name
            item = replacement
        item.label = LABELS.get(item.name, item.label)
        shaped.append(item)
    menu_items[:] = shaped


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


MAX_ACTION_DATA = 20_000


@hooks.register("before_edit_page")
def refuse_malformed_workflow_data(request, page):
    """Wagtail's editor passes the workflow dialog's JSON straight to the step as keyword
    arguments, unchecked. Only the fields of the action's own form are accepted, as text,
    and they must pass that form (a comment to request changes, a reason to override)."""
    raw = request.POST.get(WORKFLOW_ACTION_DATA) if request.method == "POST" else None
    if raw is None:
        return None
    try:
        data = json.loads(raw) if len(raw) <= MAX_ACTION_DATA else None
    except (ValueError, RecursionError):
        data = None
    task = page.current_workflow_task
    action = request.POST.get(WORKFLOW_ACTION_NAME, "")
    form_class = task.specific.get_form_for_action(action) if task else None
    refused = HttpResponseBadRequest("The workflow action's data is not valid.")
    if not isinstance(data, dict) or not all(isinstance(value, str) for value in data.values()):
        return refused
    allowed = set(form_class.base_fields) if form_class else set()
    if set(data) - allowed or (form_class is not None and not form_class(data=data).is_valid()):
        return refused
    return None


@hooks.register("before_edit_page")
def approvers_have_credentials(request, page):
    """Approving from the editor: Wagtail ignores where the step sends the reviewer, so a
    reviewer without credentials is sent to their profile here, before anything is done."""
    if request.method != "POST" or WORKFLOW_ACTION_BUTTON not in request.POST:
        return None
    if request.POST.get(WORKFLOW_ACTION_NAME) not in (APPROVE, APPROVE_WITH_OVERRIDE):
        return None
    task = page.current_workflow_task
    if task is None or not isinstance(task.specific, MedicalReviewTask):
        return None
    if not task.specific.is_reviewer(request.user) or has_credentials(request.user):
        return None  # the step's own checks answer a non-reviewer
    return redirect(credentials_needed_url())


@hooks.register("before_create_page")
def editors_create_their_own_pages(request, parent_page, page_class):
    """Categories and the research index are the editors' tree: someone who cannot
    publish them is told so, rather than left with a page nobody can submit."""
    if not issubclass(getattr(page_class, "base_form_class", object), EditorsPageForm):
        return None
    if parent_page.permissions_for_user(request.user).can_publish_subpage():
        return None
    messages.error(
        request,
        f"Only editors create a {page_class._meta.verbose_name}: ask an editor to add it. "
        "You can add a research summary inside an existing category.",
    )
    return redirect("wagtailadmin_explore", parent_page.pk)


@hooks.register("before_move_page")
def refuse_moving_live_reviewed_pages(request, page, destination):
    if page.live and is_gated(page) and page.get_parent().pk != destination.pk:
        messages.error(request, move_refused_message(page))
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_edit_page")
def show_who_asked_for_what(request, page):
    if request.method == "GET" and requires_sign_off(page.specific):
        editor_notes(request, page)


REVIEW_ACTIONS = (SUBMIT_BUTTON, RESUBMIT_BUTTON, WORKFLOW_ACTION_BUTTON)


def say_what_happened(request, page):
    """After a review action in the editor (not after a plain save)."""
    if requires_sign_off(page.specific) and any(key in request.POST for key in REVIEW_ACTIONS):
        tell_what_happened(request, page)


hooks.register("after_edit_page", say_what_happened)
hooks.register("after_create_page", say_what_happened)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "plain-language/pages/<int:page_id>/",
            views.report_page,
            name="plain_language_report",
        ),
        path(
            "reports/plain-language/",
            views.QualityReportView.as_view(),
            name="plain_language_quality",
        ),
        path(
            "reports/plain-language/results/",
            views.QualityReportView.as_view(results_only=True),
            name="plain_language_quality_results",
        ),
        path("review/outcome/<int:page_id>/", views.outcome, name="review_outcome"),
        re_path(
            r"^review/compare/(?P<pk>\d+)/(?P<revision_id_a>live|earliest|\d+)\.\.\."
            r"(?P<revision_id_b>live|latest|\d+)/$",
            views.ReviewCompareView.as_view(),
            name="review_compare",
        ),
        path(
            "reports/plain-language/recheck/",
            views.recheck_all_view,
            name="plain_language_recheck",
        ),
    ]


class QualityReportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.may_see_quality_report(request.user)


@hooks.register("register_reports_menu_item")
def register_quality_report_menu_item():
    return QualityReportMenuItem(
        "Plain language", reverse("plain_language_quality"), icon_name="doc-full-inverse", order=50
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panels_by_role(request, panels):
    """Writers: what was sent back to them and their drafts. Editors (and superusers):
    what is waiting for whom, failing summaries and recent overrides. Reviewers keep
    Wagtail's own "Awaiting your review" (the medical review step is a group approval
    task) and currency's "Reviews falling due"."""
    user = request.user
    if is_writer(user):
        panels.extend([SentBackPanel(user), YourDraftsPanel(user)])
    if is_editor(user):
        panels.extend(
            [WaitingForWhomPanel(user), FailingPagesPanel(user), RecentOverridesPanel(user)]
        )
