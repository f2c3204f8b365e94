"""The editors' report of reader feedback: its admin URLs and its place in the Reports menu."""

from django.urls import path, reverse

from wagtail import hooks

from .dashboard import LeastHelpfulPanel, sees_least_helpful
from .quality.glance import SiteAtAGlancePanel, sees_site_at_a_glance
from .quality.views import SiteQualityMenuItem, SiteQualityView
from .report import FeedbackDetailView, FeedbackMenuItem, FeedbackReportView


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return [
        path(
            "reports/reader-feedback/", FeedbackReportView.as_view(), name="summary_feedback_report"
        ),
        path(
            "reports/reader-feedback/results/",
            FeedbackReportView.as_view(results_only=True),
            name="summary_feedback_report_results",
        ),
        path(
            "reports/reader-feedback/<pk:page_id>/",
            FeedbackDetailView.as_view(),
            name="summary_feedback_detail",
        ),
        path(
            "reports/reader-feedback/<pk:page_id>/results/",
            FeedbackDetailView.as_view(results_only=True),
            name="summary_feedback_detail_results",
        ),
        path("reports/site-quality/", SiteQualityView.as_view(), name="site_quality_report"),
    ]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackMenuItem(
        "Reader feedback",
        reverse("summary_feedback_report"),
        name="reader-feedback",
        icon_name="help",
        order=700,
    )


@hooks.register("register_reports_menu_item")
def register_site_quality_menu_item():
    return SiteQualityMenuItem(
        "Site quality",
        reverse("site_quality_report"),
        name="site-quality",
        icon_name="doc-full-inverse",
        order=60,
    )


@hooks.register("construct_homepage_panels")
def add_editors_reader_panels(request, panels):
    if sees_site_at_a_glance(request.user):
        panels.append(SiteAtAGlancePanel(request.user))
    if sees_least_helpful(request.user):
        panels.append(LeastHelpfulPanel(request.user))
