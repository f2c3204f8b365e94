"""The term form with bad input, as an editor meets it in the admin: nothing is saved,
what was typed is kept, and the message says what is wrong and where."""

import pytest

from django.urls import reverse

from glossary.models import GlossaryTerm
from tests.glossary.factories import draft_term, live_term
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
    live_term(term="spasticity", slug="stiffness")
    response = add_term(client, people.editor, term="Stiffness!")

    assert response.status_code == 200
    assert errors_of(response) == {
        "slug": "Another term's entry on the glossary page has the anchor “stiffness”: "
        "give this term its own (letters a to z, digits and hyphens)."
    }
    assert response.context["form"]["term"].value() == "Stiffness!"
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


@pytest.mark.parametrize(
    ("field", "typed", "owner"),
    [
        ("term", "Tetraplegic", "tetraplegia"),  # another term's other form
        ("other_forms", "paralysis\ntetraplegia", "tetraplegia"),  # another term's name
        ("other_forms", "quadriplegic", "tetraplegia"),  # another term's other form
        ("other_forms", "spinal-cord injury", "spinal cord injury"),  # as matching reads it
    ],
)
def test_a_word_another_term_has_is_refused_naming_that_term(client, people, field, typed, owner):
    """Two terms claiming one word: summaries would show only one of them there,
    whichever was published last, and the other term's definition would vanish."""
    live_term(term="tetraplegia", other_forms="tetraplegic\nquadriplegic")
    draft_term(term="spinal cord injury")
    fields = {"term": "paralysis", field: typed}
    response = add_term(client, people.editor, **fields)

    assert response.status_code == 200
    message = errors_of(response)[field]
    assert f"“{owner}”" in message and "one term only" in message
    assert response.context["form"][field].value().replace("\r\n", "\n") == typed
    assert not GlossaryTerm.objects.filter(term="paralysis").exists()


def test_a_term_keeps_its_own_words_when_saved_again(client, people):
    term = live_term(term="tetraplegia", other_forms="tetraplegic")
    client.force_login(people.editor)
    edit = reverse("wagtailsnippets_glossary_glossaryterm:edit", args=[term.pk])
    response = client.post(edit, form_data(term, definition="Loss of use of arms and legs."))
    assert response.status_code == 302
