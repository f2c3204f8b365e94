import pytest

from django.core.exceptions import ValidationError

from glossary.approvals import record_approval
from glossary.models import GlossaryTerm
from tests.factories import UserFactory
from tests.glossary.factories import GlossaryTermFactory, approve, draft_term

pytestmark = pytest.mark.django_db


def test_an_approval_is_of_the_content_readers_would_see():
    term = draft_term(term="allodynia", definition="Pain from a light touch.")
    approval = record_approval(term.latest_revision, UserFactory(first_name="Rita"))
    assert approval.fingerprint == term.reader_fingerprint()
    term.definition = "Pain from a touch that should not hurt."
    assert term.reader_fingerprint() != approval.fingerprint


def test_a_second_term_with_the_same_name_in_other_capitals_is_refused():
    GlossaryTermFactory(term="Spasticity")
    duplicate = GlossaryTerm(term="spasticity", definition="Stiff muscles.")
    with pytest.raises(ValidationError) as refused:
        duplicate.full_clean()
    assert "already has this term" in str(refused.value)


def test_an_abbreviation_needs_what_its_letters_stand_for():
    term = GlossaryTerm(term="MSC", kind="abbreviation", definition="A kind of cell.")
    with pytest.raises(ValidationError) as refused:
        term.full_clean()
    assert "stand for" in str(refused.value)


def test_publishing_a_term_announces_the_change_once_committed(
    django_capture_on_commit_callbacks,
):
    from glossary.signals import glossary_changed

    heard = []

    def listener(sender, terms, **kwargs):
        heard.append(terms)

    glossary_changed.connect(listener)
    try:
        term = draft_term(term="spasm", definition="A sudden tight muscle.")
        approve(term.latest_revision)
        with django_capture_on_commit_callbacks(execute=True):
            term.latest_revision.publish()
        assert heard == [frozenset({term.pk})]
    finally:
        glossary_changed.disconnect(listener)
