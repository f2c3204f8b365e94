"""The editor's side of the choke point: Publish, Approve and Copy refuse, with reasons
on the fields and nothing typed lost, what the guard would refuse on the save."""

from django.core.exceptions import ValidationError

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.forms.pages import CopyForm
from wagtail.blocks import StreamBlockValidationError
from wagtail.fields import StreamField

from readability.assessment import PLAIN_LANGUAGE
from readability.names import (
    PUBLISH_BUTTON,
    SUBMIT_BUTTON,
    WORKFLOW_ACTION_BUTTON,
    WORKFLOW_ACTION_NAME,
)

from .authorship import wrote
from .fingerprint import fingerprint
from .names import APPROVE, APPROVE_WITH_OVERRIDE
from .verdict import judge, requires_sign_off

PUBLISH = "publish"

CHANGED_WHILE_APPROVING = (
    "You changed this summary, so you cannot approve it: a reviewer never approves words "
    "they wrote. Save your changes as a draft for another medical reviewer, or undo them, "
    "or request changes and say what to change."
)


class ReviewedPageForm(WagtailAdminPageForm):
    """For page types that need a sign-off: on Publish and on a reviewer's Approve, the
    verdict on what was typed is put on the fields."""

    def gated_action(self) -> str | None:
        if PUBLISH_BUTTON in self.data:
            return PUBLISH
        if WORKFLOW_ACTION_BUTTON in self.data:
            name = self.data.get(WORKFLOW_ACTION_NAME)
            if name in (APPROVE, APPROVE_WITH_OVERRIDE):
                return name
        return None

    def _post_clean(self):
        super()._post_clean()
        action = self.gated_action()
        if action is None or self.is_deferred_validation or self.errors:
            return
        if action != PUBLISH and self._approver_wrote_any_of_it():
            self.add_error(None, CHANGED_WHILE_APPROVING)
            return
        # Approving creates the sign-off, so only a direct publish needs one already.
        verdict = judge(self.instance, require_sign_off=action == PUBLISH)
        messages_by_field: dict[str | None, list[str]] = {}
        for reason in verdict.blocking:
            if action == APPROVE_WITH_OVERRIDE and reason.check == PLAIN_LANGUAGE:
                continue
            field = reason.field if reason.field in self.fields else None
            messages_by_field.setdefault(field, []).append(reason.message)
        for field, messages in messages_by_field.items():
            if field is not None and isinstance(self.instance._meta.get_field(field), StreamField):
                # Stream fields show one structured error; a plain list would lose all but one.
                self.add_error(field, StreamBlockValidationError(non_block_errors=messages))
            else:
                self.add_error(field, messages)

    def _approver_wrote_any_of_it(self) -> bool:
        page = self.instance
        latest = page.get_latest_revision()
        if latest is not None and fingerprint(latest.as_object()) != fingerprint(page):
            return True
        task_state = page.current_workflow_task_state
        return task_state is not None and wrote(self.for_user, page, task_state)


NOT_FOR_REVIEW = (
    "Only research summaries go to medical review; editors publish this page themselves. "
    "Save it as a draft and ask an editor to publish it."
)


class EditorsPageForm(WagtailAdminPageForm):
    """For pages inside the review workflow's tree that editors publish themselves
    (categories, the research index): the editor offers no Submit for them, and a
    submission sent anyway is refused with a message, nothing typed lost."""

    def clean(self):
        cleaned = super().clean()
        if SUBMIT_BUTTON in self.data:
            self.add_error(None, NOT_FOR_REVIEW)
        return cleaned


def published_by_editors(page) -> bool:
    return issubclass(getattr(type(page), "base_form_class", object), EditorsPageForm)


class ReviewedCopyForm(CopyForm):
    """Reviewed summaries are not copied: a summary covers one paper (its DOI is unique)
    and carries its own review, so a copy would be a second page for the same paper
    with nobody's review. The form says so instead of failing on the save."""

    def clean(self):
        cleaned = super().clean()
        copies_reviewed = requires_sign_off(self.page.specific_class) or (
            cleaned.get("copy_subpages") and self._has_reviewed_descendants()
        )
        if copies_reviewed:
            # On a field: the copy form shows field errors, not form-wide ones.
            self.add_error(
                "new_title",
                ValidationError(
                    "Research summaries cannot be copied: each covers one paper and has its "
                    "own medical review. Create a new summary for a new paper (or copy the "
                    "category without its sub-pages).",
                    code="copies_reviewed_pages",
                ),
            )
        return cleaned

    def _has_reviewed_descendants(self) -> bool:
        return any(
            requires_sign_off(page.specific_class)
            for page in self.page.get_descendants().defer_streamfields()
        )


__all__ = ["EditorsPageForm", "ReviewedCopyForm", "ReviewedPageForm", "published_by_editors"]
