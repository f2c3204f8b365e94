"""A `wagtail.contrib.frontend_cache` backend for deploy/varnish/default.vcl.

Wagtail's own HTTPBackend waits on the proxy with no time limit and reports a proxy that
is down as a log line only. This one gives up after TIMEOUT seconds, ignores the
machine's http_proxy variables (a purge must reach our Varnish, not an outgoing proxy),
and raises `ProxyUnreachable` when the proxy cannot be reached, so that the purge task
can try again later. An address ending in "*" is a prefix: it is sent as BAN, which drops
everything under it; any other address is sent as PURGE, which drops that path with
every query string (the VCL bans on the path alone).
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlsplit, urlunsplit
from urllib.request import ProxyHandler, Request, build_opener

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

logger = logging.getLogger(__name__)

PREFIX_MARK = "*"
# Characters left as they are in a path sent to Varnish: what a URL path may hold,
# including "%" so that an address Wagtail already encoded is not encoded twice.
PATH_SAFE = "/%:@!$&'()*+,;=-._~"


class ProxyUnreachable(Exception):
    """The proxy did not answer (refused, timed out): trying again later may work."""


class VarnishBackend(BaseBackend):
    def __init__(self, params):
        super().__init__(params)
        location = urlsplit(params["LOCATION"])
        self.scheme = location.scheme or "http"
        self.netloc = location.netloc
        self.timeout = float(params.get("TIMEOUT", 5))
        self.opener = build_opener(ProxyHandler({}))

    def purge(self, url) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        # One unreachable address means the proxy is down: the rest would only wait out
        # the same timeout, so the first failure ends the batch.
        for url in urls:
            self.send(url)

    def send(self, url: str) -> None:
        method, path = request_for(url)
        request = Request(
            urlunsplit((self.scheme, self.netloc, quote(path, safe=PATH_SAFE), "", "")),
            method=method,
            headers={"Host": urlsplit(url).netloc, "User-Agent": "research-cache-purge"},
        )
        try:
            with self.opener.open(request, timeout=self.timeout):
                pass
        except HTTPError as error:
            # The proxy answered and refused (e.g. 403: this server is not in its ACL).
            # Asking again will not change its mind: a setting to fix, so said loudly.
            logger.error(
                "The page cache refused %s %s: %s %s", method, path, error.code, error.reason
            )
        except (URLError, OSError) as error:
            reason = getattr(error, "reason", None) or error
            raise ProxyUnreachable(f"{method} {path} to {self.netloc}: {reason}") from error


def request_for(url: str) -> tuple[str, str]:
    """("BAN", prefix) for an address ending in "*", else ("PURGE", path)."""
    path = urlsplit(url).path or "/"
    if path.endswith(PREFIX_MARK):
        return "BAN", path.removesuffix(PREFIX_MARK) or "/"
    return "PURGE", path
