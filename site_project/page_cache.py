"""Cache-Control on every response: what a shared cache (Varnish, a CDN) and browsers may
keep, and what nobody may.

A response is **shared** (`public, max-age=PAGE_CACHE_MAX_AGE,
stale-while-revalidate=…, stale-if-error=…`, plus `s-maxage` when
PAGE_CACHE_SHARED_MAX_AGE is set) when it is the same for everyone who asks without a
session: a GET or HEAD answered 200, 301 or 404, to a request with no session cookie and
no Authorization header, that sets no cookie and used no CSRF token or CSP nonce.

It is **private** (`private, no-cache`: the browser may keep it but asks again each
time, cheaply with the ETag) when it belongs to one reader: they have a session (a reader
who answered "Was this summary helpful?" sees their thank-you), it sets a cookie (the
contact and sign-up forms set the CSRF cookie), or it is anything but a GET or HEAD
answered 200, 301 or 404 (form answers, errors, temporary redirects).

It is **never stored** (Django's never-cache headers: `no-store`) under the admin (which
includes previews and drafts), on the sign-in and password pages, for an editor's preview
however it is rendered, and for anyone signed in.

A Cache-Control a view set deliberately is kept (Wagtail's admin and its private pages
set never-cache themselves), except where it would let a shared cache keep a response
that is private or never stored: then `private` (and `no-store`) are added.

Shared responses always carry `Vary: Cookie`, whether or not the view looked at the
session: the same address does answer differently to someone with a session (the
thank-you, an editor's userbar), and a browser that kept the anonymous copy must not show
it to the same reader once they have voted or signed in (without it, Chromium showed the
question again after a vote: tests/browser/test_reader_actions.py). The proxy in front
looks pages up only for requests without a session cookie, with other cookies removed,
so every such reader shares one copy.

Validators: ConditionalGetMiddleware (outside this one) gives every GET answer an ETag, a
hash of its content, and answers 304 to a matching If-None-Match; feeds and the sitemap
also carry the Last-Modified their views compute. Pages get no Last-Modified and no
validator computed before rendering (such as the page's last_published_at): a page also
shows navigation, listings, glossary terms and site settings that change without it, and
a validator that missed one of those would keep a stale page alive. The hash is always
right, costs a fraction of a millisecond, and the page cache answers most conditional
requests itself.
"""

import enum

from django.conf import settings
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

# What shared caches keep by default (RFC 9111) and what is the same for every reader.
SHAREABLE_STATUSES = frozenset({200, 301, 404})
SAFE_METHODS = frozenset({"GET", "HEAD"})
# Sign-in, its code step and password forms outside the admin's prefix: Wagtail's
# front-end sign-in and the password forms of private pages and documents.
SIGN_IN_URL_NAMES = frozenset(
    {
        "wagtailadmin_login",
        "wagtailcore_login",
        "wagtailcore_authenticate_with_password",
        "wagtaildocs_authenticate_with_password",
    }
)


class Policy(enum.Enum):
    SHARED = "shared"
    PRIVATE = "private"
    NEVER_STORED = "never stored"


def _directives(response) -> set[str]:
    header = response.get("Cache-Control", "")
    return {part.split("=", 1)[0].strip().lower() for part in header.split(",") if part.strip()}


def lets_shared_caches_keep(response) -> bool:
    """Whether the response's own Cache-Control lets a shared cache store it."""
    return not _directives(response) & {"private", "no-store"}


def has_session(request) -> bool:
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def is_never_stored(request) -> bool:
    if request.path_info.startswith(reverse("wagtailadmin_home")):
        return True
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name in SIGN_IN_URL_NAMES:
        return True
    if getattr(request, "is_preview", False):
        return True
    # Without a session cookie nobody is signed in; with one, look (the page's userbar
    # has usually loaded the user already).
    user = getattr(request, "user", None)
    return has_session(request) and user is not None and user.is_authenticated


def belongs_to_one_reader(request, response) -> bool:
    return bool(
        has_session(request)
        or "HTTP_AUTHORIZATION" in request.META
        or response.cookies
        # get_token() was called: the page carries this reader's CSRF token (even when
        # their browser already had the cookie).
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        # django-csp made a nonce for this response: the page carries it.
        or isinstance(getattr(request, "_csp_nonce", None), str)
    )


def policy_for(request, response) -> Policy:
    if is_never_stored(request):
        return Policy.NEVER_STORED
    if belongs_to_one_reader(request, response):
        return Policy.PRIVATE
    if request.method not in SAFE_METHODS or response.status_code not in SHAREABLE_STATUSES:
        return Policy.PRIVATE
    if settings.PAGE_CACHE_MAX_AGE <= 0:
        return Policy.PRIVATE
    return Policy.SHARED


def shared_cache_control() -> dict:
    directives = {
        "public": True,
        "max_age": settings.PAGE_CACHE_MAX_AGE,
        "stale_while_revalidate": settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        "stale_if_error": settings.PAGE_CACHE_STALE_IF_ERROR,
    }
    if settings.PAGE_CACHE_SHARED_MAX_AGE > 0:
        directives["s_maxage"] = settings.PAGE_CACHE_SHARED_MAX_AGE
    return {name: value for name, value in directives.items() if value}


class PageCacheMiddleware:
    """Sets Cache-Control by the rules above. It sits outside the session, CSRF and
    message middleware, so it sees the cookies they set on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control") and not lets_shared_caches_keep(response):
            # Already private or never stored, by its view (admin, private pages, the
            # outage page): stricter is never unsafe, and nothing here need look deeper.
            if "no-store" not in _directives(response) and is_never_stored(request):
                add_never_cache_headers(response)
            return response
        policy = policy_for(request, response)
        if policy is Policy.NEVER_STORED:
            add_never_cache_headers(response)
        elif policy is Policy.PRIVATE:
            if response.has_header("Cache-Control"):
                patch_cache_control(response, private=True)  # drops a "public"
            else:
                patch_cache_control(response, private=True, no_cache=True)
        else:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, **shared_cache_control())
            patch_vary_headers(response, ["Cookie"])
        return response
