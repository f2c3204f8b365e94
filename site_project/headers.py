"""Response headers for the whole site that Django does not set by itself."""

from csp.constants import HEADER, SELF

from django.conf import settings
from django.urls import reverse


class PermissionsPolicyMiddleware:
    """Permissions-Policy: deny the browser features in settings.PERMISSIONS_POLICY, to
    the site and to anything it embeds, so injected code cannot ask for them either."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class AdminPolicyMiddleware:
    """The two places the site-wide Content-Security-Policy gives way.

    - Under Wagtail's admin (which includes the page preview), settings.ADMIN_CSP_REPLACE
      replaces its directives: the admin writes inline scripts and styles.
    - A response that allows framing by its own origin (X-Frame-Options: SAMEORIGIN, which
      Wagtail's preview view sets for the editor's preview panel) gets frame-ancestors
      'self'; every other response keeps 'none', matching X_FRAME_OPTIONS = "DENY".

    A view's own csp_replace decorator still wins over both.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        replace = {}
        if request.path.startswith(reverse("wagtailadmin_home")):
            replace.update(settings.ADMIN_CSP_REPLACE)
        if response.get("X-Frame-Options", "").upper() == "SAMEORIGIN":
            replace["frame-ancestors"] = [SELF]
        if replace:
            response._csp_replace = {**replace, **(getattr(response, "_csp_replace", None) or {})}
            # Wagtail renders a preview by passing a copy of the request, with the page's
            # own path, through every middleware; that inner pass has already written the
            # public policy, which CSPMiddleware would otherwise leave in place.
            del response[HEADER]
        return response
