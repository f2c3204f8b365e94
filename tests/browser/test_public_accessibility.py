"""Every public page type in Chromium: 0 axe-core violations for WCAG 2.0-2.2 A and AA,
keyboard access, and reflow at 320 CSS pixels."""

import pytest

from tests.browser.conftest import axe_violations, describe
from tests.browser.site_content import build_public_site

# The live server runs in another thread, so data must be committed; serialized rollback
# puts back what migrations created (the root page, the default locale) after each test.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGE_TYPES = [
    "home",
    "standard page (About)",
    "research index",
    "category",
    "sub-category",
    "research summary",
    "latest research",
    "topics",
    "topic listing",
    "page not found",
]


@pytest.fixture
def public_site(live_server):
    return build_public_site()


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_has_no_wcag_violations(page, live_server, public_site, page_type):
    page.goto(live_server.url + public_site.urls[page_type])
    violations = axe_violations(page)
    assert violations == [], f"{page_type}:\n{describe(violations)}"


@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_summary_has_no_violations_at_each_text_size(page, live_server, public_site, text_size):
    page.goto(live_server.url + public_site.urls["research summary"])
    page.get_by_role("button", name=text_size.title()).click()
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(page, live_server, public_site):
    page.goto(live_server.url + public_site.urls["research summary"])
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-10rem"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    inside_main = page.evaluate("document.getElementById('main').contains(document.activeElement)")
    assert inside_main


def test_every_control_is_reachable_by_keyboard_with_visible_focus(page, live_server, public_site):
    page.goto(live_server.url + public_site.urls["research summary"])
    expected = page.evaluate(
        """() => {
            const selector = 'a[href], button, input, select, textarea';
            const controls = [...document.querySelectorAll(selector)]
                .filter(el => !el.closest('[hidden], wagtail-userbar') && el.offsetParent !== null);
            controls.forEach((el, index) => el.dataset.keyboardIndex = index);
            return controls.length;
        }"""
    )
    reached = set()
    for _ in range(expected + 5):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
                const el = document.activeElement;
                const style = getComputedStyle(el);
                const outlined = style.outlineStyle !== 'none'
                    && parseFloat(style.outlineWidth) > 0;
                return {index: el.dataset.keyboardIndex, html: el.outerHTML.slice(0, 120),
                        visible: outlined || style.boxShadow !== 'none'};
            }"""
        )
        if info["index"] is None:
            continue
        assert info["visible"], f"No visible focus on {info['html']}"
        reached.add(info["index"])
    assert len(reached) == expected, f"Reached {len(reached)} of {expected} controls by Tab"


def test_text_size_choice_persists_across_pages(page, live_server, public_site):
    page.goto(live_server.url + public_site.urls["research summary"])
    page.get_by_role("button", name="Largest").click()
    assert page.get_by_role("button", name="Largest").get_attribute("aria-pressed") == "true"
    page.goto(live_server.url + "/")
    assert page.evaluate("document.documentElement.dataset.textSize") == "largest"
    size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert size >= 24


@pytest.mark.parametrize("page_type", ["home", "research summary", "category"])
def test_reflows_at_320_css_pixels_without_horizontal_scrolling(
    browser, live_server, public_site, page_type
):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(live_server.url + public_site.urls[page_type])
    for size in ("normal", "largest"):
        page.evaluate(f"document.documentElement.dataset.textSize = '{size}'")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{page_type} scrolls sideways by {overflow}px at text size {size}"
    context.close()


def test_targets_are_at_least_24_css_pixels(page, live_server, public_site):
    page.goto(live_server.url + public_site.urls["research summary"])
    small = page.evaluate(
        """() => [...document.querySelectorAll('a[href], button')]
            .filter(el => el.offsetParent !== null && !el.closest('p, li, dd, td, wagtail-userbar'))
            .map(el => [el.textContent.trim().slice(0, 40), el.getBoundingClientRect()])
            .filter(([, r]) => r.width < 24 || r.height < 24)
            .map(([text, r]) => `${text} ${Math.round(r.width)}x${Math.round(r.height)}`)"""
    )
    assert small == []


def test_reduced_motion_is_respected(browser, live_server, public_site):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(live_server.url + public_site.urls["home"])
    durations = page.evaluate(
        """() => [...document.querySelectorAll('*')]
            .map(el => getComputedStyle(el))
            .map(style => style.transitionDuration + style.animationDuration)
            .filter(d => /[1-9]/.test(d))"""
    )
    context.close()
    assert durations == []
