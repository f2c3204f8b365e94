from dataclasses import dataclass

import pytest

from tests.factories import UserFactory


@dataclass
class GlossaryPeople:
    """The editorial roles (tests/conftest.py `editorial`, which sets up the glossary's
    permissions and workflow) and a superuser who belongs to none of them."""

    writer: object
    reviewer: object
    second_reviewer: object
    editor: object
    superuser: object

    def by_role(self, role: str):
        return getattr(self, role)


ROLES = ("writer", "reviewer", "editor", "superuser")


@pytest.fixture
def people(editorial) -> GlossaryPeople:
    return GlossaryPeople(
        writer=editorial.writer,
        reviewer=editorial.reviewer,
        second_reviewer=editorial.second_reviewer,
        editor=editorial.editor,
        superuser=UserFactory(username="admin", is_superuser=True, is_staff=True),
    )
