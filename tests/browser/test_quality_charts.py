"""Reports → Site quality in Chromium: its SVG charts and their tables have no WCAG
violations (axe), with every section filled."""

import datetime

import pytest

from django.utils import timezone

from feedback.models import SummaryFeedback
from review.roles import EDITORS, MEDICAL_REVIEWERS, ensure_roles
from review.setup import ensure_review_workflow
from tests.browser.conftest import axe_violations, describe
from tests.conftest import build_tree
from tests.factories import ResearchSummaryPageFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def answered(live_server):
    from glossary.models import SummaryWord

    tree = build_tree()
    groups = ensure_roles(research_root=tree.research, site_root=tree.home)
    ensure_review_workflow(tree.research, groups[MEDICAL_REVIEWERS])
    editor = UserFactory(username="eda", first_name="Eda")
    editor.groups.add(groups[EDITORS])
    for number, parent in enumerate([tree.category, tree.subcategory, tree.subcategory]):
        page = ResearchSummaryPageFactory(parent=parent)
        SummaryWord.objects.create(page=page, word="dermatome", found_as="medical", uses=2)
        for helpful, comment in [(True, ""), (False, '<b>What</b> is a "dermatome"?')]:
            SummaryFeedback.objects.create(
                page=page,
                helpful=helpful,
                comment=comment,
                created_at=timezone.now() - datetime.timedelta(days=40 * number),
                client_key=f"{number}{helpful:d}".rjust(64, "0"),
            )
    return editor


def test_site_quality_charts_and_tables_have_no_violations(page, live_server, answered):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "eda")
    page.fill("#id_password", "password")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    page.goto(f"{live_server.url}/admin/reports/site-quality/")
    assert page.locator("svg[role=img]").count() >= 9
    assert page.get_by_role("table").count() >= 9
    assert page.get_by_role("img", name="Words in “what was hard” comments").is_visible()
    violations = axe_violations(page, context={"include": [["main"]]})
    assert not violations, describe(violations)


def test_a_chart_of_many_months_fits_the_page(page, live_server, answered):
    """Thirty months of summaries: the monthly chart shrinks to the page's width rather
    than being cut off at its edge."""
    category = ResearchSummaryPageFactory._meta.model.objects.first().get_parent()
    start = timezone.now() - datetime.timedelta(days=31 * 30)
    for month in range(30):
        ResearchSummaryPageFactory(
            parent=category, first_published_at=start + datetime.timedelta(days=31 * month)
        )
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "eda")
    page.fill("#id_password", "password")
    page.click("button[type=submit]")
    page.wait_for_url(live_server.url + "/admin/")
    page.goto(f"{live_server.url}/admin/reports/site-quality/")

    overflowing = page.evaluate(
        """() => [...document.querySelectorAll("svg.quality-chart")]
            .filter((chart) => chart.getBoundingClientRect().width
                > chart.parentElement.getBoundingClientRect().width + 1)
            .map((chart) => chart.querySelector("title").textContent)"""
    )
    assert overflowing == []
    months = page.get_by_role("img", name="Average simple explanation grade by month")
    assert months.bounding_box()["width"] > 300  # shrunk to fit, still a chart
