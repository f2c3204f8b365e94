"""The page cache for real: Debian's Varnish running deploy/varnish/default.vcl in front
of the site, purged by the site when readers could see a change.

Skipped, with the reason, where varnishd is not installed (`python3 dev.py test`
installs it as root). The site marks its answers cacheable itself
(site_project/page_cache.py), exactly as in production."""

from dataclasses import dataclass

import pytest

from wagtail.models import PageViewRestriction, Site

from home.models import SiteSettings
from tests.conftest import Tree, build_tree
from tests.factories import CategoryPageFactory, ResearchSummaryPageFactory, publish_signed_off
from tests.site_project.varnish import (
    fetch,
    free_port,
    running_site,
    running_varnish,
    varnishd_or_skip,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Where a summary in Spinal Cord Injury > Walking shows, besides its own page.
LISTINGS = [
    "/",
    "/research/",
    "/research/sci/",
    "/research/sci/walking/",
    "/research/sci/walking/?page=1",
    "/research/latest/",
    "/feed/",
    "/feed/atom.xml",
    "/feed/sci/",
    "/feed/sci/walking/atom.xml",
    "/sitemap-1.xml",  # the index (/sitemap.xml) names the parts, not the pages
    "/search/?q=walking",
]


@dataclass
class Cache:
    url: str
    site_port: int
    tree: Tree

    def get(self, path: str):
        return fetch(self.url + path)

    def warm(self, *paths: str) -> None:
        """Fetch each twice: the second time it must come from the cache."""
        for path in paths:
            self.get(path)
            status, headers, _ = self.get(path)
            assert headers["X-Cache"] == "HIT", f"{path} ({status}) was not cached"
            assert int(headers["Age"]) >= 0

    def fresh(self, path: str):
        """The page, asserting that it came from the site, not from the cache."""
        status, headers, body = self.get(path)
        assert headers["X-Cache"] == "MISS", f"{path} was still served from the cache"
        return status, body


@pytest.fixture
def cache(settings):
    varnishd_or_skip()
    port = free_port()
    tree = build_tree()
    # Pages' addresses are on the proxy, as a real site's are on its public name.
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=port)
    with running_site() as site_port, running_varnish(site_port, port) as url:
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {
                "BACKEND": "research.cache_purge.varnish.VarnishBackend",
                "LOCATION": url,
                "TIMEOUT": 5,
            }
        }
        yield Cache(url, site_port, tree)


def walking_summary(tree, slug, title, **kwargs):
    return ResearchSummaryPageFactory(parent=tree.subcategory, slug=slug, title=title, **kwargs)


def test_publishing_a_summary_refreshes_its_listings_feeds_and_sitemap(cache):
    walking_summary(cache.tree, "first", "Treadmill training helps")
    cache.warm(*LISTINGS)

    second = walking_summary(cache.tree, "second", "Walking with a robot suit", live=False)
    publish_signed_off(second)

    for path in LISTINGS:
        status, body = cache.fresh(path)
        assert status == 200
        if path not in ("/research/", "/research/sci/"):  # these show categories only
            assert "robot suit" in body or "/research/sci/walking/second/" in body, path
    cache.warm(*LISTINGS)  # and cached again afterwards


@pytest.mark.parametrize(
    "take_down",
    [lambda page: page.unpublish(), lambda page: page.delete()],
    ids=["unpublish", "delete"],
)
def test_a_summary_taken_down_leaves_the_cache(cache, take_down):
    summary = walking_summary(cache.tree, "withdrawn", "A withdrawn study")
    cache.warm("/research/sci/walking/withdrawn/", *LISTINGS)

    take_down(summary)

    assert cache.fresh("/research/sci/walking/withdrawn/")[0] == 404
    for path in LISTINGS:
        assert "withdrawn" not in cache.fresh(path)[1], path


def test_a_category_made_private_leaves_the_cache_with_its_summaries(cache):
    walking_summary(cache.tree, "members-only", "A study for members")
    summary_path = "/research/sci/walking/members-only/"
    cache.warm(summary_path, *LISTINGS)

    PageViewRestriction.objects.create(
        page=cache.tree.subcategory, restriction_type=PageViewRestriction.LOGIN
    )

    # The way to sign in, from the site, not the public copy the cache had.
    assert cache.fresh(summary_path)[0] == 302
    assert cache.fresh("/research/sci/walking/")[0] == 302
    for path in ["/research/latest/", "/feed/", "/sitemap-1.xml", "/search/?q=walking"]:
        assert "members-only" not in cache.fresh(path)[1], path


def test_moving_a_category_refreshes_its_old_and_new_addresses(cache):
    walking_summary(cache.tree, "moving", "Standing frames at home")
    cache.warm("/research/sci/walking/moving/", *LISTINGS)
    rehab = CategoryPageFactory(parent=cache.tree.research, title="Rehabilitation", slug="rehab")

    cache.tree.subcategory.move(rehab, pos="last-child")

    old_status, old_body = cache.fresh("/research/sci/walking/moving/")
    # Wagtail's redirect to where it went, instead of the page as it was.
    assert old_status == 301
    assert "Standing frames" not in old_body
    assert cache.fresh("/research/rehab/walking/moving/")[0] == 200
    assert "/research/sci/walking/" not in cache.fresh("/research/sci/")[1]
    for path in ("/", "/research/latest/", "/feed/", "/sitemap-1.xml"):
        assert "/research/rehab/walking/moving/" in cache.fresh(path)[1], path


def test_a_site_settings_change_refreshes_every_page(cache):
    walking_summary(cache.tree, "any", "Any summary")
    cache.warm("/research/sci/walking/any/", "/feed/", "/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))

    site_settings.notice = "Planned maintenance on Sunday"
    site_settings.save()

    for path in ("/research/sci/walking/any/", "/"):
        assert "Planned maintenance" in cache.fresh(path)[1]
    cache.fresh("/feed/")


def test_a_purge_from_outside_the_acl_is_refused(cache):
    cache.warm("/research/sci/")
    # The same machine, but through another proxy (a TLS terminator) that says whose
    # request it is: a reader's, so refused.
    forwarded = {"X-Forwarded-For": "203.0.113.9"}
    for method in ("PURGE", "BAN"):
        assert fetch(cache.url + "/research/sci/", method, forwarded)[0] == 403
    assert cache.get("/research/sci/")[1]["X-Cache"] == "HIT"


def test_a_purge_from_an_address_not_in_the_acl_is_refused(cache):
    # A second Varnish whose ACL holds only another machine: this one is a stranger.
    with running_varnish(cache.site_port, free_port(), ("192.0.2.1",)) as stranger_url:
        fetch(stranger_url + "/research/")
        assert fetch(stranger_url + "/research/")[1]["X-Cache"] == "HIT"
        for method in ("PURGE", "BAN"):
            status, _, body = fetch(stranger_url + "/research/", method)
            assert (status, body.strip()) == (403, "Forbidden")
        assert fetch(stranger_url + "/research/")[1]["X-Cache"] == "HIT"


def test_signed_in_people_forms_and_the_admin_are_never_cached(cache):
    for path in ("/admin/login/", "/admin/"):
        fetch(cache.url + path)
        assert fetch(cache.url + path)[1]["X-Cache"] == "PASS", path
    signed_in = {"Cookie": "csrftoken=abc; sessionid=someone"}
    fetch(cache.url + "/research/", headers=signed_in)
    assert fetch(cache.url + "/research/", headers=signed_in)[1]["X-Cache"] == "PASS"
    assert fetch(cache.url + "/feedback/", "POST")[1]["X-Cache"] == "PASS"
