"""Cache-Control, ETag and 304s (site_project/page_cache.py): what readers without a
session get may be kept by a shared cache; nothing of one reader, editor or preview may.

The feedback form's part (the same HTML for every reader, votes without JavaScript) is in
tests/feedback/test_cacheable_summary.py."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.http import HttpResponse
from django.test import Client, RequestFactory, override_settings
from django.utils.cache import patch_cache_control

from wagtail.models import PageViewRestriction

from site_project.page_cache import PageCacheMiddleware
from tests.factories import (
    ContactPageFactory,
    ResearchSummaryPageFactory,
    UserFactory,
    publish_signed_off,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]

SHARED = "public, max-age=300, stale-while-revalidate=86400, stale-if-error=86400"


def directives(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def assert_shared(response):
    assert response["Cache-Control"] == SHARED
    assert not response.cookies, f"a shared page sets {list(response.cookies)}"
    # Kept apart from what the same address shows a reader with a session.
    assert "Cookie" in response["Vary"]


def assert_never_public(response):
    assert "public" not in directives(response)
    assert "private" in directives(response) or "no-store" in directives(response)


def assert_never_stored(response):
    assert {"private", "no-store"} <= directives(response), response.get("Cache-Control")


@pytest.fixture
def reader():
    """A browser with no session and no cookies, like most readers."""
    return Client()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/research/",
        "/research/sci/",
        "/research/sci/walking/",
        "/research/latest/",
        "/research/topics/",
        "/search/?q=walking",
        "/feed/",
        "/feed/atom.xml",
        "/feed/sci/",
        "/sitemap.xml",
        "/sitemap-1.xml",
        "/robots.txt",
    ],
)
def test_reader_pages_feeds_and_site_files_may_be_kept_by_a_shared_cache(reader, summary, path):
    response = reader.get(path)
    assert response.status_code == 200
    assert_shared(response)
    assert response.has_header("ETag")


def test_a_summary_may_be_kept_and_answers_304_to_a_matching_etag(reader, summary):
    first = reader.get(summary.url)
    assert first.status_code == 200
    assert_shared(first)
    etag = first["ETag"]

    again = Client().get(summary.url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert again["Cache-Control"] == SHARED

    changed = Client().get(summary.url, headers={"If-None-Match": '"something-else"'})
    assert changed.status_code == 200
    assert changed["ETag"] == etag
    assert summary.title.encode() in changed.content


def test_an_etag_changes_when_the_page_does(reader, summary):
    etag = reader.get(summary.url)["ETag"]
    summary.title = "Stem cells for SCI, corrected"
    publish_signed_off(summary)
    response = Client().get(summary.url, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert b"corrected" in response.content


def test_feeds_answer_304_to_their_last_modified(reader, summary):
    feed = reader.get("/feed/")
    assert feed.has_header("Last-Modified")
    response = Client().get("/feed/", headers={"If-Modified-Since": feed["Last-Modified"]})
    assert response.status_code == 304


def test_head_requests_and_not_found_and_permanent_redirects_may_be_kept(reader, tree):
    assert_shared(reader.head("/research/"))
    not_found = reader.get("/no-such-page/")
    assert not_found.status_code == 404
    assert_shared(not_found)
    favicon = reader.get("/favicon.ico")
    assert favicon.status_code == 301
    assert_shared(favicon)


def test_a_draft_is_not_found_at_its_address_and_never_stored_in_the_admin(client, tree):
    draft = ResearchSummaryPageFactory(parent=tree.category, title="Draft about nerves", live=False)
    response = client.get(draft.url or "/research/sci/draft-about-nerves/")
    assert response.status_code == 404
    assert b"Draft about nerves" not in response.content

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    view_draft = client.get(f"/admin/pages/{draft.pk}/view_draft/")
    assert view_draft.status_code == 200
    assert b"Draft about nerves" in view_draft.content
    assert_never_stored(view_draft)


def test_a_preview_is_never_stored(summary):
    summary.title = "Unpublished change"
    response = summary.make_preview_request()
    assert response.status_code == 200
    assert_never_stored(response)


def test_the_admin_and_its_sign_in_are_never_stored(reader, summary):
    sign_in = reader.get("/admin/login/")
    assert sign_in.status_code == 200
    assert_never_stored(sign_in)
    assert_never_stored(reader.get("/admin/"))  # the redirect to sign in
    # Wagtail's sign-in for readers of private pages, outside the admin's address.
    front_end_sign_in = reader.get(f"/_util/login/?next={summary.url}")
    assert front_end_sign_in.status_code == 200
    assert_never_stored(front_end_sign_in)

    editor = Client()
    editor.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert_never_stored(editor.get("/admin/"))
    assert_never_stored(editor.get(f"/admin/pages/{summary.pk}/edit/"))
    assert_never_stored(editor.get(f"/admin/pages/{summary.pk}/edit/preview/"))


def test_someone_signed_in_never_gets_a_shared_copy_of_a_public_page(summary):
    editor = Client()
    editor.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = editor.get(summary.url)
    assert response.status_code == 200
    assert_never_stored(response)
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("restriction_type", ["password", "login"])
def test_a_private_page_is_never_public(reader, summary, restriction_type):
    PageViewRestriction.objects.create(
        page=summary, restriction_type=restriction_type, password="open sesame"
    )
    response = reader.get(summary.url)
    # The password form, or the way to sign in.
    assert response.status_code == (200 if restriction_type == "password" else 302)
    assert b"Was this summary helpful?" not in response.content
    assert_never_stored(response)

    if restriction_type == "password":
        form = BeautifulSoup(response.content, "html.parser").find("form")
        unlocked = reader.post(
            form["action"],
            {
                "csrfmiddlewaretoken": form.find("input", attrs={"name": "csrfmiddlewaretoken"})[
                    "value"
                ],
                "password": "open sesame",
                "return_url": summary.url,
            },
            follow=True,
        )
        assert unlocked.status_code == 200
        assert b"Was this summary helpful?" in unlocked.content
        assert_never_stored(unlocked)


def test_the_contact_form_and_sign_up_carry_a_csrf_token_so_stay_private(reader, tree):
    contact = ContactPageFactory(parent=tree.home)
    for path in (contact.url, "/subscribe/"):
        response = reader.get(path)
        assert response.status_code == 200
        assert b"csrfmiddlewaretoken" in response.content
        assert_never_public(response)
        # Also for a browser that already holds the CSRF cookie (no Set-Cookie needed).
        returning = Client()
        returning.cookies["csrftoken"] = reader.cookies["csrftoken"].value
        assert_never_public(returning.get(path))


def test_a_reader_with_a_session_gets_private_pages(reader, summary):
    reader.post(
        f"/feedback/{summary.pk}/", {"helpful": "yes"}, headers={"Origin": "http://testserver"}
    )
    assert reader.cookies.get("sessionid")
    response = reader.get(summary.url)
    assert "glad the summary helped" in response.content.decode()
    assert directives(response) == {"private", "no-cache"}
    # Cheap to check again: the browser keeps it and asks with its ETag.
    again = reader.get(summary.url, headers={"If-None-Match": response["ETag"]})
    assert again.status_code in (200, 304)


def test_answers_to_forms_and_errors_are_private(reader, summary):
    vote = reader.post(f"/feedback/{summary.pk}/", {"helpful": "maybe"})
    assert vote.status_code == 403
    assert_never_public(vote)


def test_the_sign_up_confirmation_showing_an_address_is_private(reader, tree):
    signed_up = reader.post("/subscribe/", {"email": "sam@example.com"}, follow=True)
    assert b"sam@example.com" in signed_up.content
    assert_never_public(signed_up)


@override_settings(PAGE_CACHE_MAX_AGE=0)
def test_a_max_age_of_zero_keeps_every_page_private(reader, summary):
    assert directives(reader.get(summary.url)) == {"private", "no-cache"}


@override_settings(PAGE_CACHE_SHARED_MAX_AGE=3600, PAGE_CACHE_STALE_IF_ERROR=0)
def test_shared_caches_may_be_given_longer_than_browsers(reader, summary):
    assert directives(reader.get(summary.url)) == {
        "public",
        "max-age=300",
        "s-maxage=3600",
        "stale-while-revalidate=86400",
    }


def page_cache_max_age(module: str, **env) -> str:
    clean_env = {k: v for k, v in os.environ.items() if not k.startswith("PAGE_CACHE_")}
    result = subprocess.run(
        [sys.executable, "-c", f"import {module} as s; print(s.PAGE_CACHE_MAX_AGE)"],
        cwd=ROOT,
        env=clean_env | {"SECRET_KEY": "x" * 50, **env},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_keeps_pages_five_minutes_unless_told_and_dev_keeps_none():
    assert page_cache_max_age("site_project.settings.production") == "300"
    assert page_cache_max_age("site_project.settings.production", PAGE_CACHE_MAX_AGE="60") == "60"
    # Nothing purges a developer's browser, which would hide their changes.
    assert page_cache_max_age("site_project.settings.dev") == "0"


# The rules on responses the site does not make today, through the middleware alone.


def respond_with(response, request=None):
    request = request or RequestFactory().get("/anything/")
    return PageCacheMiddleware(lambda _: response)(request)


def test_a_views_own_cache_control_is_kept():
    response = HttpResponse("feed")
    patch_cache_control(response, public=True, max_age=60)
    kept = respond_with(response)
    assert kept["Cache-Control"] == "public, max-age=60"
    assert kept["Vary"] == "Cookie"


def test_a_view_that_says_public_but_sets_a_cookie_is_made_private():
    response = HttpResponse("hello")
    patch_cache_control(response, public=True, max_age=3600)
    response.set_cookie("reader", "42")
    assert directives(respond_with(response)) == {"private", "max-age=3600"}


def test_a_page_carrying_a_csp_nonce_is_private():
    request = RequestFactory().get("/")
    request._csp_nonce = "bm9uY2U="
    assert directives(respond_with(HttpResponse("<script nonce>"), request)) == {
        "private",
        "no-cache",
    }


def test_a_request_with_credentials_is_private():
    request = RequestFactory().get("/", headers={"Authorization": "Basic dTpw"})
    assert "private" in directives(respond_with(HttpResponse("hi"), request))


def test_not_found_for_someone_signed_in_is_never_stored(tree):
    editor = Client()
    editor.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = editor.get("/no-such-page/")
    assert response.status_code == 404
    assert_never_stored(response)


def test_a_summary_in_a_private_category_is_never_public(reader, tree, summary):
    PageViewRestriction.objects.create(page=tree.category, restriction_type="login")
    response = reader.get(summary.url)
    assert response.status_code == 302
    assert_never_stored(response)
    assert summary.title not in reader.get("/research/latest/").content.decode()
