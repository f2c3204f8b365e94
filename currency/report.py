"""Reports → "Reviews falling due": every live reviewed summary with its last review, who
did it, when the next is due and whether that is overdue, due this month or up to date;
the most overdue first, filtered by state, exported to CSV or XLSX. The dashboard panel
shows the most pressing few and links here; the same people see both."""

import django_filters

from django import forms
from django.template.response import TemplateResponse
from django.utils.functional import cached_property

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import BasePermissionPolicy

from review.exports import FormulaSafeExportMixin
from review.views import SummaryPaginator

from .falling_due import (
    DUE_SOON,
    DUE_SOON_DAYS,
    OVERDUE,
    STATE_WORDS,
    UP_TO_DATE,
    scheduled_reviews,
    sees_review_schedule,
)
from .models import ReviewSchedule
from .rereview import is_medical_reviewer

NOT_FOR_YOU = (
    "Only medical reviewers and editors see when reviews fall due. Ask an editor if you "
    "need to know when a summary is next reviewed."
)
ALL = "all"
# The filter's empty choice, and what a link without a state shows: what needs a review.
DEFAULT_STATES = (OVERDUE, DUE_SOON)
STATES_SHOWN = {
    "": DEFAULT_STATES,
    OVERDUE: (OVERDUE,),
    DUE_SOON: (DUE_SOON,),
    UP_TO_DATE: (UP_TO_DATE,),
    ALL: (OVERDUE, DUE_SOON, UP_TO_DATE),
}
SHOWING = {
    "": "Showing the summaries overdue or due for review this month",
    OVERDUE: "Showing the summaries overdue for review",
    DUE_SOON: "Showing the summaries due for review this month",
    UP_TO_DATE: "Showing the summaries that are up to date",
    ALL: "Showing every live summary with a medical review",
}
NOTHING_SHOWN = {
    "": "No summary is overdue or due for review in the next month.",
    OVERDUE: "No summary is overdue for review.",
    DUE_SOON: "No summary is due for review in the next month.",
    UP_TO_DATE: "No summary is up to date: each is overdue or due this month.",
    ALL: "No live summary has a medical review yet.",
}


class ReviewSchedulePolicy(BasePermissionPolicy):
    """The panel's rule, whatever Wagtail asks of the report (its page, its results, its
    export): it spans two groups and superusers, which no model permission expresses."""

    def user_has_permission(self, user, action):
        return sees_review_schedule(user)


class ReviewStateFilterSet(WagtailFilterSet):
    # The rows are worked out in Python (`schedule.live_reviewed_pages`), so the view
    # filters them itself; this filter set gives Wagtail's filter drawer and its "active
    # filter" labels their choices.
    state = django_filters.ChoiceFilter(
        label="State",
        choices=[
            (OVERDUE, STATE_WORDS[OVERDUE]),
            (DUE_SOON, STATE_WORDS[DUE_SOON]),
            (UP_TO_DATE, STATE_WORDS[UP_TO_DATE]),
            (ALL, "All"),
        ],
        empty_label="Overdue or due this month",
        widget=forms.RadioSelect,
        method="filtered_by_the_view",
    )

    def filtered_by_the_view(self, queryset, name, value):
        return queryset


class DayColumn(Column):
    """A date as on the dashboard panel ("15 Jan 2026"), not Wagtail's "3 months ago"."""

    cell_template_name = "currency/reviews_report/day_cell.html"


class ActionColumn(Column):
    cell_template_name = "currency/reviews_report/action_cell.html"

    def __init__(self, name, may_rereview: bool, **kwargs):
        super().__init__(name, **kwargs)
        self.may_rereview = may_rereview

    def get_cell_context_data(self, instance, parent_context):
        return {
            **super().get_cell_context_data(instance, parent_context),
            "review": instance,
            "may_rereview": self.may_rereview,
        }


class ReviewsFallingDueView(FormulaSafeExportMixin, ReportView):
    permission_policy = ReviewSchedulePolicy(ReviewSchedule)
    permission_required = "view"
    page_title = "Reviews falling due"
    header_icon = "date"
    template_name = "currency/reviews_report.html"
    results_template_name = "currency/reviews_report_results.html"
    index_url_name = "reviews_falling_due_report"
    index_results_url_name = "reviews_falling_due_report_results"
    filterset_class = ReviewStateFilterSet
    paginate_by = 50
    paginator_class = SummaryPaginator
    export_filename = "reviews-falling-due"
    list_export = [
        "page_id",
        "title",
        "live_url",
        "last_reviewed_on",
        "reviewed_by",
        "due_on",
        "state_words",
    ]
    export_headings = {
        "page_id": "Page ID",
        "title": "Summary",
        "live_url": "Live page",
        "last_reviewed_on": "Last reviewed on",
        "reviewed_by": "Reviewed by",
        "due_on": "Due by",
        "state_words": "State",
    }

    def dispatch(self, request, *args, **kwargs):
        # Wagtail answers a refused admin page with a redirect to the dashboard; this one
        # says why, with the status that means it, as the re-review page does. (Who is not
        # signed in to the admin was sent to the login page before this.)
        if not sees_review_schedule(request.user):
            context = {"refusal": NOT_FOR_YOU, "page_title": self.page_title}
            return TemplateResponse(
                request, "currency/reviews_report_refused.html", context, status=403
            )
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def may_rereview(self) -> bool:
        return is_medical_reviewer(self.request.user)

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label="Summary", get_url=lambda review: review.url),
            DayColumn("last_reviewed_on", label="Last reviewed on"),
            Column("reviewed_by", label="Reviewed by"),
            DayColumn("due_on", label="Due by"),
            Column("state_words", label="State"),
            ActionColumn("action", self.may_rereview, label="Action"),
        ]

    def get_filterset_kwargs(self):
        # A filter set needs a queryset to be built; it filters nothing here.
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none()}

    @cached_property
    def bad_filter(self) -> bool:
        """A state that is not one of the choices (an edited or outdated link): the
        report says so and shows the default, rather than failing."""
        return bool(self.filters.form.is_bound and not self.filters.is_valid())

    @cached_property
    def state_choice(self) -> str:
        if self.bad_filter:
            return ""
        return self.filters.form.cleaned_data.get("state") or ""

    @cached_property
    def reviews(self):
        return scheduled_reviews()

    @cached_property
    def counts(self) -> dict[str, int]:
        """Over every live reviewed summary, whatever the filter."""
        counts = dict.fromkeys(STATE_WORDS, 0)
        for review in self.reviews:
            counts[review.state] += 1
        return {**counts, "total": len(self.reviews), "due_soon_days": DUE_SOON_DAYS}

    def get_queryset(self):
        return self.reviews

    def filter_queryset(self, reviews):
        shown = STATES_SHOWN[self.state_choice]
        return [review for review in reviews if review.state in shown]

    @property
    def showing(self) -> str:
        return SHOWING[self.state_choice]

    @property
    def shows_every_state(self) -> bool:
        return self.state_choice == ALL

    @property
    def no_results_message(self):
        return NOTHING_SHOWN[self.state_choice]

    def decorate_paginated_queryset(self, reviews):
        reviews = list(reviews)
        for review in reviews:
            review.url = review.page.get_url(request=self.request)
            review.live_url = review.page.get_full_url(request=self.request)
        return reviews

    def get_table_kwargs(self):
        caption = "When each live summary was last reviewed and when its next review is due"
        return {**super().get_table_kwargs(), "caption": caption}


class ReviewsFallingDueMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_review_schedule(request.user)
