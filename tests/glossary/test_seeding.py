"""The glossary is seeded from the engine's shipped term list: every term live, each
with a medical reviewer's approval of exactly what readers see."""

import pytest

from django.urls import reverse

from wagtail.models import Revision
from wagtail.search.backends import get_search_backend

from glossary.definitions import definition_problems
from glossary.models import GlossaryApproval, GlossaryTerm
from glossary.seeding import guidance_for, seed_glossary
from readability import term_sources
from readability.core.terms import Term, load_shipped_terms
from tests.factories import UserFactory
from tests.glossary.factories import approve, draft_term

pytestmark = pytest.mark.django_db


def counts():
    return (
        GlossaryTerm.objects.count(),
        Revision.objects.count(),
        GlossaryApproval.objects.count(),
    )


def test_seeding_makes_every_shipped_term_live_with_a_matching_approval_once():
    reviewer = UserFactory(first_name="Rita", last_name="Okafor")
    shipped = load_shipped_terms()
    log = seed_glossary(reviewer)

    assert log.refused == [] and len(log.created) == len(shipped) == 469
    assert GlossaryTerm.objects.live().count() == 469
    for term in GlossaryTerm.objects.live().select_related("live_revision"):
        approval = GlossaryApproval.objects.get(term=term)
        assert approval.revision_id == term.live_revision_id == term.latest_revision_id
        assert approval.fingerprint == term.reader_fingerprint()
        assert approval.fingerprint == term.live_revision.as_object().reader_fingerprint()
        assert approval.approved_by == reviewer and approval.approved_by_name == "Rita Okafor"
    tetraplegia = GlossaryTerm.objects.get(term="tetraplegia")
    assert tetraplegia.forms == ["tetraplegic", "tetraplegics"]
    assert tetraplegia.plain_alternative == "paralysis of the arms, body and legs"
    assert GlossaryTerm.objects.get(term="SCI").expansion == "spinal cord injury"
    assert GlossaryTerm.objects.get(term="coccyx").writer_guidance == "avoid"
    assert GlossaryTerm.objects.get(term="catheter").writer_guidance == "explain"
    found = get_search_backend().search("tetraplegia", GlossaryTerm)
    assert tetraplegia in list(found)

    # The engine now uses the glossary, and the glossary says what the shipped list said.
    site_terms = {term.term for term in term_sources.site_term_index().terms}
    assert site_terms == {term.term for term in shipped}

    # An editor can save any seeded term unchanged: its definition passes the check.
    failing = [term.term for term in GlossaryTerm.objects.live() if definition_problems(term)]
    assert failing == []

    before = counts()
    again = seed_glossary(reviewer)
    assert again.created == [] and len(again.existing) == 469 and counts() == before


def test_a_term_already_in_the_glossary_is_left_as_the_editor_wrote_it():
    draft_term(term="Tetraplegia", definition="Our own words.")
    seed_glossary(UserFactory())
    kept = GlossaryTerm.objects.get(term__iexact="tetraplegia")
    assert kept.definition == "Our own words." and not kept.live


def test_a_shipped_definition_too_hard_for_readers_is_not_seeded():
    hard = Term(
        term="zorbitol",
        kind="medical",
        plain="a muscle medicine",
        definition="A pharmacologically heterogeneous antispasmodic compound demonstrating "
        "considerable interindividual pharmacokinetic variability.",
    )
    easy = Term(term="zorbitone", kind="medical", definition="A medicine for stiff muscles.")
    log = seed_glossary(UserFactory(), shipped=(hard, easy))
    assert log.created == ["zorbitone"]
    ((name, why),) = log.refused
    assert name == "zorbitol" and "above the limit of 8" in why
    assert not GlossaryTerm.objects.filter(term="zorbitol").exists()


def test_words_with_a_one_word_everyday_alternative_are_words_to_avoid():
    assert guidance_for(Term("oedema", "medical", plain="swelling")) == "avoid"
    assert guidance_for(Term("catheter", "medical", plain="thin tube")) == "explain"
    assert guidance_for(Term("median", "research", plain="middle")) == "explain"
    assert guidance_for(Term("SCI", "abbreviation", plain="injury")) == "explain"


TONE = Term(term="zorbitone", kind="medical", definition="A medicine for stiff muscles.")


def test_a_term_an_editor_renamed_does_not_come_back_under_its_old_name(people):
    seed_glossary(people.reviewer, shipped=(TONE,))
    draft = GlossaryTerm.objects.get(term="zorbitone")
    draft.term, draft.slug = "zorbitone gel", "zorbitone-gel"
    renamed = draft.save_revision(user=people.writer)
    approve(renamed, people.second_reviewer)
    renamed.publish()

    log = seed_glossary(people.reviewer, shipped=(TONE,))

    assert log.created == [] and log.existing == ["zorbitone"]
    assert list(GlossaryTerm.objects.values_list("term", flat=True)) == ["zorbitone gel"]


def test_a_term_an_editor_deleted_does_not_come_back(client, people):
    seed_glossary(people.reviewer, shipped=(TONE,))
    term = GlossaryTerm.objects.get(term="zorbitone")
    client.force_login(people.editor)
    delete_url = reverse("wagtailsnippets_glossary_glossaryterm:delete", args=[term.pk])
    assert client.post(delete_url).status_code == 302
    assert not GlossaryTerm.objects.exists()

    log = seed_glossary(people.reviewer, shipped=(TONE,))

    assert log.created == [] and log.existing == ["zorbitone"]
    assert not GlossaryTerm.objects.exists()
