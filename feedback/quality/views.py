"""Reports → Site quality: the page, its filters and its export. Editors see it: whoever
may see both the plain-language report (its grades) and the reader-feedback report (its
comments). Medical reviewers may see the first but not readers' comments, so not this.

It lives in feedback because it joins reader feedback with what lower layers keep
(research categories, readability grades, glossary jargon); feedback may import all of
them, and none of them may import feedback."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.views.generic import TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Site

from research.models import CategoryPage, ResearchSummaryPage
from review.exports import FormulaSafeExportMixin
from review.names import FEEDBACK_PERMISSION
from review.views import may_see_quality_report

from . import figures
from .charts import bar_chart, column_chart

FIELDS = ResearchSummaryPage.plain_language_fields


def may_see_site_quality(user) -> bool:
    return may_see_quality_report(user) and user.has_perm(FEEDBACK_PERMISSION)


class QualityFilters(forms.Form):
    category = forms.ModelChoiceField(
        queryset=CategoryPage.objects.order_by("path"), required=False, empty_label="All"
    )
    published_from = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Published from"
    )
    published_to = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Published until"
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("published_from"), data.get("published_to")
        if start and end and start > end:
            raise forms.ValidationError("“Published from” must not be after “Published until”.")
        return data


class SiteQualityView(FormulaSafeExportMixin, SpreadsheetExportMixin, TemplateView):
    template_name = "feedback/admin/site_quality.html"
    export_filename = "site-quality"
    list_export = [
        "page.pk",
        "page.title",
        "category",
        "published",
        *[f"grades.{plain_field.name}" for plain_field in FIELDS],
        "helpful",
        "not_helpful",
    ]
    export_headings = {
        "page.pk": "Page ID",
        "page.title": "Summary",
        "category": "Category",
        "published": "First published",
        **{f"grades.{f.name}": f"{f.label} grade" for f in FIELDS},
        "helpful": "Helpful (yes)",
        "not_helpful": "Not helpful (no)",
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_see_site_quality(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def to_row_dict(self, item):
        # grades is a dict: multigetattr reads "grades.name" as a key.
        row = super().to_row_dict(item)
        if row["published"] is not None:
            row["published"] = row["published"].date()
        return row

    @cached_property
    def filters(self):
        return QualityFilters(self.request.GET or None)

    @cached_property
    def pages(self):
        data = self.filters.cleaned_data if self.filters.is_valid() else {}
        return figures.summaries(
            data.get("category"), data.get("published_from"), data.get("published_to")
        )

    @cached_property
    def rows(self):
        return figures.summary_rows(self.pages, self.site)

    @cached_property
    def site(self):
        return (
            Site.find_for_request(self.request) or Site.objects.filter(is_default_site=True).first()
        )

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.rows, request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        rows = self.rows
        fields = figures.grade_distribution(rows, self.site)
        for item in fields:
            item["chart"] = bar_chart(
                f"{item['label']}: summaries per reading grade",
                f"How many of {len(rows)} summaries fall in each grade band of the "
                f"{item['label'].lower()}; {item['over']} over the limit of grade "
                f"{item['limit']:g}.",
                item["bands"],
                limit_after=figures.BANDS_EACH_SIDE - 1,
                limit_label=f"Limit: grade {item['limit']:g}",
            )
        by_month = figures.average_grade_by_month(rows)
        by_category = figures.helpful_by_category(rows)
        helpful_months = figures.helpful_by_month(self.pages)
        hard = figures.hard_words(self.pages)
        jargon = figures.jargon(self.pages)
        return {
            **super().get_context_data(**kwargs),
            "view": self,
            "page_title": "Site quality",
            "filters": self.filters,
            "total": len(rows),
            "fields": fields,
            "by_month": by_month,
            "by_month_chart": column_chart(
                "Average simple explanation grade by month of first publication",
                "The average reading grade of the simple explanation of the summaries "
                "first published in each month.",
                by_month,
            ),
            "by_category": by_category,
            "by_category_chart": bar_chart(
                "Found helpful, by category (%)",
                "The share of readers' answers that said yes, in each category.",
                [(name, share) for name, share, _, _ in by_category],
                scale_max=100,
            ),
            "helpful_months": helpful_months,
            "helpful_months_chart": column_chart(
                "Found helpful, by month answered (%)",
                "The share of readers' answers that said yes, in each month.",
                [(name, share) for name, share, _, _ in helpful_months],
                unit="%",
            ),
            "hard": hard,
            "hard_chart": bar_chart(
                "Words in “what was hard” comments",
                "How many comments mention each word, most mentioned first.",
                [(word, count) for word, count, _ in hard],
            ),
            "jargon": jargon,
            "jargon_chart": bar_chart(
                "Words not in the glossary, most used",
                "How many times the chosen summaries use each word the glossary lacks.",
                [(word, uses) for word, uses, _ in jargon],
            ),
        }


class SiteQualityMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_site_quality(request.user)
