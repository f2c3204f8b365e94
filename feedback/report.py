"""The editors' report of reader feedback: per summary, how many found it helpful and
what the others found hard; and, per summary, every answer. Only users with the
"view summary feedback" permission (Editors, and superusers) see either."""

from django.db.models import Count, FloatField, Max, Q
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from research.models import ResearchSummaryPage
from review.exports import FormulaSafeExportMixin
from review.names import FEEDBACK_PERMISSION

from .models import SummaryFeedback

LATEST_COMMENTS = 3


def summaries_answered():
    """Summaries readers have answered about, each with its counts of yes and no, the
    share of yes (percent) and when it was last answered."""
    return (
        ResearchSummaryPage.objects.annotate(
            helpful_count=Count("feedback", filter=Q(feedback__helpful=True)),
            not_helpful_count=Count("feedback", filter=Q(feedback__helpful=False)),
            latest_at=Max("feedback__created_at"),
        )
        .filter(latest_at__isnull=False)
        .annotate(
            helpful_percent=Cast("helpful_count", FloatField())
            * 100
            / (Cast("helpful_count", FloatField()) + Cast("not_helpful_count", FloatField()))
        )
    )


class CommentsColumn(Column):
    """The latest comments, each escaped by the template like any other text."""

    cell_template_name = "feedback/admin/comments_cell.html"


class FeedbackPermissionMixin:
    permission_required = "view"

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(SummaryFeedback)


class FeedbackReportView(FeedbackPermissionMixin, FormulaSafeExportMixin, ReportView):
    page_title = "Reader feedback"
    header_icon = "help"
    index_url_name = "summary_feedback_report"
    index_results_url_name = "summary_feedback_report_results"
    paginate_by = 50
    no_results_message = "No reader has answered “Was this summary helpful?” yet."
    list_export = ["title", "helpful_count", "not_helpful_count", "helpful_percent", "latest_at"]
    export_headings = {
        "title": "Summary",
        "helpful_count": "Helpful",
        "not_helpful_count": "Not helpful",
        "helpful_percent": "Helpful (%)",
        "latest_at": "Latest answer",
    }
    columns = [
        TitleColumn(
            "title",
            label="Summary",
            get_url=lambda page: reverse("summary_feedback_detail", args=[page.pk]),
        ),
        NumberColumn("helpful_percent", label="Helpful (%)"),
        NumberColumn("helpful_count", label="Yes"),
        NumberColumn("not_helpful_count", label="No"),
        DateColumn("latest_at", label="Latest answer"),
        CommentsColumn("latest_comments", label="Latest comments"),
    ]

    def get_queryset(self):
        return summaries_answered().order_by("-latest_at")

    def decorate_paginated_queryset(self, pages):
        pages = list(pages)
        for page in pages:
            page.helpful_percent = round(page.helpful_percent)
            page.latest_comments = list(
                SummaryFeedback.objects.filter(page=page)
                .exclude(comment="")
                .values_list("comment", flat=True)[:LATEST_COMMENTS]
            )
        return pages


class FeedbackDetailView(FeedbackPermissionMixin, FormulaSafeExportMixin, ReportView):
    """Every answer for one summary, newest first, with its comment."""

    header_icon = "help"
    index_url_name = "summary_feedback_detail"
    index_results_url_name = "summary_feedback_detail_results"
    paginate_by = 50
    no_results_message = "No answers yet."
    list_export = ["created_at", "helpful", "comment"]
    export_headings = {"created_at": "Answered", "helpful": "Helpful", "comment": "Comment"}
    columns = [
        DateColumn("created_at", label="Answered"),
        Column("answer", label="Helpful?", accessor="answer_label"),
        Column("comment", label="What was hard to understand"),
    ]

    @cached_property
    def summary(self):
        return get_object_or_404(ResearchSummaryPage, pk=self.kwargs["page_id"])

    @property
    def page_title(self):
        return f"Reader feedback: {self.summary.title}"

    @property
    def header_buttons(self):
        buttons = [
            HeaderButton(
                "Edit the summary",
                reverse("wagtailadmin_pages:edit", args=[self.summary.pk]),
                icon_name="edit",
            )
        ]
        if self.summary.live and self.summary.url:
            buttons.append(HeaderButton("View it live", self.summary.url, icon_name="view"))
        return buttons

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.summary.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.summary.pk])

    def get_queryset(self):
        return SummaryFeedback.objects.filter(page=self.summary).order_by("-created_at", "-pk")

    def decorate_paginated_queryset(self, answers):
        answers = list(answers)
        for answer in answers:
            answer.answer_label = "Yes" if answer.helpful else "No"
        return answers


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(FEEDBACK_PERMISSION)
