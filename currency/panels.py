"""The dashboard panel "Reviews falling due": summaries overdue for review, and those
due within the next month, each with its due date, a link to the live summary and to
record a re-review. At most `ROWS` of each, the most pressing first, with the true
totals and a link to the full report ("Reviews falling due" under Reports).

Medical reviewers act on it, so it comes first for them (above Wagtail's "Awaiting your
review"). Editors (and superusers, who work as editors do) see it after their own panels:
for them it is a watch list, and 17 overdue rows must not push "Failing pages" off the
screen."""

from wagtail.admin.ui.components import Component

from review.dashboard import ROWS

from .falling_due import DUE_SOON, DUE_SOON_DAYS, OVERDUE, scheduled_reviews
from .rereview import is_medical_reviewer

# Wagtail's "Awaiting your review" is 220; the editors' own panels are 230 to 240
# (feedback's "Least helpful to readers"); Wagtail's "Your most recent edits" is 250.
ORDER_FOR_REVIEWERS = 215
ORDER_FOR_EDITORS = 245


class ReviewsFallingDuePanel(Component):
    name = "reviews_falling_due"
    template_name = "currency/reviews_falling_due_panel.html"
    rows_shown = ROWS

    def __init__(self, user):
        self.user = user
        self.may_rereview = is_medical_reviewer(user)
        self.order = ORDER_FOR_REVIEWERS if self.may_rereview else ORDER_FOR_EDITORS

    def get_context_data(self, parent_context=None):
        reviews = scheduled_reviews()
        overdue = [review for review in reviews if review.state == OVERDUE]
        due_soon = [review for review in reviews if review.state == DUE_SOON]
        return {
            "overdue": overdue[: self.rows_shown],
            "overdue_total": len(overdue),
            "due_soon": due_soon[: self.rows_shown],
            "due_soon_total": len(due_soon),
            "may_rereview": self.may_rereview,
            "due_soon_days": DUE_SOON_DAYS,
            "overdue_state": OVERDUE,
            "due_soon_state": DUE_SOON,
        }
