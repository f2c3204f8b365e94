"""The lockout report in the Reports menu, and the two-step sign-in page on the account page."""

from django.urls import path, reverse

from wagtail import hooks

from . import two_factor
from .report import (
    CLEAR_URL_NAME,
    REPORT_URL_NAME,
    ClearLockoutView,
    LockoutMenuItem,
    LockoutReportView,
)
from .views import TwoFactorView


@hooks.register("register_admin_urls")
def register_account_security_urls():
    return [
        path("reports/login-lockouts/", LockoutReportView.as_view(), name=REPORT_URL_NAME),
        path(
            "reports/login-lockouts/results/",
            LockoutReportView.as_view(results_only=True),
            name=f"{REPORT_URL_NAME}_results",
        ),
        path(
            "reports/login-lockouts/<int:pk>/clear/",
            ClearLockoutView.as_view(),
            name=CLEAR_URL_NAME,
        ),
        path("account/two-step/", TwoFactorView.as_view(), name=two_factor.TWO_FACTOR_URL_NAME),
    ]


@hooks.register("register_reports_menu_item")
def register_lockout_menu_item():
    return LockoutMenuItem(
        "Login lockouts",
        reverse(REPORT_URL_NAME),
        name="login-lockouts",
        icon_name="lock",
        order=800,
    )


@hooks.register("register_account_menu_item")
def register_two_step_menu_item(request):
    return {
        "url": reverse(two_factor.TWO_FACTOR_URL_NAME),
        "label": "Two-step sign-in",
        "help_text": "Ask for a code from your phone after your password.",
    }
