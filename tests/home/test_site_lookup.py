"""The request's Wagtail site is found among the Sites kept in the cache
(home.site_cache.CachedSiteMiddleware), with exactly Wagtail's choice, and a change to
the sites shows on the next request."""

import pytest

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from home.site_cache import all_sites, site_for_host
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db

# (hostname, port, is default) of the sites besides Wagtail's own default "localhost:80".
LAYOUTS = {
    "default only": [],
    "another host": [("example.org", 80, False)],
    "one host on two ports": [("example.org", 80, False), ("example.org", 8080, False)],
    "the default on two ports": [("localhost", 8080, False)],
    "a host on another port": [("example.org", 8443, False)],
}
REQUESTS = [
    ("localhost", 80),
    ("localhost", 8080),
    ("example.org", 80),
    ("example.org", 8080),
    ("example.org", 9999),
    ("unknown.test", 80),
]


def wagtails_choice(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("without_default", [False, True], ids=["with default", "no default"])
def test_the_kept_sites_give_wagtails_choice(layout, without_default):
    root = Page.get_first_root_node()
    for number, (hostname, port, is_default) in enumerate(LAYOUTS[layout]):
        home = HomePageFactory(parent=root, title=f"Home {number}", slug=f"home-{number}")
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=is_default
        )
    if without_default:
        default = Site.objects.get(is_default_site=True)
        default.is_default_site = False
        default.save()  # as an editor would: the kept sites are forgotten

    for hostname, port in REQUESTS:
        expected = wagtails_choice(hostname, port)
        chosen = site_for_host(hostname, port, all_sites())
        assert (chosen and chosen.pk) == (expected and expected.pk), (hostname, port)


def test_a_page_asks_the_database_for_no_site(client, tree):
    for _ in range(2):  # the first request also creates the site settings, which forgets
        client.get("/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").status_code == 200
    assert not [query for query in queries if "wagtailcore_site" in query["sql"]]


def test_a_new_site_answers_from_the_next_request(client, tree, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    assert "Other site home" not in client.get("/", HTTP_HOST="other.example").content.decode()
    other_home = HomePageFactory(
        parent=Page.get_first_root_node(), title="Other site home", slug="other-home"
    )
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)

    response = client.get("/", HTTP_HOST="other.example")

    assert "Other site home" in response.content.decode()


@pytest.mark.parametrize(
    "host, other_site",
    [
        ("OTHER.EXAMPLE", True),
        ("other.example.", True),
        ("Other.Example.:80", True),
        ("other.example:8080", True),  # the one site of that name, as Wagtail chooses
        ("[::1]:80", False),
    ],
)
def test_host_header_variants_find_the_site_wagtail_would(client, tree, settings, host, other_site):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example", "[::1]"]
    other_home = HomePageFactory(
        parent=Page.get_first_root_node(), title="Other site home", slug="other-home"
    )
    other = Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    assert (Site.find_for_request(RequestFactory().get("/", HTTP_HOST=host)) == other) is (
        other_site
    )

    response = client.get("/", HTTP_HOST=host)

    assert response.status_code == 200
    assert ("Other site home" in response.content.decode()) is other_site


def test_a_host_not_allowed_is_still_refused_and_never_shared(client, tree):
    response = client.get("/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert "public" not in response.get("Cache-Control", "")
