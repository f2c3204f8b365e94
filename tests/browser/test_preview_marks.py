"""The "Hard sentences marked" preview in Chromium, as a writer uses it: marks on the
failing draft, "Edit this field" taking the writer to the field (from the editor's preview
panel and from a preview in its own tab), the marks gone once the field is fixed, and no
WCAG violations on the marked page."""

import os
from pathlib import Path

import pytest

from readability.preview import MARKED_MODE
from review.roles import MEDICAL_REVIEWERS, WRITERS, ensure_roles
from review.setup import ensure_review_workflow
from tests.browser.conftest import axe_violations, describe
from tests.browser.test_admin_plain_language import log_in
from tests.conftest import HARD_TEXT, PLAIN_TEXT, build_tree
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.glossary.factories import live_term
from tests.glossary.readers import glossary_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FIELD = "#panel-child-content-simple_explanation-section"
# A hard sentence in the rich text holding a glossary term (the reader's markup for it)
# and an unexplained one: the marks of one sentence around both.
RICH_HARD = (
    "<p>The team gave stem cells to each person. Intrathecal administration of "
    "autonomic dysreflexia prophylaxis demonstrated statistically significant "
    "amelioration notwithstanding considerable heterogeneity across multicentre "
    "investigations.</p>"
)


@pytest.fixture
def hard_draft(live_server):
    tree = build_tree()
    groups = ensure_roles(research_root=tree.research, site_root=tree.home)
    ensure_review_workflow(tree.research, groups[MEDICAL_REVIEWERS])
    writer = UserFactory(username="wren", first_name="Wren")
    writer.groups.add(groups[WRITERS])
    glossary_page(tree.home)
    live_term(term="mesenchymal stromal cell", definition="A kind of cell from bone marrow.")
    live_term(
        term="autonomic dysreflexia", definition="A sudden, dangerous rise in blood pressure."
    )
    page = ResearchSummaryPageFactory(
        parent=tree.category,
        live=False,
        simple_explanation=f"{PLAIN_TEXT} {HARD_TEXT}",
        research_summary=RICH_HARD,
        owner=writer,
    )
    page.save_revision(user=writer)
    return page


def assert_at_the_field(page):
    """The simple explanation's box has the focus and the writer can see it."""
    page.wait_for_function("() => document.activeElement.name === 'simple_explanation'")
    page.wait_for_function(
        """() => {
            const box = document.activeElement.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        }"""
    )


def in_view(page, selector) -> bool:
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.top < window.innerHeight;
        }""",
        selector,
    )


def tags_apart_from_their_words(page) -> list[str]:
    """The reasons ("2 term: rare word") that start on another line than the end of the
    mark they follow: on a phone a reason must not wrap away from its words."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.pl-tag')]
            .filter((tag) => tag.previousSibling && tag.previousSibling.matches
                && tag.previousSibling.matches('mark.pl-mark'))
            .filter((tag) => {
                const words = [...tag.previousSibling.getClientRects()].at(-1);
                const reason = tag.getClientRects()[0];
                return reason.bottom <= words.top || reason.top >= words.bottom;
            })
            .map((tag) => tag.textContent)"""
    )


def record_when_edits_are_watched(page):
    """Wagtail's editor notices changes (and so autosaves and refreshes the preview) only
    against a copy of the form it takes a moment after loading, and may take again within
    a few tenths of a second: a change made before the last copy is not one. A writer
    takes longer than that; a test waits until the editor has been watching a while."""
    page.add_init_script(
        """window.editsWatchedAt = [];
        document.addEventListener('w-unsaved:watch-edits', () => {
            window.editsWatchedAt.push(performance.now());
        });"""
    )


def wait_until_edits_are_watched(page):
    page.wait_for_function(
        "() => window.editsWatchedAt.length"
        " && performance.now() - window.editsWatchedAt.at(-1) > 1000"
    )


def open_marked_preview_panel(page):
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    # The panel's first preview is the page itself; a mode chosen before it has loaded
    # is lost (Wagtail loads the first one anyway), as a writer's would be.
    preview.locator(".summary__simple").wait_for()
    page.select_option("#id_preview_mode", MARKED_MODE)
    preview.locator(".pl-legend").wait_for()
    return preview


def test_edit_this_field_in_the_preview_panel_takes_the_writer_to_the_field(
    page, live_server, hard_draft
):
    log_in(page, live_server)
    record_when_edits_are_watched(page)
    page.goto(f"{live_server.url}/admin/pages/{hard_draft.pk}/edit/")
    # The writer has unsaved changes and has moved on to another tab.
    page.fill("#id_title", "Stem cells after a spinal cord injury")
    page.get_by_role("tab", name="Promote").click()
    preview = open_marked_preview_panel(page)
    assert preview.locator("mark.pl-mark--sentence[data-field=simple_explanation]").count()
    assert preview.locator("mark.pl-mark--term[data-field=simple_explanation]").count()
    assert not in_view(page, FIELD)

    preview.get_by_role("link", name="Edit this field (Simple explanation)").first.click()

    assert_at_the_field(page)
    assert page.get_by_role("tab", name="Content").get_attribute("aria-selected") == "true"
    # Still the editor with the writer's changes, not the saved page loaded again.
    assert page.input_value("#id_title") == "Stem cells after a spinal cord injury"

    # The writer fixes the text; the preview follows and the marks of that field go.
    wait_until_edits_are_watched(page)
    page.fill("textarea[name=simple_explanation]", PLAIN_TEXT)
    page.wait_for_function(
        """() => {
            const frame = document.getElementById('w-preview-iframe');
            const doc = frame && frame.contentDocument;
            return doc && doc.querySelector('.pl-legend')
                && !doc.querySelector('mark[data-field=simple_explanation]');
        }"""
    )
    assert preview.locator("mark[data-field=simple_explanation]").count() == 0
    assert preview.get_by_role("link", name="Edit this field (Simple explanation)").count() == 0
    assert preview.locator("mark[data-field=research_summary]").count()


def test_marked_preview_in_its_own_tab_has_no_violations_and_links_to_the_field(
    page, live_server, hard_draft, tmp_path
):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/pages/{hard_draft.pk}/edit/")
    open_marked_preview_panel(page)  # the editor sends the draft to the preview
    page.goto(f"{live_server.url}/admin/pages/{hard_draft.pk}/edit/preview/?mode={MARKED_MODE}")
    page.locator(".pl-legend").wait_for()
    folder = Path(os.environ.get("SCREENSHOT_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    # For a person to look at (SCREENSHOT_DIR keeps them): a sentence's marks, with terms.
    page.locator(".summary__simple > p").first.screenshot(path=str(folder / "preview-marks.png"))
    page.locator("[aria-labelledby=research-summary]").screenshot(
        path=str(folder / "preview-marks-glossary.png")
    )
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    page.set_viewport_size({"width": 320, "height": 800})
    assert tags_apart_from_their_words(page) == []
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_role("link", name="Edit this field (Simple explanation)").first.click()

    page.wait_for_url(f"{live_server.url}/admin/pages/{hard_draft.pk}/edit/?field=*")
    assert_at_the_field(page)
