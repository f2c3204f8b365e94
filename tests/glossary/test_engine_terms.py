"""The live glossary is the engine's term list on the site: what the gate and the
editor's live panel suggest follows what is live in the glossary, in every process."""

import pytest

from glossary.approvals import record_approval
from glossary.models import GlossaryTerm
from readability import term_sources
from readability.assessment import assess
from readability.reading_level import reading_level
from tests.admin_forms import summary_form_data_from
from tests.factories import ResearchSummaryPageFactory, UserFactory
from tests.glossary.factories import draft_term, live_term

pytestmark = pytest.mark.django_db

SIMPLE = "People took zorbitol every day. Most of them walked a bit faster."
BODY = "<p>Everyone took zorbitol every day for twelve weeks.</p>"
PLAIN = "a muscle medicine"


def zorbitol(**fields) -> dict:
    return {
        "term": "zorbitol",
        "plain_alternative": PLAIN,
        "definition": "A medicine for stiff muscles.",
        **fields,
    }


def jargon_messages(page, field):
    return [r.message for r in assess(page).reasons if r.field == field and r.code == "jargon"]


@pytest.fixture
def page(tree):
    return ResearchSummaryPageFactory(
        parent=tree.category, live=False, simple_explanation=SIMPLE, research_summary=BODY
    )


def test_a_new_live_term_changes_the_gates_suggestion(page):
    (before,) = jargon_messages(page, "simple_explanation")
    assert "zorbitol" in before and "glossary" not in before
    live_term(**zorbitol())
    (after,) = jargon_messages(page, "simple_explanation")
    assert after.endswith(f"the glossary suggests '{PLAIN}'")


def test_a_draft_term_is_not_suggested(page):
    draft_term(**zorbitol())
    (message,) = jargon_messages(page, "simple_explanation")
    assert PLAIN not in message and "glossary" not in message


def test_an_unpublished_term_stops_being_suggested(page):
    term = live_term(**zorbitol())
    assert PLAIN in jargon_messages(page, "simple_explanation")[0]
    term.unpublish()
    (message,) = jargon_messages(page, "simple_explanation")
    assert PLAIN not in message


def test_a_changed_definition_or_alternative_reaches_the_gate_once_published(page):
    term = live_term(**zorbitol())
    term.plain_alternative = "a medicine for stiffness"
    revision = term.save_revision()
    assert "a medicine for stiffness" not in jargon_messages(page, "simple_explanation")[0]
    record_approval(revision, UserFactory())
    revision.publish()
    assert "a medicine for stiffness" in jargon_messages(page, "simple_explanation")[0]


def test_a_defined_term_is_explained_by_the_page_in_the_body_but_not_in_the_simple_text(page):
    live_term(**zorbitol())
    assert jargon_messages(page, "research_summary") == []
    (simple,) = jargon_messages(page, "simple_explanation")
    assert "the glossary explains it to readers in the rest of the page" in simple
    assert "not in the simple explanation" in simple
    assert not assess(page).plain_language_passes  # the simple explanation stays strict


def test_in_list_fields_too_the_page_explains_a_defined_term(tree):
    live_term(**zorbitol())
    page = ResearchSummaryPageFactory(
        parent=tree.category, live=False, key_findings=[("finding", "Zorbitol helped.")]
    )
    assert jargon_messages(page, "key_findings") == []


def test_a_term_without_a_definition_for_readers_is_still_unexplained_in_the_body(page):
    term = live_term(**zorbitol())
    GlossaryTerm.objects.filter(pk=term.pk).update(definition="")  # as an old row might be
    GlossaryTerm.objects.filter(pk=term.pk).update(last_published_at=None)  # new stamp
    (message,) = jargon_messages(page, "research_summary")
    assert "not explained" in message


def test_a_word_to_avoid_is_flagged_in_every_field_even_when_explained(tree):
    live_term(**zorbitol(writer_guidance="avoid"))
    page = ResearchSummaryPageFactory(
        parent=tree.category,
        live=False,
        simple_explanation="People took zorbitol (a muscle medicine). Most walked faster.",
        research_summary=BODY,
    )
    expected = f"'zorbitol' is a word to avoid: the glossary suggests '{PLAIN}'"
    assert jargon_messages(page, "simple_explanation") == [expected]
    assert jargon_messages(page, "research_summary") == [expected]


def test_the_live_panel_shows_the_glossarys_suggestion_and_what_it_explains(
    client, editorial, page
):
    live_term(**zorbitol())
    client.force_login(editorial.writer)
    payload = client.post(
        f"/admin/plain-language/check/{page.pk}/", summary_form_data_from(page)
    ).json()
    fields = {field["name"]: field for field in payload["fields"]}
    (hit,) = fields["simple_explanation"]["jargon"]
    assert hit["suggestion"] == f"The glossary suggests '{PLAIN}'"
    assert "explains it to readers in the rest of the page" in hit["message"]
    assert fields["research_summary"]["jargon"] == []
    assert fields["research_summary"]["explained_to_readers"] == ["zorbitol"]


def test_the_panel_drops_a_suggestion_once_the_term_is_unpublished(client, editorial, page):
    term = live_term(**zorbitol())
    term.unpublish()
    client.force_login(editorial.writer)
    payload = client.post(
        f"/admin/plain-language/check/{page.pk}/", summary_form_data_from(page)
    ).json()
    simple = next(f for f in payload["fields"] if f["name"] == "simple_explanation")
    assert [hit["suggestion"] for hit in simple["jargon"]] == [None]
    research = next(f for f in payload["fields"] if f["name"] == "research_summary")
    assert research["explained_to_readers"] == []


def test_the_shipped_list_serves_only_while_the_glossary_has_no_live_term(page):
    page.simple_explanation = "Allogeneic cells were used."
    (shipped,) = jargon_messages(page, "simple_explanation")
    assert shipped == "'Allogeneic' is not explained"
    assert term_sources.site_term_index().terms  # the shipped terms
    live_term(**zorbitol())
    assert [term.term for term in term_sources.site_term_index().terms] == ["zorbitol"]
    # "allogeneic" is no longer a listed term: still hard, but nothing is suggested.
    (message,) = jargon_messages(page, "simple_explanation")
    assert message == "'Allogeneic' is not explained"
    report = assess(page).reports["simple_explanation"]
    assert report.jargon[0].reason == "rare" and report.jargon[0].plain is None


def test_another_process_sees_a_change_at_its_next_judgement():
    """A change made by another gunicorn worker: this process hears no signal (here the
    commit callbacks never run), but the database stamp moves."""
    before = term_sources.site_terms()
    assert term_sources.site_terms() is before  # cached while nothing changed
    term = live_term(**zorbitol())
    after = term_sources.site_terms()
    assert after.stamp != before.stamp and [t.term for t in after.index.terms] == ["zorbitol"]
    term.unpublish()
    assert term_sources.site_terms().stamp != after.stamp
    assert not any(t.term == "zorbitol" for t in term_sources.site_term_index().terms)


def test_a_deleted_term_moves_the_stamp():
    term = live_term(**zorbitol())
    stamp = term_sources.site_terms().stamp
    term.delete()
    assert term_sources.site_terms().stamp != stamp


def test_this_process_forgets_its_copy_when_a_change_is_committed(
    django_capture_on_commit_callbacks,
):
    term = draft_term(**zorbitol())
    term_sources.site_terms()
    assert term_sources._cached is not None
    record_approval(term.latest_revision, UserFactory())
    with django_capture_on_commit_callbacks(execute=True):
        term.latest_revision.publish()
    assert term_sources._cached is None


def test_the_reading_level_readers_see_is_judged_again_when_the_term_list_changes(
    tree, monkeypatch
):
    from django.core.cache import cache

    from readability import reading_level as module

    # The cache outlives each test's rolled-back rows: an earlier test's page may have had
    # this page's ids, and its level would be found here without judging.
    cache.clear()
    page = ResearchSummaryPageFactory(parent=tree.category)
    judged = []
    analyse = module.analyse
    monkeypatch.setattr(
        module, "analyse", lambda *args, **kwargs: judged.append(kwargs) or analyse(*args, **kwargs)
    )
    level = reading_level(page, "simple_explanation")
    assert reading_level(page, "simple_explanation") == level and len(judged) == 1
    live_term(**zorbitol())
    reading_level(page, "simple_explanation")
    assert len(judged) == 2
    assert [term.term for term in judged[1]["extra_terms"].terms] == ["zorbitol"]
