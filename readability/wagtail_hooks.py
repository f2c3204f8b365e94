from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.log_actions import LogFormatter

from . import views
from .bulk import GatedPublishBulkAction
from .checker import SummaryContentChecker


@hooks.register("register_log_actions")
def register_gate_log_actions(actions):
    @actions.register_action("readability.override")
    class PlainLanguageOverrideAction(LogFormatter):
        label = "Override plain-language check"

        def format_message(self, log_entry):
            return "Plain-language check overridden"

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")

    actions.register_action(
        "readability.sign_off", "Medical sign-off", "Approved by a medical reviewer"
    )

    @actions.register_action("readability.publish_refused")
    class PublishRefusedAction(LogFormatter):
        label = "Publishing refused"

        def format_message(self, log_entry):
            return "Not published: " + "; ".join(log_entry.data.get("reasons", []))


# Registered after Wagtail's own (default order 0) so that it replaces "publish".
hooks.register("register_bulk_action", GatedPublishBulkAction, order=100)


@hooks.register("register_admin_urls")
def register_gate_urls():
    return [
        path("plain-language/check/<int:page_id>/", views.check_page, name="plain_language_check"),
        path(
            "plain-language/check/new/<str:app_label>/<str:model_name>/<int:parent_id>/",
            views.check_new_page,
            name="plain_language_check_new",
        ),
        path(
            "plain-language/pages/<int:page_id>/",
            views.report_page,
            name="plain_language_report",
        ),
        path("reports/plain-language/", views.quality_report, name="plain_language_quality"),
    ]


class QualityReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(
            "readability.change_plainlanguagesettings"
        ) or request.user.has_perm("readability.override_plain_language")


@hooks.register("register_reports_menu_item")
def register_quality_report_menu_item():
    return QualityReportMenuItem(
        "Plain language", reverse("plain_language_quality"), icon_name="doc-full-inverse", order=50
    )


@hooks.register("construct_wagtail_userbar")
def use_summary_content_checker(request, items, page):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SummaryContentChecker):
            items[index] = SummaryContentChecker(in_editor=getattr(item, "in_editor", False))
