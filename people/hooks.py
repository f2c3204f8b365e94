"""What the apps above people tell it at start-up (people sits below them in the layers
and imports none of them):

- `ROLE_OF_GROUP`: which profile role an editorial group gives, for a profile a user
  starts themselves (review fills it: it names the groups);
- `contribution_providers`: what a profile page lists of the person's work (research
  fills it: the summaries they wrote and reviewed).
"""

from collections.abc import Callable
from typing import Any

from .models import Role

# Group name -> Role (Any: without Django's type stubs, a choice reads as a tuple).
ROLE_OF_GROUP: dict[str, Any] = {}
# A user in several groups takes the first of these that applies.
ROLE_PRECEDENCE = (Role.EDITOR, Role.MEDICAL_REVIEWER, Role.WRITER)

# provider(person) -> [(heading, pages)], in the order they are shown.
contribution_providers: list[Callable] = []


def role_for(user) -> Any:
    held = {
        ROLE_OF_GROUP[name]
        for name in user.groups.values_list("name", flat=True)
        if name in ROLE_OF_GROUP
    }
    return next((role for role in ROLE_PRECEDENCE if role in held), Role.WRITER)


def contributions(person) -> list[tuple[str, list]]:
    sections = []
    for provider in contribution_providers:
        sections.extend(provider(person))
    return sections
