"""Publishing what the workflow approved (setting WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail publishes the last approval with the approver's permissions. Medical reviewers
hold no publish permissions (they review; editors run the site), so the authority to
publish reviewed content is the reviewer's approval, which a guard checks again on the
save that makes it live: `review.guard` for pages with `requires_sign_off`, and the
guard of each model registered with `publish_on_approval` (an app above review, such as
the glossary, registers its own). Everything else publishes as Wagtail would.

Wagtail imports this module while `wagtail.models` itself is loading, so it may import
nothing that needs the models at import time.
"""

from wagtail.workflows import publish_workflow_state

# Models whose own guard refuses, on the save that makes them live, content no reviewer
# approved.
APPROVAL_PUBLISHES: set[type] = set()


def publish_on_approval(model: type) -> None:
    APPROVAL_PUBLISHES.add(model)


def publish_approved(workflow_state, user=None):
    content = workflow_state.content_object
    # Snippets have no specific class: their own class is the one.
    model = getattr(content, "specific_class", None) or type(content)
    if not getattr(model, "requires_sign_off", False) and model not in APPROVAL_PUBLISHES:
        return publish_workflow_state(workflow_state, user=user)
    revision = content.get_latest_revision()
    return revision.publish(user=user, skip_permission_checks=True)
