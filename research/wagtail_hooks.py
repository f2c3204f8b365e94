from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet

from readability.models import PlainLanguageStatus

from .models import CategoryPage, ResearchSummaryPage


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
