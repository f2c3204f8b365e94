"""Who may change what readers see about a person: themselves ("My profile", only the
fields that are theirs to say) or an editor (anyone's). Every other role is refused,
with a 4xx, never a server error."""

import pytest

from people.models import Person, Role
from people.names import NONE_DECLARED
from tests.factories import UserFactory
from tests.people.factories import PersonFactory

pytestmark = pytest.mark.django_db

MY_PROFILE = "/admin/people/me/"


def assert_refused(response):
    # Wagtail's admin answers a refused request with a redirect to the dashboard and the
    # message "Sorry, you do not have permission to access this area."
    assert response.status_code == 302 and response["Location"] == "/admin/"


def edit_url(person):
    return f"/admin/snippets/people/person/edit/{person.pk}/"


def profile_data(**overrides):
    data = {
        "display_name": "Dr Someone Else",
        "credentials": "MD",
        "job_title": "Consultant",
        "specialty": "Rehabilitation",
        "bio": "A short bio.",
        "conflicts_of_interest": NONE_DECLARED,
    }
    data.update(overrides)
    return data


def editor_form_data(person, **overrides):
    data = profile_data(
        display_name=person.display_name,
        slug=person.slug,
        user=str(person.user_id or ""),
        role=person.role,
        credentials=person.credentials,
    )
    data.update(overrides)
    return data


@pytest.fixture
def other(editorial):
    """Somebody else's profile: the second reviewer's."""
    return Person.objects.get(user=editorial.second_reviewer)


@pytest.mark.parametrize("role", ["writer", "reviewer"])
def test_writers_and_reviewers_cannot_open_or_change_anyone_elses_profile(
    client, editorial, other, role
):
    client.force_login(getattr(editorial, role))
    assert_refused(client.get(edit_url(other)))
    assert_refused(client.post(edit_url(other), editor_form_data(other, credentials="Fake MD")))
    other.refresh_from_db()
    assert other.credentials == "MD, PhD"
    # Nor list, create or delete them.
    assert_refused(client.get("/admin/snippets/people/person/"))
    assert_refused(client.get("/admin/snippets/people/person/add/"))
    assert_refused(client.post(f"/admin/snippets/people/person/delete/{other.pk}/"))
    assert Person.objects.filter(pk=other.pk).exists()


def test_an_editor_edits_anyones_profile(client, editorial, other):
    client.force_login(editorial.editor)
    assert client.get(edit_url(other)).status_code == 200
    response = client.post(edit_url(other), editor_form_data(other, credentials="MBBS"))
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.credentials == "MBBS"


def test_an_editor_may_not_leave_out_the_conflicts_statement(client, editorial, other):
    client.force_login(editorial.editor)
    response = client.post(edit_url(other), editor_form_data(other, conflicts_of_interest=""))
    assert response.status_code == 200
    assert "conflicts_of_interest" in response.context["form"].errors
    other.refresh_from_db()
    assert other.conflicts_of_interest == NONE_DECLARED


@pytest.mark.parametrize("role", ["writer", "reviewer", "editor"])
def test_everyone_edits_their_own_profile_and_only_their_own(client, editorial, other, role):
    user = getattr(editorial, role)
    client.force_login(user)
    assert client.get(MY_PROFILE).status_code == 200
    response = client.post(
        MY_PROFILE,
        profile_data(
            display_name=f"{role} renamed",
            # Not theirs to say: ignored.
            role=Role.MEDICAL_REVIEWER if role == "writer" else Role.WRITER,
            user=str(editorial.second_reviewer.pk),
            slug=other.slug,
            is_fictional="on",
        ),
    )
    assert response.status_code == 302
    mine = Person.objects.get(user=user)
    assert mine.display_name == f"{role} renamed"
    assert mine.credentials == "MD"
    assert not mine.is_fictional
    assert mine.slug != other.slug
    expected_role = {
        "writer": Role.WRITER,
        "reviewer": Role.MEDICAL_REVIEWER,
        "editor": Role.EDITOR,
    }[role]
    assert mine.role == expected_role
    other.refresh_from_db()
    assert other.display_name != f"{role} renamed" and other.user == editorial.second_reviewer


def test_my_profile_refuses_an_empty_conflicts_statement_and_keeps_the_rest(client, editorial):
    client.force_login(editorial.writer)
    response = client.post(MY_PROFILE, profile_data(conflicts_of_interest="  "))
    assert response.status_code == 200
    assert "conflicts_of_interest" in response.context["form"].errors
    assert b"Dr Someone Else" in response.content  # what they typed is still there
    assert not Person.objects.filter(user=editorial.writer).exists()


def test_my_profile_is_for_signed_in_editorial_users_only(client, editorial):
    response = client.get(MY_PROFILE)
    assert response.status_code == 302 and "/login/" in response["Location"]
    reader = UserFactory(username="reader")  # no admin access
    client.force_login(reader)
    for response in (client.get(MY_PROFILE), client.post(MY_PROFILE, profile_data())):
        assert response.status_code == 302 and "/login/" in response["Location"]
    assert not Person.objects.filter(user=reader).exists()


def test_my_profile_is_in_the_admin_menu(client, editorial):
    client.force_login(editorial.writer)
    assert MY_PROFILE.encode() in client.get("/admin/").content


def test_an_editors_profile_form_refuses_a_taken_address(client, editorial, other):
    client.force_login(editorial.editor)
    mine = PersonFactory(user=editorial.editor, role=Role.EDITOR)
    response = client.post(edit_url(mine), editor_form_data(mine, slug=other.slug))
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
