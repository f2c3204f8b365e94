from django.urls import path, reverse

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from . import views
from .falling_due import sees_review_schedule
from .panels import ReviewsFallingDuePanel
from .report import ReviewsFallingDueMenuItem, ReviewsFallingDueView
from .rereview import REREVIEW_LOG_ACTION


@hooks.register("register_admin_urls")
def register_currency_urls():
    return [
        path("review/checked-again/<int:page_id>/", views.rereview, name="currency_rereview"),
        path(
            "reports/reviews-falling-due/",
            ReviewsFallingDueView.as_view(),
            name="reviews_falling_due_report",
        ),
        path(
            "reports/reviews-falling-due/results/",
            ReviewsFallingDueView.as_view(results_only=True),
            name="reviews_falling_due_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_reviews_falling_due_menu_item():
    return ReviewsFallingDueMenuItem(
        "Reviews falling due",
        reverse("reviews_falling_due_report"),
        name="reviews-falling-due",
        icon_name="date",
        order=55,
    )


@hooks.register("construct_homepage_panels")
def add_reviews_falling_due(request, panels):
    if sees_review_schedule(request.user):
        panels.append(ReviewsFallingDuePanel(request.user))


@hooks.register("register_log_actions")
def register_rereview_log_action(actions):
    @actions.register_action(REREVIEW_LOG_ACTION)
    class ReReviewAction(LogFormatter):
        label = "Checked again by a medical reviewer"

        def format_message(self, log_entry):
            return "Checked again by a medical reviewer: still accurate, no changes"

        def format_comment(self, log_entry):
            return log_entry.data.get("note", "")
