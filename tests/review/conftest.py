"""Every role of the review, for the tests of what each one sees."""

import pytest

from django.contrib.auth.models import Group, Permission

from review.roles import WRITERS
from tests.factories import UserFactory


@pytest.fixture
def people(editorial):
    """Every role, a second writer, a superuser and someone with admin access only."""
    other_writer = UserFactory(username="otherwriter")
    other_writer.groups.add(Group.objects.get(name=WRITERS))
    nobody = UserFactory(username="nobody")
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return {
        "writer": editorial.writer,
        "other writer": other_writer,
        "reviewer": editorial.reviewer,
        "editor": editorial.editor,
        "superuser": UserFactory(username="admin", is_superuser=True),
        "nobody": nobody,
    }
