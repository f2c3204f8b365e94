"""The "Plain-language review" workflow on the research tree, set up idempotently."""

from django.contrib.auth.models import Group

from wagtail.models import Page, Workflow, WorkflowPage, WorkflowTask

from .models import MedicalReviewTask, PlainLanguageCheckTask

WORKFLOW_NAME = "Plain-language review"
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

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, task in enumerate((check, review)):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    WorkflowPage.objects.update_or_create(page=research_root, defaults={"workflow": workflow})
    return workflow
