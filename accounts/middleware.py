"""The admin's gate for two-factor: no admin page for a session that has not shown a
code, however it was logged in."""

from urllib.parse import urlencode

from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse

from . import two_factor


class TwoFactorMiddleware:
    """After OTPMiddleware. On admin paths, a user with a device whose session was not
    verified (logged in before enrolling elsewhere, or by a path other than our sign-in)
    is logged out and sent to sign in; with REQUIRE_STAFF_2FA, a user without a device
    sees only the enrolment page until they have one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.gate(request)
        return response if response is not None else self.get_response(request)

    def gate(self, request):
        admin = reverse("wagtailadmin_home")
        if not request.path.startswith(admin):
            return None
        user = request.user
        if not user.is_authenticated or request.path in self.open_paths():
            return None
        if two_factor.has_two_factor(user) and not user.is_verified():
            logout(request)
            login = reverse("wagtailadmin_login")
            return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
        if two_factor.must_enrol(user) and request.path != reverse(two_factor.TWO_FACTOR_URL_NAME):
            return redirect(two_factor.TWO_FACTOR_URL_NAME)
        return None

    @staticmethod
    def open_paths() -> set[str]:
        # What the sign-in and enrolment pages themselves load.
        names = (
            "wagtailadmin_login",
            "wagtailadmin_logout",
            "wagtailadmin_sprite",
            "wagtailadmin_javascript_catalog",
            two_factor.VERIFY_URL_NAME,
        )
        return {reverse(name) for name in names}
