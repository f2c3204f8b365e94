"""Did a POST come from a page of this site? The forgery check for forms that must be the
same for every reader, so that a shared cache can keep the page they sit on.

Django's usual check compares a token in the form with one in a cookie: each reader gets
their own, so a page carrying it can never be cached for everyone. A form posted by a
browser says where it came from in headers that pages cannot set or forge:

1. `Sec-Fetch-Site` (every current browser): `same-origin`, or `none` for something the
   person did themselves (a bookmark, the address bar), passes. `same-site` and
   `cross-site` pass only from an origin in settings.CSRF_TRUSTED_ORIGINS.
2. Without it (older browsers), `Origin`, which browsers send with every POST: it must be
   this site's own scheme and host, or a trusted origin. `null` (a sandboxed frame, a
   page opened from a file) does not pass.
3. With neither, the `Referer` must be a page of this site (this site sends
   `Referrer-Policy: same-origin`, so browsers keep it on our own forms).
4. With none of them we cannot tell where the form was, and refuse.

"This site" is the address the request was made to as Django sees it: `request.scheme`
follows SECURE_PROXY_SSL_HEADER and `request.get_host()` follows ALLOWED_HOSTS and
USE_X_FORWARDED_HOST, as Django's own CSRF check does. Only browsers send requests on a
victim's behalf, so what a script such as curl sends does not matter here: it carries no
victim's session, and the rate limits still count it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils.http import is_same_domain

OWN_FETCH_SITES = frozenset({"same-origin", "none"})
DEFAULT_PORTS = {"http": 80, "https": 443}


def refusal_reason(request) -> str | None:
    """None when the request came from a page of this site; otherwise why we cannot tell
    that it did (for the log, not for readers)."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    origin = request.headers.get("Origin")
    if fetch_site is not None:
        if fetch_site.lower() in OWN_FETCH_SITES:
            return None
        if origin and is_trusted_origin(origin):
            return None
        return f"Sec-Fetch-Site is {fetch_site!r}"
    if origin is not None:
        if is_own_origin(request, origin) or is_trusted_origin(origin):
            return None
        return f"Origin {origin!r} is not this site"
    referer = request.headers.get("Referer")
    if referer is not None:
        if is_own_origin(request, referer) or is_trusted_origin(referer):
            return None
        return "Referer is not a page of this site"
    return "no Sec-Fetch-Site, Origin or Referer"


def _scheme_host_port(url: str) -> tuple[str, str, int] | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname, port or DEFAULT_PORTS[scheme]


def is_own_origin(request, url: str) -> bool:
    """Whether `url` (an Origin or a Referer) is on the scheme, host and port this request
    was made to. Default ports count as written or not ("https://a" is "https://a:443")."""
    try:
        own = f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return False
    theirs = _scheme_host_port(url)
    return theirs is not None and theirs == _scheme_host_port(own)


def is_trusted_origin(url: str) -> bool:
    """Whether `url` is on an origin of settings.CSRF_TRUSTED_ORIGINS, where
    "https://*.example.com" trusts example.com and its subdomains, as in Django."""
    theirs = _scheme_host_port(url)
    if theirs is None:
        return False
    scheme, host, port = theirs
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        if "*" in trusted:
            pattern = _scheme_host_port(trusted.replace("*", "wildcard", 1))
            if pattern is None:
                continue
            # "wildcard.example.com" -> ".example.com", which is_same_domain reads as
            # the domain and every subdomain.
            domain = pattern[1].removeprefix("wildcard")
            if (pattern[0], pattern[2]) == (scheme, port) and is_same_domain(host, domain):
                return True
        elif _scheme_host_port(trusted) == theirs:
            return True
    return False
