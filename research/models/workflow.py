"""The two steps of the "Plain-language review" workflow.

1. PlainLanguageCheckTask runs the gate's plain-language policy on the submitted
   revision by itself: it passes, or sends the summary back with the report.
2. MedicalReviewTask is a group approval for medical reviewers, with a third way to
   approve: with a plain-language override and a written reason.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse

from wagtail.forms import TaskStateCommentForm
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, Task

from readability.gate import judge, record_override, record_sign_off

OVERRIDE_ACTION = "approve_override"
OVERRIDE_PERMISSION = "readability.override_plain_language"
SIGN_OFF_LOG_ACTION = "readability.sign_off"


class PlainLanguageCheckTask(Task):
    """Automatic: nobody acts on this step. It also sends back accessibility errors
    (missing alt text, vague links...), which only the writer can fix."""

    class Meta:
        verbose_name = "plain-language check"
        verbose_name_plural = "plain-language checks"

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        revision = task_state.revision
        verdict = judge(revision.as_object(), require_sign_off=False)
        if not verdict.content_errors:
            task_state.approve(user=None, update=False, comment="Plain-language check passed.")
        else:
            task_state.reject(
                user=None,
                update=False,
                comment="The plain-language check found problems to fix before medical "
                "review:\n" + verdict.as_text(),
            )
        return task_state

    def get_actions(self, obj, user):
        return []

    @classmethod
    def get_description(cls):
        return (
            "Checks reading grade and jargon automatically. Failing summaries go back to "
            "their writer with the report."
        )


class PlainLanguageOverrideForm(TaskStateCommentForm):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=20,
        label="Why may this summary go live although its plain-language check fails?",
        help_text="Stored with this version and shown in the audit log, e.g. which "
        "technical word cannot be avoided and why.",
    )


def wrote(user, page, task_state) -> bool:
    requested_by = task_state.workflow_state.requested_by_id
    return user.pk is not None and user.pk in {page.owner_id, requested_by}


class MedicalReviewTask(AbstractGroupApprovalTask):
    """Group approval by medical reviewers, who may not approve what they wrote."""

    class Meta:
        verbose_name = "medical review"
        verbose_name_plural = "medical reviews"

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions:
            return actions
        state = obj.current_workflow_task_state
        if state is not None and wrote(user, obj, state):
            return [action for action in actions if action[0] != "approve"]
        if user.has_perm(OVERRIDE_PERMISSION):
            actions.append((OVERRIDE_ACTION, "Approve with plain-language override", True))
        return actions

    def get_form_for_action(self, action):
        if action == OVERRIDE_ACTION:
            return PlainLanguageOverrideForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name not in ("approve", OVERRIDE_ACTION):
            return super().on_action(task_state, user, action_name, **kwargs)
        page = task_state.workflow_state.content_object.specific
        if wrote(user, page, task_state):
            raise PermissionDenied("Reviewers cannot approve a summary they wrote.")
        if action_name == OVERRIDE_ACTION and not user.has_perm(OVERRIDE_PERMISSION):
            raise PermissionDenied("You may not override the plain-language check.")
        try:
            with transaction.atomic():
                approve_revision(
                    task_state,
                    page,
                    user,
                    comment=kwargs.get("comment", ""),
                    override_reason=kwargs.get("reason")
                    if action_name == OVERRIDE_ACTION
                    else None,
                )
        except ApprovalBlocked:
            return reverse("plain_language_report", args=[page.pk]) + "?blocked=1"
        return None

    @classmethod
    def get_description(cls):
        return (
            "Medical reviewers approve or request changes. They may approve with a "
            "plain-language override when a reason is given. Nobody approves their own work."
        )


class ApprovalBlocked(Exception):
    pass


def approve_revision(task_state, page, user, *, comment="", override_reason=None):
    """Record the sign-off (and override) for the latest revision, check the gate as the
    publish will, and only then approve, which publishes when this is the last step.
    Raises ApprovalBlocked, rolling everything back, when the gate would refuse."""
    revision = page.get_latest_revision()
    content = revision.as_object()
    if override_reason:
        failed = [reason.to_dict() for reason in judge(content).plain_language_errors]
        record_override(revision, user, override_reason, failed)
    record_sign_off(revision, user)
    verdict = judge(content)
    if not verdict.can_publish:
        raise ApprovalBlocked(verdict)
    log(instance=page, action=SIGN_OFF_LOG_ACTION, user=user, revision=revision)
    task_state.approve(user=user, comment=comment)
