"""The headers every response carries: a strict Content-Security-Policy on readers' pages
(and markup that needs nothing looser), a looser one only inside the admin, framing only
for the admin's own preview, and Permissions-Policy everywhere."""

import re

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.core.cache import cache
from django.test import Client

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.admin_forms import summary_form_data_from
from tests.browser.site_content import build_public_site
from tests.factories import ContactPageFactory, ResearchSummaryPageFactory, UserFactory

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"
PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "report-uri": ["/csp-report/"],
}
# Script elements of these types are data: browsers never run them.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def directives(response) -> dict[str, list[str]]:
    assert response.has_header(CSP), f"no {CSP} header"
    parts = (part.split() for part in response[CSP].split(";") if part.strip())
    return {name: values for name, *values in parts}


def inline_code(html: str) -> list[str]:
    """What a policy without 'unsafe-inline' would block: inline scripts, event-handler
    attributes, javascript: links, <style> elements and style attributes."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type", "").lower() not in DATA_SCRIPT_TYPES:
            found.append(f"inline script: {str(script)[:80]}")
    for style in soup.find_all("style"):
        found.append(f"<style> element: {str(style)[:80]}")
    for tag in soup.find_all(True):
        for attribute, value in tag.attrs.items():
            if attribute.lower().startswith("on"):
                found.append(f"{attribute}= on <{tag.name}>")
            elif attribute.lower() == "style":
                found.append(f"style= on <{tag.name}>")
            elif attribute in ("href", "src", "action") and re.match(
                r"\s*javascript:", str(value), re.IGNORECASE
            ):
                found.append(f"javascript: {attribute} on <{tag.name}>")
    return found


@pytest.fixture
def public_pages():
    """Every kind of page a reader can reach, with an image in a summary's rich text."""
    cache.clear()
    site = build_public_site()
    ContactPageFactory(parent=site.summary.get_site().root_page)
    image = get_image_model().objects.create(title="Robot suit", file=get_test_image_file())
    embed = f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="A robot suit"/>'
    illustrated = ResearchSummaryPageFactory(
        parent=site.summary.get_parent(),
        title="A summary with a picture",
        research_summary=f"<p>The suit.</p>{embed}",
        signed_off_by=site.reviewer,
    )
    yield {
        "home": site.urls["home"],
        "research index": site.urls["research index"],
        "category": site.urls["category"],
        "summary": site.urls["research summary"],
        "summary with an image": illustrated.url,
        "search": "/search/?q=walking",
        "subscribe": "/subscribe/",
        "contact": "/contact/",
        "page not found": site.urls["page not found"],
    }
    cache.clear()


def test_every_public_page_sends_the_strict_policy(client, public_pages):
    for name, url in public_pages.items():
        response = client.get(url)
        assert response.status_code in (200, 404), name
        policy = directives(response)
        assert {key: policy.get(key) for key in PUBLIC_POLICY} == PUBLIC_POLICY, name
        assert "unsafe" not in response[CSP], name


def test_every_public_page_denies_powerful_features_and_framing(client, public_pages):
    for name, url in public_pages.items():
        response = client.get(url)
        allowed = {
            entry.strip().split("=")[0]: entry.strip().split("=")[1]
            for entry in response["Permissions-Policy"].split(",")
        }
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert allowed.get(feature) == "()", f"{name}: {feature}"
        assert allowed.get("browsing-topics") == "()", name
        assert response["X-Frame-Options"] == "DENY", name


def test_no_public_page_needs_inline_script_or_style(client, public_pages):
    pages = public_pages.items()
    found = {name: inline_code(client.get(url).content.decode()) for name, url in pages}
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_the_summary_keeps_its_json_ld_as_data(client, public_pages):
    soup = BeautifulSoup(client.get(public_pages["summary"]).content, "html.parser")
    assert soup.find("script", type="application/ld+json")


def test_the_csrf_failure_page_needs_no_inline_style(public_pages):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(public_pages["subscribe"], {"email": "sam@example.com"})
    assert response.status_code == 403
    assert "Please try again" in response.content.decode()
    assert inline_code(response.content.decode()) == []
    assert directives(response)["style-src"] == ["'self'"]


def test_the_scan_finds_each_kind_of_inline_code():
    html = (
        "<script>alert(1)</script><script type='module'>x()</script>"
        "<script type='application/ld+json'>{}</script><script src='/static/a.js'></script>"
        "<style>p{}</style><p style='color:red'>x</p><button onclick='x()'>b</button>"
        "<a href=' JavaScript:x()'>a</a><img src='/media/a.png' onerror='x()'>"
    )
    assert len(inline_code(html)) == 7


def test_rich_text_images_come_from_our_own_origin(client, public_pages):
    soup = BeautifulSoup(client.get(public_pages["summary with an image"]).content, "html.parser")
    sources = [img["src"] for img in soup.select("main img")]
    assert sources, "the summary shows its image"
    # Relative to this origin, so img-src 'self' covers them without data: or a CDN.
    assert all(src.startswith(settings.MEDIA_URL) for src in sources), sources


def test_the_admin_gets_its_own_looser_policy_but_still_cannot_be_framed(client, public_pages):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get("/admin/")
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    # Signed in, readers' pages stay strict, Wagtail's user bar included.
    response = client.get(public_pages["summary"])
    assert directives(response)["script-src"] == ["'self'"]
    assert inline_code(response.content.decode()) == []


def test_only_the_admin_preview_may_be_framed_and_only_by_this_site(client, public_pages):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    summary = client.get(public_pages["summary"]).context["page"]
    preview_url = f"/admin/pages/{summary.pk}/edit/preview/"
    # The editor posts its form first; the panel's iframe then fetches the rendered page.
    posted = client.post(preview_url, summary_form_data_from(summary, title="Previewed title"))
    assert posted.json()["is_valid"]
    response = client.get(preview_url + "?in_preview_panel=true")
    assert "Previewed title" in response.content.decode()
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(response)["frame-ancestors"] == ["'self'"]
    # The admin's policy, not the reader's one left by Wagtail's inner preview request.
    assert "'unsafe-inline'" in directives(response)["script-src"]


@pytest.mark.parametrize("path", ["/administration/", "/research/admin/", "/Admin/"])
def test_paths_that_only_look_like_the_admin_stay_strict(client, public_pages, path):
    policy = directives(client.get(path))
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
