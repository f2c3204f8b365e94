from django.core.management.base import BaseCommand, CommandError

from glossary.review_setup import ensure_glossary_roles
from research.models import ResearchIndexPage
from review.roles import MEDICAL_REVIEWERS, ensure_roles
from review.setup import ensure_review_workflow


class Command(BaseCommand):
    help = (
        "Create (or complete) the Writers, Medical reviewers and Editors groups and the "
        "'Plain-language and medical review' workflow on the research index, and the "
        "'Glossary review' workflow for glossary terms. Safe to run again."
    )

    def handle(self, *args, **options):
        research = ResearchIndexPage.objects.first()
        if research is None:
            raise CommandError("There is no research index page yet: create one first.")
        groups = ensure_roles(research_root=research, site_root=research.get_parent())
        workflow = ensure_review_workflow(research, groups[MEDICAL_REVIEWERS])
        glossary_workflow = ensure_glossary_roles()
        self.stdout.write(
            f"Groups: {', '.join(sorted(groups))}. Workflow “{workflow.name}” "
            f"applies to {research.title} and everything below it; "
            f"“{glossary_workflow.name}” to glossary terms."
        )
