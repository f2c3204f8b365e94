"""The editors' dashboard panel "Least helpful to readers": the summaries with the
lowest share of readers answering yes to "Was this summary helpful?", among those with
at least `MIN_ANSWERS` answers. Editors and superusers holding the permission to read
feedback (the report's own rule) see it."""

from django.db.models import F

from review.dashboard import DashboardPanel, is_editor
from review.names import FEEDBACK_PERMISSION

from .report import summaries_answered

# Below this, a share says more about one or two readers than about the summary
# (two "no" out of three is 33%); five answers is the least that is worth acting on.
MIN_ANSWERS = 5
ROWS = 5


def sees_least_helpful(user) -> bool:
    return is_editor(user) and user.has_perm(FEEDBACK_PERMISSION)


def least_helpful():
    """Summaries with `MIN_ANSWERS` answers or more, not all yes, lowest share of yes
    first (then the most answered: more readers found it unhelpful)."""
    return (
        summaries_answered()
        .annotate(answers=F("helpful_count") + F("not_helpful_count"))
        .filter(answers__gte=MIN_ANSWERS, not_helpful_count__gt=0)
        .order_by("helpful_percent", "-answers", "title", "pk")
    )


class LeastHelpfulPanel(DashboardPanel):
    name = "least_helpful"
    template_name = "feedback/dashboard/least_helpful.html"
    order = 240
    rows_shown = ROWS

    def get_context_data(self, parent_context=None):
        rows = list(least_helpful()[: self.rows_shown])
        for page in rows:
            page.helpful_percent = round(page.helpful_percent)
        return {"rows": rows, "min_answers": MIN_ANSWERS}
