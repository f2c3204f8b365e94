"""The editorial roles' part in the glossary, and the workflow terms go through, set up
idempotently (`ensure_glossary_roles`, called wherever the roles are ensured: seed_demo,
setup_editorial, the tests' `editorial` fixture).

Writers and editors add and edit terms (drafts) and submit them for review. Medical
reviewers see the glossary and act on the terms the workflow sends them (Wagtail lets a
step's group open those in the editor); they edit nothing else. Editors also delete,
lock and unpublish terms, and may publish, but only content a medical reviewer approved:
the guard refuses anything else, for everyone, superusers included.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Workflow, WorkflowContentType, WorkflowTask

from review.roles import EDITORS, MEDICAL_REVIEWERS, WRITERS

from .models import GlossaryTerm
from .models.review_task import GlossaryReviewTask

WORKFLOW_NAME = "Glossary review"
TASK_NAME = "Glossary medical review"

TERM_PERMISSIONS = {
    WRITERS: ("add", "change", "view"),
    MEDICAL_REVIEWERS: ("view",),
    EDITORS: ("add", "change", "view", "delete", "publish", "lock", "unlock"),
}


def ensure_glossary_roles() -> Workflow:
    """Give the three groups their permissions on terms and set up the "Glossary review"
    workflow for terms, its step approved by the medical reviewers. Never removes a
    permission an admin added."""
    content_type = ContentType.objects.get_for_model(GlossaryTerm)
    groups = {}
    for name, actions in TERM_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for action in actions:
            codename = f"{action}_{GlossaryTerm._meta.model_name}"
            # Snippet-only permissions (publish, lock) are made after migrations; make
            # them here if they are not there yet, with Wagtail's own name for them.
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": f"Can {action} {GlossaryTerm._meta.verbose_name_raw}"},
            )
            group.permissions.add(permission)
        groups[name] = group
    return ensure_glossary_workflow(groups[MEDICAL_REVIEWERS])


def ensure_glossary_workflow(reviewers: Group) -> Workflow:
    task = GlossaryReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GlossaryReviewTask.objects.create(name=TASK_NAME)
    task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(GlossaryTerm),
        defaults={"workflow": workflow},
    )
    return workflow
