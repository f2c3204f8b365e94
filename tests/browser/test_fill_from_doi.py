"""'Fill from DOI' in Chromium: empty fields are filled, a field the writer already wrote
in changes only when the writer chooses Crossref's version, problems are said in the
status line, and it all fits a 320 px screen. Crossref is a local fake serving the
recorded answers (tests/research/fake_crossref.py), never the network."""

import pytest

from research import crossref
from review.roles import MEDICAL_REVIEWERS, WRITERS, ensure_roles
from review.setup import ensure_review_workflow
from tests.browser.conftest import axe_violations, describe
from tests.browser.test_admin_plain_language import log_in
from tests.conftest import build_tree
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.research import fake_crossref

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MY_TITLE = "Walking again after a complete injury (my notes)"
CROSSREF_TITLE = "Recovery of Over-Ground Walking after Chronic Motor Complete Spinal Cord Injury"
STATUS = "[data-doi-lookup-status]"


@pytest.fixture
def fake_crossref_api(settings, monkeypatch):
    server, url = fake_crossref.start()
    settings.CROSSREF_API_URL = url
    asked = []
    real_get = crossref.UrllibTransport.get

    def only_the_fake(self, request_url, headers, timeout):
        assert request_url.startswith(url + "/works/"), request_url
        asked.append(request_url)
        return real_get(self, request_url, headers, timeout)

    monkeypatch.setattr(crossref.UrllibTransport, "get", only_the_fake)
    yield asked
    server.shutdown()
    server.server_close()


@pytest.fixture
def draft(live_server, fake_crossref_api):
    tree = build_tree()
    groups = ensure_roles(research_root=tree.research, site_root=tree.home)
    ensure_review_workflow(tree.research, groups[MEDICAL_REVIEWERS])
    writer = UserFactory(username="wren", first_name="Wren")
    writer.groups.add(groups[WRITERS])
    page = ResearchSummaryPageFactory(
        parent=tree.category,
        live=False,
        owner=writer,
        doi="10.1056/NEJMoa1803588",
        paper_title=MY_TITLE,
    )
    # A draft part-written: the paper's title typed, the rest still empty (drafts may be).
    page.journal, page.publication_year, page.paper_authors = "", None, ""
    page.save_revision(user=writer, clean=False)
    return page


def open_editor(page, live_server, draft):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    button = page.get_by_role("button", name="Fill from DOI")
    button.wait_for()
    return button


def wait_for_status(page, words):
    page.wait_for_function(
        "(words) => (document.querySelector('[data-doi-lookup-status]').textContent || '')"
        ".includes(words)",
        arg=words,
    )


def test_empty_fields_fill_and_a_written_title_waits_for_the_writers_choice(
    page, live_server, draft, fake_crossref_api
):
    button = open_editor(page, live_server, draft)
    button.click()
    wait_for_status(page, "Crossref found this paper.")
    status = page.locator(STATUS).inner_text()
    assert "Filled: Authors, Journal and Year." in status
    assert "Different from what you wrote, so not changed: Paper title. Choose below." in status
    assert page.input_value("input[name=journal]") == "New England Journal of Medicine"
    assert page.input_value("input[name=publication_year]") == "2018"
    assert page.input_value("textarea[name=paper_authors]") == (
        "Claudia A. Angeli\nMaxwell Boakye\nRebekah A. Morton\net al."
    )
    # Not overwritten: both versions are shown and the writer chooses.
    assert page.input_value("input[name=paper_title]") == MY_TITLE
    choice = page.get_by_role("group", name="Paper title: yours differs from Crossref's.")
    assert MY_TITLE in choice.inner_text()
    assert CROSSREF_TITLE in choice.inner_text()
    violations = axe_violations(page, context={"include": [["[data-doi-lookup]"]]})
    assert violations == [], describe(violations)

    # Keyboard only: Tab from the button reaches the choice; Enter keeps the writer's title.
    button.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent")
    assert focused == "Keep mine"
    page.keyboard.press("Enter")
    wait_for_status(page, "Paper title: kept yours. Save the page to keep the changes.")
    assert page.input_value("input[name=paper_title]") == MY_TITLE
    # The pressed button is gone; focus goes to the status line, not lost to the page.
    assert page.evaluate("() => document.activeElement.hasAttribute('data-doi-lookup-status')")

    # Asked again, the writer takes Crossref's title this time.
    button.click()
    wait_for_status(page, "Choose below.")
    page.get_by_role("button", name="Use Crossref's").click()
    wait_for_status(page, "Paper title: now Crossref's version.")
    assert page.input_value("input[name=paper_title]") == CROSSREF_TITLE
    # The second lookup came from the cache: the fake was asked once.
    assert len(fake_crossref_api) == 1


def test_a_doi_crossref_does_not_know_changes_nothing(page, live_server, draft):
    button = open_editor(page, live_server, draft)
    page.fill("input[name=doi]", "10.1056/NEJMoa18035880")
    button.click()
    wait_for_status(page, "Crossref does not know this DOI. Check it for typos.")
    assert page.input_value("input[name=paper_title]") == MY_TITLE
    assert page.input_value("input[name=journal]") == ""

    page.fill("input[name=doi]", "10.1056/NEJMoa 1803588")
    button.click()
    wait_for_status(page, "A DOI has no spaces or line breaks in it.")


def test_it_fits_a_320_pixel_screen(page, live_server, draft):
    page.set_viewport_size({"width": 320, "height": 800})
    button = open_editor(page, live_server, draft)
    button.click()
    wait_for_status(page, "Choose below.")
    lookup = page.locator("[data-doi-lookup]")
    box = lookup.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 320
    for name in ("Fill from DOI", "Use Crossref's", "Keep mine"):
        control = page.get_by_role("button", name=name).bounding_box()
        assert control["x"] >= 0 and control["x"] + control["width"] <= 320, name
    overflow = page.evaluate(
        "() => [...document.querySelectorAll('[data-doi-lookup] *')]"
        ".some((node) => node.scrollWidth > node.clientWidth + 1 && "
        "getComputedStyle(node).overflowX === 'visible')"
    )
    assert not overflow
