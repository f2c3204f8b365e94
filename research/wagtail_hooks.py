import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import WorkflowState

from readability.gate import decisions_for
from readability.models import PlainLanguageStatus

from .feedback import admin_hooks  # noqa: F401 - registers the reader feedback report
from .models import CategoryPage, PlainLanguageCheckTask, ResearchSummaryPage


class PlainLanguageColumn(Column):
    cell_template_name = "research/admin/plain_language_cell.html"

    def get_value(self, instance):
        if instance.specific_class is not ResearchSummaryPage:
            return None
        return PlainLanguageStatus.objects.filter(page_id=instance.pk).first()


class CategoryChildrenIndexView(ExplorableIndexView):
    base_columns = [
        *ExplorableIndexView.base_columns,
        PlainLanguageColumn("plain_language", label="Plain language", width="14%"),
    ]


class ResearchSummaryViewSet(PageViewSet):
    """Summaries as the explorer lists them inside a category: with their plain-language
    status next to Wagtail's own columns."""

    model = ResearchSummaryPage
    index_view_class = CategoryChildrenIndexView

    @property
    def parent_models(self):
        # Categories also hold sub-categories, so Wagtail would not pick this listing for
        # them by itself; the extra column is blank on sub-category rows.
        return [CategoryPage]


@hooks.register("register_admin_viewset")
def register_research_summary_viewset():
    return ResearchSummaryViewSet("research_summary_pages")


@hooks.register("construct_page_action_menu")
def explain_review_instead_of_publish(menu_items, request, context):
    """Summaries go live through the review workflow. Publishing directly is offered only
    when a medical reviewer has signed off exactly this content (say, to change only its
    go-live date); otherwise the gate would refuse it, so the button is not shown."""
    page = context.get("page")
    if isinstance(page, ResearchSummaryPage):
        _override, sign_off = decisions_for(page)
        if sign_off is None:
            menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def tell_writer_if_sent_back(request, page):
    """The automatic check runs during the submission itself; say at once if it sent the
    summary back, instead of leaving the writer with "submitted for moderation"."""
    if not isinstance(page.specific, ResearchSummaryPage):
        return
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return
    task_state = state.current_task_state
    if task_state is None or not isinstance(task_state.task.specific, PlainLanguageCheckTask):
        return
    if task_state.finished_at and timezone.now() - task_state.finished_at > RECENT:
        return
    messages.error(
        request,
        "The automatic plain-language check sent this summary back. Fix the points in the "
        "Checks panel (or the report), then submit it again.",
        buttons=[
            messages.button(reverse("plain_language_report", args=[page.pk]), "See the report"),
            messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), "Edit"),
        ],
    )


RECENT = datetime.timedelta(minutes=1)
hooks.register("after_edit_page", tell_writer_if_sent_back)
hooks.register("after_create_page", tell_writer_if_sent_back)
