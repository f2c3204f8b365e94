"""Per-client limits for what readers send us (feedback, sign-ups, contact messages).

Clients are told apart by a keyed hash of their IP address, so neither the cache nor
the database ever holds a raw address. Counts live in Django's cache: local memory on
one machine, Redis (REDIS_URL) when several processes must share them.
"""

import hashlib
import hmac
import ipaddress
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

# An IPv6 client is usually given a whole /64 (2**64 addresses) and may use a new one for
# every request: counted one address at a time, it would never reach a limit.
IPV6_CLIENT_PREFIX = 64


def client_ip(request) -> str:
    """The reader's address as limits count it: an IPv4 address, or the first address of
    an IPv6 client's /64. Behind TRUSTED_PROXY_COUNT proxies, each appending to
    X-Forwarded-For, it is that many entries from the right; entries further left were
    written by the client and cannot be trusted."""
    address = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    return one_client(address)


def one_client(address: str) -> str:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        network = ipaddress.ip_network(f"{ip}/{IPV6_CLIENT_PREFIX}", strict=False)
        return str(network.network_address)
    return address


def keyed_hash(value: str, purpose: str) -> str:
    """A stable, non-reversible key for `value`. Keyed with SECRET_KEY so that the small
    space of IP addresses cannot be hashed through to find one."""
    key = f"{purpose}:{settings.SECRET_KEY}".encode()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def client_key(request) -> str:
    return keyed_hash(client_ip(request), "client")


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` actions of one kind per client in `window` seconds."""

    name: str
    limit: int
    window: int

    def _cache_key(self, request) -> str:
        return f"rate:{self.name}:{client_key(request)}"

    def hit(self, request) -> bool:
        """Count one action; False when the client is over the limit. A fixed window:
        the count starts at the first action and the whole window expires together."""
        key = self._cache_key(request)
        cache.add(key, 0, timeout=self.window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr: this is the first of a new window
            cache.add(key, 1, timeout=self.window)
            count = 1
        return count <= self.limit

    def reset(self, request) -> None:
        cache.delete(self._cache_key(request))


FEEDBACK_LIMIT = RateLimit("feedback", limit=10, window=60 * 60)
SUBSCRIBE_LIMIT = RateLimit("subscribe", limit=5, window=60 * 60)
CONTACT_LIMIT = RateLimit("contact", limit=5, window=60 * 60)
