"""The glossary in the admin: its terms as a snippet (glossary.review_admin), and the
report of words in published summaries that it does not explain yet (under Reports)."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .missing.access import MissingWordsMenuItem
from .missing.views import MissingWordsReportView, MissingWordSummariesView
from .review_admin import GlossaryTermViewSet

register_snippet(GlossaryTermViewSet)


@hooks.register("register_admin_urls")
def register_missing_words_urls():
    return [
        path(
            "reports/words-not-in-glossary/",
            MissingWordsReportView.as_view(),
            name="missing_words_report",
        ),
        path(
            "reports/words-not-in-glossary/results/",
            MissingWordsReportView.as_view(results_only=True),
            name="missing_words_report_results",
        ),
        path(
            "reports/words-not-in-glossary/summaries/",
            MissingWordSummariesView.as_view(),
            name="missing_word_summaries",
        ),
        path(
            "reports/words-not-in-glossary/summaries/results/",
            MissingWordSummariesView.as_view(results_only=True),
            name="missing_word_summaries_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_missing_words_menu_item():
    return MissingWordsMenuItem(
        "Words not in the glossary",
        reverse("missing_words_report"),
        name="words-not-in-glossary",
        icon_name="openquote",
        order=710,
    )
