from django.urls import path

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet

from readability.models import PlainLanguageStatus

from .doi_lookup import LOOKUP_URL_NAME, fill_from_doi
from .models import CategoryPage, ResearchSummaryPage


class PlainLanguageColumn(Column):
    cell_template_name = "research/admin/plain_language_cell.html"

    def get_value(self, instance):
        if instance.specific_class is not ResearchSummaryPage:
            return None
        if hasattr(instance, "listed_plain_language_status"):
            return instance.listed_plain_language_status
        return PlainLanguageStatus.objects.filter(page_id=instance.pk).first()


class CategoryChildrenIndexView(ExplorableIndexView):
    base_columns = [
        *ExplorableIndexView.base_columns,
        PlainLanguageColumn("plain_language", label="Plain language", width="14%"),
    ]

    def get_table(self, object_list):
        # The statuses of the whole page of rows in one query, not one query per row.
        rows = list(object_list)
        statuses = PlainLanguageStatus.objects.in_bulk(
            [row.pk for row in rows], field_name="page_id"
        )
        for row in rows:
            row.listed_plain_language_status = statuses.get(row.pk)
        return super().get_table(rows)


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


@hooks.register("register_admin_urls")
def register_doi_lookup_url():
    # Under /admin/: Wagtail's admin-access check runs first; the view checks the rest.
    return [path("research/fill-from-doi/", fill_from_doi, name=LOOKUP_URL_NAME)]
