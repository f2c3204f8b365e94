"""Login lockouts for those who manage users: every address and username with recent
failed sign-ins, whether it is locked and until when, and a button to lift the lock.
Only users with LOCKOUT_PERMISSION (Editors, and superusers) see or use it."""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.functional import cached_property
from django.views import View

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from review.exports import FormulaSafeExportMixin
from review.names import LOCKOUT_PERMISSION

REPORT_URL_NAME = "accounts_lockouts"
CLEAR_URL_NAME = "accounts_lockouts_clear"
CLEAR_USER = "user"
CLEAR_ADDRESS = "address"


class LockoutPermissionMixin:
    permission_required = "delete"

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(AccessAttempt)


class ClearColumn(Column):
    cell_template_name = "accounts/admin/clear_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        # Table cells render from a plain dict, without the request's CSRF token.
        context["csrf_token"] = get_token(parent_context["request"])
        context["clear_user"] = CLEAR_USER
        context["clear_address"] = CLEAR_ADDRESS
        return context


def describe(attempts: list[AccessAttempt]) -> list[AccessAttempt]:
    """Add to each row what the report shows: the failures of this user and of this
    address within the cool-off, and when any lock that holds ends."""
    now = timezone.now()
    cool_off = get_cool_off()
    recent = AccessAttempt.objects.filter(attempt_time__gte=now - cool_off)
    by_pair: dict[tuple, tuple[int, object]] = {}
    by_address: dict[str, tuple[int, object]] = {}
    for row in recent:
        for table, key in ((by_pair, (row.username, row.ip_address)), (by_address, row.ip_address)):
            count, latest = table.get(key, (0, row.attempt_time))
            table[key] = (count + row.failures_since_start, max(latest, row.attempt_time))
    for attempt in attempts:
        user_count, user_latest = by_pair.get((attempt.username, attempt.ip_address), (0, None))
        address_count, address_latest = by_address.get(attempt.ip_address, (0, None))
        attempt.address_failures = address_count
        attempt.address_locked = address_count >= settings.LOGIN_FAILURES_PER_ADDRESS
        if user_count >= settings.LOGIN_FAILURES_PER_USER:
            attempt.status = f"Locked until {timezone.localtime(user_latest + cool_off):%H:%M}"
        elif attempt.address_locked:
            until = timezone.localtime(address_latest + cool_off)
            attempt.status = f"Address locked until {until:%H:%M}"
        else:
            attempt.status = "Not locked"
    return attempts


class LockoutReportView(LockoutPermissionMixin, FormulaSafeExportMixin, ReportView):
    page_title = "Login lockouts"
    header_icon = "lock"
    index_url_name = REPORT_URL_NAME
    index_results_url_name = f"{REPORT_URL_NAME}_results"
    paginate_by = 50
    no_results_message = "No failed sign-ins in the record."
    list_export = ["username", "ip_address", "failures_since_start", "attempt_time", "status"]
    export_headings = {
        "username": "Username",
        "ip_address": "Address",
        "failures_since_start": "Failures",
        "attempt_time": "Latest failure",
        "status": "Status",
    }
    columns = [
        Column("username", label="Username tried"),
        Column("ip_address", label="Address"),
        Column("user_agent", label="Browser"),
        NumberColumn("failures_since_start", label="Failures"),
        NumberColumn("address_failures", label="From this address"),
        DateColumn("attempt_time", label="Latest failure"),
        Column("status", label="Status"),
        ClearColumn("clear", label="Lift the lock"),
    ]

    def get_queryset(self):
        return AccessAttempt.objects.order_by("-attempt_time", "-pk")

    def decorate_paginated_queryset(self, attempts):
        return describe(list(attempts))


class ClearLockoutView(LockoutPermissionMixin, View):
    """Lift a lock: this username's failures from this address, or every failure from
    the address. POST only; the report's buttons send it."""

    http_method_names = ["post"]

    def post(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, self.permission_required):
            raise PermissionDenied
        attempt = get_object_or_404(AccessAttempt, pk=pk)
        rows = AccessAttempt.objects.filter(ip_address=attempt.ip_address)
        if request.POST.get("scope") == CLEAR_ADDRESS:
            rows.delete()
            messages.success(request, f"Sign-in from {attempt.ip_address} is open again.")
        else:
            rows.filter(username=attempt.username).delete()
            messages.success(
                request, f"{attempt.username} can sign in from {attempt.ip_address} again."
            )
        return redirect(REPORT_URL_NAME)


class LockoutMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(LOCKOUT_PERMISSION)
