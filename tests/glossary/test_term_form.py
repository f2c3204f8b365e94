"""The term form with bad input, as an editor meets it in the admin: nothing is saved,
what was typed is kept, and the message says what is wrong and where."""

import pytest

from django.urls import reverse

from glossary.models import GlossaryTerm
from tests.glossary.factories import live_term
from tests.glossary.test_admin_paths import form_data

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_glossary_glossaryterm:add"


def add_term(client, user, **fields):
    client.force_login(user)
    data = form_data(GlossaryTerm(definition="Muscles that feel stiff.", **fields))
    return client.post(reverse(ADD), data)


def errors_of(response) -> dict[str, str]:
    return {name: " ".join(errors) for name, errors in response.context["form"].errors.items()}


@pytest.mark.parametrize("term", ["μ", "±", "★★"])
def test_a_term_with_no_letters_to_make_its_anchor_from_asks_for_one(client, people, term):
    response = add_term(client, people.editor, term=term)

    assert response.status_code == 200
    assert "give one" in errors_of(response)["slug"]
    assert response.context["form"]["term"].value() == term
    assert not GlossaryTerm.objects.filter(term=term).exists()


def test_a_term_whose_anchor_another_entry_has_says_which_and_keeps_the_typing(client, people):
    live_term(term="spasticity")
    response = add_term(client, people.editor, term="Spasticity!")

    assert response.status_code == 200
    assert errors_of(response) == {
        "slug": "Another term's entry on the glossary page has the anchor “spasticity”: "
        "give this term its own (letters a to z, digits and hyphens)."
    }
    assert response.context["form"]["term"].value() == "Spasticity!"
    assert response.context["form"]["definition"].value() == "Muscles that feel stiff."
    assert GlossaryTerm.objects.count() == 1


# What a reviewer cannot see in the form but readers' screens act on: a right-to-left
# override reverses the rest of the sentence the term sits in on a summary, a zero-width
# space or soft hyphen makes a word look right and never match.
INVISIBLE = {
    "right-to-left override": "\u202e",
    "zero-width space": "\u200b",
    "soft hyphen": "\u00ad",
    "a control character": "\x07",
}
TEXT_FIELDS = ("term", "other_forms", "expansion", "definition", "plain_alternative")


@pytest.mark.parametrize("field", TEXT_FIELDS)
@pytest.mark.parametrize("character", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_are_refused_in_every_field_a_reviewer_approves(
    client, people, field, character
):
    typed = {
        "term": "spasticity",
        "other_forms": "spastic",
        "expansion": "",
        "definition": "Muscles that feel stiff.",
        "plain_alternative": "stiff muscles",
    }
    typed[field] = f"{typed[field] or 'stiff'} tight{character}ness"
    client.force_login(people.writer)
    data = form_data(GlossaryTerm(**typed))
    response = client.post(reverse(ADD), data)

    assert response.status_code == 200
    message = errors_of(response)[field]
    assert "invisible character" in message and "U+" in message
    assert response.context["form"][field].value().replace("\r\n", "\n") == typed[field]
    assert not GlossaryTerm.objects.exists()


def test_line_breaks_between_other_forms_are_not_invisible_characters(client, people):
    response = add_term(client, people.writer, term="spasticity", other_forms="spastic\r\nspasm")
    assert response.status_code == 302
    assert GlossaryTerm.objects.get(term="spasticity").forms == ["spastic", "spasm"]
