"""The reviewers' dashboard panel: summaries overdue for review, and those due within
the next month, each with its due date, a link to the live summary and to record a
re-review. Shown to medical reviewers and editors (and superusers); writers see nothing."""

from wagtail.admin.ui.components import Component

from review.roles import EDITORS, MEDICAL_REVIEWERS

from .rereview import is_medical_reviewer
from .schedule import live_reviewed_pages

DUE_SOON_DAYS = 31  # "this month": the next month's worth of days, whatever the date


def sees_review_schedule(user) -> bool:
    return bool(
        user.is_authenticated
        and (
            user.is_superuser or user.groups.filter(name__in=[MEDICAL_REVIEWERS, EDITORS]).exists()
        )
    )


class ReviewsFallingDuePanel(Component):
    name = "reviews_falling_due"
    template_name = "currency/reviews_falling_due_panel.html"
    order = 215  # just above Wagtail's "Awaiting your review" (220)

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        pages = live_reviewed_pages()
        return {
            "overdue": [(page, dates) for page, dates in pages if dates.overdue],
            "due_soon": [(page, dates) for page, dates in pages if dates.due_within(DUE_SOON_DAYS)],
            "may_rereview": is_medical_reviewer(self.user),
            "due_soon_days": DUE_SOON_DAYS,
        }
