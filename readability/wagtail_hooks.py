from django.urls import path

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

from . import views
from .checker import SummaryContentChecker


@hooks.register("register_admin_urls")
def register_live_panel_urls():
    return [
        path("plain-language/check/<int:page_id>/", views.check_page, name="plain_language_check"),
        path(
            "plain-language/check/new/<str:app_label>/<str:model_name>/<int:parent_id>/",
            views.check_new_page,
            name="plain_language_check_new",
        ),
    ]


@hooks.register("construct_wagtail_userbar")
def use_summary_content_checker(request, items, page):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SummaryContentChecker):
            items[index] = SummaryContentChecker(in_editor=getattr(item, "in_editor", False))
