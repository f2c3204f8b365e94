"""The review workflow on the research tree, set up idempotently: an automatic
plain-language check, then a medical review."""

from django.contrib.auth.models import Group

from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

from .models import MedicalReviewTask, PlainLanguageCheckTask

# The workflow holds both steps, so its name says both. Sites set up under the old name
# are renamed, never given a second workflow.
WORKFLOW_NAME = "Plain-language and medical review"
FORMER_WORKFLOW_NAMES = ("Plain-language review",)
CHECK_TASK_NAME = "Plain-language check"
REVIEW_TASK_NAME = "Medical review"


def ensure_review_workflow(research_root: Page, reviewers: Group) -> Workflow:
    check = PlainLanguageCheckTask.objects.filter(name=CHECK_TASK_NAME).first()
    if check is None:
        check = PlainLanguageCheckTask.objects.create(name=CHECK_TASK_NAME)
    review = MedicalReviewTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if review is None:
        review = MedicalReviewTask.objects.create(name=REVIEW_TASK_NAME)
    review.groups.add(reviewers)

    if not Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        Workflow.objects.filter(name__in=FORMER_WORKFLOW_NAMES).update(name=WORKFLOW_NAME)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, task in enumerate((check, review)):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    WorkflowPage.objects.update_or_create(page=research_root, defaults={"workflow": workflow})
    return workflow
