"""A definition readers see is held to the simple explanation's reading limit."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import Site

from glossary.models import GlossaryTerm
from readability.models import PlainLanguageSettings

pytestmark = pytest.mark.django_db

HARD_DEFINITION = (
    "A pharmacologically heterogeneous antispasmodic compound demonstrating considerable "
    "interindividual pharmacokinetic variability. It helps."
)


def refusal(**fields) -> list[str]:
    term = GlossaryTerm(term="zorbitol", kind="medical", **fields)
    with pytest.raises(ValidationError) as refused:
        term.full_clean()
    return refused.value.message_dict["definition"]


def test_a_definition_above_the_simple_limit_is_refused_naming_its_hardest_sentence():
    message = refusal(definition=HARD_DEFINITION)[0]
    assert "reads at grade" in message
    assert "above the limit of 8 for the simple explanation" in message
    assert "“A pharmacologically heterogeneous antispasmodic" in message


def test_the_limit_is_the_default_sites_simple_explanation_limit(tree):
    definition = "A medicine that eases stiff muscles."
    GlossaryTerm(term="zorbitol", definition=definition).full_clean()
    settings = PlainLanguageSettings.for_site(Site.objects.get(is_default_site=True))
    settings.simple_max_grade = 2
    settings.simple_warn_grade = 2
    settings.save()
    (message,) = refusal(definition=definition)
    assert "above the limit of 2" in message


def test_a_definition_using_a_hard_term_without_explaining_it_is_refused():
    (message,) = refusal(definition="It helps with tetraplegia. It is a pill.")
    assert message.startswith("“tetraplegia” is a hard term: explain it in the definition")
    assert "paralysis of the arms, body and legs" in message
    GlossaryTerm(
        term="zorbitol",
        definition="It helps with tetraplegia (paralysis of the arms and legs). It is a pill.",
    ).full_clean()


def test_a_definition_may_use_its_own_term_and_forms():
    definition = "Most people with tetraplegia use a chair. Tetraplegics may need help."
    GlossaryTerm(term="tetraplegia", other_forms="tetraplegics", definition=definition).full_clean()
    (message,) = refusal(definition=definition)  # the same words, defining another term
    assert message.startswith("“tetraplegia” is a hard term")


def test_an_abbreviation_in_a_definition_must_be_spelled_out():
    (message,) = refusal(definition="It helps with SCI. It is a pill.")
    assert "“SCI” is a hard term: spell it out in the definition" in message


def test_every_problem_is_named_at_once_and_the_other_fields_are_checked_too():
    term = GlossaryTerm(term="MSC", kind="abbreviation", definition=HARD_DEFINITION)
    with pytest.raises(ValidationError) as refused:
        term.full_clean()
    assert set(refused.value.message_dict) == {"expansion", "definition"}
