"""A change to a live term reaches the pages showing it without republishing them, and
their cached copies (and the glossary page's) are purged; nothing else is."""

from contextlib import contextmanager

import pytest
from bs4 import BeautifulSoup

from django.test import override_settings

from glossary.approvals import record_approval
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.glossary.factories import live_term
from tests.glossary.readers import glossary_page
from tests.research import recording_cache

pytestmark = pytest.mark.django_db
SITE = "http://localhost"
GLOSSARY = f"{SITE}/glossary/"


@pytest.fixture
def purges(django_capture_on_commit_callbacks):
    """`with purges() as purged:` a change; `purged` then holds what the page cache was
    asked to purge once the change was committed."""

    @contextmanager
    def recording():
        recording_cache.purged.clear()
        purged: list[str] = []
        with (
            override_settings(WAGTAILFRONTENDCACHE=recording_cache.SETTINGS),
            django_capture_on_commit_callbacks(execute=True),
        ):
            yield purged
        purged.extend(recording_cache.purged)

    yield recording
    recording_cache.purged.clear()


@pytest.fixture
def site(tree, purges):
    """Two summaries, one mentioning "walk" and one not, and the glossary page."""
    uses = ResearchSummaryPageFactory(
        parent=tree.category, slug="walk-more", research_summary="<p>They walk more.</p>"
    )
    other = ResearchSummaryPageFactory(
        parent=tree.category,
        slug="sleep",
        simple_explanation="People slept more.",
        key_findings=[("finding", "Sleep got better.")],
        research_summary="<p>They sleep more.</p>",
    )
    with purges():
        glossary_page(tree.home)
    return uses, other


def edit_definition(term, definition):
    term.definition = definition
    revision = term.save_revision()
    record_approval(revision, UserFactory())
    revision.publish()


def definition_shown(client, page) -> set[str]:
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return {panel.get_text() for panel in soup.select(".glossary-term__definition")}


def test_publishing_a_term_purges_the_pages_that_now_use_it_and_the_glossary_page(site, purges):
    uses, _other = site
    with purges() as purged:
        live_term(term="walk", slug="walk", definition="To move on foot.")
    assert set(purged) == {f"{SITE}{uses.url}", GLOSSARY}


def test_a_changed_definition_shows_without_republishing_and_purges_only_its_pages(
    client, site, purges
):
    uses, _other = site
    with purges():
        term = live_term(term="walk", slug="walk", definition="To move on foot.")
        other_term = live_term(term="sleep", slug="sleep", definition="Resting at night.")
    revision_before = uses.live_revision_id
    assert definition_shown(client, uses) == {"To move on foot."}

    with purges() as purged:
        edit_definition(term, "To move along on your feet.")
    assert set(purged) == {f"{SITE}{uses.url}", GLOSSARY}
    assert definition_shown(client, uses) == {"To move along on your feet."}
    uses.refresh_from_db()
    assert uses.live_revision_id == revision_before

    with purges() as purged:
        edit_definition(other_term, "Resting, often at night.")
    assert f"{SITE}{uses.url}" not in purged


def test_unpublishing_or_deleting_a_term_purges_the_pages_that_used_it(client, site, purges):
    uses, other = site
    with purges():
        walk = live_term(term="walk", slug="walk", definition="To move on foot.")
        sleep = live_term(term="sleep", slug="sleep", definition="Resting at night.")
    with purges() as purged:
        walk.unpublish()
    assert set(purged) == {f"{SITE}{uses.url}", GLOSSARY}
    assert definition_shown(client, uses) == set()
    with purges() as purged:
        sleep.delete()
    assert set(purged) == {f"{SITE}{other.url}", GLOSSARY}
    assert definition_shown(client, other) == set()


def test_publishing_a_summary_that_uses_a_term_also_purges_the_glossary_page(tree, site, purges):
    with purges():
        live_term(term="walk", slug="walk", definition="To move on foot.")
    with purges() as purged:
        summary = ResearchSummaryPageFactory(
            parent=tree.category,
            slug="more-walking",
            simple_explanation="People trained more.",
            research_summary="<p>They walk.</p>",
        )
    assert f"{SITE}{summary.url}" in purged
    assert GLOSSARY in purged


def test_publishing_a_summary_that_uses_no_term_leaves_the_glossary_page(tree, site, purges):
    with purges():
        live_term(term="walk", slug="walk", definition="To move on foot.")
    with purges() as purged:
        ResearchSummaryPageFactory(
            parent=tree.category,
            slug="rest",
            simple_explanation="People rested more.",
            key_findings=[("finding", "Rest helped.")],
            research_summary="<p>They rest.</p>",
        )
    assert purged and GLOSSARY not in purged


def test_a_failure_grading_summaries_again_still_purges_the_pages_a_term_change_made_stale(
    client, site, purges, monkeypatch
):
    """After a term change the background task also works out the report's stored grades
    again; a summary it cannot grade must not leave readers a stale cached definition."""
    from readability import live_grades

    uses, _other = site
    with purges():
        term = live_term(term="walk", slug="walk", definition="To move on foot.")

    def broken(page, site=None):
        raise RuntimeError("a block template that no longer renders")

    monkeypatch.setattr(live_grades, "grades_of", broken)
    with purges() as purged:
        edit_definition(term, "To move along on your feet.")

    assert set(purged) == {f"{SITE}{uses.url}", GLOSSARY}
