"""The people behind a summary, in Chromium: the byline, the disclosure in the footer and
a profile page have no axe-core violations (WCAG 2.0-2.2 A and AA), and the byline's
links lead to the profiles."""

import pytest

from home.models import SiteSettings
from people.models import Role
from review.signoffs import record_sign_off
from tests.browser.conftest import axe_violations, describe
from tests.conftest import build_tree
from tests.factories import ResearchSummaryPageFactory, StandardPageFactory, UserFactory
from tests.people.factories import PersonFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def summary_url(live_server):
    tree = build_tree()
    policy = StandardPageFactory(parent=tree.home, title="Editorial policy", slug="policy")
    site_settings = SiteSettings.for_site(tree.home.get_site())
    site_settings.run_by = "This demo site is run by its developers."
    site_settings.funded_by = "This demo site has no funding."
    site_settings.editorial_policy_page = policy
    site_settings.report_error_email = "errors@example.com"
    site_settings.save()
    writer = PersonFactory(
        user=UserFactory(username="wren"),
        display_name="Wren Writer",
        slug="wren-writer",
        role=Role.WRITER,
        credentials="",
        is_fictional=True,
    )
    reviewer = PersonFactory(
        user=UserFactory(username="amina"), display_name="Dr Amina Okafor", slug="amina"
    )
    page = ResearchSummaryPageFactory(
        parent=tree.category, live=False, title="Walking training", slug="walking-training"
    )
    revision = page.save_revision(user=writer.user)
    record_sign_off(revision, reviewer.user, writer=writer.user)
    revision.publish()
    return live_server.url + page.url


def test_the_byline_and_footer_have_no_violations(page, summary_url):
    page.goto(summary_url)
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_the_byline_leads_to_a_profile_page_without_violations(page, summary_url):
    page.goto(summary_url)
    page.get_by_role("link", name="Dr Amina Okafor").click()
    page.wait_for_url("**/people/amina/")
    assert page.get_by_role("heading", level=1).inner_text() == "Dr Amina Okafor, MD, PhD"
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.goto(summary_url)
    page.get_by_role("link", name="Wren Writer").click()
    page.wait_for_url("**/people/wren-writer/")
    assert page.get_by_role("note").filter(has_text="fictional person").count() == 1
    violations = axe_violations(page)
    assert violations == [], describe(violations)
