"""Glossary terms on a summary in Chromium: no axe violations (closed and open), the
disclosure by keyboard and by tap, reflow at 320 CSS pixels with a definition open, a
plain link to the glossary without JavaScript, and the glossary page itself."""

import os
from pathlib import Path

import pytest

from tests.browser.conftest import axe_violations, describe
from tests.factories import ResearchSummaryPageFactory
from tests.glossary.factories import live_term
from tests.glossary.readers import glossary_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def summary_url(live_server):
    from tests.conftest import build_tree

    tree = build_tree()
    summary = ResearchSummaryPageFactory(
        parent=tree.category,
        title="Blood pressure after a high injury",
        research_summary=(
            "<p>Some people had autonomic dysreflexia (a sudden rise in blood pressure). "
            "The team watched for it.</p><p>The team gave stem cells (MSCs) to each "
            "person. They are cells from bone marrow.</p>"
        ),
    )
    glossary_page(tree.home, intro="What the words in our summaries mean.")
    live_term(
        term="autonomic dysreflexia",
        definition=(
            "A sudden, dangerous rise in blood pressure. It can happen to people with an "
            "injury high in the back. Get help quickly if it happens."
        ),
    )
    live_term(
        term="MSC",
        kind="abbreviation",
        expansion="mesenchymal stem cell",
        other_forms="MSCs",
        definition="A kind of cell that can grow into other kinds of cell.",
    )
    return live_server.url + summary.url


def test_summary_with_definitions_and_glossary_page_have_no_violations(
    page, live_server, summary_url
):
    page.goto(summary_url)
    assert axe_violations(page) == [], describe(axe_violations(page))
    page.get_by_role("button", name="autonomic dysreflexia").click()
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.goto(live_server.url + "/glossary/")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_keyboard_opens_with_enter_and_escape_closes_and_returns_focus(page, summary_url):
    page.goto(summary_url)
    button = page.get_by_role("button", name="autonomic dysreflexia")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "autonomic dysreflexia":
            break
    else:
        pytest.fail("Tab never reached the term")
    assert button.get_attribute("aria-expanded") == "false"
    panel = page.locator("#" + button.get_attribute("aria-controls"))
    assert panel.is_hidden()

    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert panel.is_visible()
    assert "A sudden, dangerous rise in blood pressure." in panel.inner_text()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus stays visible on the term

    page.keyboard.press("Tab")  # into the panel: its "More in the glossary" link
    assert page.evaluate("document.activeElement.closest('.glossary-term__panel') !== null")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert panel.is_hidden()
    assert page.evaluate("document.activeElement.textContent") == "autonomic dysreflexia"

    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "true"


def test_a_tap_opens_an_abbreviation_with_its_expansion_on_a_phone(browser, summary_url, tmp_path):
    context = browser.new_context(viewport={"width": 320, "height": 640}, has_touch=True)
    phone = context.new_page()
    try:
        phone.goto(summary_url)
        button = phone.get_by_role("button", name="MSCs")
        assert phone.locator("abbr", has_text="MSCs").get_attribute("title") == (
            "mesenchymal stem cell"
        )
        button.tap()
        panel = phone.locator("#" + button.get_attribute("aria-controls"))
        assert "MSC: mesenchymal stem cell" in panel.inner_text()
        more = panel.get_by_role("link", name="More in the glossary about MSC")
        assert more.get_attribute("href") == "/glossary/#msc"
        phone.get_by_role("button", name="autonomic dysreflexia").tap()
        overflow = phone.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        # For a person to look at: SCREENSHOT_DIR keeps it.
        folder = Path(os.environ.get("SCREENSHOT_DIR", tmp_path))
        folder.mkdir(parents=True, exist_ok=True)
        panel.scroll_into_view_if_needed()
        phone.screenshot(path=str(folder / "glossary-definition-320px.png"))
    finally:
        context.close()


def test_without_javascript_a_term_is_a_link_to_its_glossary_entry(browser, summary_url):
    context = browser.new_context(java_script_enabled=False)
    plain = context.new_page()
    try:
        plain.goto(summary_url)
        link = plain.get_by_role("link", name="autonomic dysreflexia")
        assert link.get_attribute("href") == "/glossary/#autonomic-dysreflexia"
        assert plain.get_by_role("button", name="autonomic dysreflexia").count() == 0
        link.click()
        plain.wait_for_url("**/glossary/#autonomic-dysreflexia")
        entry = plain.locator("#autonomic-dysreflexia")
        assert "A sudden, dangerous rise in blood pressure." in entry.inner_text()
        assert "Blood pressure after a high injury" in entry.inner_text()
    finally:
        context.close()
