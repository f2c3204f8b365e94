"""The two steps of the "Plain-language and medical review" workflow.

1. PlainLanguageCheckTask runs the plain-language and accessibility checks on the
   submitted revision by itself: it passes, or sends the summary back with the report.
2. MedicalReviewTask is a group approval for medical reviewers, with a third way to
   approve: with a plain-language override and a written reason. Nobody approves words
   they wrote (`review.authorship`); requesting changes ends every decision in force on
   the page (`review.signoffs`).
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse

from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Task

from people.models import Person
from people.views import CREDENTIALS_NEEDED

# Modules, not names: they read the decision models, which load beside these tasks.
from readability.assessment import CLAIM_TOO_STRONG, as_lines

from .. import authorship, signoffs, verdict
from ..names import APPROVE, APPROVE_WITH_OVERRIDE, OVERRIDE_PERMISSION, REQUEST_CHANGES
from .decisions import READER_NOTE_MAX_LENGTH

APPROVE_LABEL = "Approve and publish"

OWN_WORDS = "Reviewers cannot approve words they wrote: another medical reviewer must."
NOT_A_REVIEWER = "Only medical reviewers approve summaries, superusers included."
REASON_NEEDED = "An override needs a written reason of at least 20 characters."
COMMENT_NEEDED = "Say what the writer should change: a request for changes needs a comment."
READER_NOTE_NEEDED = (
    "Say in one line, for readers, what changed in this version: approving needs it."
)


def has_credentials(user) -> bool:
    person = Person.objects.for_user(user)
    return person is not None and person.may_approve


def credentials_needed_url() -> str:
    """Where a reviewer without credentials is sent instead of approving: their profile,
    which says what to add. Nothing about the summary changes."""
    return reverse("people_my_profile") + f"?credentials={CREDENTIALS_NEEDED}"


AUTOMATIC_CHECKER = "plain-language-check"


def automatic_checker():
    """The account the automatic check acts as, so that the history and the review
    dialogs credit its decisions to it and not to the writer whose submission ran it.
    It cannot log in."""
    user, created = get_user_model().objects.get_or_create(
        username=AUTOMATIC_CHECKER,
        defaults={
            "first_name": "Automatic",
            "last_name": "plain-language check",
            "is_active": False,
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


class PlainLanguageCheckTask(Task):
    """Automatic: nobody acts on this step. It also sends back accessibility errors
    (missing alt text, vague links...), which only the writer can fix."""

    class Meta:
        verbose_name = "plain-language check"
        verbose_name_plural = "plain-language checks"

    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        revision = task_state.revision
        result = verdict.judge(revision.as_object(), require_sign_off=False)
        checker = automatic_checker()
        for_the_writer = [r for r in result.content_errors if r.code != CLAIM_TOO_STRONG]
        for_the_reviewer = [r for r in result.content_errors if r.code == CLAIM_TOO_STRONG]
        if for_the_writer:
            task_state.reject(
                user=checker,
                update=False,
                comment="The plain-language check found problems to fix before medical "
                "review:\n" + as_lines(result.content_errors),
            )
        elif for_the_reviewer:
            # Whether a claim is too strong for its study is a medical judgement: the
            # reviewer requests changes, or approves with an override and a reason.
            task_state.approve(
                user=checker,
                update=False,
                comment="Plain-language check passed, except claims that may be too strong "
                "for the evidence. The medical reviewer decides:\n" + as_lines(for_the_reviewer),
            )
        else:
            task_state.approve(user=checker, update=False, comment="Plain-language check passed.")
        return task_state

    def get_actions(self, obj, user):
        return []

    @classmethod
    def get_description(cls):
        return (
            "Checks reading grade and jargon automatically. Failing summaries go back to "
            "their writer with the report."
        )


class ApproveForm(TaskStateCommentForm):
    """Approving publishes, and readers see the reviewer's line in the summary's "What
    changed" list: so every approval says, in the reviewer's words, what changed."""

    reader_note = forms.CharField(
        max_length=READER_NOTE_MAX_LENGTH,
        label="What changed, for readers (required)",
        help_text="One plain line shown to readers under “What changed”, e.g. “First "
        "published” or “Key findings updated to match the corrected paper”.",
    )
    comment = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Comment for the writer (optional)",
    )
    field_order = ["reader_note", "comment"]

    def clean_reader_note(self):
        # One line: a pasted line break would run into the next entry of the list.
        return " ".join(self.cleaned_data["reader_note"].split())


class PlainLanguageOverrideForm(ApproveForm):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=20,
        label="Why may this summary go live although its plain-language check fails?",
        help_text="Stored with this version and shown in the audit log, e.g. which "
        "technical word cannot be avoided and why.",
    )


class RequestChangesForm(TaskStateCommentForm):
    comment = forms.CharField(
        label="What should the writer change? (required)",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="The writer sees this at the top of the editor and in their e-mail.",
    )


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
        if not self.is_reviewer(user) or (state is not None and authorship.wrote(user, obj, state)):
            return [action for action in actions if action[0] == REQUEST_CHANGES]
        # Wagtail offers "Approve" and "Approve with comment"; one dialog does both and
        # asks for the line readers see.
        actions = [action for action in actions if action[0] != APPROVE]
        actions.append((APPROVE, APPROVE_LABEL, True))
        if self.may_override(user):
            actions.append((APPROVE_WITH_OVERRIDE, "Approve with plain-language override", True))
        return actions

    def is_reviewer(self, user) -> bool:
        """A member of this step's groups. Wagtail lets superusers act on any step; a
        superuser who is not a medical reviewer may send a summary back, never approve."""
        return self._user_in_groups(user)

    def may_override(self, user) -> bool:
        return self.is_reviewer(user) and user.has_perm(OVERRIDE_PERMISSION)

    def get_form_for_action(self, action):
        if action == APPROVE_WITH_OVERRIDE:
            return PlainLanguageOverrideForm
        if action == APPROVE:
            return ApproveForm
        if action == REQUEST_CHANGES:
            return RequestChangesForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        page = task_state.workflow_state.content_object.specific
        if action_name == REQUEST_CHANGES:
            if not RequestChangesForm(data=kwargs).is_valid():
                raise PermissionDenied(COMMENT_NEEDED)
            with transaction.atomic():
                signoffs.revoke(page, user, because=signoffs.CHANGES_REQUESTED)
                super().on_action(task_state, user, action_name, **kwargs)
            return reverse("review_outcome", args=[page.pk])
        if action_name not in (APPROVE, APPROVE_WITH_OVERRIDE):
            return super().on_action(task_state, user, action_name, **kwargs)
        if not self.is_reviewer(user):
            raise PermissionDenied(NOT_A_REVIEWER)
        if authorship.wrote(user, page, task_state):
            raise PermissionDenied(OWN_WORDS)
        if not has_credentials(user):
            return credentials_needed_url()
        if action_name == APPROVE_WITH_OVERRIDE:
            if not self.may_override(user):
                raise PermissionDenied("You may not override the plain-language check.")
            # The editor's own path hands over the dialog's data unchecked; check it here.
            if not PlainLanguageOverrideForm(data=kwargs).is_valid():
                raise PermissionDenied(REASON_NEEDED)
        approval = ApproveForm(data=kwargs)
        if not approval.is_valid():
            raise PermissionDenied(READER_NOTE_NEEDED)
        try:
            with transaction.atomic():
                approve_revision(
                    task_state,
                    page,
                    user,
                    comment=kwargs.get("comment", ""),
                    reader_note=approval.cleaned_data["reader_note"],
                    override_reason=kwargs.get("reason")
                    if action_name == APPROVE_WITH_OVERRIDE
                    else None,
                )
        except ApprovalBlocked:
            return reverse("plain_language_report", args=[page.pk]) + "?blocked=1"
        return reverse("review_outcome", args=[page.pk])

    @classmethod
    def get_description(cls):
        return (
            "Medical reviewers approve or request changes. They may approve with a "
            "plain-language override when a reason is given. Nobody approves their own work."
        )


class ApprovalBlocked(Exception):
    pass


def approve_revision(task_state, page, user, *, comment="", reader_note="", override_reason=None):
    """Record the sign-off (and override) for the latest revision, check the verdict as
    the publish will, and only then approve, which publishes when this is the last step.
    Raises ApprovalBlocked, rolling everything back, when the verdict would refuse."""
    revision = page.get_latest_revision()
    content = revision.as_object()
    if override_reason:
        failed = [reason.to_dict() for reason in verdict.judge(content).plain_language_errors]
        signoffs.record_override(revision, user, override_reason, failed)
    signoffs.record_sign_off(
        revision, user, writer=task_state.workflow_state.requested_by, reader_note=reader_note
    )
    if not verdict.judge(content).can_publish:
        raise ApprovalBlocked
    task_state.approve(user=user, comment=comment)
