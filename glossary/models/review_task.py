"""The step of the "Glossary review" workflow: medical reviewers approve a term's
content, which records the approval and publishes it, or request changes with a
comment. Nobody approves words they wrote (`glossary.review_authorship`)."""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from wagtail.models import AbstractGroupApprovalTask

from review.models.tasks import COMMENT_NEEDED, OWN_WORDS, RequestChangesForm
from review.names import APPROVE, REQUEST_CHANGES

NOT_A_REVIEWER = "Only medical reviewers approve glossary terms, superusers included."
ACTION_DATA_REFUSED = "The review action's data is not valid."


class GlossaryReviewTask(AbstractGroupApprovalTask):
    class Meta:
        verbose_name = "glossary medical review"
        verbose_name_plural = "glossary medical reviews"

    def is_reviewer(self, user) -> bool:
        """A member of this step's groups. Wagtail lets superusers act on any step; a
        superuser who is not a medical reviewer may send a term back, never approve."""
        return self._user_in_groups(user)

    def get_actions(self, obj, user):
        from ..review_authorship import wrote

        actions = super().get_actions(obj, user)
        state = obj.current_workflow_task_state if actions else None
        if actions and (not self.is_reviewer(user) or (state and wrote(user, obj, state))):
            return [action for action in actions if action[0] == REQUEST_CHANGES]
        return actions

    def get_form_for_action(self, action):
        if action == REQUEST_CHANGES:
            return RequestChangesForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        from ..review_authorship import wrote
        from ..review_publishing import approve_term

        comment = action_comment(action_name, kwargs)
        term = task_state.workflow_state.content_object
        if not (user.is_superuser or self.is_reviewer(user)):
            raise PermissionDenied(NOT_A_REVIEWER)
        if action_name == REQUEST_CHANGES:
            task_state.reject(user=user, comment=comment)
            return None
        if action_name != APPROVE:
            raise PermissionDenied(ACTION_DATA_REFUSED)
        if not self.is_reviewer(user):
            raise PermissionDenied(NOT_A_REVIEWER)
        if wrote(user, term, task_state):
            raise PermissionDenied(OWN_WORDS)
        with transaction.atomic():
            approve_term(task_state, term, user, comment=comment)
        return None

    @classmethod
    def get_description(cls):
        return (
            "Medical reviewers approve a glossary term's content, which publishes it, or "
            "request changes with a comment. Nobody approves their own words."
        )


def action_comment(action_name: str, data: dict) -> str:
    """The comment, once the action's data is what its form takes: Wagtail's editor
    hands the dialog's JSON to the step unchecked."""
    allowed = set(RequestChangesForm.base_fields)
    if set(data) - allowed or not all(isinstance(value, str) for value in data.values()):
        raise PermissionDenied(ACTION_DATA_REFUSED)
    if action_name == REQUEST_CHANGES and not RequestChangesForm(data=data).is_valid():
        raise PermissionDenied(COMMENT_NEEDED)
    return data.get("comment", "")
