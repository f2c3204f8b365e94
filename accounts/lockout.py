"""Password guessing, stopped by django-axes with two tiers (settings in base.py):

- one username from one address is locked after LOGIN_FAILURES_PER_USER failures;
- one address is locked after LOGIN_FAILURES_PER_ADDRESS failures over any usernames.

A user is never locked out everywhere, so a bot cannot lock every editor out from its
one address. A lock lasts AXES_COOLOFF_TIME after the latest failure; a further failure
while locked starts the wait again. A locked-out user sees `accounts/locked_out.html`
(HTTP 429), which says when to try again.
"""

import datetime

from axes.attempts import get_cool_off_threshold
from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt

from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

from research.rate_limit import client_ip


def client_address(request) -> str | None:
    """The address axes counts: the same one the reader rate limits use, so both honour
    TRUSTED_PROXY_COUNT the same way. None (not "") when unknown, for the database."""
    return client_ip(request) or None


# A bot may type a username of any length; axes stores it in a column of this length,
# which PostgreSQL enforces (a longer one was a server error).
STORED_USERNAME_LENGTH = AccessAttempt._meta.get_field("username").max_length


def client_username(request, credentials=None) -> str | None:
    """The username axes counts and stores: the one typed, cut to what its table holds."""
    username = credentials.get("username") if credentials else request.POST.get("username")
    return username[:STORED_USERNAME_LENGTH] if isinstance(username, str) else None


class LockoutBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        # Only code calls authenticate() without a request (the test client's login(),
        # a shell); every login page passes one, and axes cannot count what has no address.
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def _failures(attempts) -> int:
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def recent_attempts(request):
    return AccessAttempt.objects.filter(attempt_time__gte=get_cool_off_threshold(request))


class TieredLockoutHandler(AxesDatabaseHandler):
    """Axes compares one count with one limit (AXES_FAILURE_LIMIT, the per-user limit).
    The count given is the user's own failures from this address, or the whole limit
    once the address is over its own, higher, limit."""

    def get_failures(self, request, credentials=None) -> int:
        from_address = recent_attempts(request).filter(ip_address=request.axes_ip_address)
        username = get_client_username(request, credentials)
        by_user = _failures(from_address.filter(username=username))
        if _failures(from_address) >= settings.LOGIN_FAILURES_PER_ADDRESS:
            return max(by_user, settings.LOGIN_FAILURES_PER_USER)
        return by_user

    def reset_user_attempts(self, request, credentials=None) -> int:
        """A success clears only this user's failures from this address. Axes would clear
        every failure from the address, so a bot holding one real account could wipe
        its count of guesses at the others by logging in now and then."""
        count, _ = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return count


def locked_until(request, username: str | None) -> datetime.datetime:
    """When the lock that applies to this request ends: the per-user lock if it holds,
    else the address lock."""
    from_address = recent_attempts(request).filter(ip_address=request.axes_ip_address)
    by_user = from_address.filter(username=username)
    if _failures(by_user) >= settings.LOGIN_FAILURES_PER_USER:
        latest = by_user.aggregate(latest=Max("attempt_time"))["latest"]
    else:
        latest = from_address.aggregate(latest=Max("attempt_time"))["latest"]
    return (latest or timezone.now()) + get_cool_off(request)


def lockout_response(request, original_response=None, credentials=None):
    username = get_client_username(request, credentials)
    until = locked_until(request, username)
    wait = max(0, int((until - timezone.now()).total_seconds()))
    response = render(
        request,
        "accounts/locked_out.html",
        {"until": until, "wait_minutes": -(-wait // 60), "username": username or ""},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(wait)
    return response
