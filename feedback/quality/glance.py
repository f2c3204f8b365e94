"""The editors' dashboard panel "Site quality at a glance": the few figures that say how
readable the live site is and which way it is going, each linked to Reports → Site
quality for the detail. Shown to whoever may see that report.

It reads only stored rows (current stored grades, stored answers), so it costs the same
few queries however large the site; summaries whose grades are being worked out again
(after a glossary change or a deploy, say) are left out and counted, never graded in the
request: the panel queues their refresh in the background (readability.tasks)."""

import datetime
from statistics import mean

from django.db.models import Count, Q
from django.utils import timezone

from readability.assessment import thresholds_for_site
from readability.live_grades import current_grades
from readability.tasks import ask_for_refresh
from research.models import ResearchSummaryPage
from review.dashboard import DashboardPanel

from ..models import SummaryFeedback
from .figures import percent, summaries
from .views import may_see_site_quality

# "Which way is it going": the newest summaries against as many before them.
RECENT = 10
ANSWER_WINDOW_DAYS = 90
SIMPLE_FIELD = "simple_explanation"


def average(grades: list[dict]) -> float | None:
    values = [row[SIMPLE_FIELD] for row in grades if row.get(SIMPLE_FIELD) is not None]
    return round(mean(values), 1) if values else None


def readability_figures(site=None) -> dict:
    pages = summaries()
    live = pages.count()
    graded = current_grades(pages)
    thresholds = thresholds_for_site(site)
    over = {}
    for plain_field in ResearchSummaryPage.plain_language_fields:
        limit = thresholds[plain_field.kind].max_grade
        over[plain_field.label] = sum(
            1 for _, grades, _ in graded if (grades.get(plain_field.name) or 0) > limit
        )
    newest_first = [
        grades for _, grades, published in sorted(graded, key=by_publication, reverse=True)
    ]
    size = min(RECENT, len(newest_first) // 2)
    recent = average(newest_first[:size]) if size else None
    earlier = average(newest_first[size : 2 * size]) if size else None
    return {
        "live": live,
        "not_graded": live - len(graded),
        "simple_average": average([grades for _, grades, _ in graded]),
        "simple_limit": thresholds["simple"].max_grade,
        "over": [(label, count) for label, count in over.items() if count],
        "recent_size": size,
        "recent_average": recent,
        "earlier_average": earlier,
        "trend": trend(recent, earlier),
    }


def trend(recent: float | None, earlier: float | None) -> str:
    """A lower grade is easier to read."""
    if recent is None or earlier is None:
        return ""
    if recent == earlier:
        return "the same"
    return "easier to read" if recent < earlier else "harder to read"


def by_publication(row):
    published = row[2]
    return (published is not None, published or datetime.datetime.min, row[0])


def answer_figures(now=None) -> dict:
    """Answers to "Was this summary helpful?" in the last window and the one before."""
    now = now or timezone.now()
    window = datetime.timedelta(days=ANSWER_WINDOW_DAYS)
    counts = SummaryFeedback.objects.filter(created_at__gt=now - 2 * window).aggregate(
        recent_yes=Count("pk", filter=Q(helpful=True, created_at__gt=now - window)),
        recent_no=Count("pk", filter=Q(helpful=False, created_at__gt=now - window)),
        earlier_yes=Count("pk", filter=Q(helpful=True, created_at__lte=now - window)),
        earlier_no=Count("pk", filter=Q(helpful=False, created_at__lte=now - window)),
    )
    recent = counts["recent_yes"] + counts["recent_no"]
    earlier = counts["earlier_yes"] + counts["earlier_no"]
    return {
        "days": ANSWER_WINDOW_DAYS,
        "recent_answers": recent,
        "recent_percent": percent(counts["recent_yes"], counts["recent_no"]) if recent else None,
        "earlier_answers": earlier,
        "earlier_percent": (
            percent(counts["earlier_yes"], counts["earlier_no"]) if earlier else None
        ),
    }


class SiteAtAGlancePanel(DashboardPanel):
    name = "site_at_a_glance"
    template_name = "feedback/dashboard/site_at_a_glance.html"
    order = 226  # first of the editors' panels: the state of the whole site

    def get_context_data(self, parent_context=None):
        reading = readability_figures()
        # Nothing else would grade them until someone opens Site quality: ask for it, and
        # read again in case it ran at once (development runs tasks immediately).
        if reading["not_graded"] and ask_for_refresh():
            reading = readability_figures()
        return {"reading": reading, "answers": answer_figures()}


def sees_site_at_a_glance(user) -> bool:
    return may_see_site_quality(user)
